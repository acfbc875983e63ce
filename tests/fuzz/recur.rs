//! The recurrence parser (`repeat:` of an event): arbitrary RRULE-like strings and field
//! combinations. A rule is parsed or refused with a message, never a panic; a parsed rule
//! writes itself back as the same rule and expands to strictly increasing dates inside
//! its bounds from any start date.

use jiff::civil::{Date, DateTime, date};
use proptest::prelude::*;
use useit::model::recur::Rule;

use super::{config, mixed};

const PARTS: &[&str] = &[
    "FREQ=",
    "WEEKLY",
    "MONTHLY",
    "DAILY",
    "YEARLY",
    "INTERVAL=",
    "BYDAY=",
    "COUNT=",
    "UNTIL=",
    "WKST=",
    "MO",
    "TU",
    "WE",
    "TH",
    "FR",
    "SA",
    "SU",
    "2TU",
    "-1FR",
    "+3WE",
    "-5SA",
    "6MO",
    "0TH",
    "128FR",
    "-129MO",
    "ŞU",
    "2ÉTU",
    "🦀",
    ",",
    ";",
    "=",
    "RRULE:",
    " ",
    "0",
    "1",
    "2",
    "120",
    "121",
    "-1",
    "1000",
    "1001",
    "4294967296",
    "99999999999999999999",
    "20261231",
    "2026-12-31",
    "99991231",
    "00000000",
    "20260230",
    "20261231T235959Z",
    "2026-02-30",
    "x",
    "\t",
    "\n",
    "BYMONTH=1",
    "freq=weekly",
];

/// One of the fields of a rule with a value, well-formed or not.
fn field() -> impl Strategy<Value = String> {
    let n = prop_oneof![
        Just(String::new()),
        (-200i64..200).prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string())
    ];
    let day = (
        prop::option::of(-7i8..8),
        prop::sample::select(&["MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX", "é"][..]),
    )
        .prop_map(|(n, d)| n.map(|n| n.to_string()).unwrap_or_default() + d);
    let days = prop::collection::vec(day, 0..5).prop_map(|v| v.join(","));
    let until = (0i32..10000, 0u8..14, 0u8..33).prop_map(|(y, m, d)| format!("{y:04}{m:02}{d:02}"));
    prop_oneof![
        prop::sample::select(&["WEEKLY", "MONTHLY", "DAILY", ""][..])
            .prop_map(|f| format!("FREQ={f}")),
        n.clone().prop_map(|n| format!("INTERVAL={n}")),
        n.prop_map(|n| format!("COUNT={n}")),
        days.prop_map(|d| format!("BYDAY={d}")),
        until.prop_map(|u| format!("UNTIL={u}")),
        Just("WKST=MO".to_string()),
    ]
}

/// A start date anywhere in the calendar jiff knows, ends included.
fn start() -> impl Strategy<Value = DateTime> {
    prop_oneof![
        Just(date(9999, 12, 31).at(23, 0, 0, 0)),
        Just(date(-9999, 1, 1).at(0, 0, 0, 0)),
        Just(date(2026, 1, 31).at(9, 0, 0, 0)),
        (1i16..9999, 1i8..13, 1i8..29).prop_map(|(y, m, d)| date(y, m, d).at(18, 30, 0, 0)),
    ]
}

/// Checks what a parsed rule promises; parsing failures need only a message.
fn check(text: &str, start: DateTime, limit: Date) -> Result<(), TestCaseError> {
    let rule = match Rule::parse(text) {
        Ok(r) => r,
        Err(m) => {
            prop_assert!(!m.trim().is_empty());
            return Ok(());
        }
    };
    // Written as for an all-day series (UNTIL a date), it reads back as the same rule; the
    // page's description of each rule form is tested in tests/suite/wellformed.rs.
    let london = jiff::tz::db().get("Europe/London").expect("Europe/London");
    let written = rule.to_rrule(true, &london);
    let again = Rule::parse(&written);
    prop_assert_eq!(again.as_ref(), Ok(&rule), "{} -> {}", text, written);
    let except = [start.date()];
    let dates = rule.expand(start, &except, limit);
    // Strictly increasing: no date twice (a day named twice in BYDAY is refused).
    prop_assert!(
        dates.windows(2).all(|w| w[0] < w[1]),
        "{} not strictly increasing",
        text
    );
    for d in &dates {
        prop_assert!(
            *d >= start && d.date() != start.date(),
            "{} gave {}",
            text,
            d
        );
        prop_assert!(
            rule.until.is_none_or(|u| d.date() <= u),
            "{} gave {}",
            text,
            d
        );
    }
    if let Some(c) = rule.count {
        prop_assert!(
            dates.len() <= c as usize,
            "{} gave {} dates",
            text,
            dates.len()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_text_is_parsed_or_refused(text in mixed(PARTS, 16), start in start()) {
        check(&text, start, date(2027, 11, 25))?;
    }

    #[test]
    fn field_combinations_are_parsed_or_refused(
        fields in prop::collection::vec(field(), 0..6),
        start in start(),
        years in 0i16..20,
    ) {
        let limit = date(2026 + years, 11, 25);
        check(&fields.join(";"), start, limit)?;
    }
}
