//! Event views: when (in words and machine form), where, how to attend, and the schema.org
//! `Event` JSON-LD search engines read.
//!
//! Entry point: [`view`], called by [`super::views::Views::item_at`] for one occurrence.

use jiff::ZonedDateTime;
use jiff::civil::Date;
use serde::Serialize;
use serde_json::json;

use super::views::{Link, Named, Views};
use crate::model::kinds::facts::Cost;
use crate::model::kinds::{Attendance, Contact, EventFm, Status, Venue, When};
use crate::model::{EventTimes, Item, Occurrence};

/// `{iso, date, time}` of an event moment.
#[derive(Debug, Serialize)]
pub struct Moment {
    /// RFC 3339 with offset, or a date for all-day events.
    pub iso: String,
    /// `Thursday 15 March 2018`.
    pub date: String,
    /// `10:00` (none for all-day).
    pub time: Option<String>,
}

/// One upcoming date of a repeating event.
#[derive(Debug, Serialize)]
pub struct NextDate {
    /// Human text.
    pub when: String,
    /// Machine start.
    pub iso: String,
}

/// Event fields of an item view.
#[derive(Debug, Serialize)]
pub struct EventView<'a> {
    /// Human text of when it happens.
    pub when: String,
    /// Start.
    pub start: Moment,
    /// End.
    pub end: Option<Moment>,
    /// All day.
    pub all_day: bool,
    /// Venue.
    pub venue: Option<&'a Venue>,
    /// Venue facilities, in words.
    pub facilities: Vec<Named>,
    /// Link to the venue on OpenStreetMap (a plain link: no embedded map).
    pub map_url: Option<String>,
    /// `{slug, name}` of how people attend.
    pub attendance: Named,
    /// Stream link (until the event is over).
    pub stream_url: Option<&'a str>,
    /// Recording link (once it is over).
    pub recording_url: Option<&'a str>,
    /// Decision facts (cost, English, languages, support): facts box rows and card badges.
    pub facts: super::facts::FactsView,
    /// How to book.
    pub booking: Option<&'a Contact>,
    /// Category.
    pub category: Named,
    /// `scheduled`, `cancelled`, `postponed`.
    pub status: &'static str,
    /// `Cancelled`...
    pub status_name: String,
    /// The event that replaces this one (`moved_to`), in the page's language.
    pub moved_to: Option<Link>,
    /// Access notes.
    pub accessibility: Option<&'a str>,
    /// This occurrence is over.
    pub past: bool,
    /// The `.ics` file of the event.
    pub calendar_url: String,
    /// "every 2 months on the second Thursday", for repeating events.
    pub repeat: Option<String>,
    /// Coming dates of a repeating event (own page only).
    pub next_dates: Vec<NextDate>,
    /// schema.org JSON-LD (own page only), safe to put inside `<script>`.
    pub json_ld: Option<String>,
}

/// Site path of an event's `.ics` file.
pub fn ics_path(item: &Item) -> String {
    format!("{}{}.ics", item.path, item.slug)
}

