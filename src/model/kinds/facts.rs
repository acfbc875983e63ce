//! Decision facts of opportunities and events: what a resident needs to judge whether they can
//! take part (cost, pay, hours, English level, languages, who may apply by place, places,
//! support). Each value has its own type that reads the front matter and refuses what it cannot
//! mean, with the allowed values in the message; [`Facts`] borrows them for the views.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::common::FieldErrors;
use super::dates::Day;

/// An amount of money in pence (`12.60` or `"£12.60"` in front matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(pub u64);

impl Money {
    /// `£12.60`, `£15` (whole pounds without pence).
    pub fn text(self) -> String {
        let (pounds, pence) = (self.0 / 100, self.0 % 100);
        if pence == 0 {
            format!("£{pounds}")
        } else {
            format!("£{pounds}.{pence:02}")
        }
    }

    /// The amount in pounds (schema.org amounts).
    pub fn pounds(self) -> f64 {
        self.0 as f64 / 100.0
    }

    fn from_f64(v: f64) -> Result<Money, String> {
        if !v.is_finite() || v < 0.0 {
            return Err(format!(
                "{v} is not an amount of money: give a number of pounds, 0 or more"
            ));
        }
        if v > 10_000_000.0 {
            return Err(format!(
                "£{v} is more than this site can mean: give a number of pounds"
            ));
        }
        Ok(Money((v * 100.0).round() as u64))
    }

    fn from_text(s: &str) -> Result<Money, String> {
        let t = s.trim().trim_start_matches('£').replace(',', "");
        match t.trim().parse::<f64>() {
            Ok(v) => Money::from_f64(v),
            Err(_) => Err(format!(
                "`{s}` is not an amount of money: write pounds as a number, e.g. 12.60 or \"£12.60\""
            )),
        }
    }
}

/// What taking part costs the resident: `free`, or an amount (`15`, `"£15"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    /// Nothing.
    Free,
    /// An amount.
    Amount(Money),
}

/// Reads a scalar (text or number) and hands it to `f`.
struct Scalar<F>(&'static str, F);

impl<'de, T, F: FnOnce(ScalarValue<'_>) -> Result<T, String>> Visitor<'de> for Scalar<F> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.1)(ScalarValue::Text(v)).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        (self.1)(ScalarValue::Number(v)).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        (self.1)(ScalarValue::Number(v as f64)).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        (self.1)(ScalarValue::Number(v as f64)).map_err(E::custom)
    }
}

/// A scalar from front matter.
enum ScalarValue<'s> {
    Text(&'s str),
    Number(f64),
}

impl ScalarValue<'_> {
    fn money(&self) -> Result<Money, String> {
        match self {
            ScalarValue::Text(s) => Money::from_text(s),
            ScalarValue::Number(v) => Money::from_f64(*v),
        }
    }
}

const COST: &str = "`free` or an amount in pounds (e.g. 15 or \"£15\")";

impl<'de> Deserialize<'de> for Cost {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Scalar(COST, |v: ScalarValue<'_>| {
            if let ScalarValue::Text(s) = v {
                let lower = s.trim().to_lowercase();
                let says_free = lower.starts_with("free");
                if says_free && lower.chars().any(|c| c.is_ascii_digit() || c == '£') {
                    return Err(format!(
                        "`{s}` gives a price on something free: write `cost: free` or `cost: <amount>`, and say who pays what in `cost_note`"
                    ));
                }
                if says_free && lower != "free" {
                    return Err(format!(
                        "`{s}` is not a cost: write `cost: free` and put the rest (\"lunch included\") in `cost_note` or `support`"
                    ));
                }
                if says_free {
                    return Ok(Cost::Free);
                }
            }
            match v.money()? {
                Money(0) => Ok(Cost::Free),
                m => Ok(Cost::Amount(m)),
            }
        }))
    }
}

/// What a participant is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pay {
    /// Nothing (volunteering, unpaid training).
    Unpaid,
    /// An amount an hour.
    Hourly(Money),
    /// An amount a year.
    Yearly(Money),
    /// Shopping vouchers worth an amount, in place of pay.
    Vouchers(Money),
}

const PAY: &str = "`unpaid`, `{hourly: 12.60}`, `{yearly: 24000}` or `{vouchers: 50}`";

struct PayVisitor;

impl<'de> Visitor<'de> for PayVisitor {
    type Value = Pay;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(PAY)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Pay, E> {
        if v.trim().eq_ignore_ascii_case("unpaid") {
            Ok(Pay::Unpaid)
        } else {
            Err(E::custom(format!(
                "`{v}` is not a kind of pay: write {PAY}"
            )))
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Pay, A::Error> {
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom(format!("empty pay: write {PAY}")));
        };
        let amount: MoneyField = map.next_value()?;
        if map.next_key::<String>()?.is_some() {
            return Err(de::Error::custom(format!("give one kind of pay: {PAY}")));
        }
        match key.as_str() {
            "hourly" => Ok(Pay::Hourly(amount.0)),
            "yearly" => Ok(Pay::Yearly(amount.0)),
            "vouchers" => Ok(Pay::Vouchers(amount.0)),
            other => Err(de::Error::custom(format!(
                "`{other}` is not a kind of pay: write {PAY}"
            ))),
        }
    }
}

