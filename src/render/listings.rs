//! The site's listings: section pages, archives and filter pages (events by category and
//! neighbourhood, opportunities by kind and neighbourhood), each paginated by the render jobs.
//!
//! Entry point: [`listings`]. Listings hold indexes into the model, never copies of items.

use std::borrow::Cow;

use crate::config::Config;
use crate::model::kinds::{Category, OppKind};
use crate::model::{Data, Entry, Intro, ItemId, Kind, Site};

/// What a listing lists: items, or event occurrences.
pub enum Entries<'a> {
    /// Items.
    Items(Cow<'a, [ItemId]>),
    /// Event occurrences.
    Events(Cow<'a, [Entry]>),
}

impl Entries<'_> {
    /// Number of entries.
    pub fn len(&self) -> usize {
        match self {
            Entries::Items(v) => v.len(),
            Entries::Events(v) => v.len(),
        }
    }

    /// True when there is nothing to list.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A link to a filter page with how many entries it lists.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FilterLink {
    /// Display text.
    pub title: String,
    /// Site path.
    pub path: String,
    /// Entries listed there.
    pub count: usize,
}

/// A group of filter links ("By category").
#[derive(Debug, Clone)]
pub struct FilterGroup {
    /// Heading.
    pub name: &'static str,
    /// Links.
    pub links: Vec<FilterLink>,
}

/// A paginated list.
pub struct Listing<'a> {
    /// Kind listed.
    pub kind: Kind,
    /// Site path of page 1.
    pub path: String,
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Section introduction (main listing only).
    pub intro: Option<&'a Intro>,
    /// What is listed.
    pub entries: Entries<'a>,
    /// A related listing ("Past events").
    pub alternate: Option<(String, String)>,
    /// Filter links shown above the list.
    pub filters: Vec<FilterGroup>,
    /// Site path of a calendar of these events.
    pub calendar: Option<String>,
    /// Site path of an Atom feed of these items.
    pub feed: Option<String>,
}

/// Category slug and display name, for filter page titles.
pub const CATEGORIES: [Category; 4] = [
    Category::Training,
    Category::NetworkMeeting,
    Category::AwarenessDay,
    Category::CommunityEvent,
];

const KINDS: [OppKind; 6] = [
    OppKind::Job,
    OppKind::Training,
    OppKind::Volunteering,
    OppKind::Mentoring,
    OppKind::Funding,
    OppKind::StartUpSupport,
];

/// Site path of the calendar of upcoming events in a category (`None`: all events).
pub fn calendar_path(category: Option<Category>) -> String {
    match category {
        None => "events/calendar.ics".into(),
        Some(c) => format!("events/category/{}/calendar.ics", c.names().0),
    }
}

