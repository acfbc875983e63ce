//! The values of the listings' filters and which entries each lists: event categories,
//! opportunity kinds, neighbourhoods, toolkit topics and audiences, and the practical filters
//! (free, no English test, this week, this month, paid, closing soon) judged at the build's
//! day. Also what a listing lists ([`Entries`]) and how its texts are given ([`Label`]).

use std::borrow::Cow;

use crate::config::Config;
use crate::i18n::vocab::Vocab;
use crate::model::kinds::{Category, OppKind};
use crate::model::{Data, Entry, ItemId, Site};

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
    /// Text used as it is (a tag).
    Text(String),
    /// The name of a vocabulary entry: `(vocabulary, slug, the words as written)`.
    Name(Vocab, String, String),
    /// A label in lower case (inside a heading: "Toolkits about finance").
    Lower(Box<Label>),
}

impl Label {
    pub(super) fn key(k: &'static str) -> Label {
        Label::Key(k, Vec::new())
    }
}

/// Event categories, in filter order.
pub const CATEGORIES: [Category; 4] = [
    Category::Training,
    Category::NetworkMeeting,
    Category::AwarenessDay,
    Category::CommunityEvent,
];

pub(super) const KINDS: [OppKind; 6] = [
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

/// One value of a filter.
pub(super) struct Value<'a> {
    pub(super) slug: &'a str,
    /// The text of its link.
    pub(super) link: Label,
    /// The argument of its page's heading.
    pub(super) arg: Label,
    /// Which of the section's entries it lists.
    pub(super) members: Members<'a>,
    /// Site path of the calendar its page links.
    pub(super) calendar: Option<String>,
}

/// The entries of a filter page.
pub(super) enum Members<'a> {
    /// The section's entries (an item, and for events which occurrence) that pass the test
    /// with this argument.
    Where(fn(&Site, Entry, usize) -> bool, usize),
    /// These items, in this order.
    Listed(&'a [ItemId]),
}

/// The practical filters of events and of opportunities: `(slug, UI-string key)`; the slug
/// names the test in [`is_practical`].
pub(super) const EVENT_PRACTICAL: [(&str, &str); 4] = [
    ("free", "filter-free"),
    ("no-english-test", "filter-no-english-test"),
    ("this-week", "filter-this-week"),
    ("this-month", "filter-this-month"),
];
pub(super) const OPPORTUNITY_PRACTICAL: [(&str, &str); 4] = [
    ("free", "filter-free"),
    ("no-english-test", "filter-no-english-test"),
    ("paid", "filter-paid"),
    ("closing-soon", "filter-closing-within-14-days"),
];

/// Whether entry `e` passes practical filter `which` (an index into the kind's list above).
pub(super) fn is_practical(site: &Site, (id, occ): Entry, which: usize) -> bool {
    use crate::model::kinds::facts::{Cost, English, Pay};
    let in_days = |d: jiff::civil::Date, days: i64| {
        d >= site.today && d < site.today.saturating_add(jiff::Span::new().days(days))
    };
    let no_test = |e: Option<English>| e.is_some_and(|e| !matches!(e, English::Ielts(_)));
    match &site.items[id].data {
        // A cancelled event suits nobody.
        Data::Event(fm, _) if fm.status == crate::model::kinds::Status::Cancelled => false,
        Data::Event(fm, t) => match EVENT_PRACTICAL[which].0 {
            "free" => fm.cost == Cost::Free,
            "no-english-test" => no_test(fm.english),
            "this-week" => t
                .occurrences
                .get(occ)
                .is_some_and(|o| in_days(o.start.date(), 7)),
            _ => t
                .occurrences
                .get(occ)
                .is_some_and(|o| in_days(o.start.date(), 31)),
        },
        Data::Opportunity(fm, o) => match OPPORTUNITY_PRACTICAL[which].0 {
            "free" => fm.cost == Some(Cost::Free),
            "no-english-test" => no_test(fm.english),
            "paid" => matches!(
                fm.pay,
                Some(Pay::Hourly(_) | Pay::Yearly(_) | Pay::Vouchers(_))
            ),
            _ => {
                o.open
                    && fm.closes.is_some_and(|c| {
                        c.0 <= site.today.saturating_add(jiff::Span::new().days(14))
                    })
            }
        },
        _ => false,
    }
}