impl<'de> Deserialize<'de> for Pay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(PayVisitor)
    }
}

/// An amount of money as a field value.
struct MoneyField(Money);

impl<'de> Deserialize<'de> for MoneyField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Scalar(
            "an amount in pounds, e.g. 12.60",
            |v: ScalarValue<'_>| v.money().map(MoneyField),
        ))
    }
}

/// English needed to take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum English {
    /// None at all (interpreters, other languages).
    None,
    /// Basic everyday English.
    Basic,
    /// A CEFR level, `A1` to `C2`.
    Cefr(&'static str),
    /// An IELTS band score, in tenths (`55` is 5.5).
    Ielts(u8),
}

const CEFR: [&str; 6] = ["A1", "A2", "B1", "B2", "C1", "C2"];
const ENGLISH: &str =
    "`none`, `basic`, a CEFR level (A1, A2, B1, B2, C1, C2) or an IELTS score (`IELTS 5.5`)";

impl English {
    fn parse(s: &str) -> Result<English, String> {
        let t = s.trim();
        let lower = t.to_lowercase();
        if lower == "none" {
            return Ok(English::None);
        }
        if lower == "basic" {
            return Ok(English::Basic);
        }
        if let Some(level) = CEFR.iter().find(|l| l.eq_ignore_ascii_case(t)) {
            return Ok(English::Cefr(level));
        }
        if let Some(score) = lower.strip_prefix("ielts") {
            let band = score
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|b| (0.0..=9.0).contains(b) && (b * 2.0).fract() == 0.0);
            return match band {
                Some(b) => Ok(English::Ielts((b * 10.0).round() as u8)),
                None => Err(format!(
                    "`{t}` is not an IELTS score: IELTS bands run from 0 to 9 in halves, e.g. `IELTS 5.5`"
                )),
            };
        }
        Err(format!("`{t}` is not an English level: write {ENGLISH}"))
    }

    /// The IELTS band as text: `5.5`, `7`.
    pub fn ielts_text(tenths: u8) -> String {
        if tenths.is_multiple_of(10) {
            format!("{}", tenths / 10)
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        }
    }
}

impl<'de> Deserialize<'de> for English {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Scalar(ENGLISH, |v: ScalarValue<'_>| match v {
            ScalarValue::Text(s) => English::parse(s),
            ScalarValue::Number(n) => {
                Err(format!("`{n}` is not an English level: write {ENGLISH}"))
            }
        }))
    }
}

/// Support offered to people taking part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Support {
    /// Childcare, or its cost paid.
    Childcare,
    /// Bus or train fares paid.
    Travel,
    /// Lunch.
    Lunch,
    /// Tea, coffee and snacks.
    Refreshments,
    /// An interpreter.
    Interpreter,
    /// A laptop, tools or clothing lent or given.
    Equipment,
}

impl Support {
    /// Slug (its display name is the UI string `support-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Support::Childcare => "childcare",
            Support::Travel => "travel",
            Support::Lunch => "lunch",
            Support::Refreshments => "refreshments",
            Support::Interpreter => "interpreter",
            Support::Equipment => "equipment",
        }
    }
}

/// The decision facts an item states (opportunities may state all; events cost, English,
/// languages and support), borrowed from its front matter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Facts<'a> {
    /// What it costs.
    pub cost: Option<Cost>,
    /// Who pays less, what the price includes (item language).
    pub cost_note: Option<&'a str>,
    /// What it pays.
    pub pay: Option<Pay>,
    /// Hours a week.
    pub hours: Option<f64>,
    /// How many weeks it runs.
    pub weeks: Option<u32>,
    /// First day.
    pub starts: Option<Day>,
    /// Last day.
    pub ends: Option<Day>,
    /// English needed.
    pub english: Option<English>,
    /// Qualification gained.
    pub qualification: Option<&'a str>,
    /// Languages it runs in (codes).
    pub languages: &'a [String],
    /// Boroughs or postcode districts whose residents may take part.
    pub places: &'a [String],
    /// Number of places.
    pub capacity: Option<u32>,
    /// Full, with a waiting list.
    pub waiting_list: bool,
    /// Support offered.
    pub support: &'a [Support],
}

