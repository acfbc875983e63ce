//! The weekly digest for partners (`digest/<year>-W<week>/`, its text version and the copy at
//! `digest/latest/`), the events feed and the footer's channels and funding acknowledgement.
//! The fixture's items fall in known ISO weeks: 2026-W47 runs from Monday 16 to Sunday
//! 22 November 2026, and the build's now (25 November) is in 2026-W48.

use crate::harness::{Page, SiteTest, tree};

fn built() -> SiteTest {
    let site = SiteTest::new("digest");
    site.build_ok(&[]);
    site
}

/// The item titles of each section of an e-mail digest, in order, by heading.
fn sections(page: &Page) -> Vec<(String, Vec<String>)> {
    let headings = page.texts("h2");
    let tables = page.html_of("table table table");
    headings
        .into_iter()
        .zip(tables)
        .map(|(h, t)| (h, Page::parse("section", &t).texts("a")))
        .collect()
}

#[test]
fn a_week_lists_its_events_new_and_closing_opportunities_and_stories() {
    let site = built();
    let page = site.html("digest/2026-W47/index.html");
    assert_eq!(
        sections(&page),
        vec![
            (
                "Events this week".to_string(),
                vec!["Week talk".to_string()]
            ),
            (
                "New opportunities".into(),
                vec!["New mentoring places".into()]
            ),
            (
                "Closing this week".into(),
                vec!["Closing volunteer role".into()]
            ),
            ("New stories".into(), vec!["Story of the week".into()]),
        ],
        "the cancelled event, the next week's event and the earlier story are not in W47"
    );
    // Every address is absolute: the page is pasted into e-mails.
    for href in page.attrs("a", "href") {
        assert!(href.starts_with("https://example.org/"), "{href}");
    }
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/digest/2026-W47/"
    );
    let text = site.read("digest/2026-W47/digest.txt");
    for line in [
        "* Week talk",
        "  https://example.org/events/week-talk/",
        "* New mentoring places",
        "* Closing volunteer role",
        "* Story of the week",
        "  https://example.org/stories/in-week/",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} missing:\n{text}");
    }
    assert!(!text.contains("Cancelled gathering") && !text.contains("Earlier story"));
    assert!(!text.contains("\n\n\n"), "runs of blank lines:\n{text}");
}

#[test]
fn the_digest_is_email_safe() {
    let site = built();
    for (path, bytes) in tree(&site.out) {
        if !(path.contains("digest/2") || path.contains("digest/latest/"))
            || !path.ends_with(".html")
        {
            continue;
        }
        assert!(bytes.len() < 100_000, "{path} is {} bytes", bytes.len());
        let page = Page::parse(&path, &String::from_utf8_lossy(&bytes));
        assert_eq!(page.count("script"), 0, "{path} has a script");
        assert_eq!(page.count("style"), 0, "{path} has a <style>");
        assert_eq!(
            page.count("link[rel=stylesheet]"),
            0,
            "{path} links a stylesheet"
        );
        for src in page.attrs("img", "src") {
            assert!(
                src.starts_with("https://"),
                "{path}: image {src} is not absolute"
            );
        }
        assert_eq!(
            page.count("img:not([alt])"),
            0,
            "{path}: an image without alt text"
        );
        assert!(
            page.count("table[role=presentation]") >= 2,
            "{path}: no layout table"
        );
    }
    // The site's policy lets the digest's inline styles through, and nothing else.
    let headers = site.read("_headers");
    for path in ["/digest/*", "/ar/digest/*"] {
        let rule = headers.split(&format!("{path}\n")).nth(1).expect(path);
        let csp = rule
            .lines()
            .find(|l| l.contains("Content-Security-Policy:"))
            .unwrap();
        assert!(
            csp.contains("style-src 'self' 'unsafe-inline'") && csp.contains("script-src 'none'")
        );
    }
}

#[test]
fn each_language_lists_its_own_versions() {
    let site = built();
    let page = site.html("ar/digest/2026-W47/index.html");
    assert_eq!(page.attr("html", "lang"), "ar");
    assert_eq!(page.attr("html", "dir"), "rtl");
    let titles = page.texts("td > p > a");
    assert!(titles.contains(&"محاضرة الأسبوع".to_string()), "{titles:?}");
    // An item not translated is shown in English, marked as such, with its Arabic-page address.
    let row = page.html_of("td[lang=en]");
    assert!(
        row.iter().any(|r| r.contains("New mentoring places")),
        "{row:?}"
    );
    assert!(
        page.attrs("a", "href")
            .contains(&"https://example.org/ar/opportunities/new-in-week/".to_string())
    );
}

