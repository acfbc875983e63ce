//! The decision facts of an opportunity or event in the page's language: the rows of its facts
//! box ("Cost: Free", "Pay: £12.60 an hour", "English needed: IELTS 5.5 or higher") and the
//! badges of its cards ("Free", "Paid £12.60 an hour", "No English test needed").

use serde::Serialize;

use super::views::Views;
use crate::model::kinds::facts::{Cost, English, Facts, Pay};

/// One row of the facts box.
#[derive(Debug, Serialize)]
pub struct FactRow {
    /// Label, in the page's language.
    pub label: String,
    /// Value, in the page's language unless `own`.
    pub value: String,
    /// The value is written in the item's language (a note, a qualification's name).
    pub own: bool,
}

/// One badge of a card.
#[derive(Debug, Serialize)]
pub struct Badge {
    /// Text, in the page's language.
    pub text: String,
    /// `good` (free, paid, no test), `warn` (waiting list) or `plain`.
    pub tone: &'static str,
    /// The text is written in the item's language (a qualification's name).
    pub own: bool,
}

/// The facts box and badges of an item.
#[derive(Debug, Default, Serialize)]
pub struct FactsView {
    /// Facts box rows, in a fixed order.
    pub rows: Vec<FactRow>,
    /// Card badges.
    pub badges: Vec<Badge>,
}

fn row(rows: &mut Vec<FactRow>, label: String, value: String, own: bool) {
    rows.push(FactRow { label, value, own });
}

/// `a, b or c` in the page's language.
fn or_list(v: &Views<'_>, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => v.tr_args(
            "list-or",
            &[
                ("first", rest.join(&v.tr("list-separator"))),
                ("last", last.clone()),
            ],
        ),
    }
}

fn cost_text(v: &Views<'_>, c: Cost) -> String {
    match c {
        Cost::Free => v.tr("cost-free"),
        Cost::Amount(m) => m.text(),
    }
}

fn pay_text(v: &Views<'_>, p: Pay, key: &str) -> String {
    let (kind, m) = match p {
        Pay::Unpaid => return v.tr("pay-unpaid"),
        Pay::Hourly(m) => ("hourly", m),
        Pay::Yearly(m) => ("yearly", m),
        Pay::Vouchers(m) => ("vouchers", m),
    };
    v.tr_args(&format!("{key}-{kind}"), &[("amount", m.text())])
}

fn english_text(v: &Views<'_>, e: English) -> String {
    match e {
        English::None => v.tr("english-none"),
        English::Basic => v.tr("english-basic"),
        English::Cefr(level) => v.tr_args("english-cefr", &[("level", level.to_string())]),
        English::Ielts(s) => v.tr_args("english-ielts", &[("score", English::ielts_text(s))]),
    }
}

/// Hours, weeks and dates in one line: "16 hours a week, 10 weeks, 5 March to 14 May 2027".
fn time_text(v: &Views<'_>, f: &Facts<'_>) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(h) = f.hours {
        let hours = format!("{h}");
        parts.push(v.tr_args("hours-a-week", &[("hours", hours)]));
    }
    if let Some(w) = f.weeks {
        parts.push(v.tr_args("duration-weeks", &[("weeks", w.to_string())]));
    }
    let day = |d: crate::model::kinds::dates::Day| v.date(d.0).human;
    match (f.starts, f.ends) {
        (Some(s), Some(e)) => {
            parts.push(v.tr_args("dates-from-to", &[("start", day(s)), ("end", day(e))]))
        }
        (Some(s), None) => parts.push(v.tr_args("dates-from", &[("start", day(s))])),
        (None, Some(e)) => parts.push(v.tr_args("dates-until", &[("end", day(e))])),
        (None, None) => {}
    }
    (!parts.is_empty()).then(|| parts.join(&v.tr("list-separator")))
}

