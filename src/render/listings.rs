//! The site's listings: section pages, archives and filter pages (events by category and
//! neighbourhood, opportunities by kind and neighbourhood, toolkits by topic and audience),
//! each paginated by the render jobs, in every language.
//!
//! Entry point: [`listings`]. Listings hold indexes into the model, never copies of items; their
//! titles are UI-string keys, resolved in the page's language when rendered.

use std::borrow::Cow;

use crate::config::Config;
use crate::model::kinds::{Category, OppKind};
use crate::model::{Data, Entry, ItemId, Kind, Site};

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

/// Text shown to readers: a UI-string key (with arguments) or text as written.
#[derive(Debug, Clone)]
pub enum Label {
    /// UI string `key` with named arguments, each itself a label.
    Key(&'static str, Vec<(&'static str, Label)>),
    /// Text used as it is (a place name, a tag).
    Text(String),
}

impl Label {
    fn key(k: &'static str) -> Label {
        Label::Key(k, Vec::new())
    }
}

/// A link to a filter page with how many entries it lists.
#[derive(Debug, Clone)]
pub struct FilterLink {
    /// Display text.
    pub title: Label,
    /// Site path (without language prefix).
    pub path: String,
    /// Entries listed there.
    pub count: usize,
}

/// A group of filter links ("By category").
#[derive(Debug, Clone)]
pub struct FilterGroup {
    /// Heading (UI-string key).
    pub name: &'static str,
    /// Links.
    pub links: Vec<FilterLink>,
}

/// A paginated list.
pub struct Listing<'a> {
    /// Kind listed.
    pub kind: Kind,
    /// Site path of page 1 (without language prefix).
    pub path: String,
    /// Heading; `None`: the section introduction's title (or the section's name).
    pub title: Option<Label>,
    /// This is the section's main listing (shows the introduction).
    pub main: bool,
    /// What is listed.
    pub entries: Entries<'a>,
    /// A related listing ("Past events"): label and path.
    pub alternate: Option<(Label, String)>,
    /// Filter links shown above the list.
    pub filters: Vec<FilterGroup>,
    /// Site path of a calendar of these events.
    pub calendar: Option<String>,
    /// Site path (without language prefix) of an Atom feed of these items.
    pub feed: Option<String>,
}

/// Event categories, in filter order.
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
        Some(c) => format!("events/category/{}/calendar.ics", c.slug()),
    }
}

fn listing<'a>(
    kind: Kind,
    path: String,
    title: Option<Label>,
    entries: Entries<'a>,
) -> Listing<'a> {
    let main = path == format!("{}/", kind.section());
    Listing {
        kind,
        path,
        title,
        main,
        entries,
        alternate: None,
        filters: Vec::new(),
        calendar: None,
        feed: None,
    }
}

