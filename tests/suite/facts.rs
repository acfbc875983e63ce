//! Decision facts of opportunities and events (cost, pay, hours, English level, languages, who
//! may apply by place, places, support): the facts box on the page in its language, the badges
//! on cards, the schema.org JSON-LD, and a located error with the allowed values for each kind
//! of bad value. Fixture: `tests/fixtures/facts` (English and Arabic).

use serde_json::Value;

use crate::harness::{Page, SiteTest};

/// The facts box of a page as (label, value) pairs.
fn facts(page: &Page) -> Vec<(String, String)> {
    let labels = page.texts(".facts-block dt");
    let values = page.texts(".facts-block dd");
    labels.into_iter().zip(values).collect()
}

fn fact(page: &Page, label: &str) -> String {
    facts(page)
        .into_iter()
        .find(|(l, _)| l == label)
        .map(|(_, v)| v)
        .unwrap_or_else(|| panic!("{}: no fact {label:?} in {:?}", page.name(), facts(page)))
}

/// Strips the Unicode isolation marks Fluent puts around values.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The JSON-LD block of a page.
fn json_ld(site: &SiteTest, rel: &str) -> Value {
    let page = site.html(rel);
    let blocks = page.texts("script[type=\"application/ld+json\"]");
    assert_eq!(blocks.len(), 1, "{rel}: {blocks:?}");
    serde_json::from_str(&blocks[0]).expect("JSON-LD parses")
}

#[test]
fn the_facts_box_shows_every_fact_in_the_pages_language() {
    let site = SiteTest::new("facts");
    site.build_ok(&[]);
    let job = site.html("opportunities/care-job/index.html");
    assert_eq!(fact(&job, "Cost"), "Free");
    assert_eq!(fact(&job, "Pay"), "£12.60 an hour");
    assert_eq!(plain(&fact(&job, "Time")), "16 hours a week");
    assert_eq!(
        plain(&fact(&job, "English needed")),
        "English at level B1 (no test needed)"
    );
    assert_eq!(fact(&job, "Runs in"), "English, Urdu, Punjabi");
    assert_eq!(fact(&job, "Qualification"), "Care Certificate");
    assert_eq!(
        plain(&fact(&job, "Where you must live")),
        "For people who live in B66, B67 or Sandwell"
    );
    assert_eq!(plain(&fact(&job, "Places")), "4 places");
    assert_eq!(
        fact(&job, "Support offered"),
        "Travel costs paid, Equipment provided"
    );

    let course = site.html("opportunities/ielts-course/index.html");
    assert_eq!(fact(&course, "Cost"), "£25");
    assert_eq!(
        fact(&course, "About the cost"),
        "Free for people seeking asylum"
    );
    assert_eq!(
        plain(&fact(&course, "Time")),
        "6 hours a week, 12 weeks, 22 February 2027 to 14 May 2027"
    );
    assert_eq!(
        plain(&fact(&course, "English needed")),
        "IELTS 5.5 or higher"
    );
    assert_eq!(
        fact(&course, "Places"),
        "Full: you can join the waiting list"
    );

    // In Arabic: labels, values and language names (CLDR) in Arabic.
    let ar = site.html("ar/opportunities/care-job/index.html");
    assert_eq!(fact(&ar, "التكلفة"), "مجاني");
    assert_eq!(fact(&ar, "اللغات"), "الإنجليزية، الأوردية، البنجابية");
    assert_eq!(plain(&fact(&ar, "الأجر")), "£12.60 في الساعة");

    let event = site.html("events/drop-in/index.html");
    assert_eq!(fact(&event, "Cost"), "£5");
    assert_eq!(
        fact(&event, "About the cost"),
        "Free for Ladywood residents"
    );
    assert_eq!(fact(&event, "Runs in"), "Somali, Arabic");
    assert_eq!(fact(&event, "Support offered"), "An interpreter");
}

#[test]
fn cards_carry_badges_a_resident_can_judge_by() {
    let site = SiteTest::new("facts");
    site.build_ok(&[]);
    let html = scraper::Html::parse_document(&site.read("opportunities/index.html"));
    let sel = |css: &str| scraper::Selector::parse(css).expect("selector");
    let (card_sel, title_sel, badge_sel) =
        (sel(".cards > li"), sel(".card-title a"), sel(".badge"));
    let text = |e: scraper::ElementRef<'_>| e.text().collect::<String>();
    let cards: Vec<(String, String)> = html
        .select(&card_sel)
        .map(|card| {
            let title = card.select(&title_sel).map(text).collect::<String>();
            let badges: Vec<String> = card.select(&badge_sel).map(text).collect();
            (title, plain(&badges.join(" | ")))
        })
        .collect();
    let row = |title: &str| -> String {
        let card = cards.iter().find(|(t, _)| t == title);
        card.unwrap_or_else(|| panic!("no card {title:?} in {cards:?}"))
            .1
            .clone()
    };
    let job = row("Care worker, part time");
    for want in [
        "Free",
        "Paid £12.60 an hour",
        "No English test needed",
        "Care Certificate",
    ] {
        assert!(job.contains(want), "{job:?} lacks {want:?}");
    }
    let course = row("IELTS course");
    for want in ["£25", "IELTS 5.5 needed", "Waiting list", "OCN Level 2"] {
        assert!(course.contains(want), "{course:?} lacks {want:?}");
    }
    assert!(!course.contains("No English test"), "{course:?}");
    let pick = row("Litter pick volunteers");
    assert!(pick.contains("£20 in vouchers"), "{pick:?}");
    // The events listing's and the home page's cards carry them too.
    let home = plain(&site.html("index.html").texts(".card .badges").join(" "));
    assert!(home.contains("No English test needed"), "{home:?}");
    let events = plain(
        &site
            .html("events/index.html")
            .texts(".card .badges")
            .join(" "),
    );
    assert!(
        events.contains("£5") && events.contains("No English test needed"),
        "{events:?}"
    );
    let ar = plain(
        &site
            .html("ar/opportunities/index.html")
            .texts(".card .badges")
            .join(" "),
    );
    assert!(ar.contains("بأجر £12.60 في الساعة"), "{ar:?}");
}

