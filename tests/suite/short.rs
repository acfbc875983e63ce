//! Short addresses (`short_links:` in `site.yaml`, `aliases:` in front matter) as redirect pages
//! and `_redirects` entries in every language, the flyers of short-linked events and
//! opportunities (their QR codes decoded), the errors of bad short addresses, and the theme's
//! fingerprinted assets.

use std::collections::BTreeMap;

use crate::harness::{Page, SiteTest, tree};

fn built(extra: &[&str]) -> SiteTest {
    let site = SiteTest::new("short");
    site.build_ok(extra);
    site
}

/// The root-relative address the redirect page at site path `path` sends the reader to, after
/// checking what every page must have (language, a heading in `<main>`, noindex) and that the
/// link in its text says the same.
fn follow(site: &SiteTest, path: &str) -> String {
    let page = site.html(&format!("{path}index.html"));
    let refresh = page.attr("meta[http-equiv=refresh]", "content");
    let target = refresh
        .strip_prefix("0; url=")
        .unwrap_or_else(|| panic!("{path}: refresh is {refresh:?}"))
        .to_string();
    assert_eq!(page.attr("main a", "href"), target, "{path}");
    assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(page.count("main h1"), 1, "{path}");
    assert!(!page.attr("html", "lang").is_empty());
    target
}

/// The file a root-relative folder address under `base` is served from.
fn file_of(target: &str, base: &str) -> String {
    let rel = target
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("{target}"));
    format!("{rel}index.html")
}

#[test]
fn every_short_link_and_alias_leads_to_its_page_in_every_language() {
    let site = built(&[]);
    let cases = [
        ("network/", "/events/network/"),
        ("ar/network/", "/ar/events/network/"),
        ("grants/", "/opportunities/grants/"),
        ("ar/grants/", "/ar/opportunities/grants/"),
        ("funding/grants-2026/", "/opportunities/grants/"),
        ("small-grants/", "/opportunities/grants/"),
        ("ar/small-grants/", "/ar/opportunities/grants/"),
        ("survey/", "/surveys/street/"),
        ("ar/survey/", "/ar/surveys/street/"),
        ("who-we-are/", "/about/"),
        // About has no Arabic version: its page for Arabic readers (the English text).
        ("ar/who-we-are/", "/ar/about/"),
    ];
    let redirects = site.read("_redirects");
    for (path, want) in cases {
        let target = follow(&site, path);
        assert_eq!(target, want, "{path}");
        let page = site.html(&file_of(&target, "/"));
        assert!(page.count("main h1") == 1, "{target} is a real page");
        // Hosts that read `_redirects` answer with a 301 to the same page, with or without the
        // final slash.
        let from = format!("/{path}");
        for line in [
            format!("{} {want} 301", from.trim_end_matches('/')),
            format!("{from} {want} 301"),
        ] {
            assert!(
                redirects.lines().any(|l| l == line),
                "{line} in\n{redirects}"
            );
        }
    }
    let ar = site.html("ar/network/index.html");
    assert_eq!(
        (ar.attr("html", "lang"), ar.attr("html", "dir")),
        ("ar".to_string(), "rtl".to_string())
    );
    assert_eq!(ar.text("main a"), "لقاء شبكة المشاريع الاجتماعية");
    assert_eq!(
        ar.attr("link[rel=canonical]", "href"),
        "https://example.org/ar/events/network/"
    );
    // Not in the sitemap, nor in the search index.
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/events/network/</loc>"));
    for (path, _) in cases {
        assert!(
            !sitemap.contains(&format!("<loc>https://example.org/{path}</loc>")),
            "{path} in the sitemap"
        );
        assert!(
            !site
                .read(&format!("{path}index.html"))
                .contains("data-pagefind-body"),
            "{path} is indexed"
        );
    }
}

