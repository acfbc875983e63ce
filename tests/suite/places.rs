//! Places residents go to: an event's venue and a survey's help places show their address
//! and postcode with a map link; an address without its postcode, or a place written as one
//! line of text, is an error at its line with the fix.

use crate::harness::SiteTest;

const SURVEY: &str = "content/surveys/street-survey.md";

fn survey_with_help(venue: &str) -> String {
    format!(
        "---\ntitle: Street survey\ndate: 2026-10-01\nsummary: Tell us what matters.\n\
         survey_url: https://example.org/survey\ncloses: 2027-02-28\nanonymous: true\n\
         partial_answers: true\nhelp:\n  - name: Phone help\n    phone: \"0121 000 0001\"\n\
         \x20 - name: Summerfield Community Centre\n    phone: \"0121 000 0000\"\n\
         \x20   venue: {venue}\nneighbourhoods: [summerfield]\n---\nThe survey takes ten minutes.\n"
    )
}

#[test]
fn a_help_place_shows_its_address_postcode_and_map_link() {
    let site = SiteTest::new("minimal");
    site.write(
        SURVEY,
        survey_with_help(
            "{name: Summerfield Community Centre, address: Winson Green Road, postcode: B18 4EJ}",
        ),
    );
    site.build_ok(&[]);
    let page = site.html("surveys/street-survey/index.html");
    let place = page.texts(".help-list li:nth-child(2) dd").remove(0);
    for part in [
        "Summerfield Community Centre",
        "Winson Green Road",
        "B18 4EJ",
    ] {
        assert!(place.contains(part), "{place}");
    }
    assert_eq!(
        page.attr(
            ".help-list li:nth-child(2) dd a[href*=openstreetmap]",
            "href"
        ),
        "https://www.openstreetmap.org/search?query=Summerfield+Community+Centre%2C+Winson+Green+Road%2C+B18+4EJ"
    );
    // A helper with no place gets no map link.
    assert_eq!(
        page.count(".help-list li:nth-child(1) a[href*=openstreetmap]"),
        0
    );
}

#[test]
fn a_help_place_with_an_address_but_no_postcode_is_an_error_at_its_line() {
    let site = SiteTest::new("minimal");
    site.write(
        SURVEY,
        survey_with_help("{name: Summerfield Community Centre, address: Winson Green Road}"),
    );
    site.build(&[])
        .code(1)
        .stderr_has(&format!(
            "{SURVEY}:14: the place `Summerfield Community Centre` has an address but no postcode"
        ))
        .stderr_has("add `postcode:`");
}

#[test]
fn a_place_written_as_one_line_of_text_is_an_error_with_the_fields_to_write() {
    let site = SiteTest::new("minimal");
    site.write(
        SURVEY,
        survey_with_help("Summerfield Community Centre, Winson Green Road, B18 4EJ"),
    );
    site.build(&[])
        .code(1)
        .stderr_has(&format!("{SURVEY}:14:"))
        .stderr_has("`venue` is one line of text, not the id of a venue")
        .stderr_has("write the id of a place in data/venues.yaml")
        .stderr_has("or the place itself: `venue: {name: Summerfield Community Centre");
}

#[test]
fn an_event_venue_with_an_address_but_no_postcode_is_an_error_at_its_line() {
    let site = SiteTest::new("minimal");
    let rel = "content/events/soho-meeting.md";
    let text = site.source_text(rel);
    let edited = text.replace("  postcode: B21 9AA\n", "");
    assert_ne!(edited, text, "the fixture's venue has a postcode to remove");
    site.write(rel, edited);
    site.build(&[]).code(1).stderr_has(&format!(
        "{rel}:6: the place `Soho House Business Centre` has an address but no postcode"
    ));
}
