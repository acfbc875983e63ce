//! The weekly digest for partners' newsletters: which weeks have one and what each lists
//! ([`shown`]), for the jobs `digest` (the e-mail-safe page) and `digest_text` (its text).
//!
//! A week is an ISO week, Monday to Sunday, in the site's time zone. What a week lists depends
//! on that week alone (never on the build's "now"), so a digest reads the same in every later
//! build: the events taking place that week as announced, the opportunities published that
//! week, those closing that week, and the stories published that week.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::model::kinds::Status;
use serde::Serialize;

use super::context::Renderer;
use super::items::ItemView;
use super::views::{DateView, Views};
use crate::incremental::keys::Keys;
use crate::incremental::mix::Mix;
use crate::model::{Data, Entry, ItemId, Site};

/// How many weeks the archive keeps: this week and the seven before it.
pub const WEEKS: usize = 8;

pub use super::output::DIGEST_DIR as DIR;

/// The e-mail-safe page of one week (and of the copy at `latest/`).
pub const EMAIL: &str = "digest-email.html";
/// The archive page at `digest/`.
pub const INDEX: &str = "digest-index.html";
/// The text version's template.
pub const TEXT_TEMPLATE: &str = "digest.txt";

/// Whether `theme` has the digest's templates (a theme without them has no digest).
pub fn in_theme(theme: &super::Theme) -> bool {
    [EMAIL, INDEX, TEXT_TEMPLATE]
        .iter()
        .all(|n| theme.tera.contains_template(n))
}

/// The key of what the digest of `week` lists, mixed into `m`.
pub fn listed(site: &Site, week: &Week, k: &Keys<'_>, m: Mix) -> u64 {
    let s = shown(site, week);
    let m = s
        .events
        .iter()
        .fold(m, |m, &(i, n)| m.mix(&(k.summary(i), n)));
    [&s.new_opportunities, &s.closing, &s.stories]
        .iter()
        .fold(m, |m, ids| {
            ids.iter()
                .fold(m, |m, &i| m.mix(&k.summary(i)))
                .mix(&0xfeu8)
        })
        .finish()
}

/// An ISO week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    /// Its Monday.
    pub monday: Date,
}

impl Week {
    /// The week holding `d`.
    pub fn of(d: Date) -> Week {
        let back = i64::from(d.weekday().to_monday_zero_offset());
        Week {
            monday: d.checked_sub(back.days()).unwrap_or(d),
        }
    }

    /// Its Sunday.
    pub fn sunday(&self) -> Date {
        self.monday.checked_add(6.days()).unwrap_or(self.monday)
    }

    /// `2026-W49`: the folder name of its digest.
    pub fn slug(&self) -> String {
        let w = self.monday.iso_week_date();
        format!("{:04}-W{:02}", w.year(), w.week())
    }

    /// Its ISO week number.
    pub fn number(&self) -> i8 {
        self.monday.iso_week_date().week()
    }

    /// Whether `d` falls in this week.
    pub fn contains(&self, d: Date) -> bool {
        d >= self.monday && d <= self.sunday()
    }

    /// The week `n` weeks before this one (this one when that is before the calendar's start).
    fn back(&self, n: usize) -> Week {
        let days = i64::try_from(n).unwrap_or(0).saturating_mul(7);
        Week {
            monday: self.monday.checked_sub(days.days()).unwrap_or(self.monday),
        }
    }
}

/// The weeks with a digest at the build's day `today`, newest first: this week and the
/// [`WEEKS`]` - 1` before it.
pub fn weeks(today: Date) -> Vec<Week> {
    let this = Week::of(today);
    let mut out: Vec<Week> = (0..WEEKS).map(|n| this.back(n)).collect();
    out.dedup();
    out
}

/// What one week's digest lists (originals; each language shows its own version of them).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Shown {
    /// Occurrences that week, soonest first (not cancelled or postponed).
    pub events: Vec<Entry>,
    /// Opportunities published that week, newest first.
    pub new_opportunities: Vec<ItemId>,
    /// Opportunities closing that week (and not new), soonest first.
    pub closing: Vec<ItemId>,
    /// Stories published that week, newest first.
    pub stories: Vec<ItemId>,
}

