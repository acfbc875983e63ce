//! Repeating events: a subset of RFC 5545 RRULE, expanded into dated occurrences.
//!
//! Supported: `FREQ=WEEKLY|MONTHLY`, `INTERVAL`, `BYDAY` (`TU`, `2TU`, `-1FR`, lists),
//! `COUNT`, `UNTIL` (a date or a date-time), and `WKST=MO`. Anything else is an error that names
//! the part. Entry points: [`Rule::parse`], [`Rule::expand`], [`Rule::to_rrule`]; the
//! page's description in each language is made by `render::events`.

use jiff::civil::{Date, DateTime, Weekday};

/// How often the rule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freq {
    /// Every `interval` weeks.
    Weekly,
    /// Every `interval` months.
    Monthly,
}

/// A parsed rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Frequency.
    pub freq: Freq,
    /// Every how many weeks or months.
    pub interval: i32,
    /// Week days, with an optional ordinal within the month (`2TU`, `-1FR`).
    pub by_day: Vec<(Option<i8>, Weekday)>,
    /// Number of occurrences.
    pub count: Option<u32>,
    /// Last possible date.
    pub until: Option<Date>,
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Monday,
        "TU" => Weekday::Tuesday,
        "WE" => Weekday::Wednesday,
        "TH" => Weekday::Thursday,
        "FR" => Weekday::Friday,
        "SA" => Weekday::Saturday,
        "SU" => Weekday::Sunday,
        _ => return None,
    })
}

