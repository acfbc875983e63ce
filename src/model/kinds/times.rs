//! An event's times placed in the site's time zone: [`EventTimes`], with every dated
//! [`Occurrence`] up to the horizon and whether each is over, against the build's "now".

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Timestamp, ZonedDateTime};

use super::common::FieldErrors;
use super::dates::When;
use super::event::EventFm;
use crate::config::{Config, Now};
use crate::model::recur::Rule;

/// An event's times in the site's zone.
#[derive(Debug, Clone)]
pub struct EventTimes {
    /// Start.
    pub start: ZonedDateTime,
    /// End, if given.
    pub end: Option<ZonedDateTime>,
    /// Every occurrence ended (or started, without an end) before "now".
    pub past: bool,
    /// The repeat rule, if the event repeats.
    pub rule: Option<Rule>,
    /// Dated occurrences up to the horizon (one for a single event), soonest first.
    pub occurrences: Vec<Occurrence>,
}

impl EventTimes {
    /// The occurrence a page shows: the next one still to come, else the last one.
    pub fn current(&self) -> usize {
        self.occurrences
            .iter()
            .position(|o| !o.past)
            .unwrap_or(self.occurrences.len().saturating_sub(1))
    }
}

/// One dated occurrence of an event.
#[derive(Debug, Clone)]
pub struct Occurrence {
    /// Start.
    pub start: ZonedDateTime,
    /// End, if the event has one.
    pub end: Option<ZonedDateTime>,
    /// Over before "now".
    pub past: bool,
}

/// A problem with one field: the field, the message and the suggested fix.
type FieldError = (&'static str, String, String);

/// The event's times, or `None` with the problem in `errs` (a time the clocks skip or repeat,
/// an unsupported or empty repeat rule).
pub(crate) fn times(
    fm: &EventFm,
    cfg: &Config,
    now: &Now,
    errs: &mut FieldErrors<'_>,
) -> Option<EventTimes> {
    match try_times(fm, cfg, now) {
        Ok(t) => Some(t),
        Err((field, msg, help)) => {
            errs.push(field, msg, help);
            None
        }
    }
}

fn try_times(fm: &EventFm, cfg: &Config, now: &Now) -> Result<EventTimes, FieldError> {
    let tz = &cfg.tz;
    let start = place(tz, fm.start, "start", false)?;
    let end = fm
        .end
        .map(|e| place(tz, e, "end", matches!(e, When::Day(_))))
        .transpose()?;
    let rule = match &fm.repeat {
        None => None,
        Some(r) => Some(Rule::parse(r).map_err(|m| {
            (
                "repeat",
                format!("`repeat`: {m}"),
                "see README: Events, repeating events".to_string(),
            )
        })?),
    };
    let clock = Clock {
        tz,
        all_day: fm.all_day || matches!(fm.start, When::Day(_)),
        now: now.zoned.timestamp(),
    };
    let occurrences = match &rule {
        None => vec![clock.occurrence(start.clone(), end.clone())],
        Some(rule) => {
            let horizon = now
                .date()
                .saturating_add(jiff::Span::new().days(cfg.site.event_horizon_days));
            let except: Vec<Date> = fm.except.iter().map(|d| d.0).collect();
            repeated(rule, &clock, &start, end.as_ref(), &except, horizon)
        }
    };
    if occurrences.is_empty() {
        return Err((
            "repeat",
            "`repeat` gives no dates (check UNTIL, COUNT and `except`)".into(),
            "the first date is `start`; make sure it matches the rule".into(),
        ));
    }
    let past = occurrences.iter().all(|o| o.past);
    Ok(EventTimes {
        start,
        end,
        past,
        rule,
        occurrences,
    })
}

/// A local start or end placed in the zone; a date alone is its midnight (the next midnight
/// for an end).
fn place(
    tz: &TimeZone,
    w: When,
    field: &'static str,
    end_of_day: bool,
) -> Result<ZonedDateTime, FieldError> {
    let dt = match w {
        When::At(dt) => dt,
        When::Day(d) if end_of_day => d.tomorrow().unwrap_or(d).to_datetime(Time::midnight()),
        When::Day(d) => d.to_datetime(Time::midnight()),
    };
    let amb = tz.to_ambiguous_zoned_datetime(dt);
    if amb.is_ambiguous() {
        let what = if matches!(amb.offset(), AmbiguousOffset::Gap { .. }) {
            "does not exist: the clocks go forward an hour then"
        } else {
            "happens twice: the clocks go back an hour then"
        };
        return Err((
            field,
            format!("`{field}` {} {what}", dt.strftime("%Y-%m-%d %H:%M")),
            "choose a time at least an hour earlier or later".into(),
        ));
    }
    amb.compatible()
        .map_err(|e| (field, format!("`{field}`: {e}"), "check the date".into()))
}

/// What decides when an occurrence is over.
struct Clock<'a> {
    tz: &'a TimeZone,
    /// An all-day event without an end lasts until the next midnight.
    all_day: bool,
    /// The build's "now".
    now: Timestamp,
}

impl Clock<'_> {
    /// An occurrence, over when its end (or its start, without one) is not after "now".
    fn occurrence(&self, start: ZonedDateTime, end: Option<ZonedDateTime>) -> Occurrence {
        let finish = match (&end, self.all_day) {
            (Some(e), _) => e.clone(),
            (None, true) => start
                .date()
                .tomorrow()
                .ok()
                .and_then(|d| d.to_zoned_datetime(self.tz.clone()).ok())
                .unwrap_or_else(|| start.clone()),
            (None, false) => start.clone(),
        };
        Occurrence {
            past: finish.timestamp() <= self.now,
            start,
            end,
        }
    }
}

/// Every occurrence of a repeating event up to `horizon`, each as long as the first.
fn repeated(
    rule: &Rule,
    clock: &Clock<'_>,
    start: &ZonedDateTime,
    end: Option<&ZonedDateTime>,
    except: &[Date],
    horizon: Date,
) -> Vec<Occurrence> {
    let length = end.map(|e| start.datetime().until(e.datetime()).unwrap_or_default());
    let zoned = |dt: DateTime| dt.to_zoned_datetime(clock.tz.clone()).ok();
    rule.expand(start.datetime(), except, horizon)
        .into_iter()
        .filter_map(|dt| {
            let s = zoned(dt)?;
            let e = length.and_then(|l| dt.checked_add(l).ok()).and_then(zoned);
            Some(clock.occurrence(s, e))
        })
        .collect()
}