#[test]
fn short_links_carry_a_subpath_base_url() {
    let site = built(&["--base-url", "https://x.github.io/useit/"]);
    assert_eq!(follow(&site, "ar/network/"), "/useit/ar/events/network/");
    assert!(site.exists(&file_of("/useit/ar/events/network/", "/useit/")));
    let redirects = site.read("_redirects");
    assert!(
        redirects
            .lines()
            .any(|l| l == "/useit/network /useit/events/network/ 301"),
        "{redirects}"
    );
    assert!(redirects.lines().all(|l| l.starts_with("/useit/")));
    let flyer = site.html("events/network/flyer/index.html");
    assert_eq!(flyer.text(".address .short"), "x.github.io/useit/network");
    assert_eq!(
        qr_of(&flyer),
        vec!["https://x.github.io/useit/network/?src=flyer".to_string()]
    );
}

/// Every QR code of `page` (inline SVG), decoded with an independent decoder (rqrr) after
/// drawing its module rectangles.
fn qr_of(page: &Page) -> Vec<String> {
    page.html_of("figure.qr svg")
        .iter()
        .map(|svg| decode_svg(svg))
        .collect()
}

fn decode_svg(svg: &str) -> String {
    let attr = |name: &str| -> String {
        svg.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_else(|| panic!("no {name} in {svg}"))
            .to_string()
    };
    let size: u32 = attr("width").parse().expect("width");
    let mut img = image::GrayImage::from_pixel(size, size, image::Luma([255]));
    for cmd in attr(" d").split('M').filter(|c| !c.is_empty()) {
        let nums: Vec<u32> = cmd
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().expect("number"))
            .collect();
        let (x, y, w, h) = (nums[0], nums[1], nums[2], nums[3]);
        for yy in y..(y + h).min(size) {
            for xx in x..(x + w).min(size) {
                img.put_pixel(xx, yy, image::Luma([0]));
            }
        }
    }
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("decodes").1
}