/// Builds the view of occurrence `occurrence` (default: the next one) of an event.
pub fn view<'a>(
    v: &Views<'a>,
    it: &'a Item,
    fm: &'a EventFm,
    t: &'a EventTimes,
    occurrence: Option<usize>,
    full: bool,
) -> EventView<'a> {
    let n = occurrence
        .unwrap_or_else(|| t.current())
        .min(t.occurrences.len().saturating_sub(1));
    let occ = &t.occurrences[n];
    let all_day = fm.all_day || matches!(fm.start, When::Day(_));
    let end_date = fm.end.map(|e| e.date());
    let shift = occ.start.date().since(t.start.date()).unwrap_or_default();
    let occ_end_date = end_date.and_then(|d| d.checked_add(shift).ok());
    let next_dates = if full && t.rule.is_some() {
        t.occurrences
            .iter()
            .filter(|o| !o.past)
            .take(6)
            .map(|o| NextDate {
                when: when_text(v, o, all_day, fm.daily, None),
                iso: iso(o.start.clone(), all_day),
            })
            .collect()
    } else {
        Vec::new()
    };
    let over = occ.past;
    let mut view = EventView {
        when: when_text(v, occ, all_day, fm.daily, occ_end_date),
        start: moment(v, &occ.start, all_day),
        end: occ.end.as_ref().map(|e| {
            let mut m = moment(v, e, all_day);
            if all_day {
                // Stored as the exclusive midnight after the last day; show the last day.
                if let Some(d) = occ_end_date {
                    m = Moment {
                        iso: d.to_string(),
                        date: v.dates.with_weekday(v.lang, d),
                        time: None,
                    };
                }
            }
            m
        }),
        all_day,
        venue: fm.venue.as_ref(),
        facilities: fm
            .venue
            .iter()
            .flat_map(|ve| ve.facilities.iter().map(|f| v.named("facility", f.slug())))
            .collect(),
        map_url: fm.venue.as_ref().map(Venue::map_url),
        attendance: v.named("attendance", fm.attendance.slug()),
        stream_url: fm.stream_url.as_deref().filter(|_| !over),
        recording_url: fm.recording_url.as_deref().filter(|_| over),
        facts: super::facts::view(v, &fm.facts(), full),
        booking: fm.booking.as_ref(),
        category: v.named("category", fm.category.slug()),
        status: fm.status.slug(),
        status_name: v.tr(&format!("status-{}", fm.status.slug())),
        moved_to: fm.moved_to.as_deref().and_then(|slug| moved_to(v, slug)),
        accessibility: fm.accessibility.as_deref(),
        past: over,
        // One calendar per event, at the original's path (translations link to it).
        calendar_url: v
            .config
            .url(&ics_path(it.original.map_or(it, |o| &v.site.items[o]))),
        repeat: t.rule.as_ref().map(|r| describe(v, r, t.start.date())),
        next_dates,
        json_ld: None,
    };
    if full {
        view.json_ld = Some(json_ld(v, it, fm, occ, all_day));
    }
    view
}

/// The link to event `slug` read in the page's language (its translation, or its page in
/// that language).
fn moved_to(v: &Views<'_>, slug: &str) -> Option<Link> {
    let id = *v.site.by_link.get(&format!("events/{slug}.md"))?;
    let shown = v.site.items[id].in_lang(v.lang, id);
    Some(Link {
        name: v.site.items[shown].title.clone(),
        url: v.url_here(id),
    })
}

fn iso(z: ZonedDateTime, all_day: bool) -> String {
    if all_day {
        z.date().to_string()
    } else {
        z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }
}

fn moment(v: &Views<'_>, z: &ZonedDateTime, all_day: bool) -> Moment {
    Moment {
        iso: iso(z.clone(), all_day),
        date: v.dates.with_weekday(v.lang, z.date()),
        time: (!all_day).then(|| v.time(z.time())),
    }
}

/// "Thursday, 15 March 2018, 10:00 to 14:30" in the page language, with variants for all-day,
/// multi-day and daily events (the sentence shapes are UI strings `when-*`).
fn when_text(
    v: &Views<'_>,
    o: &Occurrence,
    all_day: bool,
    daily: bool,
    last_day: Option<Date>,
) -> String {
    let day = |d: Date| v.dates.with_weekday(v.lang, d);
    let hm = |z: &ZonedDateTime| v.time(z.time());
    let first = o.start.date();
    match (&o.end, all_day) {
        (_, true) => match last_day.filter(|d| *d != first) {
            Some(last) => v.tr_args("when-days", &[("first", day(first)), ("last", day(last))]),
            None => v.tr_args("when-all-day", &[("date", day(first))]),
        },
        (Some(e), false) if e.date() == first => v.tr_args(
            "when-same-day",
            &[
                ("date", day(first)),
                ("start", hm(&o.start)),
                ("end", hm(e)),
            ],
        ),
        (Some(e), false) if daily => v.tr_args(
            "when-each-day",
            &[
                ("first", day(first)),
                ("last", day(e.date())),
                ("start", hm(&o.start)),
                ("end", hm(e)),
            ],
        ),
        (Some(e), false) => v.tr_args(
            "when-span",
            &[
                ("date", day(first)),
                ("start", hm(&o.start)),
                ("end_date", day(e.date())),
                ("end", hm(e)),
            ],
        ),
        (None, false) => v.tr_args(
            "when-start",
            &[("date", day(first)), ("start", hm(&o.start))],
        ),
    }
}