fn code(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

impl Rule {
    /// Parses `FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH` (an optional `RRULE:` prefix is allowed).
    pub fn parse(text: &str) -> Result<Rule, String> {
        let body = text.trim().trim_start_matches("RRULE:");
        let (mut freq, mut interval, mut by_day, mut count, mut until) =
            (None, 1, Vec::new(), None, None);
        for part in body.split(';').filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| format!("`{part}` is not NAME=VALUE"))?;
            match key.to_ascii_uppercase().as_str() {
                "FREQ" => {
                    freq = Some(match value.to_ascii_uppercase().as_str() {
                        "WEEKLY" => Freq::Weekly,
                        "MONTHLY" => Freq::Monthly,
                        other => {
                            return Err(format!(
                                "FREQ={other} is not supported (use WEEKLY or MONTHLY)"
                            ));
                        }
                    })
                }
                "INTERVAL" => {
                    interval = value
                        .parse()
                        .ok()
                        .filter(|n| (1..=120).contains(n))
                        .ok_or_else(|| {
                            format!("INTERVAL={value} must be a whole number from 1 to 120")
                        })?;
                }
                "COUNT" => {
                    count = Some(
                        value
                            .parse()
                            .ok()
                            .filter(|n| (1..=1000).contains(n))
                            .ok_or_else(|| {
                                format!("COUNT={value} must be a whole number from 1 to 1000")
                            })?,
                    );
                }
                "UNTIL" => until = Some(parse_until(value)?),
                "BYDAY" => {
                    for d in value.split(',') {
                        let day = parse_by_day(d)?;
                        if by_day.contains(&day) {
                            return Err(format!(
                                "BYDAY names `{}` twice: give each day once",
                                d.trim()
                            ));
                        }
                        by_day.push(day);
                    }
                }
                "WKST" if value.eq_ignore_ascii_case("MO") => {}
                other => {
                    return Err(format!(
                        "{other} is not supported in `repeat` (supported: FREQ, INTERVAL, BYDAY, COUNT, UNTIL)"
                    ));
                }
            }
        }
        let freq = freq.ok_or("FREQ is missing: start with FREQ=WEEKLY or FREQ=MONTHLY")?;
        if freq == Freq::Weekly && by_day.iter().any(|(n, _)| n.is_some()) {
            return Err("numbered week days such as 2TU only work with FREQ=MONTHLY".into());
        }
        if count.is_some() && until.is_some() {
            return Err("use COUNT or UNTIL, not both".into());
        }
        Ok(Rule {
            freq,
            interval,
            by_day,
            count,
            until,
        })
    }

    /// Occurrence start times from `start` (the first occurrence if it matches the rule) up to
    /// and including `limit`, without the `except` dates. A series that starts after `limit`
    /// (a build whose "now" lies long before it) still gives its first occurrence, so that it
    /// never has no dates only because of when the site is built.
    pub fn expand(&self, start: DateTime, except: &[Date], limit: Date) -> Vec<DateTime> {
        let until = self.until.unwrap_or(Date::MAX);
        let mut out = Vec::new();
        let mut produced = 0u32;
        let first = start.date();
        'periods: for k in 0..2400 {
            let mut dates = match self.freq {
                Freq::Weekly => self.week_dates(first, k),
                Freq::Monthly => self.month_dates(first, k),
            };
            dates.sort();
            for d in dates {
                if d < first {
                    continue;
                }
                // Past the window once the series has a date to show (an excepted first
                // date does not count: the next one is still found).
                let past_window = d > limit && !out.is_empty();
                if past_window || d > until || self.count.is_some_and(|c| produced >= c) {
                    break 'periods;
                }
                produced += 1;
                if !except.contains(&d) {
                    out.push(d.to_datetime(start.time()));
                }
            }
        }
        out
    }

    fn week_dates(&self, first: Date, k: i32) -> Vec<Date> {
        let monday =
            first.saturating_sub(jiff::Span::new().days(first.weekday().to_monday_zero_offset()));
        let Ok(week) = monday.checked_add(jiff::Span::new().weeks(k * self.interval)) else {
            return vec![];
        };
        let days: Vec<Weekday> = if self.by_day.is_empty() {
            vec![first.weekday()]
        } else {
            self.by_day.iter().map(|(_, w)| *w).collect()
        };
        days.iter()
            .filter_map(|w| {
                week.checked_add(jiff::Span::new().days(w.to_monday_zero_offset()))
                    .ok()
            })
            .collect()
    }

    fn month_dates(&self, first: Date, k: i32) -> Vec<Date> {
        let Ok(month) = first
            .first_of_month()
            .checked_add(jiff::Span::new().months(k * self.interval))
        else {
            return vec![];
        };
        if self.by_day.is_empty() {
            return Date::new(month.year(), month.month(), first.day())
                .ok()
                .into_iter()
                .collect();
        }
        let mut out = Vec::new();
        for (n, w) in &self.by_day {
            match n {
                Some(n) => out.extend(month.nth_weekday_of_month(*n, *w).ok()),
                None => {
                    let mut d = month.nth_weekday_of_month(1, *w).ok();
                    while let Some(x) = d.filter(|x| x.month() == month.month()) {
                        out.push(x);
                        d = x.checked_add(jiff::Span::new().weeks(1)).ok();
                    }
                }
            }
        }
        out
    }

    /// The rule as an RRULE value, normalised (for `.ics` files). `UNTIL` takes the value type
    /// of the event's `DTSTART` (RFC 5545 3.3.10): a date for an all-day event, else the end of
    /// the `until` day in `tz` as a UTC date-time.
    pub fn to_rrule(&self, all_day: bool, tz: &jiff::tz::TimeZone) -> String {
        let mut s = format!(
            "FREQ={}",
            if self.freq == Freq::Weekly {
                "WEEKLY"
            } else {
                "MONTHLY"
            }
        );
        if self.interval != 1 {
            s.push_str(&format!(";INTERVAL={}", self.interval));
        }
        if !self.by_day.is_empty() {
            let days: Vec<String> = self
                .by_day
                .iter()
                .map(|(n, w)| {
                    format!(
                        "{}{}",
                        n.map(|n| n.to_string()).unwrap_or_default(),
                        code(*w)
                    )
                })
                .collect();
            s.push_str(&format!(";BYDAY={}", days.join(",")));
        }
        if let Some(c) = self.count {
            s.push_str(&format!(";COUNT={c}"));
        }
        if let Some(u) = self.until {
            s.push_str(";UNTIL=");
            if all_day {
                s.push_str(&u.strftime("%Y%m%d").to_string());
            } else {
                // Inclusive of that whole day in the event's time zone.
                let end = u.to_datetime(jiff::civil::time(23, 59, 59, 0));
                let utc = end
                    .to_zoned_datetime(tz.clone())
                    .map(|z| z.timestamp())
                    .or_else(|_| {
                        end.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                            .map(|z| z.timestamp())
                    });
                match utc {
                    Ok(t) => s.push_str(&t.strftime("%Y%m%dT%H%M%SZ").to_string()),
                    Err(_) => s.push_str(&format!("{}T235959Z", u.strftime("%Y%m%d"))),
                }
            }
        }
        s
    }
}

/// One `BYDAY` entry: a week day with an optional ordinal within the month (`2TU`, `-1FR`).
fn parse_by_day(d: &str) -> Result<(Option<i8>, Weekday), String> {
    let d = d.trim().to_ascii_uppercase();
    let not_a_day = || format!("BYDAY `{d}` is not a week day such as TU or 2TU");
    // `split_at_checked`: a non-ASCII character may straddle the cut.
    let (num, day) = d
        .split_at_checked(d.len().saturating_sub(2))
        .ok_or_else(not_a_day)?;
    let w = weekday(day).ok_or_else(not_a_day)?;
    if num.is_empty() {
        return Ok((None, w));
    }
    let n = num
        .trim_start_matches('+')
        .parse::<i8>()
        .ok()
        .filter(|n| (-1..=5).contains(n) && *n != 0)
        .ok_or_else(|| {
            format!(
                "BYDAY `{d}`: the number must be 1 to 5 (first to fifth) or -1 (the last); \
                 counting further from the end of the month (-2 to -5) is not supported"
            )
        })?;
    Ok((Some(n), w))
}

