//! The site's listings: section pages, archives and filter pages (events by category and
//! neighbourhood, opportunities by kind and neighbourhood, toolkits by topic and audience),
//! each paginated by the render jobs, in every language.
//!
//! Entry point: [`listings`], which makes them from one declarative table ([`SECTIONS`]): per
//! section, which items in which order, its archive, its filters (each filter value is a filter
//! page and a link with a count on every page of the section), its calendar and feed.
//! Listings hold indexes into the model, never copies of items; their titles are UI-string
//! keys, resolved in the page's language when rendered.

use std::borrow::Cow;

pub use super::facets::{CATEGORIES, Entries, Label, calendar_path};
use super::facets::{
    EVENT_PRACTICAL, OPPORTUNITY_PRACTICAL, Value, categories, fixed, is_practical, members,
    opportunity_kinds, places, terms,
};
use crate::config::Config;
use crate::i18n::vocab::Vocab;
use crate::model::kinds::{Category, OppKind};
use crate::model::{Data, Entry, Kind, Lists, Site};

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

/// How a section's listings are made.
struct Section {
    kind: Kind,
    /// What the main listing lists, in order; filter pages list a part of it.
    list: List,
    /// A second listing of the section ("Past events") and how the two link to each other.
    archive: Option<Archive>,
    /// The filters: each value gives a filter page and a link on every page of the section.
    facets: &'static [Facet],
    /// The label of a filter page's link back to the main listing.
    back_to_all: &'static str,
    /// The main listing links the calendar of all upcoming events.
    calendar: bool,
    /// Site path (without language prefix) of the main listing's feed.
    feed: Option<&'static str>,
}

impl Section {
    /// A section with one listing of `list` and no filters.
    const fn of(kind: Kind, list: List) -> Section {
        Section {
            kind,
            list,
            archive: None,
            facets: &[],
            back_to_all: "",
            calendar: false,
            feed: None,
        }
    }

    /// With an archive, filters and the label of the filter pages' link back.
    const fn with(
        self,
        archive: Option<Archive>,
        facets: &'static [Facet],
        back: &'static str,
    ) -> Self {
        Section {
            archive,
            facets,
            back_to_all: back,
            ..self
        }
    }
}

/// A list of the model that a listing shows.
#[derive(Clone, Copy)]
enum List {
    Upcoming,
    Past,
    Open,
    Closed,
    Stories,
    Champions,
    Surveys,
    Toolkits,
}

/// The entries of `list`.
fn entries(l: &Lists, list: List) -> Entries<'_> {
    let items = match list {
        List::Upcoming => return Entries::Events(Cow::Borrowed(&l.upcoming_events)),
        List::Past => return Entries::Events(Cow::Borrowed(&l.past_events)),
        List::Open => &l.open_opportunities,
        List::Closed => &l.closed_opportunities,
        List::Stories => &l.stories,
        List::Champions => &l.champions,
        List::Surveys => &l.surveys,
        List::Toolkits => &l.toolkits,
    };
    Entries::Items(Cow::Borrowed(items))
}

