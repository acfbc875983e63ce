//! The records of `data/`: organisations, developments and venues written once and named by
//! id from front matter. Each organisation and development that something names has a page in
//! every language listing exactly what names it; a venue's facts appear wherever an event names
//! it; an unknown id is an error at its line with the closest id; a broken data file is an
//! error at the record's line.

use crate::harness::SiteTest;

const EVENT: &str = "content/events/english-evening.md";

fn titles(site: &SiteTest, rel: &str) -> Vec<String> {
    site.html(rel).texts(".cards .card-title a")
}

#[test]
fn an_organisation_page_lists_exactly_what_names_it() {
    let site = SiteTest::new("records");
    site.build_ok(&[]);
    assert_eq!(
        titles(&site, "organisations/hospital-trust/index.html"),
        ["English class evening", "Hospital jobs story"]
    );
    assert_eq!(
        titles(&site, "organisations/training-hub/index.html"),
        ["English class evening", "English course"]
    );
    let page = site.html("organisations/hospital-trust/index.html");
    assert_eq!(page.text("h1"), "Test Hospital Trust");
    assert!(
        page.text(".about-record")
            .contains("Runs the new hospital.")
    );
    assert_eq!(
        page.attr(".about-record a[rel=noopener]", "href"),
        "https://trust.example.org/"
    );
    // Named by nothing (only by a development's list of organisations): no page.
    assert!(!site.exists("organisations/quiet-charity/index.html"));
    let index = site.html("organisations/index.html");
    let names = index.texts("main li a");
    assert!(
        names.iter().any(|n| n.contains("Test Hospital Trust")),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.contains("Quiet Charity")),
        "{names:?}"
    );
    // The footer links the index pages.
    let home = site.html("index.html");
    assert_eq!(home.count("footer a[href=\"/organisations/\"]"), 1);
    assert_eq!(home.count("footer a[href=\"/developments/\"]"), 1);
}

#[test]
fn a_development_page_shows_its_offers_and_the_organisations_behind_it() {
    let site = SiteTest::new("records");
    site.build_ok(&[]);
    let rel = "developments/new-hospital/index.html";
    let page = site.html(rel);
    assert_eq!(page.text("h1"), "The New Hospital");
    assert_eq!(
        page.texts(".about-record ul li"),
        ["Jobs for local people", "Free English classes"]
    );
    let about = page.text(".about-record");
    assert!(about.contains("Quiet Charity"), "{about}");
    assert_eq!(
        page.links(".about-record p a")
            .iter()
            .map(|(text, href, _)| (text.as_str(), href.as_str()))
            .collect::<Vec<_>>(),
        [("Test Hospital Trust", "/organisations/hospital-trust/")]
    );
    assert_eq!(
        titles(&site, rel),
        ["English class evening", "Hospital jobs story"]
    );
}

#[test]
fn record_pages_exist_in_every_language_with_the_translated_text() {
    let site = SiteTest::new("records");
    site.build_ok(&[]);
    let page = site.html("ar/organisations/hospital-trust/index.html");
    assert_eq!(page.text("h1"), "هيئة المستشفى التجريبية");
    let about = page.text(".about-record");
    assert!(about.contains("تدير المستشفى الجديد."), "{about}");
    // `reviewed: false`: the page says the translation is a draft.
    assert_eq!(page.count(".about-record .note"), 1);
    // Untranslated records keep their name; no draft note for them.
    let hub = site.html("ar/organisations/training-hub/index.html");
    assert_eq!(hub.text("h1"), "Test Training Hub");
    assert_eq!(hub.count(".about-record .note"), 0);
    let dev = site.html("ar/developments/new-hospital/index.html");
    assert_eq!(
        dev.attr(".about-record p a", "href"),
        "/ar/organisations/hospital-trust/"
    );
    assert!(
        dev.text(".about-record")
            .contains("هيئة المستشفى التجريبية")
    );
}

