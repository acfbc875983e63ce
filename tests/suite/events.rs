//! Events: local times across clock changes, all-day, multi-day and repeating events, status,
//! listings against a fixed "now", calendar files and structured data.

use crate::harness::{Page, SiteTest, read_in, tree};

/// Unfolds an iCalendar file into logical lines, checking CRLF and the 75-octet limit.
fn ics_lines(text: &str) -> Vec<String> {
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "bare LF in calendar:\n{text}"
    );
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(raw.len() <= 75, "{} octets: {raw}", raw.len());
        match raw.strip_prefix(' ') {
            Some(cont) => lines.last_mut().expect("continuation first").push_str(cont),
            None => lines.push(raw.to_string()),
        }
    }
    lines
}

fn json_ld(page: &str) -> serde_json::Value {
    let start = page.find("application/ld+json").expect("JSON-LD block");
    let body = &page[page[start..].find('>').unwrap() + start + 1..];
    let end = body.find("</script>").unwrap();
    serde_json::from_str(&body[..end]).expect("JSON-LD parses")
}

fn site() -> SiteTest {
    let site = SiteTest::new("events");
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    site
}

#[test]
fn times_keep_local_hours_across_both_clock_changes() {
    let site = site();
    let spring = site.html("events/spring-evening/index.html");
    assert_eq!(
        spring.attr("dl time", "datetime"),
        "2027-03-30T18:00:00+01:00"
    );
    assert!(
        spring
            .text("dl time")
            .contains("Tuesday, 30 March 2027, 18:00 to 19:30")
    );
    let autumn = site.html("events/autumn-evening/index.html");
    assert_eq!(
        autumn.attr("dl time", "datetime"),
        "2027-11-02T18:00:00+00:00"
    );
    let ics = ics_lines(&site.read("events/spring-evening/spring-evening.ics"));
    assert!(
        ics.contains(&"DTSTART;TZID=Europe/London:20270330T180000".to_string()),
        "{ics:#?}"
    );
    assert!(ics.contains(&"DTEND;TZID=Europe/London:20270330T193000".to_string()));
    let tz = ics.join("\n");
    assert!(tz.contains("BEGIN:VTIMEZONE\nTZID:Europe/London"));
    assert!(
        tz.contains("DTSTART:20270328T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100"),
        "{tz}"
    );
    let ld = json_ld(&site.read("events/autumn-evening/index.html"));
    assert_eq!(ld["startDate"], "2027-11-02T18:00:00+00:00");
    assert_eq!(ld["isAccessibleForFree"], false);
}