/// Every listing of the site (the same set in every language).
pub fn listings<'a>(site: &'a Site, config: &Config) -> Vec<Listing<'a>> {
    let l = &site.lists;
    let place = |name: &str| Label::Text(name.to_string());
    let event_filters = event_filters(site, config);
    let opp_filters = opportunity_filters(site, config);
    let mut out = Vec::new();
    let mut ev = listing(
        Kind::Event,
        "events/".into(),
        None,
        Entries::Events(Cow::Borrowed(&l.upcoming_events)),
    );
    ev.alternate = Some((Label::key("listing-past-events"), "events/past/".into()));
    ev.filters = event_filters.clone();
    ev.calendar = Some(calendar_path(None));
    out.push(ev);
    let mut past = listing(
        Kind::Event,
        "events/past/".into(),
        Some(Label::key("listing-past-events")),
        Entries::Events(Cow::Borrowed(&l.past_events)),
    );
    past.alternate = Some((Label::key("listing-upcoming-events"), "events/".into()));
    out.push(past);
    for c in CATEGORIES {
        let slug = c.slug();
        let entries: Vec<Entry> = l
            .upcoming_events
            .iter()
            .copied()
            .filter(
                |&(id, _)| matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == c),
            )
            .collect();
        let title = Label::Key(
            "listing-events-in-category",
            vec![("category", Label::Key(category_key(c), vec![]))],
        );
        let mut f = listing(
            Kind::Event,
            format!("events/category/{slug}/"),
            Some(title),
            Entries::Events(Cow::Owned(entries)),
        );
        f.alternate = Some((Label::key("listing-all-upcoming-events"), "events/".into()));
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
        let title = Label::Key("listing-events-in-place", vec![("place", place(&t.name))]);
        let mut f = listing(
            Kind::Event,
            format!("events/neighbourhood/{}/", t.slug),
            Some(title),
            Entries::Events(Cow::Owned(entries)),
        );
        f.alternate = Some((Label::key("listing-all-upcoming-events"), "events/".into()));
        f.filters = event_filters.clone();
        out.push(f);
    }
    let mut opp = listing(
        Kind::Opportunity,
        "opportunities/".into(),
        None,
        Entries::Items(Cow::Borrowed(&l.open_opportunities)),
    );
    opp.alternate = Some((
        Label::key("listing-closed-opportunities"),
        "opportunities/closed/".into(),
    ));
    opp.filters = opp_filters.clone();
    opp.feed = Some("opportunities/atom.xml".into());
    out.push(opp);
    let mut closed = listing(
        Kind::Opportunity,
        "opportunities/closed/".into(),
        Some(Label::key("listing-closed-opportunities")),
        Entries::Items(Cow::Borrowed(&l.closed_opportunities)),
    );
    closed.alternate = Some((
        Label::key("listing-open-opportunities"),
        "opportunities/".into(),
    ));
    out.push(closed);
    for k in KINDS {
        let slug = k.slug();
        let ids: Vec<ItemId> = l
            .open_opportunities
            .iter()
            .copied()
            .filter(|&id| matches!(&site.items[id].data, Data::Opportunity(fm, _) if fm.kind == k))
            .collect();
        let title = Label::Key(
            "listing-opportunities-of-kind",
            vec![("kind", Label::Key(opportunity_key(k), vec![]))],
        );
        let mut f = listing(
            Kind::Opportunity,
            format!("opportunities/kind/{slug}/"),
            Some(title),
            Entries::Items(Cow::Owned(ids)),
        );
        f.alternate = Some((
            Label::key("listing-all-open-opportunities"),
            "opportunities/".into(),
        ));
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
        let title = Label::Key(
            "listing-opportunities-in-place",
            vec![("place", place(&t.name))],
        );
        let mut f = listing(
            Kind::Opportunity,
            format!("opportunities/neighbourhood/{}/", t.slug),
            Some(title),
            Entries::Items(Cow::Owned(ids)),
        );
        f.alternate = Some((
            Label::key("listing-all-open-opportunities"),
            "opportunities/".into(),
        ));
        f.filters = opp_filters.clone();
        out.push(f);
    }
    for (kind, list) in [
        (Kind::Story, &l.stories),
        (Kind::Champion, &l.champions),
        (Kind::Survey, &l.surveys),
    ] {
        out.push(listing(
            kind,
            format!("{}/", kind.section()),
            None,
            Entries::Items(Cow::Borrowed(list)),
        ));
    }
    let toolkit_filters = toolkit_filters(site);
    let mut tk = listing(
        Kind::Toolkit,
        "toolkits/".into(),
        None,
        Entries::Items(Cow::Borrowed(&l.toolkits)),
    );
    tk.filters = toolkit_filters.clone();
    out.push(tk);
    for (seg, terms, key, arg) in [
        (
            "topic",
            &site.toolkit_topics,
            "listing-toolkits-about",
            "topic",
        ),
        (
            "audience",
            &site.toolkit_audiences,
            "listing-toolkits-for",
            "audience",
        ),
    ] {
        for t in terms {
            let name = if seg == "topic" {
                t.name.to_lowercase()
            } else {
                t.name.clone()
            };
            let title = Label::Key(key, vec![(arg, Label::Text(name))]);
            let mut f = listing(
                Kind::Toolkit,
                format!("toolkits/{seg}/{}/", t.slug),
                Some(title),
                Entries::Items(Cow::Borrowed(&t.items)),
            );
            f.alternate = Some((Label::key("listing-all-toolkits"), "toolkits/".into()));
            f.filters = toolkit_filters.clone();
            out.push(f);
        }
    }
    out
}

