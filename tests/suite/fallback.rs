//! Every page in every language: an item without a translation into a language gets a page at
//! that language's URL with the language's navigation and labels, the original's text marked
//! with the original's language under a notice, a canonical link to the original and no
//! `hreflang` for itself; listings in a language link only to that language's pages; a person
//! withheld for consent gets no page in any language.

use crate::harness::{Page, SiteTest};

const LANGS: [(&str, &str); 3] = [("ur", "rtl"), ("ar", "rtl"), ("so", "ltr")];

fn site() -> SiteTest {
    let site = SiteTest::new("fallback");
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    site
}

/// Every internal link in `page`'s main content and cards that leads to an item page.
fn item_links(page: &Page) -> Vec<String> {
    let sections = ["events/", "stories/", "champions/", "about/"];
    page.attrs("main a[href], .site-nav a[href]", "href")
        .into_iter()
        .filter(|h| h.starts_with('/') && !h.ends_with(".ics") && !h.ends_with(".xml"))
        .filter(|h| {
            let rest = h.trim_start_matches('/');
            let rest = ["ur/", "ar/", "so/"]
                .iter()
                .fold(rest, |r, p| r.strip_prefix(p).unwrap_or(r));
            sections
                .iter()
                .any(|s| rest.starts_with(s) && rest.len() > s.len())
        })
        .collect()
}

#[test]
fn an_untranslated_item_has_a_page_in_every_language() {
    let site = site();
    for (lang, dir) in LANGS {
        let page = site.html(&format!("{lang}/events/meeting/index.html"));
        assert_eq!(page.attr("html", "lang"), lang);
        assert_eq!(page.attr("html", "dir"), dir);
        // The original's title, summary and body carry the original's language.
        assert_eq!(page.attr("h1 span[lang]", "lang"), "en");
        assert_eq!(page.text("h1"), "Network meeting");
        assert_eq!(page.attr("p.lede", "lang"), "en");
        assert_eq!(page.attr("p.lede", "dir"), "ltr");
        assert_eq!(page.attr(".prose > div", "lang"), "en");
        assert!(page.text(".prose").contains("Come along."));
        // The notice, in the page's language, links to the original.
        let notice = page.text("p.notice-language");
        assert!(!notice.contains("fallback-notice"), "{notice}");
        assert_eq!(page.attr("p.notice-language a", "href"), "/events/meeting/");
        assert_eq!(page.attr("p.notice-language a", "hreflang"), "en");
        // Canonical: the original; hreflang: no version but the original exists, so none.
        assert_eq!(
            page.attr("link[rel=canonical]", "href"),
            "https://example.org/events/meeting/"
        );
        assert_eq!(page.count("link[rel=alternate][hreflang]"), 0);
        // The page's language's navigation and labels, not English.
        let nav = page.texts(".site-nav a");
        assert!(!nav.contains(&"Events".to_string()), "{lang}: {nav:?}");
        assert!(page.text(".facts-block").len() > 10);
    }
    let ar = site.html("ar/events/meeting/index.html");
    assert!(ar.text("p.notice-language").contains("العربية"));
    assert!(!site.read("sitemap.xml").contains("/ar/events/meeting/"));
}

#[test]
fn a_fallback_page_lists_only_real_translations_in_hreflang() {
    let site = site();
    let page = site.html("ar/stories/market/index.html");
    assert_eq!(page.attr("html", "lang"), "ar");
    let mut hreflang = page.attrs("link[rel=alternate][hreflang]", "hreflang");
    hreflang.sort();
    assert_eq!(hreflang, ["en", "ur", "x-default"]);
    let hrefs = page.attrs("link[rel=alternate][hreflang]", "href");
    assert!(!hrefs.iter().any(|h| h.contains("/ar/")), "{hrefs:?}");
    // The switcher offers every language and stays on the story: the translation in Urdu,
    // the fallback page in Somali, the original in English.
    let switch = page.links("nav.lang-switch a");
    let urls: Vec<&str> = switch.iter().map(|(_, h, _)| h.as_str()).collect();
    assert_eq!(
        urls,
        [
            "/stories/market/",
            "/ur/stories/market/",
            "/ar/stories/market/",
            "/so/stories/market/"
        ]
    );
    // The real translation's page is no fallback.
    let ur = site.html("ur/stories/market/index.html");
    assert_eq!(ur.count("p.notice-language"), 0);
    assert_eq!(
        ur.attr("link[rel=canonical]", "href"),
        "https://example.org/ur/stories/market/"
    );
    assert!(site.read("sitemap.xml").contains("/ur/stories/market/"));
}