#[test]
fn all_day_hybrid_event() {
    let site = site();
    let page = site.html("events/awareness-day/index.html");
    assert!(
        page.text("dl.facts-block")
            .contains("Saturday, 15 May 2027 (all day)"),
        "{}",
        page.text("dl.facts-block")
    );
    assert!(page.text("dl.facts-block").contains("In person and online"));
    let ics = ics_lines(&site.read("events/awareness-day/awareness-day.ics"));
    assert!(ics.contains(&"DTSTART;VALUE=DATE:20270515".to_string()));
    assert!(ics.contains(&"DTEND;VALUE=DATE:20270516".to_string()));
    let ld = json_ld(&site.read("events/awareness-day/index.html"));
    assert_eq!(ld["startDate"], "2027-05-15");
    assert_eq!(
        ld["eventAttendanceMode"],
        "https://schema.org/MixedEventAttendanceMode"
    );
    let types: Vec<&str> = ld["location"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["@type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["Place", "VirtualLocation"]);
    assert_eq!(ld["offers"]["price"], 0);
}

#[test]
fn multi_day_event_with_the_same_hours_each_day() {
    let site = site();
    let page = site.html("events/two-day-course/index.html");
    assert!(
        page.text("dl time")
            .contains("Monday, 15 March 2027 to Tuesday, 16 March 2027, 10:00 to 14:30 each day"),
        "{}",
        page.text("dl time")
    );
    let ics = ics_lines(&site.read("events/two-day-course/two-day-course.ics"));
    for want in [
        "DTSTART;TZID=Europe/London:20270315T100000",
        "DTEND;TZID=Europe/London:20270315T143000",
        "RRULE:FREQ=DAILY;COUNT=2",
    ] {
        assert!(ics.contains(&want.to_string()), "{want} in {ics:#?}");
    }
}

#[test]
fn cancelled_event_says_so_everywhere() {
    let site = site();
    // Never among the coming events, as if it were on: with the past ones, marked.
    let coming = site.html("events/index.html");
    assert!(
        !coming
            .texts(".cards > li")
            .iter()
            .any(|t| t.contains("Cancelled talk")),
        "a cancelled event is not listed as coming"
    );
    for cal in [
        "events/calendar.ics",
        "events/category/training/calendar.ics",
    ] {
        assert!(!site.read(cal).contains("Cancelled talk"), "{cal}");
    }
    let listing = site.html("events/past/index.html");
    let card = listing
        .texts(".cards > li")
        .into_iter()
        .find(|t| t.contains("Cancelled talk"))
        .expect("cancelled talk listed with the past events");
    assert!(card.contains("Cancelled"), "{card}");
    let page = site.html("events/cancelled-talk/index.html");
    assert!(page.text("h1").contains("Cancelled"));
    assert_eq!(
        page.count("a[download]"),
        0,
        "no add-to-calendar for a cancelled event"
    );
    let ics = ics_lines(&site.read("events/cancelled-talk/cancelled-talk.ics"));
    assert!(ics.contains(&"STATUS:CANCELLED".to_string()));
    assert!(ics.contains(&"LOCATION:Online: https://example.org/talk".to_string()));
    let ld = json_ld(&site.read("events/cancelled-talk/index.html"));
    assert_eq!(ld["eventStatus"], "https://schema.org/EventCancelled");
    assert_eq!(ld["location"]["@type"], "VirtualLocation");
}

#[test]
fn repeating_event_lists_every_date_but_the_exception() {
    let site = SiteTest::new("events");
    site.build_into(&site.out.clone(), "2027-02-01", &[])
        .success();
    let up = site.html("events/index.html");
    let times: Vec<String> = up
        .links(".cards li .card-title a")
        .into_iter()
        .zip(up.attrs(".cards li dl time", "datetime"))
        .filter(|((_, href, _), _)| href.contains("/network/"))
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        times,
        [
            "2027-03-11T18:00:00+00:00",
            "2027-07-08T18:00:00+01:00",
            "2027-09-09T18:00:00+01:00",
            "2027-11-11T18:00:00+00:00",
            "2028-01-13T18:00:00+00:00"
        ],
        "May is skipped, summer dates are in BST"
    );
    let past = site.html("events/past/index.html");
    assert!(
        past.attrs(".cards li dl time", "datetime")
            .contains(&"2027-01-14T18:00:00+00:00".to_string())
    );
    let page = site.html("events/network/index.html");
    assert_eq!(
        page.attr("dl time", "datetime"),
        "2027-03-11T18:00:00+00:00",
        "the page shows the next date"
    );
    assert!(
        page.text("dl.facts-block")
            .contains("Every 2 months on the second Thursday")
    );
    assert_eq!(page.count(".dates li"), 5);
    let ics = ics_lines(&site.read("events/network/network.ics"));
    assert!(ics.contains(&"RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH".to_string()));
    assert!(ics.contains(&"EXDATE;TZID=Europe/London:20270513T180000".to_string()));
    assert!(ics.contains(&"DTSTART;TZID=Europe/London:20270114T180000".to_string()));
    let summary = ics.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
    assert!(
        summary.starts_with("SUMMARY:Network meeting\\, with\\; commas\\, and a long title"),
        "{summary}"
    );
}

#[test]
fn listings_follow_now_and_filters_and_calendars_agree() {
    let site = site();
    let up = site.html("events/index.html");
    let titles = up.texts(".cards li .card-title a");
    assert_eq!(
        titles[0],
        "Network meeting, with; commas, and a long title that needs folding in calendar files beyond seventy-five octets"
    );
    assert!(!titles.iter().any(|t| t == "Cancelled talk"), "{titles:?}");
    let training = site.html("events/category/training/index.html");
    let t: Vec<String> = training.texts(".cards li .card-title a");
    assert_eq!(t, ["Two-day course", "Evening after the clocks go forward"]);
    let cal = site.read("events/category/training/calendar.ics");
    assert_eq!(cal.matches("BEGIN:VEVENT").count(), 2);
    let all = site.read("events/calendar.ics");
    assert_eq!(
        all.matches("BEGIN:VEVENT").count(),
        5,
        "the cancelled talk left out"
    );
    let soho = site.html("events/neighbourhood/soho/index.html");
    assert_eq!(
        soho.count(".cards > li"),
        6,
        "five network dates and the autumn evening"
    );
    let sub = up.attrs(".subscribe a", "href");
    assert!(
        sub.contains(&"webcal://example.org/events/calendar.ics".to_string()),
        "{sub:?}"
    );
    let later = site.tmp().join("later");
    site.build_into(&later, "2027-12-01", &[]).success();
    let up = Page::parse("later", &read_in(&later, "events/index.html"));
    assert!(
        up.texts(".cards li .card-title a")
            .iter()
            .all(|t| t.starts_with("Network meeting"))
    );
}

#[test]
fn every_calendar_is_well_formed_and_every_json_ld_parses() {
    let site = site();
    let files = tree(&site.out);
    let mut calendars = 0;
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if path.ends_with(".ics") {
            calendars += 1;
            let lines = ics_lines(&text);
            assert_eq!(
                lines.first().map(String::as_str),
                Some("BEGIN:VCALENDAR"),
                "{path}"
            );
            assert_eq!(
                lines.last().map(String::as_str),
                Some("END:VCALENDAR"),
                "{path}"
            );
            assert_eq!(
                lines
                    .iter()
                    .filter(|l| *l == "DTSTAMP:20261125T000000Z")
                    .count(),
                lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
                "{path}"
            );
        } else if path.ends_with("index.html")
            && path.starts_with("events/")
            && text.contains("ld+json")
        {
            let ld = json_ld(&text);
            assert_eq!(ld["@type"], "Event", "{path}");
            assert!(
                ld["url"]
                    .as_str()
                    .unwrap()
                    .starts_with("https://example.org/events/")
            );
        }
    }
    assert_eq!(
        calendars,
        6 + 1 + 4,
        "one per event, all events, one per category"
    );
}