/// Checks the facts that need more than their own value: hours, dates, places, languages.
pub(crate) fn check(f: &Facts<'_>, errs: &mut FieldErrors<'_>) {
    if let Some(h) = f.hours
        && !(h > 0.0 && h <= 80.0)
    {
        errs.push(
            "hours",
            format!("`hours: {h}` is not a number of hours a week"),
            "give the hours a week, more than 0 and at most 80 (e.g. `hours: 16`)",
        );
    }
    if f.weeks == Some(0) || f.weeks.is_some_and(|w| w > 520) {
        errs.push(
            "weeks",
            "`weeks` is not a length",
            "give how many weeks it runs, 1 to 520",
        );
    }
    if let (Some(s), Some(e)) = (f.starts, f.ends)
        && e.0 < s.0
    {
        errs.push(
            "ends",
            "`ends` is before `starts`",
            "give the last day on or after the first",
        );
    }
    if f.capacity == Some(0) && !f.waiting_list {
        errs.push(
            "places",
            "`places: 0` with no waiting list",
            "give the number of places, or `waiting_list: true` when it is full",
        );
    }
    for p in f.places {
        if let Err(why) = check_place(p) {
            errs.push(
                "eligible_places",
                &why,
                "give boroughs or towns by name (Sandwell) or postcode districts (B66, B67)",
            );
        }
    }
    for code in f.languages {
        if crate::i18n::names::language_name("en", code).is_none() {
            errs.push(
                "languages",
                format!("`{code}` is not a language code CLDR knows"),
                "give ISO 639 codes as in CLDR, e.g. en, ur, ar, pa, so, bn, pl, ku",
            );
        }
    }
}

/// A place a resident must live in: a name (no digits) or a UK postcode district (outward
/// code, e.g. `B66`, `B1`, `WS10`, `EC1A`).
fn check_place(p: &str) -> Result<(), String> {
    let t = p.trim();
    if t.is_empty() {
        return Err("an empty place".to_string());
    }
    if !t.chars().any(|c| c.is_ascii_digit()) {
        return Ok(());
    }
    if t.contains(' ') {
        return Err(format!(
            "`{t}` is a full postcode or not a postcode district: give the district only (the part before the space, e.g. B66)"
        ));
    }
    let b = t.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let rest = &b[letters..];
    let ok = (1..=2).contains(&letters)
        && match rest {
            [d] => d.is_ascii_digit(),
            [d, e] => d.is_ascii_digit() && (e.is_ascii_digit() || e.is_ascii_uppercase()),
            _ => false,
        };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{t}` is not a UK postcode district: write one or two capital letters and a number, e.g. B66 or WS10"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de<T: for<'de> Deserialize<'de>>(yaml: &str) -> Result<T, String> {
        serde_saphyr::from_str::<T>(yaml).map_err(|e| e.to_string())
    }

    #[test]
    fn costs() {
        assert_eq!(de::<Cost>("free").unwrap(), Cost::Free);
        assert_eq!(de::<Cost>("Free").unwrap(), Cost::Free);
        assert_eq!(de::<Cost>("0").unwrap(), Cost::Free);
        assert_eq!(de::<Cost>("15").unwrap(), Cost::Amount(Money(1500)));
        assert_eq!(de::<Cost>("\"£12.60\"").unwrap(), Cost::Amount(Money(1260)));
        assert!(de::<Cost>("-3").unwrap_err().contains("0 or more"));
        assert!(
            de::<Cost>("Free; £15 for others")
                .unwrap_err()
                .contains("price on something free")
        );
        assert!(
            de::<Cost>("Free, lunch included")
                .unwrap_err()
                .contains("cost_note")
        );
        assert!(de::<Cost>("cheap").unwrap_err().contains("not an amount"));
        assert_eq!(Money(1260).text(), "£12.60");
        assert_eq!(Money(1500).text(), "£15");
    }

    #[test]
    fn pay() {
        assert_eq!(de::<Pay>("unpaid").unwrap(), Pay::Unpaid);
        assert_eq!(
            de::<Pay>("{hourly: 12.60}").unwrap(),
            Pay::Hourly(Money(1260))
        );
        assert_eq!(
            de::<Pay>("{yearly: 24000}").unwrap(),
            Pay::Yearly(Money(2_400_000))
        );
        assert_eq!(
            de::<Pay>("{vouchers: 50}").unwrap(),
            Pay::Vouchers(Money(5000))
        );
        assert!(de::<Pay>("{hourly: -1}").unwrap_err().contains("0 or more"));
        assert!(
            de::<Pay>("{hourly: lots}")
                .unwrap_err()
                .contains("not an amount")
        );
        assert!(
            de::<Pay>("{weekly: 5}")
                .unwrap_err()
                .contains("not a kind of pay")
        );
        assert!(
            de::<Pay>("generous")
                .unwrap_err()
                .contains("not a kind of pay")
        );
    }

    #[test]
    fn english() {
        assert_eq!(de::<English>("none").unwrap(), English::None);
        assert_eq!(de::<English>("b1").unwrap(), English::Cefr("B1"));
        assert_eq!(de::<English>("IELTS 5.5").unwrap(), English::Ielts(55));
        assert!(de::<English>("IELTS 5.3").unwrap_err().contains("halves"));
        assert!(de::<English>("fluent").unwrap_err().contains("CEFR"));
        assert_eq!(English::ielts_text(70), "7");
    }

    #[test]
    fn places() {
        for ok in ["B66", "B1", "WS10", "EC1A", "Sandwell", "west Birmingham"] {
            assert!(check_place(ok).is_ok(), "{ok}");
        }
        for bad in ["B666", "B66 1AA", "66", "b66", "BBB6"] {
            assert!(check_place(bad).is_err(), "{bad}");
        }
    }
}