#[test]
fn latest_is_this_week_and_the_archive_keeps_eight_weeks() {
    let site = built();
    let latest = site.html("digest/latest/index.html");
    assert_eq!(
        latest.attr("link[rel=canonical]", "href"),
        "https://example.org/digest/2026-W48/"
    );
    assert_eq!(latest.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(
        sections(&latest),
        vec![(
            "Events this week".to_string(),
            vec!["Next week workshop".to_string()]
        )]
    );
    assert_eq!(
        site.read("digest/latest/digest.txt"),
        site.read("digest/2026-W48/digest.txt")
    );
    // This week and the seven before it: W41 to W48.
    assert!(site.exists("digest/2026-W41/index.html"));
    assert!(!site.exists("digest/2026-W40"));
    let index = site.html("digest/index.html");
    let weeks: Vec<String> = index
        .attrs(".digest-weeks a", "href")
        .into_iter()
        .filter(|h| !h.ends_with(".txt"))
        .collect();
    assert_eq!(weeks.len(), 8, "{weeks:?}");
    assert_eq!(weeks[0], "/digest/2026-W48/");
    // A week with nothing in it is a kind, empty digest, not an error.
    let empty = site.read("digest/2026-W45/digest.txt");
    assert!(empty.contains("Nothing new this week."), "{empty}");
    // Only the archive and the weeks are in the sitemap, not the copy.
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("https://example.org/digest/2026-W47/"));
    assert!(!sitemap.contains("digest/latest/"));
}

#[test]
fn a_week_reads_the_same_in_any_later_build() {
    let site = built();
    let later = site.tmp().join("later");
    site.build_into(&later, "2026-12-20", &[]).success();
    for rel in [
        "digest/2026-W47/index.html",
        "ar/digest/2026-W47/digest.txt",
    ] {
        assert_eq!(
            site.read(rel),
            crate::harness::read_in(&later, rel),
            "{rel} changed with the build's now"
        );
    }
}

#[test]
fn the_events_feed_lists_upcoming_events_with_their_date() {
    let site = built();
    let feed = site.read("events/atom.xml");
    let doc = roxmltree::Document::parse(&feed).expect("the events feed is XML");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("title")))
        .filter_map(|t| t.text())
        .collect();
    assert_eq!(titles, ["Next week workshop"]);
    assert!(
        feed.contains("<summary>26 November 2026, 10:00: A workshop"),
        "{feed}"
    );
    // Linked from the digest archive; the events listing has no feed line (its first event stays
    // on a phone's first screen).
    let listing = site.html("digest/index.html");
    assert!(
        listing
            .attrs("a", "href")
            .contains(&"/events/atom.xml".to_string())
    );
}

#[test]
fn the_footer_links_the_channels_and_shows_the_funding_emblem() {
    let site = SiteTest::new("digest");
    let yaml = site.source_text("site.yaml");
    site.write(
        "site.yaml",
        format!(
            "{yaml}channels:\n  - {{ name: Facebook, url: \"https://www.facebook.com/USEITUIA/\" }}\n\
             funding:\n  emblem: eu-emblem.svg\n  url: \"https://www.uia-initiative.eu/\"\n"
        ),
    );
    site.build_ok(&[]);
    for (rel, statement) in [
        (
            "index.html",
            "co-financed by the European Regional Development Fund",
        ),
        ("ar/index.html", "الصندوق الأوروبي للتنمية الإقليمية"),
    ] {
        let page = site.html(rel);
        assert_eq!(
            page.links(".site-channels a"),
            vec![(
                "Facebook".to_string(),
                "https://www.facebook.com/USEITUIA/".to_string(),
                None
            )]
        );
        let emblem = page.attr(".funding img", "src");
        assert!(
            emblem.starts_with("/assets/eu-emblem.") && emblem.ends_with(".svg"),
            "the fingerprinted emblem, not {emblem}"
        );
        assert_eq!(
            site.read(emblem.trim_start_matches('/')),
            site.read("eu-emblem.svg")
        );
        assert!(!page.attr(".funding img", "alt").is_empty());
        assert!(page.text(".funding a").contains(statement), "{rel}");
        // A link to the weekly digest in the page's language.
        let digest = if rel == "index.html" {
            "/digest/"
        } else {
            "/ar/digest/"
        };
        assert!(
            page.attrs(".site-footer a", "href")
                .contains(&digest.to_string())
        );
    }
    let emblem = site.read("eu-emblem.svg");
    assert!(
        emblem.starts_with("<svg") && !emblem.contains("href"),
        "self-contained SVG"
    );
}

#[test]
fn a_bad_channel_or_a_missing_emblem_is_an_error_on_site_yaml() {
    let site = SiteTest::new("digest");
    let yaml = site.source_text("site.yaml");
    site.write(
        "site.yaml",
        format!("{yaml}channels:\n  - {{ name: Facebook, url: \"facebook.com/USEITUIA\" }}\n"),
    );
    let run = site.build(&[]).code(1);
    let line = yaml.lines().count() + 2;
    run.stderr_has(&format!(
        "error: site.yaml:{line}: the address `facebook.com/USEITUIA` of channel `Facebook` is not a web address"
    ))
    .stderr_has("help: write the full address");
    site.write("site.yaml", format!("{yaml}funding:\n  emblem: flag.svg\n"));
    let line = yaml.lines().count() + 2;
    site.build(&[])
        .code(1)
        .stderr_has(&format!(
            "error: site.yaml:{line}: `funding.emblem` `flag.svg` is not in the theme"
        ))
        .stderr_has("help: put the emblem");
}
