//! The weeks of the weekly digest and what each lists ([`shown`]): the model of the digest
//! that [`super::digest`] renders.
//!
//! A week is an ISO week, Monday to Sunday, in the site's time zone. What a week lists depends
//! on that week alone (never on the build's "now"), so a digest reads the same in every later
//! build: the events taking place that week as announced, the opportunities published that
//! week, those closing that week, and the stories published that week.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::model::kinds::Status;
use crate::model::{Data, Entry, ItemId, Site};

/// How many weeks the archive keeps: this week and the seven before it.
pub const WEEKS: usize = 8;

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

/// One week's digest: the week and what it lists.
#[derive(Debug)]
pub struct Digest {
    /// The week.
    pub week: Week,
    /// What it lists.
    pub shown: Shown,
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