/// "Every 2 months on the second Thursday, until Friday, 31 December 2027" in the page
/// language: the frequency, the days (a monthly rule without `BYDAY` repeats the day of the
/// month `start` has), then `COUNT` or `UNTIL`. Every rule `Rule::parse` accepts is described.
fn describe(v: &Views<'_>, r: &crate::model::recur::Rule, start: Date) -> String {
    use crate::model::recur::Freq;
    let mut a = fluent_bundle::FluentArgs::new();
    a.set(
        "interval",
        fluent_bundle::FluentValue::from(i64::from(r.interval)),
    );
    let key = if r.freq == Freq::Weekly {
        "repeat-weekly"
    } else {
        "repeat-monthly"
    };
    let every = v.locales.format(v.lang, key, Some(&a)).unwrap_or_default();
    let days: Vec<String> = r
        .by_day
        .iter()
        .map(|(n, w)| {
            let day = v.tr(&format!("weekday-{}", format!("{w:?}").to_lowercase()));
            let key = match n {
                Some(-1) => "ordinal-last".to_string(),
                Some(n) => format!("ordinal-{n}"),
                None => "ordinal-every".to_string(),
            };
            v.tr_args(&key, &[("day", day)])
        })
        .collect();
    let rule = match (days.is_empty(), r.freq) {
        (false, _) => v.tr_args("repeat-on", &[("every", every), ("days", days.join(", "))]),
        (true, Freq::Monthly) => v.tr_args(
            "repeat-on-day",
            &[("every", every), ("day", start.day().to_string())],
        ),
        (true, Freq::Weekly) => every,
    };
    match (r.count, r.until) {
        (Some(c), _) => {
            let mut a = fluent_bundle::FluentArgs::new();
            a.set("rule", fluent_bundle::FluentValue::from(rule.clone()));
            a.set("count", fluent_bundle::FluentValue::from(i64::from(c)));
            v.locales
                .format(v.lang, "repeat-count", Some(&a))
                .unwrap_or(rule)
        }
        (None, Some(u)) => v.tr_args(
            "repeat-until",
            &[("rule", rule), ("date", v.dates.long(v.lang, u))],
        ),
        (None, None) => rule,
    }
}

/// schema.org `Event` for one occurrence, serialised with `<` escaped so it cannot close the
/// surrounding `<script>`.
fn json_ld(v: &Views<'_>, it: &Item, fm: &EventFm, occ: &Occurrence, all_day: bool) -> String {
    let status = match fm.status {
        Status::Scheduled => "https://schema.org/EventScheduled",
        Status::Cancelled => "https://schema.org/EventCancelled",
        Status::Postponed => "https://schema.org/EventPostponed",
    };
    let mode = match fm.attendance {
        Attendance::InPerson => "https://schema.org/OfflineEventAttendanceMode",
        Attendance::Online => "https://schema.org/OnlineEventAttendanceMode",
        Attendance::Hybrid => "https://schema.org/MixedEventAttendanceMode",
    };
    let mut locations = Vec::new();
    if let Some(venue) = &fm.venue {
        locations.push(json!({
            "@type": "Place",
            "name": venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": venue.address,
                "postalCode": venue.postcode,
                "addressCountry": "GB",
            },
        }));
    }
    if let Some(url) = &fm.stream_url {
        locations.push(json!({"@type": "VirtualLocation", "url": url}));
    }
    let free = fm.cost == Cost::Free;
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": it.title,
        "description": it.summary,
        "url": v.config.permalink(&it.path),
        "startDate": iso(occ.start.clone(), all_day),
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": if locations.len() == 1 { locations.remove(0) } else { serde_json::Value::Array(locations) },
        "isAccessibleForFree": free,
        "organizer": {"@type": "Organization", "name": v.config.site.title, "url": v.config.base_url},
    });
    if let Some(end) = &occ.end {
        doc["endDate"] = json!(iso(end.clone(), all_day));
    }
    doc["offers"] = super::facts::offer(fm.cost, &v.config.permalink(&it.path));
    if !fm.languages.is_empty() {
        doc["inLanguage"] = json!(fm.languages);
    }
    script_json(&doc)
}

/// JSON for a `<script type="application/ld+json">` block: `<` escaped so it cannot close the
/// script element.
pub(super) fn script_json(doc: &serde_json::Value) -> String {
    serde_json::to_string(doc)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}