#[test]
fn short_linked_events_and_opportunities_have_a_flyer_in_each_language() {
    let site = built(&[]);
    for (file, address, title) in [
        (
            "events/network/flyer/index.html",
            "example.org/network",
            "Social enterprise network meeting",
        ),
        (
            "ar/events/network/flyer/index.html",
            "example.org/ar/network",
            "لقاء شبكة المشاريع الاجتماعية",
        ),
        (
            "opportunities/grants/flyer/index.html",
            "example.org/grants",
            "Small grants for new social enterprises",
        ),
        (
            "ar/opportunities/grants/flyer/index.html",
            "example.org/ar/grants",
            "منح صغيرة للمشاريع الاجتماعية الجديدة",
        ),
        (
            "surveys/street/flyer/index.html",
            "example.org/survey",
            "Street survey",
        ),
        (
            "ar/surveys/street/flyer/index.html",
            "example.org/ar/survey",
            "استبيان الشارع",
        ),
    ] {
        let page = site.html(file);
        assert_eq!(page.text("main h1"), title, "{file}");
        assert_eq!(page.text(".address .short"), address, "{file}");
        assert_eq!(
            qr_of(&page),
            vec![format!("https://{address}/?src=flyer")],
            "{file}"
        );
        let dir = if file.starts_with("ar/") {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(page.attr("html", "dir"), dir, "{file}");
        // The short address leads to this flyer's page in the same language.
        let short = address.strip_prefix("example.org/").unwrap_or(address);
        let target = follow(&site, &format!("{short}/"));
        assert!(
            file.starts_with(target.trim_start_matches('/')),
            "{short} leads to {target}, not to the page of {file}"
        );
    }
    // The key facts: when and where, the cost, the phone number to book or apply.
    let event = site.html("events/network/flyer/index.html");
    let facts = event.texts(".facts dd").join(" | ");
    for want in ["Centre of the Earth", "B18 7EP", "Free", "18:00"] {
        assert!(facts.contains(want), "{want} in {facts}");
    }
    assert!(event.text(".how").contains("0121 496 0210"));
    let grants = site.html("ar/opportunities/grants/flyer/index.html");
    assert!(grants.text(".how").contains("0121 496 0300"));
    assert!(!grants.texts(".facts dd").is_empty());
    // An opportunity without a short address has no flyer.
    assert!(!site.exists("opportunities/grants/flyer/flyer/index.html"));
}

#[test]
fn an_item_without_a_short_address_has_no_flyer_and_a_survey_keeps_its_own_address() {
    let site = SiteTest::new("short");
    let yaml = std::fs::read_to_string(site.src("site.yaml")).expect("site.yaml");
    let kept: String = yaml
        .lines()
        .filter(|l| !l.contains("\"@/events/network.md\"") && !l.contains("\"@/surveys/"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("site.yaml", kept);
    site.build_ok(&[]);
    assert!(!site.exists("events/network/flyer/index.html"));
    assert!(!site.exists("network/index.html"));
    let survey = site.html("surveys/street/flyer/index.html");
    assert_eq!(survey.count(".address .short"), 0);
    assert_eq!(
        qr_of(&survey),
        vec!["https://forms.example.org/street".to_string()]
    );
}

/// Builds the fixture with `edit` applied and returns stderr, after checking that it failed.
fn failing(edit: impl Fn(&SiteTest)) -> String {
    let site = SiteTest::new("short");
    edit(&site);
    let run = site.build(&[]).failure();
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.stderr.clone()
}

fn add_short_link(site: &SiteTest, line: &str) {
    let yaml = std::fs::read_to_string(site.src("site.yaml")).expect("site.yaml");
    site.write("site.yaml", format!("{yaml}  {line}\n"));
}

#[test]
fn bad_short_addresses_are_errors_naming_both_files() {
    let line_of = |name: &str| {
        let yaml = std::fs::read_to_string(
            crate::harness::repo_root().join("tests/fixtures/short/site.yaml"),
        )
        .expect("fixture");
        yaml.lines().count() + 1 + usize::from(name == "second")
    };
    // Not a path.
    let err = failing(|s| add_short_link(s, "\"join us\": \"@/pages/about.md\""));
    assert!(
        err.contains(&format!("site.yaml:{}", line_of("first")))
            && err.contains("`join us`")
            && err.contains("not a path"),
        "{err}"
    );
    // An alias that is not a path, on its file's line.
    let err = failing(|s| {
        s.write(
            "content/pages/join.md",
            "---\ntitle: Join\nsummary: Join us.\naliases: [\"https://other.org/join\"]\n---\nJoin.\n",
        )
    });
    assert!(
        err.contains("content/pages/join.md:4") && err.contains("not a path"),
        "{err}"
    );
    // The same address as an alias of another file: both files named.
    let err = failing(|s| add_short_link(s, "small-grants: \"@/events/network.md\""));
    assert!(
        err.contains("content/opportunities/grants.md")
            && err.contains("site.yaml:")
            && err.contains("`small-grants`"),
        "{err}"
    );
    // The address of a page: both files named.
    let err = failing(|s| add_short_link(s, "about: \"@/events/network.md\""));
    assert!(
        err.contains(&format!("site.yaml:{}", line_of("first")))
            && err.contains("content/pages/about.md"),
        "{err}"
    );
    // The address of a listing.
    let err = failing(|s| add_short_link(s, "events: \"@/events/network.md\""));
    assert!(
        err.contains(&format!("site.yaml:{}", line_of("first"))) && err.contains("/events/"),
        "{err}"
    );
    // A language prefix.
    let err = failing(|s| add_short_link(s, "ar/x: \"@/events/network.md\""));
    assert!(err.contains("`ar/`"), "{err}");
    // Leading nowhere.
    let err = failing(|s| add_short_link(s, "gone: \"@/events/gone.md\""));
    assert!(err.contains("`@/events/gone.md`"), "{err}");
}

#[test]
fn a_flyer_needs_a_date_and_a_way_to_book_or_apply() {
    let err = failing(|s| {
        let text = std::fs::read_to_string(s.src("content/events/network.md")).expect("event");
        let cut: Vec<&str> = text
            .lines()
            .filter(|l| {
                !l.starts_with("booking:")
                    && !l.starts_with("  url:")
                    && !l.starts_with("  email:")
                    && !l.starts_with("  phone:")
            })
            .collect();
        s.write("content/events/network.md", cut.join("\n") + "\n");
    });
    assert!(
        err.contains("content/events/network.md") && err.contains("no `booking`"),
        "{err}"
    );
    let err = failing(|s| {
        let text =
            std::fs::read_to_string(s.src("content/opportunities/grants.md")).expect("opportunity");
        let cut: String = text
            .lines()
            .filter(|l| !l.starts_with("closes:"))
            .map(|l| format!("{l}\n"))
            .collect();
        s.write("content/opportunities/grants.md", cut);
    });
    assert!(
        err.contains("content/opportunities/grants.md") && err.contains("no `closes`"),
        "{err}"
    );
}

/// Every fingerprinted output file (`assets/...`) by its plain name (`style.css`).
fn assets(site: &SiteTest) -> BTreeMap<String, (String, Vec<u8>)> {
    tree(&site.out)
        .into_iter()
        .filter_map(|(rel, bytes)| {
            let name = rel.strip_prefix("assets/")?.to_string();
            let (stem, rest) = name.split_once('.')?;
            let (hash, ext) = rest.split_once('.')?;
            assert_eq!(hash.len(), 10, "{rel}");
            Some((format!("{stem}.{ext}"), (rel.clone(), bytes)))
        })
        .collect()
}

#[test]
fn theme_files_are_fingerprinted_and_renamed_only_when_their_bytes_change() {
    let site = built(&[]);
    let first = assets(&site);
    for name in ["style.css", "flyer.css", "favicon.svg", "search.js"] {
        let (rel, bytes) = &first[name];
        assert_eq!(
            bytes,
            &std::fs::read(site.out_path(name)).expect("plain copy"),
            "{rel} holds what {name} holds"
        );
    }
    let home = site.html("index.html");
    assert_eq!(
        home.attr("link[rel=stylesheet]", "href"),
        format!("/{}", first["style.css"].0)
    );
    assert_eq!(
        home.attr("link[rel=icon]", "href"),
        format!("/{}", first["favicon.svg"].0)
    );
    let flyer = site.html("events/network/flyer/index.html");
    assert_eq!(
        flyer.attr("link[rel=stylesheet]", "href"),
        format!("/{}", first["flyer.css"].0)
    );
    let headers = site.read("_headers");
    assert!(
        headers.contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"),
        "{headers}"
    );
    // The digest keeps its own policy.
    assert!(
        headers.contains("/digest/*\n  ! Content-Security-Policy"),
        "{headers}"
    );

    // A page changed, no theme file: the same names.
    site.write(
        "content/pages/about.md",
        "---\ntitle: About\nsummary: Changed.\n---\nNew.\n",
    );
    site.build_ok(&[]);
    let second = assets(&site);
    let names = |m: &BTreeMap<String, (String, Vec<u8>)>| -> Vec<String> {
        m.values().map(|(rel, _)| rel.clone()).collect()
    };
    assert_eq!(names(&first), names(&second));

    // The stylesheet changed: its name alone changes, and the pages link the new one.
    let css = site.src("themes/useit/static/style.css");
    let mut text = std::fs::read_to_string(&css).expect("style.css");
    text.push_str("\n.short-test { color: #123456; }\n");
    std::fs::write(&css, text).expect("write style.css");
    site.build_ok(&[]);
    let third = assets(&site);
    assert_ne!(first["style.css"].0, third["style.css"].0);
    for name in ["flyer.css", "favicon.svg", "search.js"] {
        assert_eq!(first[name].0, third[name].0, "{name}");
    }
    assert!(!site.exists(&first["style.css"].0), "the old name is gone");
    assert_eq!(
        site.html("index.html").attr("link[rel=stylesheet]", "href"),
        format!("/{}", third["style.css"].0)
    );
}