#[test]
fn jobs_training_and_events_describe_themselves_in_json_ld() {
    let site = SiteTest::new("facts");
    site.build_ok(&[]);
    let job = json_ld(&site, "opportunities/care-job/index.html");
    assert_eq!(job["@type"], "JobPosting");
    assert_eq!(job["title"], "Care worker, part time");
    assert_eq!(job["validThrough"], "2027-01-31");
    assert_eq!(job["employmentType"], "PART_TIME");
    assert_eq!(job["hiringOrganization"]["name"], "Test Care Ltd");
    assert_eq!(
        job["jobLocation"]["address"]["addressLocality"],
        "Smethwick"
    );
    assert_eq!(job["baseSalary"]["currency"], "GBP");
    assert_eq!(job["baseSalary"]["value"]["value"], 12.6);
    assert_eq!(job["baseSalary"]["value"]["unitText"], "HOUR");

    let course = json_ld(&site, "opportunities/ielts-course/index.html");
    assert_eq!(course["@type"], "Course");
    assert_eq!(course["provider"]["name"], "Test College");
    assert_eq!(course["educationalCredentialAwarded"], "OCN Level 2");
    assert_eq!(course["offers"][0]["price"], 25.0);
    let instance = &course["hasCourseInstance"][0];
    assert_eq!(instance["@type"], "CourseInstance");
    assert_eq!(instance["startDate"], "2027-02-22");
    assert_eq!(instance["endDate"], "2027-05-14");
    assert_eq!(instance["courseWorkload"], "PT6H");

    let event = json_ld(&site, "events/drop-in/index.html");
    assert_eq!(event["@type"], "Event");
    assert_eq!(event["isAccessibleForFree"], false);
    assert_eq!(event["offers"]["price"], 5.0);
    assert_eq!(event["inLanguage"], serde_json::json!(["so", "ar"]));

    // Volunteering has no schema.org type a search engine reads: no block.
    let pick = site.html("opportunities/litter-pick/index.html");
    assert_eq!(pick.count("script[type=\"application/ld+json\"]"), 0);
}

/// One bad value in the care job: (the line to replace, its replacement, words of the error).
const BAD: [(&str, &str, &str); 10] = [
    ("english: B1", "english: fluent", "not an English level"),
    ("english: B1", "english: IELTS 9.5", "not an IELTS score"),
    ("pay: {hourly: 12.60}", "pay: {hourly: -4}", "0 or more"),
    (
        "pay: {hourly: 12.60}",
        "pay: {hourly: lots}",
        "not an amount of money",
    ),
    ("hours: 16", "hours: 90", "not a number of hours a week"),
    (
        "eligible_places: [B66, B67, Sandwell]",
        "eligible_places: [B666]",
        "not a UK postcode district",
    ),
    (
        "languages: [en, ur, pa]",
        "languages: [en, xx]",
        "not a language code CLDR knows",
    ),
    (
        "cost: free",
        "cost: Free for residents, £15 for others",
        "price on something free",
    ),
    (
        "support: [travel, equipment]",
        "support: [sandwiches]",
        "not an allowed value",
    ),
    ("pay: {hourly: 12.60}", "pay: unpaid", "a job is paid"),
];

#[test]
fn each_bad_fact_is_a_located_error_with_the_allowed_values() {
    let original = std::fs::read_to_string(
        crate::harness::repo_root().join("tests/fixtures/facts/content/opportunities/care-job.md"),
    )
    .expect("read fixture");
    for (from, to, words) in BAD {
        let site = SiteTest::new("facts");
        assert!(original.contains(from), "{from}");
        let text = original.replace(from, to);
        site.write("content/opportunities/care-job.md", &text);
        let line = text.lines().position(|l| l == to).expect("line") + 1;
        let run = site.check(&[]).code(1);
        let at = format!("content/opportunities/care-job.md:{line}");
        let stderr = &run.stderr;
        let hit = stderr
            .lines()
            .find(|l| l.starts_with("error:") && l.contains(&at))
            .unwrap_or_else(|| panic!("{to}: no error at {at}:\n{stderr}"));
        assert!(hit.contains(words), "{to}: {hit}");
        if to.starts_with("support") {
            run.stderr_has("childcare");
        }
    }
}
