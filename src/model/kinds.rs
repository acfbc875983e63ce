//! Front matter of every content kind, exactly as written: typed, strict serde structs.
//!
//! Unknown fields are rejected (`deny_unknown_fields`), dates are parsed into dates and enums
//! into enums, so every mistake is caught while loading with its file and line. Values derived
//! later (URLs, "is it past?") live in [`crate::model`], not here.

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Deserializer, de::Error as _};

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

/// `content/_index.md` and `content/<section>/_index.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    #[serde(default)]
    pub summary: String,
}

/// `content/pages/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Last update.
    #[serde(default)]
    pub updated: Option<Day>,
    /// Position in the main navigation.
    #[serde(default)]
    pub menu: Option<u32>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
}

/// `content/stories/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFm {
    /// Heading.
    pub title: String,
    /// Publication date.
    pub date: Day,
    /// Last update.
    #[serde(default)]
    pub updated: Option<Day>,
    /// One sentence for listings and feeds.
    pub summary: String,
    /// Byline.
    #[serde(default)]
    pub author: Option<String>,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Neighbourhood slugs.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Image file beside the story.
    #[serde(default)]
    pub image: Option<String>,
    /// Text alternative of the image.
    #[serde(default)]
    pub image_alt: Option<String>,
    /// The image is decoration only: published with empty alt text (`image_alt: ""`).
    #[serde(default)]
    pub image_decorative: bool,
    /// Slug of the champion the story is about.
    #[serde(default)]
    pub champion: Option<String>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
}

/// What a champion does in the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Trained resident researching local assets.
    CommunityResearcher,
    /// Local organisation working with the programme.
    CommunityPartner,
    /// Runs or starts a social enterprise.
    SocialEntrepreneur,
    /// Mentors others.
    Mentor,
    /// Overseas-qualified health professional matched to work.
    MatchedHealthProfessional,
    /// Volunteer.
    Volunteer,
}

impl Role {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Role::CommunityResearcher => "community-researcher",
            Role::CommunityPartner => "community-partner",
            Role::SocialEntrepreneur => "social-entrepreneur",
            Role::Mentor => "mentor",
            Role::MatchedHealthProfessional => "matched-health-professional",
            Role::Volunteer => "volunteer",
        }
    }
}

/// Where a person agreed their profile may appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Use {
    /// This website.
    Web,
    /// Printed material.
    Print,
    /// Social media.
    Social,
}

/// A champion's recorded consent.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Allowed uses; without `web` the person is not published.
    pub uses: Vec<Use>,
    /// When consent was given.
    pub given: Day,
    /// When it ends, if it does.
    #[serde(default)]
    pub expires: Option<Day>,
    /// Who recorded it.
    pub recorded_by: String,
    /// Reference in the programme's consent register.
    #[serde(default)]
    pub record: Option<String>,
}

/// `content/champions/<slug>/index.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChampionFm {
    /// Public display name (absent when anonymous).
    #[serde(default)]
    pub name: Option<String>,
    /// Show only the pseudonym.
    #[serde(default)]
    pub anonymous: bool,
    /// Name shown when anonymous.
    #[serde(default)]
    pub pseudonym: Option<String>,
    /// Role in the programme.
    pub role: Role,
    /// Neighbourhood slug.
    pub neighbourhood: String,
    /// Languages spoken.
    #[serde(default)]
    pub languages: Vec<String>,
    /// A short quote.
    #[serde(default)]
    pub quote: Option<String>,
    /// Photo file beside `index.md`.
    #[serde(default)]
    pub photo: Option<String>,
    /// Text alternative of the photo.
    #[serde(default)]
    pub photo_alt: Option<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// A sample profile of an illustrative person.
    #[serde(default)]
    pub illustrative: bool,
    /// Recorded consent.
    pub consent: Consent,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
}

/// Venue of an event.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    /// Name of the place.
    pub name: String,
    /// Street address.
    #[serde(default)]
    pub address: Option<String>,
    /// Postcode.
    #[serde(default)]
    pub postcode: Option<String>,
    /// Access and facilities at the venue.
    #[serde(default)]
    pub facilities: Vec<Facility>,
}

impl Venue {
    /// Name, address and postcode on one line, e.g. for calendars and map searches.
    pub fn one_line(&self) -> String {
        [
            Some(self.name.as_str()),
            self.address.as_deref(),
            self.postcode.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// An access fact or facility of a venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Facility {
    /// Step-free access.
    StepFree,
    /// Hearing loop.
    HearingLoop,
    /// Lunch included.
    Lunch,
    /// Childcare or a crèche.
    Childcare,
    /// Prayer space.
    PrayerSpace,
    /// Accessible toilet.
    AccessibleToilet,
}

impl Facility {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Facility::StepFree => "step-free",
            Facility::HearingLoop => "hearing-loop",
            Facility::Lunch => "lunch",
            Facility::Childcare => "childcare",
            Facility::PrayerSpace => "prayer-space",
            Facility::AccessibleToilet => "accessible-toilet",
        }
    }
}

/// How people attend an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    /// At the venue.
    #[default]
    InPerson,
    /// Online only.
    Online,
    /// At the venue and online.
    Hybrid,
}

impl Attendance {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Attendance::InPerson => "in-person",
            Attendance::Online => "online",
            Attendance::Hybrid => "hybrid",
        }
    }
}

/// Ways to book or apply.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Web address.
    #[serde(default)]
    pub url: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Extra words (how to apply only).
    #[serde(default)]
    pub text: Option<String>,
}

