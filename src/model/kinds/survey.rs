//! Surveys (`content/surveys/<slug>.md`): [`SurveyFm`] with the people who help fill it in,
//! and the check of its address.

use serde::Deserialize;

use super::common::{Common, FieldErrors, is_web_address};
use super::dates::{Day, When};

/// Someone who helps residents fill in a survey.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Helper {
    /// Person or organisation.
    pub name: String,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// E-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// Where to go: like an event's venue, an id of `data/venues.yaml` or
    /// `{name, address, postcode}`.
    #[serde(default, deserialize_with = "crate::config::venue::id_or_place")]
    pub venue: Option<super::contact::Venue>,
    /// When.
    #[serde(default)]
    pub when: Option<String>,
}

/// `content/surveys/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyFm {
    /// Heading.
    pub title: String,
    /// Date published.
    pub date: Day,
    /// One sentence.
    pub summary: String,
    /// Where the survey is answered.
    pub survey_url: String,
    /// Last day to answer.
    pub closes: Day,
    /// Answers are not linked to names.
    #[serde(default)]
    pub anonymous: bool,
    /// A partly completed survey still counts.
    #[serde(default)]
    pub partial_answers: bool,
    /// Prize draw wording.
    #[serde(default)]
    pub prize_draw: Option<String>,
    /// Who can help.
    #[serde(default)]
    pub help: Vec<Helper>,
    /// Taxonomies.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Neighbourhood slugs.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
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

impl SurveyFm {
    /// Fields every item has; the date is the publication's.
    pub(crate) fn common(&self) -> Common {
        let common = Common::titled(&self.title, &self.summary).dated(Some(self.date.0), None);
        common.terms(&self.tags, &self.neighbourhoods, &self.themes)
    }
}

/// Checks made on the file alone: the survey's address.
pub(crate) fn check(fm: &SurveyFm, errs: &mut FieldErrors<'_>) {
    if !is_web_address(&fm.survey_url) {
        errs.push(
            "survey_url",
            format!("`survey_url` `{}` is not a web address", fm.survey_url),
            "write the full address, starting with https://",
        );
    }
    for h in &fm.help {
        if let Some(v) = &h.venue {
            super::contact::check_venue(
                v,
                errs,
                crate::load::frontmatter::FieldAt::new("venue").in_entry("name", &h.name),
            );
        }
    }
}
