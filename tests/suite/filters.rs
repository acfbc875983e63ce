//! The practical filters of the events and opportunities listings ("free", "no English test
//! needed", "this week", "this month", "paid", "closing within 14 days"): each value a real page
//! listing exactly the matching items at the build's now, with its count on the link; a value
//! with nothing to list is shown without a link. Fixture: `tests/fixtures/facts`, built on
//! 2026-11-25.

use crate::harness::{Page, SiteTest};

fn titles(page: &Page) -> Vec<String> {
    let mut t = page.texts(".cards .card-title a");
    t.sort();
    t
}

#[test]
fn each_practical_filter_lists_exactly_what_matches_at_the_builds_now() {
    let site = SiteTest::new("facts");
    site.build_ok(&[]);
    for (rel, want) in [
        ("events/only/free/index.html", vec!["Coffee morning"]),
        (
            "events/only/no-english-test/index.html",
            vec!["Coffee morning", "Survey drop-in"],
        ),
        ("events/only/this-week/index.html", vec!["Coffee morning"]),
        ("events/only/this-month/index.html", vec!["Coffee morning"]),
        (
            "opportunities/only/free/index.html",
            vec!["Care worker, part time"],
        ),
        (
            "opportunities/only/paid/index.html",
            vec!["Care worker, part time", "Litter pick volunteers"],
        ),
        (
            "opportunities/only/no-english-test/index.html",
            vec!["Care worker, part time", "Litter pick volunteers"],
        ),
        (
            "opportunities/only/closing-soon/index.html",
            vec!["Quick grant"],
        ),
    ] {
        assert_eq!(titles(&site.html(rel)), want, "{rel}");
    }
    let page = site.html("events/only/this-week/index.html");
    assert_eq!(page.text("h1"), "Upcoming events: This week");
    // A month later the same site lists the drop-in as this month's, the coffee morning as past.
    let later = site.tmp().join("later");
    site.build_into(&later, "2026-12-20", &[]).success();
    let month = std::fs::read_to_string(later.join("events/only/this-month/index.html")).unwrap();
    let month = Page::parse("later", &month);
    assert_eq!(titles(&month), ["Survey drop-in"]);
}

#[test]
fn filter_links_carry_counts_and_empty_values_are_not_links() {
    let site = SiteTest::new("facts");
    site.build_ok(&[]);
    let events = site.html("events/index.html");
    let links = events.links(".filters a");
    let free = links
        .iter()
        .find(|(_, href, _)| href == "/events/only/free/")
        .expect("a link to the free events");
    assert_eq!(free.0, "Free (1)");
    // No event is a training session: the category is shown, not linked.
    assert!(
        !links
            .iter()
            .any(|(_, h, _)| h == "/events/category/training/")
    );
    let empty = events.texts(".filters .filter-empty");
    assert!(empty.iter().any(|t| t.starts_with("Training")), "{empty:?}");
    // The filters sit in a closed <details>, so the first card is near the top on a phone.
    assert_eq!(
        events.count("details.filters-box:not([open]) nav.filters"),
        1
    );
}