impl Contact {
    /// True when at least one way to get in touch is given.
    pub fn is_reachable(&self) -> bool {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        given(&self.url) || given(&self.email) || given(&self.phone)
    }
}

/// Event category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Courses and sessions.
    Training,
    /// Network meetings.
    NetworkMeeting,
    /// Awareness days.
    AwarenessDay,
    /// Community events.
    CommunityEvent,
}

impl Category {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Category::Training => "training",
            Category::NetworkMeeting => "network-meeting",
            Category::AwarenessDay => "awareness-day",
            Category::CommunityEvent => "community-event",
        }
    }
}

/// Whether an event goes ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Goes ahead as planned.
    #[default]
    Scheduled,
    /// Will not happen.
    Cancelled,
    /// Moved to a later date.
    Postponed,
}

impl Status {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Status::Scheduled => "scheduled",
            Status::Cancelled => "cancelled",
            Status::Postponed => "postponed",
        }
    }
}

/// `content/events/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Start, local time (or a date for all-day events).
    pub start: When,
    /// End, local time.
    #[serde(default)]
    pub end: Option<When>,
    /// Runs all day.
    #[serde(default)]
    pub all_day: bool,
    /// For events over several days: the start and end times apply on each day.
    #[serde(default)]
    pub daily: bool,
    /// Repeats: an RFC 5545 RRULE (FREQ=WEEKLY or MONTHLY, INTERVAL, BYDAY, COUNT, UNTIL).
    #[serde(default)]
    pub repeat: Option<String>,
    /// Dates the repeat skips.
    #[serde(default)]
    pub except: Vec<Day>,
    /// In person, online or hybrid.
    #[serde(default)]
    pub attendance: Attendance,
    /// Live stream or meeting link (online and hybrid events).
    #[serde(default)]
    pub stream_url: Option<String>,
    /// Recording, once the event is over.
    #[serde(default)]
    pub recording_url: Option<String>,
    /// Where.
    #[serde(default)]
    pub venue: Option<Venue>,
    /// Price in words ("Free").
    pub cost: String,
    /// How to book.
    #[serde(default)]
    pub booking: Option<Contact>,
    /// Category.
    pub category: Category,
    /// Status.
    #[serde(default)]
    pub status: Status,
    /// Access notes.
    #[serde(default)]
    pub accessibility: Option<String>,
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
}

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
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
}

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
    /// Where to go.
    #[serde(default)]
    pub venue: Option<String>,
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
}

/// One file a toolkit offers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolkitFile {
    /// File name inside the toolkit folder.
    pub path: String,
    /// Title.
    pub title: String,
    /// What it is for.
    #[serde(default)]
    pub description: Option<String>,
    /// Language code.
    #[serde(default = "default_lang")]
    pub language: String,
    /// Last update of this file, when it differs from the toolkit's.
    #[serde(default)]
    pub updated: Option<Day>,
}

fn default_lang() -> String {
    "en".into()
}

/// `toolkits/<slug>/toolkit.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolkitFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Who it is for.
    #[serde(default)]
    pub audience: Vec<String>,
    /// Topic slugs, from `toolkit_topics` in `site.yaml`.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Licence name.
    #[serde(default)]
    pub licence: Option<String>,
    /// Version.
    #[serde(default)]
    pub version: Option<String>,
    /// Last update.
    pub updated: Day,
    /// Files offered.
    #[serde(default)]
    pub files: Vec<ToolkitFile>,
    /// Taxonomies.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
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

/// A translation (`x.ur.md`): only text fields; everything else comes from the original.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFm {
    /// Heading.
    #[serde(default)]
    pub title: Option<String>,
    /// One sentence.
    #[serde(default)]
    pub summary: Option<String>,
    /// Story byline.
    #[serde(default)]
    pub author: Option<String>,
    /// Story image description.
    #[serde(default)]
    pub image_alt: Option<String>,
    /// Champion photo description.
    #[serde(default)]
    pub photo_alt: Option<String>,
    /// Champion quote.
    #[serde(default)]
    pub quote: Option<String>,
    /// Event price in words.
    #[serde(default)]
    pub cost: Option<String>,
    /// Event access notes.
    #[serde(default)]
    pub accessibility: Option<String>,
    /// Opportunity eligibility.
    #[serde(default)]
    pub eligibility: Option<String>,
    /// Opportunity area.
    #[serde(default)]
    pub area: Option<String>,
    /// Survey prize draw wording.
    #[serde(default)]
    pub prize_draw: Option<String>,
    /// Survey address in this language.
    #[serde(default)]
    pub survey_url: Option<String>,
    /// Survey helpers, described in this language.
    #[serde(default)]
    pub help: Option<Vec<Helper>>,
    /// The translation was checked by a fluent speaker (drafts are `false`).
    #[serde(default)]
    pub reviewed: bool,
    /// When the translation was last brought up to date with the original.
    #[serde(default)]
    pub updated: Option<Day>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
}

impl TranslationFm {
    /// Names of the text fields set, for checking them against the kind.
    pub fn set_fields(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        let mut add = |set: bool, name: &'static str| {
            if set {
                v.push(name);
            }
        };
        add(self.author.is_some(), "author");
        add(self.image_alt.is_some(), "image_alt");
        add(self.photo_alt.is_some(), "photo_alt");
        add(self.quote.is_some(), "quote");
        add(self.cost.is_some(), "cost");
        add(self.accessibility.is_some(), "accessibility");
        add(self.eligibility.is_some(), "eligibility");
        add(self.area.is_some(), "area");
        add(self.prize_draw.is_some(), "prize_draw");
        add(self.survey_url.is_some(), "survey_url");
        add(self.help.is_some(), "help");
        v
    }
}
