//! iCalendar (RFC 5545) files: one per event, one for all upcoming events, one per category.
//!
//! Entry points: [`event_calendar`] and [`feed_calendar`]. Times are written as local times with
//! `TZID` and a `VTIMEZONE` built from the zone's real transitions; text is escaped, lines are
//! folded at 75 octets on character boundaries and end in CRLF. `DTSTAMP` is the build's "now",
//! so the same sources and `--now` give the same bytes.

use std::fmt::Write as _;

use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

use crate::config::{Config, Now};
use crate::model::kinds::{EventFm, Status, When};
use crate::model::{Data, Item, ItemId, Site};

/// A calendar with a single event (its whole series when it repeats).
pub fn event_calendar(site: &Site, id: ItemId, config: &Config, now: &Now) -> String {
    calendar(site, &[id], config, now, &site.items[id].title)
}

/// A calendar of several events (for subscription).
pub fn feed_calendar(
    site: &Site,
    ids: &[ItemId],
    config: &Config,
    now: &Now,
    name: &str,
) -> String {
    calendar(site, ids, config, now, name)
}

fn calendar(site: &Site, ids: &[ItemId], config: &Config, now: &Now, name: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//useit//USE-IT! portal//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(name)),
        format!("X-WR-TIMEZONE:{}", config.site.time_zone),
    ];
    let events: Vec<(&Item, &EventFm, &crate::model::EventTimes)> = ids
        .iter()
        .filter_map(|&i| match &site.items[i].data {
            Data::Event(fm, t) => Some((&site.items[i], &**fm, t)),
            _ => None,
        })
        .collect();
    let first = events.iter().map(|(_, _, t)| t.start.timestamp()).min();
    let last = events
        .iter()
        .filter_map(|(_, _, t)| {
            t.occurrences
                .last()
                .map(|o| o.end.as_ref().unwrap_or(&o.start).timestamp())
        })
        .max();
    if let (Some(a), Some(b)) = (first, last) {
        vtimezone(&mut lines, &config.tz, &config.site.time_zone, a, b);
    }
    let stamp = now.zoned.timestamp().strftime("%Y%m%dT%H%M%SZ").to_string();
    for (it, fm, t) in events {
        vevent(&mut lines, it, fm, t, config, &stamp);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        fold(&mut out, &l);
    }
    out
}

fn local(z: &ZonedDateTime) -> String {
    z.strftime("%Y%m%dT%H%M%S").to_string()
}

/// The start, end and repetition lines of an event.
fn times(
    lines: &mut Vec<String>,
    fm: &EventFm,
    t: &crate::model::EventTimes,
    config: &Config,
    all_day: bool,
) {
    let tzid = &config.site.time_zone;
    if all_day {
        lines.push(format!(
            "DTSTART;VALUE=DATE:{}",
            t.start.date().strftime("%Y%m%d")
        ));
        let end = t
            .end
            .as_ref()
            .map(|e| e.date())
            .unwrap_or_else(|| t.start.date().tomorrow().unwrap_or(t.start.date()));
        lines.push(format!("DTEND;VALUE=DATE:{}", end.strftime("%Y%m%d")));
    } else {
        lines.push(format!("DTSTART;TZID={tzid}:{}", local(&t.start)));
        let end = match (&t.end, fm.daily) {
            // Daily: each day from the start time to the end time, repeated over the days.
            (Some(e), true) => t
                .start
                .date()
                .to_datetime(e.time())
                .to_zoned_datetime(config.tz.clone())
                .ok(),
            (e, _) => e.clone(),
        };
        if let Some(e) = end {
            lines.push(format!("DTEND;TZID={tzid}:{}", local(&e)));
        }
        if fm.daily
            && let Some(e) = &t.end
        {
            let days = t
                .start
                .date()
                .until(e.date())
                .map(|s| s.get_days())
                .unwrap_or(0)
                + 1;
            lines.push(format!("RRULE:FREQ=DAILY;COUNT={days}"));
        }
    }
    // Every date of the series has the value type of DTSTART (RFC 5545 3.8.5.1, 3.3.10).
    if let Some(rule) = &t.rule {
        lines.push(format!("RRULE:{}", rule.to_rrule(all_day, &config.tz)));
        for d in &fm.except {
            lines.push(if all_day {
                format!("EXDATE;VALUE=DATE:{}", d.0.strftime("%Y%m%d"))
            } else {
                let z = d.0.to_datetime(t.start.time());
                format!("EXDATE;TZID={tzid}:{}", z.strftime("%Y%m%dT%H%M%S"))
            });
        }
    }
}

