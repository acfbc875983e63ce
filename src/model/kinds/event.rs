//! Events (`content/events/<slug>.md`): [`EventFm`] with its category, status and attendance,
//! and the checks made on the file alone. Times placed in the site's zone are in
//! [`super::times`].

use serde::Deserialize;

use super::people::WithoutPeople;

use super::common::{Common, FieldErrors, is_web_address};
use super::contact::{Contact, Venue};
use super::dates::{Day, When};
use super::facts::{Cost, English, Facts, Support};

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
    /// Where: the id of a venue in `data/venues.yaml`, or the place itself.
    #[serde(default, deserialize_with = "crate::config::venue::id_or_place")]
    pub venue: Option<Venue>,
    /// What it costs: `free` or an amount.
    pub cost: Cost,
    /// Who pays less, what the price includes.
    #[serde(default)]
    pub cost_note: Option<String>,
    /// English needed.
    #[serde(default)]
    pub english: Option<English>,
    /// Languages it runs in (codes).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Support offered.
    #[serde(default)]
    pub support: Vec<Support>,
    /// How to book.
    #[serde(default)]
    pub booking: Option<Contact>,
    /// Category.
    pub category: Category,
    /// Status.
    #[serde(default)]
    pub status: Status,
    /// The slug of the event that replaces this one (a postponed or cancelled event moved to
    /// a new date): its page links there.
    #[serde(default)]
    pub moved_to: Option<String>,
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

impl EventFm {
    /// Fields every item has; the date is the start's.
    pub(crate) fn common(&self) -> Common {
        Common::titled(&self.title, &self.summary)
            .dated(Some(self.start.date()), None)
            .terms(&self.tags, &self.neighbourhoods, &self.themes)
            .about(&self.organisations, &self.developments)
    }

    /// Its decision facts: cost, English, languages, support.
    pub fn facts(&self) -> Facts<'_> {
        Facts {
            cost: Some(self.cost),
            cost_note: self.cost_note.as_deref(),
            english: self.english,
            languages: &self.languages,
            support: &self.support,
            ..Facts::default()
        }
    }
}

/// Checks made on the file alone: start and end, booking, attendance, addresses, repeats.
pub(crate) fn check(fm: &EventFm, errs: &mut FieldErrors<'_>) {
    if fm.moved_to.is_some() && fm.status == Status::Scheduled {
        errs.push(
            "moved_to",
            "`moved_to` is for an event that does not go ahead as planned",
            "add `status: postponed` (moved to the new event's date) or `status: cancelled`, \
             or remove `moved_to`",
        );
    }
    if let Some(end) = fm.end
        && end < fm.start
        && !(matches!(end, When::Day(_)) && end.date() >= fm.start.date())
    {
        errs.push(
            "end",
            "the event ends before it starts",
            "check `start` and `end`: end must be the same as or later than start",
        );
    }
    if fm.booking.as_ref().is_some_and(|b| !b.is_reachable()) {
        errs.push(
            "booking",
            "`booking` gives no way to book",
            "add a `url`, `email` or `phone` under `booking`, or remove `booking`",
        );
    }
    check_attendance(fm, errs);
    check_days(fm, errs);
    super::facts::check(&fm.facts(), errs);
}

/// Online and hybrid events need a link; in-person and hybrid ones a venue.
fn check_attendance(fm: &EventFm, errs: &mut FieldErrors<'_>) {
    let online = matches!(fm.attendance, Attendance::Online | Attendance::Hybrid);
    if online && fm.stream_url.is_none() {
        errs.push(
            "attendance",
            "an online or hybrid event needs a `stream_url`",
            "add `stream_url:` with the link people join on, or set `attendance: in-person`",
        );
    }
    if !online && fm.stream_url.is_some() {
        errs.push(
            "stream_url",
            "`stream_url` is given but `attendance` is in-person",
            "set `attendance: hybrid` (or `online`), or remove `stream_url`",
        );
    }
    if let Some(v) = &fm.venue {
        super::contact::check_venue(v, errs, "venue");
    }
    if fm.attendance != Attendance::Online && fm.venue.is_none() {
        errs.push(
            "title",
            "an in-person or hybrid event needs a `venue`",
            "add `venue:` with `name`, `address` and `postcode`, or set `attendance: online`",
        );
    }
    for (field, url) in [
        ("stream_url", &fm.stream_url),
        ("recording_url", &fm.recording_url),
    ] {
        if let Some(u) = url
            && !is_web_address(u)
        {
            errs.push(
                field,
                format!("`{field}` `{u}` is not a web address"),
                "write the full address, starting with https://",
            );
        }
    }
}

/// `daily`, `except` and `repeat` fit the start and end.
fn check_days(fm: &EventFm, errs: &mut FieldErrors<'_>) {
    if fm.daily
        && (fm.end.is_none_or(|e| e.date() == fm.start.date()) || matches!(fm.start, When::Day(_)))
    {
        errs.push(
            "daily",
            "`daily` needs an event over several days with start and end times",
            "give `start` on the first day and `end` on the last day, e.g. 2027-01-27 10:00 and 2027-01-28 14:30",
        );
    }
    if fm.repeat.is_none() && !fm.except.is_empty() {
        errs.push(
            "except",
            "`except` without `repeat`",
            "remove `except`, or add a `repeat` rule",
        );
    }
    if fm.repeat.is_some() && fm.end.is_some_and(|e| e.date() != fm.start.date()) {
        errs.push(
            "repeat",
            "a repeating event must start and end on the same day",
            "make `end` the same day as `start`; the rule repeats the whole event",
        );
    }
}