/// Values of a fixed list of `(slug, UI-string key)`, each listing the entries that pass
/// `test` with the value's index.
pub(super) fn fixed(
    values: impl Iterator<Item = (&'static str, &'static str)>,
    test: fn(&Site, Entry, usize) -> bool,
) -> Vec<Value<'static>> {
    let value = |(i, (slug, key))| Value {
        slug,
        link: Label::key(key),
        arg: Label::key(key),
        members: Members::Where(test, i),
        calendar: None,
    };
    values.enumerate().map(value).collect()
}

/// Event categories, each page with its calendar.
pub(super) fn categories<'a>(_: &'a Site, _: &'a Config) -> Vec<Value<'a>> {
    let mut values = fixed(
        CATEGORIES.iter().map(|c| (c.slug(), category_key(*c))),
        is_in_category,
    );
    for (v, c) in values.iter_mut().zip(CATEGORIES) {
        v.calendar = Some(calendar_path(Some(c)));
    }
    values
}

pub(super) fn opportunity_kinds<'a>(_: &'a Site, _: &'a Config) -> Vec<Value<'a>> {
    fixed(
        KINDS.iter().map(|k| (k.slug(), opportunity_key(*k))),
        is_of_kind,
    )
}

/// The configured neighbourhoods.
pub(super) fn places<'a>(_: &'a Site, config: &'a Config) -> Vec<Value<'a>> {
    let places = config.site.neighbourhoods.iter().enumerate();
    places
        .map(|(n, t)| Value {
            slug: &t.slug,
            link: Label::Name(Vocab::Neighbourhood, t.slug.clone(), t.slug.clone()),
            arg: Label::Name(Vocab::Neighbourhood, t.slug.clone(), t.slug.clone()),
            members: Members::Where(is_in_place, n),
            calendar: None,
        })
        .collect()
}

/// Toolkit terms of vocabulary `vocab` as filter values; with `lower` the heading shows the
/// name in lower case.
pub(super) fn terms(terms: &[crate::model::Term], vocab: Vocab, lower: bool) -> Vec<Value<'_>> {
    terms
        .iter()
        .map(|t| Value {
            slug: &t.slug,
            link: Label::Name(vocab, t.slug.clone(), t.name.clone()),
            arg: match Label::Name(vocab, t.slug.clone(), t.name.clone()) {
                l if lower => Label::Lower(Box::new(l)),
                l => l,
            },
            members: Members::Listed(&t.items),
            calendar: None,
        })
        .collect()
}

pub(super) fn is_in_category(site: &Site, (id, _): Entry, c: usize) -> bool {
    matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == CATEGORIES[c])
}

pub(super) fn is_of_kind(site: &Site, (id, _): Entry, k: usize) -> bool {
    matches!(&site.items[id].data, Data::Opportunity(fm, _) if fm.kind == KINDS[k])
}

pub(super) fn is_in_place(site: &Site, (id, _): Entry, n: usize) -> bool {
    site.items[id].neighbourhoods.contains(&n)
}

/// The part of `all` that `members` lists.
pub(super) fn members<'a>(site: &Site, all: &Entries<'a>, members: Members<'a>) -> Entries<'a> {
    match (members, all) {
        (Members::Listed(ids), _) => Entries::Items(Cow::Borrowed(ids)),
        (Members::Where(f, x), Entries::Items(ids)) => Entries::Items(
            ids.iter()
                .copied()
                .filter(|&id| f(site, (id, 0), x))
                .collect(),
        ),
        (Members::Where(f, x), Entries::Events(es)) => {
            Entries::Events(es.iter().copied().filter(|&e| f(site, e, x)).collect())
        }
    }
}

pub(super) fn category_key(c: Category) -> &'static str {
    match c {
        Category::Training => "category-training",
        Category::NetworkMeeting => "category-network-meeting",
        Category::AwarenessDay => "category-awareness-day",
        Category::CommunityEvent => "category-community-event",
    }
}

pub(super) fn opportunity_key(k: OppKind) -> &'static str {
    match k {
        OppKind::Job => "opportunity-job",
        OppKind::Training => "opportunity-training",
        OppKind::Volunteering => "opportunity-volunteering",
        OppKind::Mentoring => "opportunity-mentoring",
        OppKind::Funding => "opportunity-funding",
        OppKind::StartUpSupport => "opportunity-start-up-support",
    }
}
