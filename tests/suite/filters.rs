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

#[test]
fn training_events_and_training_opportunities_are_listed_together() {
    let site = SiteTest::new("facts");
    let event = |title: &str, start: &str, extra: &str| {
        format!(
            "---\ntitle: {title}\nsummary: S.\nstart: {start}\nvenue: {{name: Ladywood Community Centre}}\ncost: free\ncategory: training\n{extra}---\n"
        )
    };
    site.write(
        "content/events/cv-workshop.md",
        event("CV workshop", "2026-12-10 10:00", ""),
    );
    site.write(
        "content/events/called-off.md",
        event("Called off", "2026-12-12 10:00", "status: cancelled\n"),
    );
    site.write(
        "content/events/last-year.md",
        event("Last year's class", "2025-11-12 10:00", ""),
    );
    site.write(
        "content/opportunities/old-course.md",
        "---\ntitle: Old course\ndate: 2026-01-02\nsummary: S.\nkind: training\nprovider: Test College\ncloses: 2026-10-01\ncost: free\nhow_to_apply: {url: https://example.org/apply}\n---\n",
    );
    site.build_ok(&[]);
    let page = site.html("training/index.html");
    assert_eq!(page.text("h1"), "Training and courses");
    // Coming training events and open training opportunities, by date: the workshop on
    // 10 December before the course closing on 29 January; nothing cancelled, past or closed.
    assert_eq!(
        page.texts(".cards .card-title a"),
        ["CV workshop", "IELTS course"]
    );
    for listing in ["events/index.html", "opportunities/index.html"] {
        let links = site.html(listing).links(".filters a[href='/training/']");
        assert_eq!(links.len(), 1, "{listing}: {links:?}");
        assert!(links[0].0.contains("Training and courses (2)"), "{links:?}");
    }
    assert!(site.exists("ar/training/index.html"), "in every language");
}