impl Shown {
    /// Nothing to list.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.new_opportunities.is_empty()
            && self.closing.is_empty()
            && self.stories.is_empty()
    }

    /// Every item listed, each once per entry, in the order the digest shows them.
    pub fn items(&self) -> impl Iterator<Item = ItemId> + '_ {
        let events = self.events.iter().map(|&(i, _)| i);
        events
            .chain(self.new_opportunities.iter().copied())
            .chain(self.closing.iter().copied())
            .chain(self.stories.iter().copied())
    }
}

/// What the digest of `week` lists.
pub fn shown(site: &Site, week: &Week) -> Shown {
    let l = &site.lists;
    let items = &site.items;
    let mut events: Vec<Entry> = l
        .upcoming_events
        .iter()
        .chain(&l.past_events)
        .copied()
        .filter(|&(i, n)| match &items[i].data {
            Data::Event(fm, t) => {
                fm.status == Status::Scheduled
                    && t.occurrences
                        .get(n)
                        .is_some_and(|o| week.contains(o.start.date()))
            }
            _ => false,
        })
        .collect();
    let start = |&(i, n): &Entry| match &items[i].data {
        Data::Event(_, t) => t.occurrences.get(n).map(|o| o.start.timestamp()),
        _ => None,
    };
    events.sort_by(|a, b| {
        start(a)
            .cmp(&start(b))
            .then_with(|| items[a.0].slug.cmp(&items[b.0].slug))
    });
    let opportunities = || l.open_opportunities.iter().chain(&l.closed_opportunities);
    let dated = |i: ItemId| items[i].date.is_some_and(|d| week.contains(d));
    let mut new_opportunities: Vec<ItemId> =
        opportunities().copied().filter(|&i| dated(i)).collect();
    let newest = |a: &ItemId, b: &ItemId| {
        items[*b]
            .date
            .cmp(&items[*a].date)
            .then_with(|| items[*a].slug.cmp(&items[*b].slug))
    };
    new_opportunities.sort_by(newest);
    let closes = |i: ItemId| match &items[i].data {
        Data::Opportunity(fm, _) => fm.closes.map(|d| d.0),
        _ => None,
    };
    let mut closing: Vec<ItemId> = opportunities()
        .copied()
        .filter(|&i| !dated(i) && closes(i).is_some_and(|d| week.contains(d)))
        .collect();
    closing.sort_by(|&a, &b| {
        closes(a)
            .cmp(&closes(b))
            .then_with(|| items[a].slug.cmp(&items[b].slug))
    });
    // The stories list is newest first already.
    let stories = l.stories.iter().copied().filter(|&i| dated(i)).collect();
    Shown {
        events,
        new_opportunities,
        closing,
        stories,
    }
}

/// The folder of the newest week's copy (under [`DIR`]).
pub const LATEST: &str = "latest";

/// The text version's file name in a week's folder.
pub const TEXT: &str = "digest.txt";

/// Which digest a job makes: one of the archived weeks (newest first), or the newest week's
/// copy at `digest/latest/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// `weeks(today)[n]`.
    Week(usize),
    /// The copy of the newest week.
    Latest,
}

impl Which {
    /// Every digest of a build, the copy last: as job numbers (`WEEKS` is the copy).
    pub fn all(today: Date) -> impl Iterator<Item = usize> {
        (0..weeks(today).len()).chain([WEEKS])
    }

    /// The digest of job number `n` (see [`Which::all`]).
    pub fn of(n: usize) -> Which {
        if n >= WEEKS {
            Which::Latest
        } else {
            Which::Week(n)
        }
    }

    /// The week it lists, and its folder name.
    pub fn week(&self, today: Date) -> (Week, String) {
        let ws = weeks(today);
        match *self {
            Which::Week(n) => {
                let w = ws.get(n).copied().unwrap_or(Week::of(today));
                (w, w.slug())
            }
            Which::Latest => (Week::of(today), LATEST.to_string()),
        }
    }
}

/// One language of the digest, for its "in other languages" line.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    /// Language code.
    pub code: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Its own name.
    pub endonym: String,
    /// Absolute URL of the same week's digest in that language.
    pub url: String,
}