#[test]
fn an_item_page_links_the_organisations_and_developments_it_names() {
    let site = SiteTest::new("records");
    site.build_ok(&[]);
    let page = site.html("stories/hospital-jobs/index.html");
    assert_eq!(
        page.links(".terms a")
            .iter()
            .map(|(text, href, _)| (text.as_str(), href.as_str()))
            .collect::<Vec<_>>(),
        [
            ("The New Hospital", "/developments/new-hospital/"),
            ("Test Hospital Trust", "/organisations/hospital-trust/"),
        ]
    );
    assert_eq!(site.html("stories/unrelated/index.html").count(".terms"), 0);
}

#[test]
fn a_venue_named_by_id_brings_its_facts_to_the_event_page_and_calendar() {
    let site = SiteTest::new("records");
    site.build_ok(&[]);
    let page = site.html("events/english-evening/index.html");
    let where_ = page.text("main dl.facts-block");
    for part in [
        "Test Town Hall",
        "1 Main Street, Birmingham",
        "B18 4EJ",
        "0121 496 0999",
    ] {
        assert!(where_.contains(part), "{part} not in {where_}");
    }
    assert_eq!(
        page.attr("main a[href^=\"tel:\"]", "href"),
        "tel:01214960999"
    );
    assert_eq!(page.count(".facilities li"), 2);
    let ics = site.read("events/english-evening/english-evening.ics");
    assert!(
        ics.contains("LOCATION:Test Town Hall\\, 1 Main Street\\, Birmingham\\, B18 4EJ"),
        "{ics}"
    );
    // A place written in the event itself still works.
    let inline = site.html("events/inline-venue/index.html");
    assert!(inline.text("main dl.facts-block").contains("Corner Cafe"));
}

#[test]
fn record_links_follow_a_subpath_base_url() {
    let site = SiteTest::new("records");
    site.build_ok(&["--base-url", "https://example.github.io/portal/"]);
    let page = site.html("stories/hospital-jobs/index.html");
    assert_eq!(
        page.attrs(".terms a", "href"),
        [
            "/portal/developments/new-hospital/",
            "/portal/organisations/hospital-trust/"
        ]
    );
}

#[test]
fn an_unknown_venue_id_is_an_error_with_the_closest_id() {
    let site = SiteTest::new("records");
    let text = site
        .source_text(EVENT)
        .replace("venue: town-hall", "venue: town-hal");
    site.write(EVENT, text);
    site.build(&[])
        .code(1)
        .stderr_has(&format!("error: {EVENT}:6: unknown venue `town-hal`"))
        .stderr_has("did you mean `town-hall`?");
}

#[test]
fn a_data_file_names_the_record_and_line_of_each_problem() {
    let site = SiteTest::new("records");
    site.write(
        "data/venues.yaml",
        "town-hall:\n  name: Test Town Hall\n  address: 1 Main Street\n",
    );
    site.write(
        "data/developments.yaml",
        "new-hospital:\n  name: The New Hospital\n  summary: S.\n  organisations: [hospital-trst]\n\
         Bad_Id:\n  name: X\n  summary: Y.\n",
    );
    site.build(&[])
        .code(1)
        .stderr_has("error: data/venues.yaml:1: venue `town-hall` has an address but no postcode")
        .stderr_has(
            "error: data/developments.yaml:1: `new-hospital` names the organisation `hospital-trst`",
        )
        .stderr_has("did you mean `hospital-trust`?")
        .stderr_has("error: data/developments.yaml:5: the id `Bad_Id` is not written in lower-case")
        .stderr_has("build failed");
}

#[test]
fn a_data_file_with_an_unknown_field_is_a_located_error() {
    let site = SiteTest::new("records");
    site.write(
        "data/organisations.yaml",
        "hospital-trust:\n  name: T\n  summary: S.\n  website: https://x.example.org/\n",
    );
    site.build(&[])
        .code(1)
        .stderr_has("data/organisations.yaml:4")
        .stderr_has("website");
}