fn category_key(c: Category) -> &'static str {
    match c {
        Category::Training => "category-training",
        Category::NetworkMeeting => "category-network-meeting",
        Category::AwarenessDay => "category-awareness-day",
        Category::CommunityEvent => "category-community-event",
    }
}

fn opportunity_key(k: OppKind) -> &'static str {
    match k {
        OppKind::Job => "opportunity-job",
        OppKind::Training => "opportunity-training",
        OppKind::Volunteering => "opportunity-volunteering",
        OppKind::Mentoring => "opportunity-mentoring",
        OppKind::Funding => "opportunity-funding",
        OppKind::StartUpSupport => "opportunity-start-up-support",
    }
}

fn toolkit_filters(site: &Site) -> Vec<FilterGroup> {
    let links = |terms: &[crate::model::Term], seg: &str| {
        terms
            .iter()
            .map(|t| FilterLink {
                title: Label::Text(t.name.clone()),
                path: format!("toolkits/{seg}/{}/", t.slug),
                count: t.items.len(),
            })
            .collect()
    };
    vec![
        FilterGroup {
            name: "filter-by-topic",
            links: links(&site.toolkit_topics, "topic"),
        },
        FilterGroup {
            name: "filter-by-audience",
            links: links(&site.toolkit_audiences, "audience"),
        },
    ]
}

fn event_filters(site: &Site, config: &Config) -> Vec<FilterGroup> {
    let up = &site.lists.upcoming_events;
    let by_cat = CATEGORIES.iter().map(|c| FilterLink {
        title: Label::Key(category_key(*c), vec![]),
        path: format!("events/category/{}/", c.slug()),
        count: up
            .iter()
            .filter(
                |&&(id, _)| matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == *c),
            )
            .count(),
    });
    let by_hood = neighbourhood_group(config, "events", |ti| {
        up.iter()
            .filter(|&&(id, _)| site.items[id].neighbourhoods.contains(&ti))
            .count()
    });
    vec![
        FilterGroup {
            name: "filter-by-category",
            links: by_cat.collect(),
        },
        by_hood,
    ]
}

fn opportunity_filters(site: &Site, config: &Config) -> Vec<FilterGroup> {
    let open = &site.lists.open_opportunities;
    let by_kind = KINDS.iter().map(|k| FilterLink {
        title: Label::Key(opportunity_key(*k), vec![]),
        path: format!("opportunities/kind/{}/", k.slug()),
        count: open
            .iter()
            .filter(
                |&&id| matches!(&site.items[id].data, Data::Opportunity(fm, _) if fm.kind == *k),
            )
            .count(),
    });
    let by_hood = neighbourhood_group(config, "opportunities", |ti| {
        open.iter()
            .filter(|&&id| site.items[id].neighbourhoods.contains(&ti))
            .count()
    });
    vec![
        FilterGroup {
            name: "filter-by-kind",
            links: by_kind.collect(),
        },
        by_hood,
    ]
}

/// Links to `<section>/neighbourhood/<slug>/` for every configured neighbourhood; `count`
/// gives the number of entries of neighbourhood index `i`.
fn neighbourhood_group(
    config: &Config,
    section: &str,
    count: impl Fn(usize) -> usize,
) -> FilterGroup {
    let links = config
        .site
        .neighbourhoods
        .iter()
        .enumerate()
        .map(|(ti, t)| FilterLink {
            title: Label::Text(t.name.clone()),
            path: format!("{section}/neighbourhood/{}/", t.slug),
            count: count(ti),
        })
        .collect();
    FilterGroup {
        name: "filter-by-neighbourhood",
        links,
    }
}
