//! Opportunities (`content/opportunities/<slug>.md`): [`OpportunityFm`] and its kind, and the
//! check that it says how to apply.

use serde::Deserialize;

use super::people::WithoutPeople;

use super::common::{Common, FieldErrors};
use super::contact::Contact;
use super::dates::{Day, When};
use super::facts::{Cost, English, Facts, Pay, Support};

/// Kind of opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OppKind {
    /// Paid work.
    Job,
    /// Courses.
    Training,
    /// Unpaid roles.
    Volunteering,
    /// Mentoring.
    Mentoring,
    /// Grants and funding.
    Funding,
    /// Help to start a business or social enterprise.
    StartUpSupport,
}

impl OppKind {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            OppKind::Job => "job",
            OppKind::Training => "training",
            OppKind::Volunteering => "volunteering",
            OppKind::Mentoring => "mentoring",
            OppKind::Funding => "funding",
            OppKind::StartUpSupport => "start-up-support",
        }
    }
}

/// `content/opportunities/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpportunityFm {
    /// Heading.
    pub title: String,
    /// Date published.
    pub date: Day,
    /// One sentence.
    pub summary: String,
    /// Kind.
    pub kind: OppKind,
    /// Who offers it.
    pub provider: String,
    /// Last day to apply.
    #[serde(default)]
    pub closes: Option<Day>,
    /// Who can apply.
    #[serde(default)]
    pub eligibility: Option<String>,
    /// Where.
    #[serde(default)]
    pub area: Option<String>,
    /// How to apply.
    pub how_to_apply: Contact,
    /// What it costs the resident.
    #[serde(default)]
    pub cost: Option<Cost>,
    /// Who pays less, what the price includes.
    #[serde(default)]
    pub cost_note: Option<String>,
    /// What it pays.
    #[serde(default)]
    pub pay: Option<Pay>,
    /// Hours a week.
    #[serde(default)]
    pub hours: Option<f64>,
    /// How many weeks it runs.
    #[serde(default)]
    pub weeks: Option<u32>,
    /// First day.
    #[serde(default)]
    pub starts: Option<Day>,
    /// Last day.
    #[serde(default)]
    pub ends: Option<Day>,
    /// English needed.
    #[serde(default)]
    pub english: Option<English>,
    /// Qualification gained.
    #[serde(default)]
    pub qualification: Option<String>,
    /// Languages it runs in (codes).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Boroughs or postcode districts whose residents may apply.
    #[serde(default)]
    pub eligible_places: Vec<String>,
    /// Number of places.
    #[serde(default)]
    pub places: Option<u32>,
    /// Full, with a waiting list.
    #[serde(default)]
    pub waiting_list: bool,
    /// Support offered.
    #[serde(default)]
    pub support: Vec<Support>,
    /// Taxonomies.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Neighbourhood slugs.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Ids of organisations in `data/organisations.yaml` it involves (each page of theirs
    /// lists it).
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Ids of developments in `data/developments.yaml` it belongs to (each page of theirs
    /// lists it).
    #[serde(default)]
    pub developments: Vec<String>,
    /// Slugs of the champions the item features (withheld when one of them is not published).
    #[serde(default)]
    pub people: Vec<String>,
    /// `reviewed`: rewritten to stand without the people it features, so it is published
    /// when they are not.
    #[serde(default)]
    pub without_people: Option<WithoutPeople>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Other addresses that lead here (`/soho`, `/events/old-name/`), each a redirect page.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Published from this date or time on (built before only with `--drafts`).
    #[serde(default)]
    pub publish: Option<When>,
    /// Left out of the build from this date or time on.
    #[serde(default)]
    pub expires: Option<When>,
}

impl OpportunityFm {
    /// Fields every item has; the date is the publication's.
    pub(crate) fn common(&self) -> Common {
        Common::titled(&self.title, &self.summary)
            .dated(Some(self.date.0), None)
            .terms(&self.tags, &self.neighbourhoods, &self.themes)
            .about(&self.organisations, &self.developments)
    }

    /// Its decision facts.
    pub fn facts(&self) -> Facts<'_> {
        Facts {
            cost: self.cost,
            cost_note: self.cost_note.as_deref(),
            pay: self.pay,
            hours: self.hours,
            weeks: self.weeks,
            starts: self.starts,
            ends: self.ends,
            english: self.english,
            qualification: self.qualification.as_deref(),
            languages: &self.languages,
            places: &self.eligible_places,
            capacity: self.places,
            waiting_list: self.waiting_list,
            support: &self.support,
        }
    }
}

/// Checks made on the file alone: a way to apply, facts that agree.
pub(crate) fn check(fm: &OpportunityFm, errs: &mut FieldErrors<'_>) {
    super::facts::check(&fm.facts(), errs);
    if fm.kind == OppKind::Job && fm.pay == Some(Pay::Unpaid) {
        errs.push(
            "pay",
            "a job is paid, but `pay` says it is not",
            "give the pay (`{hourly: 12.60}`, `{yearly: 24000}` or `{vouchers: 20}`), or make it `kind: volunteering`",
        );
    }
    if !fm.how_to_apply.is_reachable() {
        errs.push(
            "how_to_apply",
            "`how_to_apply` gives no way to apply",
            "add a `url`, `email` or `phone` under `how_to_apply`",
        );
    }
}