fn vevent(
    lines: &mut Vec<String>,
    it: &Item,
    fm: &EventFm,
    t: &crate::model::EventTimes,
    config: &Config,
    stamp: &str,
) {
    let host = crate::util::url::parse(&config.base_url).map_or("", |u| u.host);
    let all_day = fm.all_day || matches!(fm.start, When::Day(_));
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!(
        "UID:{}@{}",
        it.path.trim_end_matches('/').replace('/', "-"),
        host
    ));
    lines.push(format!("DTSTAMP:{stamp}"));
    times(lines, fm, t, config, all_day);
    let title = match fm.status {
        Status::Postponed => format!("Postponed: {}", it.title),
        Status::Cancelled => format!("Cancelled: {}", it.title),
        Status::Scheduled => it.title.clone(),
    };
    lines.push(format!("SUMMARY:{}", text(&title)));
    let status = match fm.status {
        Status::Scheduled => "CONFIRMED",
        Status::Postponed => "TENTATIVE",
        Status::Cancelled => "CANCELLED",
    };
    lines.push(format!("STATUS:{status}"));
    let location = match (&fm.venue, &fm.stream_url) {
        (Some(v), _) => v.one_line(),
        (None, Some(url)) => format!("Online: {url}"),
        (None, None) => String::new(),
    };
    if !location.is_empty() {
        lines.push(format!("LOCATION:{}", text(&location)));
    }
    let url = config.permalink(&it.path);
    lines.push(format!("URL:{url}"));
    lines.push(format!("DESCRIPTION:{}", text(&description(it, fm, &url))));
    lines.push("END:VEVENT".into());
}

fn description(it: &Item, fm: &EventFm, url: &str) -> String {
    let mut d = it.summary.clone();
    let cost = match fm.cost {
        crate::model::kinds::facts::Cost::Free => "Free".to_string(),
        crate::model::kinds::facts::Cost::Amount(m) => m.text(),
    };
    let _ = write!(d, "\n\nCost: {cost}");
    if let Some(note) = &fm.cost_note {
        let _ = write!(d, " ({note})");
    }
    if let Some(b) = &fm.booking {
        for (label, v) in [
            ("Book online", &b.url),
            ("Book by e-mail", &b.email),
            ("Book by phone", &b.phone),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
                let _ = write!(d, "\n{label}: {v}");
            }
        }
    }
    if let Some(s) = &fm.stream_url {
        let _ = write!(d, "\nJoin online: {s}");
    }
    if let Some(a) = &fm.accessibility {
        let _ = write!(d, "\nAccess: {a}");
    }
    let _ = write!(d, "\n\nDetails: {url}");
    d
}

/// `VTIMEZONE` with one sub-component per real transition in the span the events cover
/// (a year either side), so calendar programs place every time correctly.
fn vtimezone(lines: &mut Vec<String>, tz: &TimeZone, tzid: &str, from: Timestamp, to: Timestamp) {
    let year = jiff::SignedDuration::from_hours(24 * 366);
    let start = from.checked_sub(year).unwrap_or(from);
    let end = to.checked_add(year).unwrap_or(to);
    lines.push("BEGIN:VTIMEZONE".into());
    lines.push(format!("TZID:{tzid}"));
    let mut any = false;
    let mut prev = tz.to_offset(start);
    for tr in tz.following(start).take_while(|tr| tr.timestamp() <= end) {
        let kind = if tr.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        // DTSTART is the local time just before the change, in the offset before it.
        let local_before = tr.timestamp().to_zoned_datetime(TimeZone::fixed(prev));
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!(
            "DTSTART:{}",
            local_before.strftime("%Y%m%dT%H%M%S")
        ));
        lines.push(format!("TZOFFSETFROM:{}", offset(prev)));
        lines.push(format!("TZOFFSETTO:{}", offset(tr.offset())));
        lines.push(format!("TZNAME:{}", tr.abbreviation()));
        lines.push(format!("END:{kind}"));
        prev = tr.offset();
        any = true;
    }
    if !any {
        // A zone without changes in the span (or UTC): one fixed standard offset.
        let o = tz.to_offset(start);
        lines.push("BEGIN:STANDARD".into());
        lines.push("DTSTART:19700101T000000".into());
        lines.push(format!("TZOFFSETFROM:{}", offset(o)));
        lines.push(format!("TZOFFSETTO:{}", offset(o)));
        lines.push("END:STANDARD".into());
    }
    lines.push("END:VTIMEZONE".into());
}

fn offset(o: jiff::tz::Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines; drops the control characters
/// TEXT may not hold (RFC 5545 3.3.11), with every character the XML escaper drops.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let keep = |c: char| c == '\n' || (c != '\r' && crate::util::escape::allowed(c));
    for c in s.chars().filter(|&c| keep(c)) {
        if c == '\n' {
            out.push_str("\\n");
        } else {
            if matches!(c, '\\' | ';' | ',') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Appends `line` folded at 75 octets (continuations start with a space), each with CRLF.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "ابت".repeat(30));
        fold(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn escapes_text() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(
            text("bell\u{7} tab\t vt\u{b} cr\r\n"),
            "bell tab\t vt cr\\n"
        );
    }

    #[test]
    fn london_timezone_has_real_transitions() {
        let tz = jiff::tz::db().get("Europe/London").unwrap();
        let mut lines = Vec::new();
        let a: Timestamp = "2027-01-14T18:00:00Z".parse().unwrap();
        vtimezone(&mut lines, &tz, "Europe/London", a, a);
        let all = lines.join("\n");
        assert!(all.contains("BEGIN:DAYLIGHT\nDTSTART:20270328T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:BST"), "{all}");
        assert!(all.contains("BEGIN:STANDARD\nDTSTART:20271031T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nTZNAME:GMT"), "{all}");
    }
}