#[test]
fn listings_in_a_language_link_only_to_its_pages() {
    let site = site();
    for (lang, _) in LANGS {
        for listing in [
            "index.html",
            "events/index.html",
            "stories/index.html",
            "champions/index.html",
            "neighbourhoods/ladywood/index.html",
            "tags/gardening/index.html",
            "events/meeting/index.html",
        ] {
            let page = site.html(&format!("{lang}/{listing}"));
            let links = item_links(&page);
            let notice = page.attrs("p.notice-language a", "href");
            let wrong: Vec<&String> = links
                .iter()
                .filter(|h| !h.starts_with(&format!("/{lang}/")) && !notice.contains(h))
                .collect();
            assert!(
                wrong.is_empty(),
                "/{lang}/{listing} leaves {lang}: {wrong:?}"
            );
            if listing == "events/index.html" || listing == "index.html" {
                assert!(
                    links.contains(&format!("/{lang}/events/meeting/")),
                    "/{lang}/{listing}: {links:?}"
                );
            }
        }
    }
}

#[test]
fn a_withheld_person_has_no_page_in_any_language() {
    let site = site();
    for prefix in ["", "ur/", "ar/", "so/"] {
        assert!(site.exists(&format!("{prefix}champions/amina/index.html")));
        assert!(
            !site.exists(&format!("{prefix}champions/ottoline-never/index.html")),
            "{prefix}: a person without consent got a page"
        );
        let listing = site.read(&format!("{prefix}champions/index.html"));
        assert!(
            !listing.contains("Ottoline"),
            "{prefix}champions/ lists Ottoline"
        );
    }
}

#[test]
fn a_fallback_page_leads_the_originals_links_to_its_language() {
    let site = site();
    let own = site.html("events/meeting/index.html");
    assert_eq!(own.attr(".prose a", "href"), "/stories/garden/");
    for (lang, _) in LANGS {
        let page = site.html(&format!("{lang}/events/meeting/index.html"));
        assert_eq!(
            page.attr(".prose a", "href"),
            format!("/{lang}/stories/garden/")
        );
        assert_eq!(page.text(".prose"), own.text(".prose"));
    }
}

#[test]
fn a_preview_says_what_it_is_in_the_pages_language() {
    let site = SiteTest::new("fallback");
    site.write(
        "content/stories/later.md",
        "---\ntitle: Later\nsummary: Not out yet.\ndate: 2026-11-01\npublish: 2027-02-03\n---\nSoon.\n",
    );
    site.write(
        "content/stories/unfinished.md",
        "---\ntitle: Unfinished\nsummary: Still a draft.\ndate: 2026-11-01\ndraft: true\n---\nDraft.\n",
    );
    site.build_into(&site.out.clone(), "2026-11-25", &["--drafts"])
        .success();
    let text = |rel: &str| site.html(rel).text(".preview");
    assert_eq!(
        text("stories/later/index.html"),
        "Scheduled: published from 3 February 2027"
    );
    assert_eq!(
        text("stories/unfinished/index.html"),
        "Draft: not published until `draft: true` is removed"
    );
    let ur = text("ur/stories/later/index.html");
    assert!(ur.starts_with("طے شدہ:"), "{ur}");
    assert!(!ur.contains("February"), "{ur}");
    assert!(text("so/stories/unfinished/index.html").starts_with("Qabyo:"));
}

#[test]
fn a_navigation_title_not_in_the_pages_language_is_marked_with_its_own() {
    let site = site();
    let en = site.html("index.html");
    assert_eq!(
        en.attrs(".site-nav a[href='/about/']", "lang"),
        Vec::<String>::new()
    );
    for (lang, dir) in LANGS {
        let page = site.html(&format!("{lang}/index.html"));
        let about =
            format!(".site-nav a[href='/{lang}/about/'], .site-footer a[href='/{lang}/about/']");
        assert_eq!(page.texts(&about), ["About us", "About us"], "{lang}");
        assert_eq!(page.attrs(&about, "lang"), ["en", "en"], "{lang}");
        assert_eq!(
            page.attrs(&about, "dir"),
            ["ltr", "ltr"],
            "{lang} ({dir} page)"
        );
    }
}