fn parse_until(v: &str) -> Result<Date, String> {
    let digits: String = v.chars().take(8).collect();
    if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()) {
        let iso = format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]);
        let d = iso
            .parse()
            .map_err(|_| format!("UNTIL={v} is not a real date"))?;
        return crate::model::kinds::dates::in_range(d, &format!("UNTIL={v}"));
    }
    let d = v
        .parse()
        .map_err(|_| format!("UNTIL={v}: write it as YYYYMMDD or YYYY-MM-DD"))?;
    crate::model::kinds::dates::in_range(d, &format!("UNTIL={v}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn bi_monthly_second_thursday_with_an_exception() {
        let r = Rule::parse("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH").unwrap();
        let start = date(2027, 1, 14).at(18, 0, 0, 0);
        let got = r.expand(start, &[date(2027, 5, 13)], date(2027, 12, 31));
        let days: Vec<String> = got.iter().map(|d| d.date().to_string()).collect();
        assert_eq!(
            days,
            [
                "2027-01-14",
                "2027-03-11",
                "2027-07-08",
                "2027-09-09",
                "2027-11-11"
            ]
        );
        assert!(
            got.iter()
                .all(|d| d.time() == jiff::civil::time(18, 0, 0, 0))
        );
        assert_eq!(
            r.to_rrule(false, &jiff::tz::TimeZone::UTC),
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH"
        );
    }

    #[test]
    fn weekly_with_count_and_until() {
        let r = Rule::parse("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5").unwrap();
        let got = r.expand(date(2027, 1, 5).at(10, 0, 0, 0), &[], date(2030, 1, 1));
        let days: Vec<String> = got.iter().map(|d| d.date().to_string()).collect();
        assert_eq!(
            days,
            [
                "2027-01-05",
                "2027-01-07",
                "2027-01-12",
                "2027-01-14",
                "2027-01-19"
            ]
        );
        let r = Rule::parse("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270201").unwrap();
        assert_eq!(
            r.expand(date(2027, 1, 4).at(9, 0, 0, 0), &[], date(2030, 1, 1))
                .len(),
            3
        );
        let r = Rule::parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2").unwrap();
        let got = r.expand(date(2027, 1, 1).at(9, 0, 0, 0), &[], date(2030, 1, 1));
        assert_eq!(got[1].date(), date(2027, 2, 26));
    }

    #[test]
    fn until_takes_the_value_type_of_the_start() {
        let r = Rule::parse("FREQ=WEEKLY;UNTIL=20270630").unwrap();
        let london = jiff::tz::db().get("Europe/London").unwrap();
        assert_eq!(r.to_rrule(true, &london), "FREQ=WEEKLY;UNTIL=20270630");
        // 23:59:59 British Summer Time is 22:59:59 UTC.
        assert_eq!(
            r.to_rrule(false, &london),
            "FREQ=WEEKLY;UNTIL=20270630T225959Z"
        );
    }

    #[test]
    fn unsupported_parts_are_named() {
        for (rule, want) in [
            ("FREQ=DAILY", "FREQ=DAILY is not supported"),
            ("FREQ=WEEKLY;BYMONTH=3", "BYMONTH is not supported"),
            ("INTERVAL=2", "FREQ is missing"),
            ("FREQ=WEEKLY;BYDAY=2TU", "only work with FREQ=MONTHLY"),
            ("FREQ=MONTHLY;BYDAY=XX", "BYDAY `XX`"),
            ("FREQ=WEEKLY;BYDAY=MO€", "BYDAY `MO€`"),
            ("FREQ=MONTHLY;BYDAY=2é", "is not a week day"),
            ("FREQ=MONTHLY;COUNT=2;UNTIL=20270101", "COUNT or UNTIL"),
            ("FREQ=MONTHLY;BYDAY=-2FR", "-2 to -5) is not supported"),
            ("FREQ=WEEKLY;BYDAY=TH,TH", "BYDAY names `TH` twice"),
            ("FREQ=WEEKLY;UNTIL=99991231", "from the year 1900 to 2999"),
            ("FREQ=MONTHLY;BYDAY=6FR", "1 to 5"),
            ("FREQ=MONTHLY;BYDAY=0FR", "1 to 5"),
        ] {
            let e = Rule::parse(rule).unwrap_err();
            assert!(e.contains(want), "{rule}: {e}");
        }
    }

    #[test]
    fn a_series_starting_after_the_window_still_has_its_first_date() {
        let r = Rule::parse("FREQ=MONTHLY;BYDAY=2TH").unwrap();
        let got = r.expand(date(2027, 1, 14).at(18, 0, 0, 0), &[], date(2018, 9, 1));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].date(), date(2027, 1, 14));
        // The first date skipped: the next one is still found, whatever the window.
        let got = r.expand(
            date(2027, 1, 14).at(18, 0, 0, 0),
            &[date(2027, 1, 14)],
            date(2018, 9, 1),
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].date(), date(2027, 2, 11));
        let r = Rule::parse("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20261231").unwrap();
        assert!(
            r.expand(date(2027, 1, 14).at(18, 0, 0, 0), &[], date(2018, 9, 1))
                .is_empty()
        );
    }
}
