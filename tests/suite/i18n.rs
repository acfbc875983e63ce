//! Languages: URLs per language, hreflang and the switcher, fallback marking in listings,
//! right-to-left pages, localised dates, per-language feeds and sitemap alternates, survey QR
//! codes and flyers, translation errors and `useit i18n`.

use crate::harness::SiteTest;

fn site() -> SiteTest {
    let site = SiteTest::new("i18n");
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    site
}

#[test]
fn each_translation_gets_its_own_url_and_untranslated_items_a_fallback_page() {
    let site = site();
    assert!(site.exists("stories/market/index.html"));
    assert!(site.exists("ur/stories/market/index.html"));
    // No Polish story: the Polish page is the English one under Polish navigation.
    let pl = site.html("pl/stories/market/index.html");
    assert_eq!(pl.attr("html", "lang"), "pl");
    assert_eq!(pl.attr("h1 span", "lang"), "en");
    assert!(site.exists("pl/events/meeting/index.html"));
    for lang in ["", "ur/", "pl/"] {
        for page in [
            "index.html",
            "stories/index.html",
            "events/index.html",
            "404.html",
            "neighbourhoods/index.html",
        ] {
            assert!(site.exists(&format!("{lang}{page}")), "{lang}{page}");
        }
    }
}

#[test]
fn pages_link_exactly_their_versions_with_hreflang() {
    let site = site();
    let story = site.html("stories/market/index.html");
    let mut langs = story.attrs("link[rel=alternate][hreflang]", "hreflang");
    langs.sort();
    assert_eq!(langs, ["en", "ur", "x-default"]);
    let hrefs = story.attrs("link[rel=alternate][hreflang]", "href");
    assert!(
        hrefs.contains(&"https://example.org/ur/stories/market/".to_string()),
        "{hrefs:?}"
    );
    // The switcher offers every language (Polish: the fallback page); hreflang does not.
    let switch = story.attrs("nav.lang-switch a[hreflang]", "hreflang");
    assert_eq!(switch, ["en", "ur", "pl"]);
    let ur = site.html("ur/stories/market/index.html");
    assert_eq!(ur.attr("html", "lang"), "ur");
    assert_eq!(ur.attr("html", "dir"), "rtl");
    assert_eq!(ur.text("h1"), "بازار کا دن");
    // A listing exists in every language.
    let listing = site.html("pl/stories/index.html");
    let mut langs = listing.attrs("link[rel=alternate][hreflang]", "hreflang");
    langs.sort();
    assert_eq!(langs, ["en", "pl", "ur", "x-default"]);
}

#[test]
fn listings_show_translations_and_mark_fallbacks() {
    let site = site();
    let ur = site.html("ur/stories/index.html");
    let titles = ur.texts(".cards li .card-title a");
    assert!(titles.contains(&"بازار کا دن".to_string()), "{titles:?}");
    assert!(
        titles.contains(&"Community garden".to_string()),
        "untranslated story listed in English"
    );
    let fallback_langs = ur.attrs(".cards li [lang=en]", "lang");
    assert_eq!(
        fallback_langs.len(),
        1,
        "the English story is marked lang=en"
    );
    let links = ur.attrs(".cards li .card-title a", "href");
    assert!(
        links.contains(&"/ur/stories/market/".to_string())
            && links.contains(&"/ur/stories/garden/".to_string()),
        "{links:?}"
    );
    // @/ links in a translation go to the page in its language: the version in it when
    // there is one, else the original's fallback page in it.
    let body = ur.attrs("main a[href*='garden']", "href");
    assert_eq!(body, ["/ur/stories/garden/"]);
}

#[test]
fn dates_are_in_the_page_language() {
    let site = site();
    let pl = site.html("pl/events/meeting/index.html");
    let when = pl.text("dl time");
    assert!(when.contains("marca 2027"), "{when}");
    assert!(when.contains("18:00"), "{when}");
    let en = site.html("events/meeting/index.html");
    assert!(
        en.text("dl time").contains("11 March 2027"),
        "{}",
        en.text("dl time")
    );
    let ur = site.html("ur/events/index.html");
    assert!(ur.text(".cards").contains("مارچ"), "{}", ur.text(".cards"));
}