#[test]
fn online_event_without_a_link_and_in_person_event_without_a_venue_are_refused() {
    let site = SiteTest::new("events");
    site.write(
        "content/events/bad.md",
        "---\ntitle: Bad\nsummary: S\nstart: 2027-01-02 10:00\nattendance: online\ncost: Free\ncategory: training\n---\n",
    );
    site.write(
        "content/events/nowhere.md",
        "---\ntitle: Nowhere\nsummary: S\nstart: 2027-01-02 10:00\ncost: Free\ncategory: training\nrepeat: FREQ=YEARLY\n---\n",
    );
    let run = site.build(&[]).failure();
    let run = run
        .stderr_has("content/events/bad.md:5: an online or hybrid event needs a `stream_url`")
        .stderr_has("content/events/nowhere.md:2: an in-person or hybrid event needs a `venue`");
    assert!(run.stderr.contains("help: add `stream_url:`"));
}

#[test]
fn the_home_page_shows_only_events_that_go_ahead_and_postponed_ones_offer_no_calendar() {
    let site = SiteTest::new("events");
    site.write("content/events/postponed-fair.md", POSTPONED);
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    let home = site.html("index.html");
    let titles = home.texts(".cards .card-title a");
    assert!(!titles.is_empty(), "the home page lists upcoming events");
    for gone in ["Cancelled talk", "Postponed jobs fair"] {
        assert!(
            !titles.iter().any(|t| t == gone),
            "{gone} on the home page: {titles:?}"
        );
    }
    let listing = site.html("events/index.html");
    let card = listing
        .texts(".cards > li")
        .into_iter()
        .find(|t| t.contains("Postponed jobs fair"))
        .expect("postponed fair listed");
    assert!(card.contains("Postponed"), "{card}");
    assert!(!card.contains("Add to calendar"), "{card}");
    let page = site.html("events/postponed-fair/index.html");
    assert_eq!(
        page.count("a.button[download]"),
        0,
        "no add-to-calendar while postponed"
    );
    assert_eq!(
        page.count(".facts-block del time"),
        1,
        "the old date struck through"
    );
    assert_eq!(
        listing.count(".card-event del time"),
        1,
        "struck through on its card"
    );
}

#[test]
fn a_postponed_event_moved_to_a_new_one_links_it_and_says_whom_to_ask() {
    let site = SiteTest::new("events");
    let moved = POSTPONED.replace(
        "status: postponed\n",
        "status: postponed\nmoved_to: jobs-fair-new-date\nbooking: {phone: 0121 555 0100}\n",
    );
    site.write("content/events/postponed-fair.md", &moved);
    site.write(
        "content/events/jobs-fair-new-date.md",
        "---\ntitle: Jobs fair, new date\nsummary: The jobs fair on its new date.\nstart: 2027-02-04 10:00\nvenue: {name: Soho Road Community Hall, postcode: B21 9RY}\ncost: free\ncategory: community-event\n---\n",
    );
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    let page = site.html("events/postponed-fair/index.html");
    let links = page.links(".notice a");
    assert_eq!(links.len(), 1, "{links:?}");
    assert_eq!(links[0].0, "Jobs fair, new date");
    assert_eq!(links[0].1, "/events/jobs-fair-new-date/");
    assert_eq!(page.text("#booking-heading"), "Ask the organisers");
    assert!(page.text(".action").contains("0121 555 0100"));
}

#[test]
fn moved_to_must_name_a_published_event_and_needs_a_status() {
    let site = SiteTest::new("events");
    let moved = POSTPONED.replace(
        "status: postponed\n",
        "status: postponed\nmoved_to: cancelled-tak\n",
    );
    site.write("content/events/postponed-fair.md", &moved);
    site.write(
        "content/events/jobs-fair.md",
        "---\ntitle: Jobs fair\nsummary: S.\nstart: 2027-02-04 10:00\nvenue: {name: Hall}\ncost: free\ncategory: community-event\nmoved_to: cancelled-talk\n---\n",
    );
    let run = site.build(&[]).failure();
    run.stderr_has("content/events/postponed-fair.md:10: `moved_to` names no published event: `cancelled-tak`")
        .stderr_has("did you mean `cancelled-talk`?")
        .stderr_has("content/events/jobs-fair.md:8: `moved_to` is for an event that does not go ahead as planned");
}

const POSTPONED: &str = "---\ntitle: Postponed jobs fair\nsummary: A jobs fair, postponed to a date to be announced.\nstart: 2026-12-03 10:00\nend: 2026-12-03 13:00\nvenue: {name: Soho Road Community Hall, postcode: B21 9RY}\ncost: free\ncategory: community-event\nstatus: postponed\n---\nNew date to follow.\n";
