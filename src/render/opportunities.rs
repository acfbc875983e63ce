//! Opportunity views: the provider, closing date and how to apply, the decision facts, and on
//! the opportunity's own page its schema.org JSON-LD (`JobPosting` for jobs, `Course` with a
//! `CourseInstance` for training).

use serde::Serialize;
use serde_json::{Value, json};

use super::events::script_json;
use super::facts::FactsView;
use super::views::{DateView, Named, Views};
use crate::model::Item;
use crate::model::kinds::facts::Pay;
use crate::model::kinds::opportunity::{OppKind, OpportunityFm};
use crate::model::kinds::{Contact, Openness};

/// Opportunity fields.
#[derive(Debug, Serialize)]
pub struct OpportunityView<'a> {
    /// Kind.
    pub opportunity_kind: Named,
    /// Provider.
    pub provider: &'a str,
    /// Closing date.
    pub closes: Option<DateView>,
    /// Still open.
    pub open: bool,
    /// Closes within a week.
    pub closing_soon: bool,
    /// Who can apply.
    pub eligibility: Option<&'a str>,
    /// Where.
    pub area: Option<&'a str>,
    /// How to apply.
    pub how_to_apply: &'a Contact,
    /// Decision facts: facts box rows and card badges.
    pub facts: FactsView,
    /// schema.org JSON-LD (own page only, jobs and training), safe inside `<script>`.
    pub json_ld: Option<String>,
}

/// The view of opportunity `it`; `full` for its own page.
pub fn view<'a>(
    v: &Views<'a>,
    it: &'a Item,
    fm: &'a OpportunityFm,
    o: Openness,
    full: bool,
) -> OpportunityView<'a> {
    OpportunityView {
        opportunity_kind: v.named("opportunity", fm.kind.slug()),
        provider: &fm.provider,
        closes: fm.closes.map(|d| v.date(d.0)),
        open: o.open,
        closing_soon: o.closing_soon,
        eligibility: fm.eligibility.as_deref(),
        area: fm.area.as_deref(),
        how_to_apply: &fm.how_to_apply,
        facts: super::facts::view(v, &fm.facts(), full),
        json_ld: if full { json_ld(v, it, fm) } else { None },
    }
}

fn organisation(name: &str) -> Value {
    json!({"@type": "Organization", "name": name})
}

/// `JobPosting` for jobs, `Course` for training; nothing for other kinds (schema.org has no
/// type a search engine reads for them).
fn json_ld(v: &Views<'_>, it: &Item, fm: &OpportunityFm) -> Option<String> {
    let url = v.config.permalink(&it.path);
    let mut doc = match fm.kind {
        OppKind::Job => job_posting(it, fm),
        OppKind::Training => course(it, fm, &url),
        _ => return None,
    };
    doc["@context"] = json!("https://schema.org");
    doc["url"] = json!(url);
    Some(script_json(&doc))
}

fn job_posting(it: &Item, fm: &OpportunityFm) -> Value {
    let mut doc = json!({
        "@type": "JobPosting",
        "title": it.title,
        "description": it.summary,
        "datePosted": fm.date.0.to_string(),
        "hiringOrganization": organisation(&fm.provider),
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": fm.area.as_deref().unwrap_or("Birmingham"),
                "addressCountry": "GB",
            },
        },
    });
    if let Some(closes) = fm.closes {
        doc["validThrough"] = json!(closes.0.to_string());
    }
    if let Some(h) = fm.hours {
        doc["employmentType"] = json!(if h >= 35.0 { "FULL_TIME" } else { "PART_TIME" });
    }
    let salary = match fm.pay {
        Some(Pay::Hourly(m)) => Some((m, "HOUR")),
        Some(Pay::Yearly(m)) => Some((m, "YEAR")),
        _ => None,
    };
    if let Some((m, unit)) = salary {
        doc["baseSalary"] = json!({
            "@type": "MonetaryAmount",
            "currency": "GBP",
            "value": {"@type": "QuantitativeValue", "value": m.pounds(), "unitText": unit},
        });
    }
    doc
}

fn course(it: &Item, fm: &OpportunityFm, url: &str) -> Value {
    let mut instance = json!({"@type": "CourseInstance", "courseMode": "Onsite"});
    if let Some(s) = fm.starts {
        instance["startDate"] = json!(s.0.to_string());
    }
    if let Some(e) = fm.ends {
        instance["endDate"] = json!(e.0.to_string());
    }
    if let Some(h) = fm.hours {
        // ISO 8601 duration of a week's work, e.g. PT16H.
        instance["courseWorkload"] = json!(format!("PT{}H", h));
    }
    if !fm.languages.is_empty() {
        instance["inLanguage"] = json!(fm.languages);
    }
    let mut doc = json!({
        "@type": "Course",
        "name": it.title,
        "description": it.summary,
        "provider": organisation(&fm.provider),
        "hasCourseInstance": [instance],
    });
    if let Some(cost) = fm.cost {
        doc["offers"] = json!([super::facts::offer(cost, url)]);
    }
    if let Some(q) = &fm.qualification {
        doc["educationalCredentialAwarded"] = json!(q);
    }
    if !fm.languages.is_empty() {
        doc["inLanguage"] = json!(fm.languages);
    }
    doc
}
