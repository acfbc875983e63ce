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

/// The years a front-matter date may have. Dates further out are typing mistakes (`0227` for
/// `2027`), and every date in range can be placed in any time zone and moved a year on
/// without leaving the range of the time library.
pub const YEARS: std::ops::RangeInclusive<i16> = 1900..=2999;

/// `d` itself, or why its year is outside [`YEARS`] (`what` is the value as written).
pub fn in_range(d: Date, what: &str) -> Result<Date, String> {
    if YEARS.contains(&d.year()) {
        return Ok(d);
    }
    Err(format!(
        "`{what}` is too far in the past or future: useit takes dates from the year {} to {} \
         (check the year for a typing mistake)",
        YEARS.start(),
        YEARS.end()
    ))
}

fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let shape_ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    if !shape_ok {
        return Err(format!(
            "`{s}` is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15"
        ));
    }
    let d = s
        .parse::<Date>()
        .map_err(|_| format!("`{s}` is not a real date (check the day and month)"))?;
    in_range(d, s)
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
        let dt = norm.parse::<DateTime>().map_err(|_| {
            D::Error::custom(format!(
                "`{t}` is not a date and time: write YYYY-MM-DD HH:MM (24-hour, UK time), e.g. 2027-03-15 18:00"
            ))
        })?;
        in_range(dt.date(), t).map_err(D::Error::custom)?;
        Ok(When::At(dt))
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
        for far in [
            "9999-12-31",
            "1899-12-31",
            "0000-01-01",
            "3000-01-01 10:00",
            "9999-12-31 23:00",
        ] {
            let e = serde_saphyr::from_str::<When>(&format!("\"{far}\""))
                .unwrap_err()
                .to_string();
            assert!(e.contains("from the year 1900 to 2999"), "{far}: {e}");
        }
        for near in ["1900-01-01", "2999-12-31 23:59"] {
            assert!(
                serde_saphyr::from_str::<When>(&format!("\"{near}\"")).is_ok(),
                "{near}"
            );
        }
        let e = serde_saphyr::from_str::<Day>("2027-02-30")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a real date"), "{e}");
    }
}