#[test]
fn feeds_and_sitemap_per_language() {
    let site = site();
    let feed = site.read("ur/stories/atom.xml");
    assert!(feed.contains("xml:lang=\"ur\""));
    assert!(feed.contains("<title>بازار کا دن</title>"));
    assert!(feed.contains("https://example.org/ur/stories/atom.xml"));
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    assert!(sitemap.contains(
        "<url><loc>https://example.org/stories/market/</loc><lastmod>2026-11-01</lastmod><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/stories/market/\"/><xhtml:link rel=\"alternate\" hreflang=\"ur\" href=\"https://example.org/ur/stories/market/\"/></url>"
    ), "{sitemap}");
}

#[test]
fn survey_versions_have_qr_codes_flyers_and_a_chooser() {
    let site = site();
    for lang in ["", "ur/"] {
        assert!(
            site.read(&format!("{lang}surveys/street/qr.svg"))
                .contains("<svg")
        );
        assert!(site.exists(&format!("{lang}surveys/street/flyer/index.html")));
    }
    let chooser = site.html("surveys/street/languages/index.html");
    let links = chooser.attrs("main a[href]", "href");
    assert!(
        links.contains(&"/ur/surveys/street/".to_string()),
        "{links:?}"
    );
    // The page shows the QR code file as a picture (inline, it weighed 10 KB of HTML).
    let ur = site.html("ur/surveys/street/index.html");
    assert_eq!(ur.attr("figure.qr img", "src"), "/ur/surveys/street/qr.svg");
    assert!(
        ur.attr("figure.qr img", "alt").contains("QR"),
        "{}",
        ur.attr("figure.qr img", "alt")
    );
}

#[test]
fn translation_errors_name_file_and_fix() {
    let site = SiteTest::new("i18n");
    site.write("content/stories/lost.ur.md", "---\ntitle: x\n---\n");
    site.write("content/stories/garden.xx.md", "---\ntitle: x\n---\n");
    site.write(
        "content/events/meeting.ur.md",
        "---\ntitle: x\nstart: 2027-03-12 18:00\n---\n",
    );
    let run = site.build(&[]).failure();
    run.stderr_has("error: content/stories/lost.ur.md: translation of content/stories/lost.md, which does not exist")
        .stderr_has("error: content/stories/garden.xx.md: language `xx` is not one of the site's languages")
        .stderr_has("error: content/events/meeting.ur.md:3:1: `start` cannot be set in a translation: it comes from the original")
        .stderr_has("help: a translation may only set title, summary, cost_note, accessibility");
}

#[test]
fn i18n_report_counts_translations_stale_and_unreviewed() {
    let site = SiteTest::new("i18n");
    let root = site.src("").to_string_lossy().into_owned();
    let run = site
        .run(&[
            "i18n",
            "--root",
            &root,
            "--now",
            "2026-11-25",
            "--format",
            "json",
        ])
        .success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let ur = &json["languages"][0];
    assert_eq!(ur["code"], "ur");
    assert_eq!(ur["pages"]["story"], serde_json::json!([1, 2]));
    assert_eq!(
        ur["stale"],
        serde_json::json!(["content/stories/market.ur.md"]),
        "the only translation that records no source_hash (the others were marked current)"
    );
    assert_eq!(ur["unreviewed"].as_array().unwrap().len(), 3);
    let pl = &json["languages"][1];
    assert_eq!(pl["pages"]["event"], serde_json::json!([1, 1]));
    let table = site
        .run(&["i18n", "--root", &root, "--now", "2026-11-25"])
        .success();
    assert!(
        table.stdout.contains("stale: content/stories/market.ur.md"),
        "{}",
        table.stdout
    );
}
