//! Opportunities (`content/opportunities/<slug>.md`): [`OpportunityFm`] and its kind, and the
//! check that it says how to apply.

use serde::Deserialize;

use super::people::WithoutPeople;

use super::common::{Common, FieldErrors};
use super::contact::Contact;
use super::dates::Day;

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
    /// Taxonomies.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Neighbourhood slugs.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
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
}

impl OpportunityFm {
    /// Fields every item has; the date is the publication's.
    pub(crate) fn common(&self) -> Common {
        Common::titled(&self.title, &self.summary)
            .dated(Some(self.date.0), None)
            .terms(&self.tags, &self.neighbourhoods, &self.themes)
    }
}

/// Checks made on the file alone: a way to apply.
pub(crate) fn check(fm: &OpportunityFm, errs: &mut FieldErrors<'_>) {
    if !fm.how_to_apply.is_reachable() {
        errs.push(
            "how_to_apply",
            "`how_to_apply` gives no way to apply",
            "add a `url`, `email` or `phone` under `how_to_apply`",
        );
    }
}