/// The card badges of `f`, in the page's language, and with `full` (the item's own page) the
/// facts box rows too.
pub fn view(v: &Views<'_>, f: &Facts<'_>, full: bool) -> FactsView {
    if !full {
        return FactsView {
            rows: Vec::new(),
            badges: badges(v, f),
        };
    }
    let mut rows = Vec::new();
    let lang = v
        .config
        .site
        .languages
        .get(v.lang)
        .map_or("en", |l| l.code.as_str());
    if let Some(c) = f.cost {
        row(&mut rows, v.tr("label-cost"), cost_text(v, c), false);
    }
    if let Some(note) = f.cost_note {
        row(&mut rows, v.tr("label-cost-note"), note.to_string(), true);
    }
    if let Some(p) = f.pay {
        row(&mut rows, v.tr("label-pay"), pay_text(v, p, "pay"), false);
    }
    if let Some(t) = time_text(v, f) {
        row(&mut rows, v.tr("label-time"), t, false);
    }
    if let Some(e) = f.english {
        row(&mut rows, v.tr("label-english"), english_text(v, e), false);
    }
    if !f.languages.is_empty() {
        let names: Vec<String> = f
            .languages
            .iter()
            .map(|c| crate::i18n::names::language_name_or_code(lang, c))
            .collect();
        row(
            &mut rows,
            v.tr("label-runs-in"),
            names.join(&v.tr("list-separator")),
            false,
        );
    }
    if let Some(q) = f.qualification {
        row(&mut rows, v.tr("label-qualification"), q.to_string(), true);
    }
    if !f.places.is_empty() {
        let places = v.tr_args("places-eligible", &[("places", or_list(v, f.places))]);
        row(&mut rows, v.tr("label-eligible-places"), places, false);
    }
    if f.waiting_list {
        row(
            &mut rows,
            v.tr("label-places"),
            v.tr("places-waiting-list"),
            false,
        );
    } else if let Some(n) = f.capacity {
        let count = v.tr_args("places-count", &[("count", n.to_string())]);
        row(&mut rows, v.tr("label-places"), count, false);
    }
    if !f.support.is_empty() {
        let names: Vec<String> = f
            .support
            .iter()
            .map(|s| v.tr(&format!("support-{}", s.slug())))
            .collect();
        row(
            &mut rows,
            v.tr("label-support"),
            names.join(&v.tr("list-separator")),
            false,
        );
    }
    FactsView {
        rows,
        badges: badges(v, f),
    }
}

/// The card badges: cost, pay, English, qualification, waiting list.
fn badges(v: &Views<'_>, f: &Facts<'_>) -> Vec<Badge> {
    let mut out = Vec::new();
    let mut push = |text: String, tone: &'static str| {
        out.push(Badge {
            text,
            tone,
            own: false,
        })
    };
    match f.cost {
        Some(Cost::Free) => push(v.tr("cost-free"), "good"),
        Some(c @ Cost::Amount(_)) => push(cost_text(v, c), "plain"),
        None => {}
    }
    match f.pay {
        Some(Pay::Unpaid) => push(v.tr("pay-unpaid"), "plain"),
        Some(p) => push(pay_text(v, p, "badge-paid"), "good"),
        None => {}
    }
    match f.english {
        Some(English::Ielts(s)) => push(
            v.tr_args("badge-ielts", &[("score", English::ielts_text(s))]),
            "plain",
        ),
        Some(_) => push(v.tr("badge-no-english-test"), "good"),
        None => {}
    }
    if f.waiting_list {
        push(v.tr("badge-waiting-list"), "warn");
    }
    if let Some(q) = f.qualification {
        out.push(Badge {
            text: q.to_string(),
            tone: "plain",
            own: true,
        });
    }
    out
}

/// A schema.org `Offer` of what taking part costs (events, training).
pub(super) fn offer(cost: Cost, url: &str) -> serde_json::Value {
    let price = match cost {
        Cost::Free => serde_json::json!(0),
        Cost::Amount(m) => serde_json::json!(m.pounds()),
    };
    serde_json::json!({"@type": "Offer", "price": price, "priceCurrency": "GBP", "url": url})
}