/// The second listing of a section: its path and list, its heading (UI-string key, also the
/// main listing's link to it) and its link back to the main listing.
#[derive(Clone, Copy)]
struct Archive(&'static str, List, &'static str, &'static str);

/// A filter of a section's entries: the heading of its group of links (UI-string key), its
/// path segment (`<section>/<segment>/<value>/`), the heading of its pages (UI-string key)
/// with the name of the value's argument, and its values.
struct Facet(
    &'static str,
    &'static str,
    (&'static str, &'static str),
    Values,
);

/// The values of a filter.
type Values = for<'a> fn(&'a Site, &'a Config) -> Vec<Value<'a>>;

const PAST: Archive = Archive(
    "events/past/",
    List::Past,
    "listing-past-events",
    "listing-upcoming-events",
);
const CLOSED: Archive = Archive(
    "opportunities/closed/",
    List::Closed,
    "listing-closed-opportunities",
    "listing-open-opportunities",
);

/// Every section with listings, in listing order.
const SECTIONS: [Section; 6] = [
    Section {
        calendar: true,
        ..Section::of(Kind::Event, List::Upcoming).with(
            Some(PAST),
            &EVENT_FACETS,
            "listing-all-upcoming-events",
        )
    },
    Section {
        feed: Some("opportunities/atom.xml"),
        ..Section::of(Kind::Opportunity, List::Open).with(
            Some(CLOSED),
            &OPPORTUNITY_FACETS,
            "listing-all-open-opportunities",
        )
    },
    Section::of(Kind::Story, List::Stories),
    Section::of(Kind::Champion, List::Champions),
    Section::of(Kind::Survey, List::Surveys),
    Section::of(Kind::Toolkit, List::Toolkits).with(None, &TOOLKIT_FACETS, "listing-all-toolkits"),
];

const EVENT_FACETS: [Facet; 3] = [
    Facet(
        "filter-practical",
        "only",
        ("listing-events-only", "which"),
        |_, _| fixed(EVENT_PRACTICAL.iter().copied(), is_practical),
    ),
    Facet(
        "filter-by-category",
        "category",
        ("listing-events-in-category", "category"),
        categories,
    ),
    Facet(
        "filter-by-neighbourhood",
        "neighbourhood",
        ("listing-events-in-place", "place"),
        places,
    ),
];

const OPPORTUNITY_FACETS: [Facet; 3] = [
    Facet(
        "filter-practical",
        "only",
        ("listing-opportunities-only", "which"),
        |_, _| fixed(OPPORTUNITY_PRACTICAL.iter().copied(), is_practical),
    ),
    Facet(
        "filter-by-kind",
        "kind",
        ("listing-opportunities-of-kind", "kind"),
        opportunity_kinds,
    ),
    Facet(
        "filter-by-neighbourhood",
        "neighbourhood",
        ("listing-opportunities-in-place", "place"),
        places,
    ),
];

const TOOLKIT_FACETS: [Facet; 2] = [
    Facet(
        "filter-by-topic",
        "topic",
        ("listing-toolkits-about", "topic"),
        |site, _| terms(&site.toolkit_topics, Vocab::Topic, true),
    ),
    Facet(
        "filter-by-audience",
        "audience",
        ("listing-toolkits-for", "audience"),
        |site, _| terms(&site.toolkit_audiences, Vocab::Audience, false),
    ),
];

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

/// Site path of the page of every coming training event and open training opportunity.
pub const TRAINING_PATH: &str = "training/";

/// Every listing of the site (the same set in every language).
pub fn listings<'a>(site: &'a Site, config: &'a Config) -> Vec<Listing<'a>> {
    let mut out = Vec::new();
    let training = training(site);
    let link = FilterLink {
        title: Label::key(TRAINING_TITLE),
        path: TRAINING_PATH.to_string(),
        count: training.len(),
    };
    for s in &SECTIONS {
        let extra = matches!(s.kind, Kind::Event | Kind::Opportunity).then_some(&link);
        section(site, config, s, extra, &mut out);
    }
    let mut page = listing(
        Kind::Event,
        TRAINING_PATH.into(),
        Some(Label::key(TRAINING_TITLE)),
        training,
    );
    page.alternate = Some((
        Label::key("listing-all-open-opportunities"),
        "opportunities/".into(),
    ));
    out.push(page);
    out
}

const TRAINING_TITLE: &str = "listing-training-and-courses";

/// Training events still to come (soonest first) and open training opportunities (closing
/// soonest first, open-ended last), in one list by date: what a resident looking for a
/// course wants to see together.
fn training(site: &Site) -> Entries<'_> {
    let l = &site.lists;
    let events = l.upcoming_events.iter().copied().filter(|&(id, _)| {
        matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == Category::Training)
    });
    let courses = l.open_opportunities.iter().map(|&id| (id, 0)).filter(|&(id, _)| {
        matches!(&site.items[id].data, Data::Opportunity(fm, _) if fm.kind == OppKind::Training)
    });
    let day = |(id, n): Entry| match &site.items[id].data {
        Data::Event(_, t) => t.occurrences.get(n).map(|o| o.start.date()),
        Data::Opportunity(fm, _) => fm.closes.map(|c| c.0),
        _ => None,
    };
    let mut all: Vec<Entry> = events.chain(courses).collect();
    // Stable: equal days keep the lists' own orders, events first.
    all.sort_by_key(|&e| (day(e).is_none(), day(e)));
    Entries::Events(Cow::Owned(all))
}

/// The listings of section `s`: the main one, its archive, its filter pages; `extra` is a
/// link added to its first group of filters (the training page, on events and opportunities).
fn section<'a>(
    site: &'a Site,
    config: &'a Config,
    s: &Section,
    extra: Option<&FilterLink>,
    out: &mut Vec<Listing<'a>>,
) {
    let home = format!("{}/", s.kind.section());
    let all = entries(&site.lists, s.list);
    let mut groups = Vec::new();
    let mut pages = Vec::new();
    for Facet(group, segment, (heading, arg), values) in s.facets {
        let mut links = Vec::new();
        for v in values(site, config) {
            let path = format!("{home}{segment}/{}/", v.slug);
            let entries = members(site, &all, v.members);
            let count = entries.len();
            let title = Label::Key(heading, vec![(*arg, v.arg)]);
            let mut page = listing(s.kind, path.clone(), Some(title), entries);
            page.alternate = Some((Label::key(s.back_to_all), home.clone()));
            page.calendar = v.calendar;
            pages.push(page);
            links.push(FilterLink {
                title: v.link,
                path,
                count,
            });
        }
        if groups.is_empty() {
            links.extend(extra.cloned());
        }
        groups.push(FilterGroup { name: group, links });
    }
    let mut main = listing(s.kind, home.clone(), None, all);
    main.alternate = s
        .archive
        .as_ref()
        .map(|a| (Label::key(a.2), a.0.to_string()));
    main.filters = groups.clone();
    main.calendar = s.calendar.then(|| calendar_path(None));
    main.feed = s.feed.map(str::to_string);
    out.push(main);
    if let Some(Archive(path, list, title, back)) = s.archive {
        let title = Some(Label::key(title));
        let mut archive = listing(s.kind, path.to_string(), title, entries(&site.lists, list));
        archive.alternate = Some((Label::key(back), home.clone()));
        out.push(archive);
    }
    for mut page in pages {
        page.filters = groups.clone();
        out.push(page);
    }
}