/// What the digest templates get as `digest`.
#[derive(Debug, Serialize)]
pub struct DigestView<'a> {
    /// `2026-W49`.
    pub slug: String,
    /// The ISO week number.
    pub number: i8,
    /// Its Monday and Sunday, in the page language.
    pub from: DateView,
    /// Its Sunday.
    pub to: DateView,
    /// Absolute URL of the week's page (the copy at `latest/` points here).
    pub web_url: String,
    /// Absolute URL of the text version.
    pub text_url: String,
    /// The site's scheme and host, to make the items' root-relative URLs absolute.
    pub origin: String,
    /// The sections (see [`Shown`]).
    pub events: Vec<ItemView<'a>>,
    /// Opportunities published that week.
    pub new_opportunities: Vec<ItemView<'a>>,
    /// Opportunities closing that week.
    pub closing: Vec<ItemView<'a>>,
    /// Stories published that week.
    pub stories: Vec<ItemView<'a>>,
    /// Nothing to list.
    pub empty: bool,
    /// Absolute URLs of the events and opportunities listings and of the events feed.
    pub events_url: String,
    /// The opportunities listing.
    pub opportunities_url: String,
    /// The Atom feed of events.
    pub feed_url: String,
    /// The same week in the other languages.
    pub languages: Vec<LanguageLink>,
}

/// The site path of the digest folder `slug` in `lang` (`ur/digest/2026-W49/`).
pub fn path(r: &Renderer<'_>, lang: usize, slug: &str) -> String {
    r.in_lang(lang, &format!("{DIR}{slug}/"))
}

/// The view of the digest of `week` (folder `slug`) in `lang`.
pub fn view<'a>(v: &Views<'a>, r: &Renderer<'a>, week: &Week, slug: &str) -> DigestView<'a> {
    let c = r.config;
    let lang = v.lang;
    let s = shown(r.site, week);
    let handed_on = |view| super::share::handed_on(r.site, view);
    let list = |ids: &[ItemId]| {
        ids.iter()
            .map(|&i| handed_on(v.item(i, None, false)))
            .collect()
    };
    let web = path(r, lang, &week.slug());
    let abs = |p: &str| c.permalink(&r.in_lang(lang, p));
    DigestView {
        slug: week.slug(),
        number: week.number(),
        from: v.date(week.monday),
        to: v.date(week.sunday()),
        web_url: c.permalink(&web),
        text_url: c.permalink(&format!("{}{TEXT}", path(r, lang, slug))),
        origin: c
            .base_url
            .strip_suffix(c.base_path.as_str())
            .unwrap_or(&c.base_url)
            .to_string(),
        events: s
            .events
            .iter()
            .map(|&(i, n)| handed_on(v.item_at(i, Some(n), None, false)))
            .collect(),
        new_opportunities: list(&s.new_opportunities),
        closing: list(&s.closing),
        stories: list(&s.stories),
        empty: s.is_empty(),
        events_url: abs("events/"),
        opportunities_url: abs("opportunities/"),
        feed_url: abs("events/atom.xml"),
        languages: r
            .languages()
            .filter(|&l| l != lang)
            .map(|l| {
                let language = &c.site.languages[l];
                LanguageLink {
                    code: language.code.clone(),
                    dir: language.dir.as_str(),
                    endonym: language.endonym.clone(),
                    url: c.permalink(&path(r, l, slug)),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weeks_are_iso_weeks_from_monday_to_sunday() {
        // Wednesday 2 December 2026 is in week 49 of 2026.
        let w = Week::of(date(2026, 12, 2));
        assert_eq!(w.monday, date(2026, 11, 30));
        assert_eq!(w.sunday(), date(2026, 12, 6));
        assert_eq!(w.slug(), "2026-W49");
        assert!(w.contains(date(2026, 12, 6)) && !w.contains(date(2026, 12, 7)));
        // A Sunday belongs to the week that began six days before it.
        assert_eq!(Week::of(date(2026, 12, 6)), w);
        // The ISO year of 1 January 2027 (a Friday) is 2026: week 53.
        assert_eq!(Week::of(date(2027, 1, 1)).slug(), "2026-W53");
    }

    #[test]
    fn the_archive_is_this_week_and_the_seven_before() {
        let ws = weeks(date(2018, 3, 14));
        assert_eq!(ws.len(), WEEKS);
        assert_eq!(ws[0].slug(), "2018-W11");
        assert_eq!(ws[WEEKS - 1].slug(), "2018-W04");
        // At the calendar's start there is no week before.
        let first = weeks(date(-9999, 1, 3));
        assert_eq!(first.len(), 1);
    }
}