/// Every listing of the site.
pub fn listings<'a>(site: &'a Site, config: &Config) -> Vec<Listing<'a>> {
    let l = &site.lists;
    let base = |kind: Kind, path: &str, title: Option<String>, entries: Entries<'a>| {
        let intro = site.intros.get(&kind);
        let main = path == format!("{}/", kind.section());
        Listing {
            kind,
            path: path.to_string(),
            title: title
                .or_else(|| intro.map(|i| i.title.clone()))
                .unwrap_or_else(|| kind.section_title().into()),
            summary: if main {
                intro.map(|i| i.summary.clone()).unwrap_or_default()
            } else {
                String::new()
            },
            intro: if main { intro } else { None },
            entries,
            alternate: None,
            filters: Vec::new(),
            calendar: None,
            feed: None,
        }
    };
    let event_filters = event_filters(site, config);
    let opp_filters = opportunity_filters(site, config);
    let mut out = Vec::new();
    let mut ev = base(
        Kind::Event,
        "events/",
        None,
        Entries::Events(Cow::Borrowed(&l.upcoming_events)),
    );
    ev.alternate = Some(("Past events".into(), "events/past/".into()));
    ev.filters = event_filters.clone();
    ev.calendar = Some(calendar_path(None));
    out.push(ev);
    let mut past = base(
        Kind::Event,
        "events/past/",
        Some("Past events".into()),
        Entries::Events(Cow::Borrowed(&l.past_events)),
    );
    past.alternate = Some(("Upcoming events".into(), "events/".into()));
    out.push(past);
    for c in CATEGORIES {
        let (slug, name) = c.names();
        let entries: Vec<Entry> = l
            .upcoming_events
            .iter()
            .copied()
            .filter(
                |&(id, _)| matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == c),
            )
            .collect();
        let mut f = base(
            Kind::Event,
            &format!("events/category/{slug}/"),
            Some(format!("Events: {name}")),
            Entries::Events(Cow::Owned(entries)),
        );
        f.alternate = Some(("All upcoming events".into(), "events/".into()));
        f.filters = event_filters.clone();
        f.calendar = Some(calendar_path(Some(c)));
        out.push(f);
    }
    for (ti, t) in config.site.neighbourhoods.iter().enumerate() {
        let entries: Vec<Entry> = l
            .upcoming_events
            .iter()
            .copied()
            .filter(|&(id, _)| site.items[id].neighbourhoods.contains(&ti))
            .collect();
        let mut f = base(
            Kind::Event,
            &format!("events/neighbourhood/{}/", t.slug),
            Some(format!("Events in {}", t.name)),
            Entries::Events(Cow::Owned(entries)),
        );
        f.alternate = Some(("All upcoming events".into(), "events/".into()));
        f.filters = event_filters.clone();
        out.push(f);
    }
    let mut opp = base(
        Kind::Opportunity,
        "opportunities/",
        None,
        Entries::Items(Cow::Borrowed(&l.open_opportunities)),
    );
    opp.alternate = Some((
        "Closed opportunities".into(),
        "opportunities/closed/".into(),
    ));
    opp.filters = opp_filters.clone();
    opp.feed = Some("opportunities/atom.xml".into());
    out.push(opp);
    let mut closed = base(
        Kind::Opportunity,
        "opportunities/closed/",
        Some("Closed opportunities".into()),
        Entries::Items(Cow::Borrowed(&l.closed_opportunities)),
    );
    closed.alternate = Some(("Open opportunities".into(), "opportunities/".into()));
    out.push(closed);
    for k in KINDS {
        let (slug, name) = k.names();
        let ids: Vec<ItemId> = l
            .open_opportunities
            .iter()
            .copied()
            .filter(|&id| matches!(&site.items[id].data, Data::Opportunity(fm, _) if fm.kind == k))
            .collect();
        let mut f = base(
            Kind::Opportunity,
            &format!("opportunities/kind/{slug}/"),
            Some(format!("Opportunities: {name}")),
            Entries::Items(Cow::Owned(ids)),
        );
        f.alternate = Some(("All open opportunities".into(), "opportunities/".into()));
        f.filters = opp_filters.clone();
        out.push(f);
    }
    for (ti, t) in config.site.neighbourhoods.iter().enumerate() {
        let ids: Vec<ItemId> = l
            .open_opportunities
            .iter()
            .copied()
            .filter(|&id| site.items[id].neighbourhoods.contains(&ti))
            .collect();
        let mut f = base(
            Kind::Opportunity,
            &format!("opportunities/neighbourhood/{}/", t.slug),
            Some(format!("Opportunities in {}", t.name)),
            Entries::Items(Cow::Owned(ids)),
        );
        f.alternate = Some(("All open opportunities".into(), "opportunities/".into()));
        f.filters = opp_filters.clone();
        out.push(f);
    }
    for (kind, list) in [
        (Kind::Story, &l.stories),
        (Kind::Champion, &l.champions),
        (Kind::Survey, &l.surveys),
    ] {
        out.push(base(
            kind,
            &format!("{}/", kind.section()),
            None,
            Entries::Items(Cow::Borrowed(list)),
        ));
    }
    let toolkit_filters = toolkit_filters(site);
    let mut tk = base(
        Kind::Toolkit,
        "toolkits/",
        None,
        Entries::Items(Cow::Borrowed(&l.toolkits)),
    );
    tk.filters = toolkit_filters.clone();
    out.push(tk);
    for (seg, terms, title) in [
        ("topic", &site.toolkit_topics, "Toolkits about"),
        ("audience", &site.toolkit_audiences, "Toolkits for"),
    ] {
        for t in terms {
            let name = if seg == "topic" {
                t.name.to_lowercase()
            } else {
                t.name.clone()
            };
            let mut f = base(
                Kind::Toolkit,
                &format!("toolkits/{seg}/{}/", t.slug),
                Some(format!("{title} {name}")),
                Entries::Items(Cow::Borrowed(&t.items)),
            );
            f.alternate = Some(("All toolkits".into(), "toolkits/".into()));
            f.filters = toolkit_filters.clone();
            out.push(f);
        }
    }
    out
}

fn toolkit_filters(site: &Site) -> Vec<FilterGroup> {
    let links = |terms: &[crate::model::Term], seg: &str| {
        terms
            .iter()
            .map(|t| FilterLink {
                title: t.name.clone(),
                path: format!("toolkits/{seg}/{}/", t.slug),
                count: t.items.len(),
            })
            .collect()
    };
    vec![
        FilterGroup {
            name: "By topic",
            links: links(&site.toolkit_topics, "topic"),
        },
        FilterGroup {
            name: "By who it is for",
            links: links(&site.toolkit_audiences, "audience"),
        },
    ]
}

fn event_filters(site: &Site, config: &Config) -> Vec<FilterGroup> {
    let up = &site.lists.upcoming_events;
    let by_cat = CATEGORIES.iter().map(|c| FilterLink {
        title: c.names().1.into(),
        path: format!("events/category/{}/", c.names().0),
        count: up
            .iter()
            .filter(
                |&&(id, _)| matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == *c),
            )
            .count(),
    });
    let by_hood = config
        .site
        .neighbourhoods
        .iter()
        .enumerate()
        .map(|(ti, t)| FilterLink {
            title: t.name.clone(),
            path: format!("events/neighbourhood/{}/", t.slug),
            count: up
                .iter()
                .filter(|&&(id, _)| site.items[id].neighbourhoods.contains(&ti))
                .count(),
        });
    vec![
        FilterGroup {
            name: "By category",
            links: by_cat.collect(),
        },
        FilterGroup {
            name: "By neighbourhood",
            links: by_hood.collect(),
        },
    ]
}

fn opportunity_filters(site: &Site, config: &Config) -> Vec<FilterGroup> {
    let open = &site.lists.open_opportunities;
    let by_kind = KINDS.iter().map(|k| FilterLink {
        title: k.names().1.into(),
        path: format!("opportunities/kind/{}/", k.names().0),
        count: open
            .iter()
            .filter(
                |&&id| matches!(&site.items[id].data, Data::Opportunity(fm, _) if fm.kind == *k),
            )
            .count(),
    });
    let by_hood = config
        .site
        .neighbourhoods
        .iter()
        .enumerate()
        .map(|(ti, t)| FilterLink {
            title: t.name.clone(),
            path: format!("opportunities/neighbourhood/{}/", t.slug),
            count: open
                .iter()
                .filter(|&&id| site.items[id].neighbourhoods.contains(&ti))
                .count(),
        });
    vec![
        FilterGroup {
            name: "By kind",
            links: by_kind.collect(),
        },
        FilterGroup {
            name: "By neighbourhood",
            links: by_hood.collect(),
        },
    ]
}
