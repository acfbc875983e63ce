//! Dates in front matter: [`Day`] (`YYYY-MM-DD`) and [`When`] (a date or a local date-time),
//! and [`Openness`], what a closing date means today.

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Deserializer, de::Error as _};

use crate::config::Now;

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_date(&s).map(Day).map_err(D::Error::custom)
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let shape_ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    if !shape_ok {
        return Err(format!(
            "`{s}` is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15"
        ));
    }
    s.parse::<Date>()
        .map_err(|_| format!("`{s}` is not a real date (check the day and month)"))
}

/// When an event starts or ends: a local date-time, or a date alone for all-day events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum When {
    /// `YYYY-MM-DD`.
    Day(Date),
    /// `YYYY-MM-DD HH:MM`, local time in the site's zone.
    At(DateTime),
}

impl When {
    /// The calendar date.
    pub fn date(&self) -> Date {
        match self {
            When::Day(d) => *d,
            When::At(dt) => dt.date(),
        }
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let t = s.trim();
        if t.len() == 10 {
            return parse_date(t).map(When::Day).map_err(D::Error::custom);
        }
        let norm = t.replacen(' ', "T", 1);
        norm.parse::<DateTime>().map(When::At).map_err(|_| {
            D::Error::custom(format!(
                "`{t}` is not a date and time: write YYYY-MM-DD HH:MM (24-hour, UK time), e.g. 2027-03-15 18:00"
            ))
        })
    }
}

/// Whether something can still be answered or applied for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Openness {
    /// Still open today.
    pub open: bool,
    /// Open and closing within seven days.
    pub closing_soon: bool,
}

impl Openness {
    /// Openness on the build's day of something closing on `closes` (open for good without).
    pub fn on(closes: Option<Day>, now: &Now) -> Openness {
        let today = now.date();
        match closes {
            None => Openness {
                open: true,
                closing_soon: false,
            },
            Some(Day(c)) => {
                let open = c >= today;
                let soon = open && today.saturating_add(jiff::Span::new().days(7)) >= c;
                Openness {
                    open,
                    closing_soon: soon,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        let ok: Vec<When> = ["2027-03-15", "2027-03-15 18:00", "2027-03-15T18:00"]
            .iter()
            .map(|s| serde_saphyr::from_str(&format!("\"{s}\"")).unwrap())
            .collect();
        assert!(matches!(ok[0], When::Day(_)));
        assert_eq!(ok[1], ok[2]);
        for bad in ["2027-3-15", "2027-02-30", "15/03/2027", "2027-03-15 25:00"] {
            assert!(
                serde_saphyr::from_str::<When>(&format!("\"{bad}\"")).is_err(),
                "{bad}"
            );
        }
        let e = serde_saphyr::from_str::<Day>("2027-02-30")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a real date"), "{e}");
    }
}
