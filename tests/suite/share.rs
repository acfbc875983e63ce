//! Share previews (Open Graph and Twitter card tags, read as a crawler reads them: through an
//! HTML parser) and share links. The fixture has a champion with `social` consent (Kofi Mensah)
//! and one without it (Nadia Rahman, web and print only, also written نادیہ رحمان), a story
//! about each, the SOHO meeting in English and Urdu, and a digest week with her story in it.

use std::collections::BTreeMap;

use crate::harness::{Page, SiteTest, tree};

fn built(extra: &[&str]) -> SiteTest {
    let site = SiteTest::new("share");
    site.build_ok(extra);
    site
}

/// The `content` of every `<meta>` named `key` (`property` or `name`), in order.
fn meta(page: &Page, key: &str) -> Vec<String> {
    let mut all = page.attrs(&format!("meta[property=\"{key}\"]"), "content");
    all.extend(page.attrs(&format!("meta[name=\"{key}\"]"), "content"));
    all
}

/// The one `<meta>` named `key`.
fn one(page: &Page, key: &str) -> String {
    let all = meta(page, key);
    assert_eq!(all.len(), 1, "{}: {key} is {all:?}", page.name());
    all.into_iter().next().unwrap_or_default()
}

/// Without the Unicode isolates that keep left-to-right words in place in right-to-left text.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn decoded(href: &str) -> String {
    percent_encoding::percent_decode_str(href)
        .decode_utf8_lossy()
        .into_owned()
}

/// Every HTML page of the output with a site header (printable flyers have none).
fn pages(site: &SiteTest) -> BTreeMap<String, Page> {
    tree(&site.out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html") && !p.starts_with("pagefind/"))
        .map(|(p, b)| {
            let page = Page::parse(&p, &String::from_utf8_lossy(&b));
            (p, page)
        })
        .filter(|(_, page)| page.count("header.site-header") == 1)
        .collect()
}

#[test]
fn the_soho_meeting_in_urdu_previews_in_urdu() {
    let site = built(&[]);
    let ur = site.html("ur/events/soho-meeting/index.html");
    assert_eq!(
        plain(&one(&ur, "og:title")),
        "SOHO Social Enterprise Network کی میٹنگ"
    );
    assert!(
        plain(&one(&ur, "og:description")).starts_with("سماجی کاروبار چلانے والے کھانے پر ملتے ہیں"),
        "{:?}",
        meta(&ur, "og:description")
    );
    assert_eq!(one(&ur, "og:locale"), "ur_PK");
    assert_eq!(meta(&ur, "og:locale:alternate"), ["en_GB"]);
    assert_eq!(
        one(&ur, "og:url"),
        "https://example.org/ur/events/soho-meeting/"
    );
    assert_eq!(one(&ur, "og:type"), "article");
    assert_eq!(one(&ur, "twitter:title"), one(&ur, "og:title"));
    let en = site.html("events/soho-meeting/index.html");
    assert_eq!(
        one(&en, "og:title"),
        "SOHO Social Enterprise Network meeting"
    );
    assert_eq!(one(&en, "og:locale"), "en_GB");
    assert_eq!(meta(&en, "og:locale:alternate"), ["ur_PK"]);
    // Not translated into Bengali: the Bengali page shows the English text, and says so.
    let bn = site.html("bn/events/soho-meeting/index.html");
    assert_eq!(one(&bn, "og:title"), one(&en, "og:title"));
    assert_eq!(one(&bn, "og:locale"), "en_GB");
    assert_eq!(
        one(&bn, "og:url"),
        "https://example.org/events/soho-meeting/"
    );
}

#[test]
fn every_page_in_every_language_has_a_preview_of_its_own_address() {
    let site = built(&[]);
    let pages = pages(&site);
    assert!(pages.len() > 30, "only {} pages", pages.len());
    let locales = [("en", "en_GB"), ("ur", "ur_PK"), ("bn", "bn_BD")];
    let mut seen = BTreeMap::new();
    for (path, page) in &pages {
        for key in [
            "og:title",
            "og:description",
            "og:url",
            "og:locale",
            "og:type",
        ] {
            assert!(!one(page, key).trim().is_empty(), "{path}: empty {key}");
        }
        assert_eq!(
            one(page, "og:site_name").replace(['\u{2068}', '\u{2069}'], ""),
            "Share Test"
        );
        assert_eq!(
            one(page, "og:url"),
            page.attr("link[rel=canonical]", "href"),
            "{path}"
        );
        let lang = page.attr("html", "lang");
        let locale = one(page, "og:locale");
        // A fallback page shows (and previews) the original's text.
        let fallback = page.count(".notice-language") == 1;
        if !fallback {
            let want = locales.iter().find(|(l, _)| *l == lang).map(|(_, o)| *o);
            assert_eq!(Some(locale.as_str()), want, "{path}");
        }
        assert!(
            !meta(page, "og:locale:alternate").contains(&locale),
            "{path}"
        );
        *seen.entry(lang).or_insert(0) += 1;
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
    // Listings preview with their own title.
    let events = site.html("ur/events/index.html");
    assert_eq!(one(&events, "og:type"), "website");
    assert_eq!(plain(&one(&events, "og:title")), plain(&events.text("h1")));
}

#[test]
fn no_preview_share_text_or_digest_names_a_person_without_social_consent() {
    let site = built(&[]);
    let forms = ["Nadia", "نادیہ"];
    let pages = pages(&site);
    // She is on the website: her story and her profile name her.
    let story = &pages["stories/nadia-opens-a-cafe/index.html"];
    assert!(story.text("h1").contains("Nadia Rahman"));
    assert!(
        pages["ur/stories/nadia-opens-a-cafe/index.html"]
            .text("h1")
            .contains("نادیہ")
    );
    assert!(
        pages["champions/nadia-rahman/index.html"]
            .text("h1")
            .contains("Nadia")
    );
    let mut checked = 0;
    for (path, page) in &pages {
        let mut shared: Vec<String> = page
            .attrs("meta[property^=\"og:\"]", "content")
            .into_iter()
            .chain(page.attrs("meta[name^=\"twitter:\"]", "content"))
            .collect();
        shared.extend(
            page.attrs("aside.share a", "href")
                .iter()
                .map(|h| decoded(h)),
        );
        for s in &shared {
            assert!(!forms.iter().any(|f| s.contains(f)), "{path} shares {s:?}");
        }
        checked += shared.len();
    }
    assert!(checked > 300, "only {checked} values");
    // Her story previews as a story, with no name and its share text too.
    assert_eq!(one(story, "og:title"), "Story");
    assert_eq!(
        one(story, "og:description"),
        "Events, stories and opportunities near you."
    );
    let whatsapp = decoded(&story.attr("aside.share a[href^=\"https://wa.me/\"]", "href"));
    assert_eq!(
        whatsapp,
        "https://wa.me/?text=Story\nhttps://example.org/stories/nadia-opens-a-cafe/"
    );
    // Her profile previews as a champion's.
    let profile = &pages["champions/nadia-rahman/index.html"];
    assert_eq!(one(profile, "og:title"), "Champion");
    // Kofi agreed to social media: his story's preview names him.
    let kofi = &pages["stories/mentoring-circle/index.html"];
    assert_eq!(
        one(kofi, "og:description"),
        "Kofi Mensah runs a mentoring circle every month."
    );
    assert_eq!(
        one(&pages["champions/kofi-mensah/index.html"], "og:title"),
        "Kofi Mensah"
    );
    // The weekly digest lists her story without her name, in every language and as text.
    let digests: Vec<(String, String)> = tree(&site.out)
        .into_iter()
        .filter(|(p, _)| p.contains("digest/2026-W48/") || p.contains("digest/latest/"))
        .map(|(p, b)| (p, String::from_utf8_lossy(&b).into_owned()))
        .collect();
    assert!(digests.len() >= 6, "{digests:?}");
    for (path, text) in &digests {
        assert!(
            text.contains("Kofi Mensah"),
            "{path} does not list the week's stories"
        );
        assert!(
            text.contains("stories/nadia-opens-a-cafe/"),
            "{path} leaves her story out"
        );
        assert!(
            !forms.iter().any(|f| text.contains(f)),
            "{path} names her:\n{text}"
        );
    }
}

#[test]
fn share_links_are_plain_links_in_the_page_language() {
    let site = built(&["--base-url", "https://x.github.io/useit/"]);
    let ur = site.html("ur/events/soho-meeting/index.html");
    let address = "https://x.github.io/useit/ur/events/soho-meeting/";
    assert_eq!(one(&ur, "og:url"), address);
    let links = ur.links("aside.share a");
    let hrefs: Vec<String> = links.iter().map(|(_, h, _)| decoded(h)).collect();
    let title = "SOHO Social Enterprise Network کی میٹنگ";
    assert_eq!(hrefs.len(), 4, "{hrefs:?}");
    assert!(hrefs[0].starts_with("https://wa.me/?text="), "{hrefs:?}");
    assert!(hrefs[1].starts_with("sms:?&body="), "{hrefs:?}");
    assert!(hrefs[2].starts_with("mailto:?subject="), "{hrefs:?}");
    assert_eq!(
        hrefs[3],
        format!("https://www.facebook.com/sharer/sharer.php?u={address}")
    );
    for h in &hrefs[..3] {
        assert!(plain(h).contains(title), "{h}");
        assert!(h.ends_with(address), "{h}");
    }
    // Labels in Urdu; the address shown as text; the copy button hidden until share.js runs.
    assert_eq!(plain(&ur.text("aside.share h2")), "یہ شیئر کریں");
    assert_eq!(links[2].0, "ای میل");
    assert_eq!(ur.text("aside.share .share-url"), address);
    assert_eq!(
        ur.count("aside.share button.share-copy[hidden][data-needs-js]"),
        1
    );
    assert_eq!(ur.count("aside.share script"), 0);
    assert_eq!(ur.attrs("script[src]", "src"), ["/useit/share.js"]);
    assert!(site.exists("share.js"));
    // Every kind with share links has them, once; a profile and a plain page have none.
    for path in [
        "events/soho-meeting/index.html",
        "stories/mentoring-circle/index.html",
        "opportunities/mentoring-places/index.html",
        "bn/events/soho-meeting/index.html",
    ] {
        assert_eq!(site.html(path).count("aside.share"), 1, "{path}");
    }
    for path in [
        "champions/kofi-mensah/index.html",
        "index.html",
        "events/index.html",
    ] {
        let page = site.html(path);
        assert_eq!(page.count("aside.share"), 0, "{path}");
        assert_eq!(page.count("script[src]"), 0, "{path}");
    }
    // Those sections may run the site's own scripts; nothing else changes.
    let headers = site.read("_headers");
    let rule = headers
        .split("\n/")
        .find(|r| r.starts_with("useit/ur/events/*"))
        .unwrap_or_else(|| panic!("no rule for /useit/ur/events/*:\n{headers}"));
    assert!(
        rule.contains("script-src 'self'") && !rule.contains("http"),
        "{rule}"
    );
}

fn solid(w: u32, h: u32, c: [u8; 3]) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(w, h, image::Rgb(c));
    let mut buf = std::io::Cursor::new(Vec::new());
    img.write_to(&mut buf, image::ImageFormat::Jpeg)
        .expect("encode jpeg");
    buf.into_inner()
}

/// Adds `lines` to the front matter of the fixture file `rel`.
fn add_fields(site: &SiteTest, rel: &str, lines: &str) {
    let text = std::fs::read_to_string(site.src(rel)).unwrap();
    let text = text.replacen("---\n", &format!("---\n{lines}\n"), 1);
    site.write(rel, text);
}

/// The colour in the middle of the preview image of `page` (a file of the output).
fn preview_colour(site: &SiteTest, page: &Page) -> Option<[u8; 3]> {
    let url = meta(page, "og:image").into_iter().next()?;
    let rel = url
        .strip_prefix("https://example.org/")
        .expect("an address of the site");
    let img = image::open(site.out_path(rel)).expect("the preview image is a file of the site");
    let p = img.to_rgb8();
    let px = p.get_pixel(p.width() / 2, p.height() / 2);
    Some(px.0)
}

fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 40)
}

#[test]
fn previews_use_the_item_picture_only_with_social_consent() {
    const GREEN: [u8; 3] = [20, 200, 60];
    const RED: [u8; 3] = [230, 20, 20];
    let site = SiteTest::new("share");
    site.write(
        "content/champions/kofi-mensah/photo.jpg",
        solid(1600, 1000, GREEN),
    );
    add_fields(
        &site,
        "content/champions/kofi-mensah/index.md",
        "photo: photo.jpg\nphoto_alt: Kofi at the market",
    );
    site.write(
        "content/champions/nadia-rahman/photo.jpg",
        solid(1600, 1000, RED),
    );
    add_fields(
        &site,
        "content/champions/nadia-rahman/index.md",
        "photo: photo.jpg\nphoto_alt: Nadia in her café",
    );
    site.write("content/stories/cafe.jpg", solid(1400, 900, RED));
    add_fields(
        &site,
        "content/stories/nadia-opens-a-cafe.md",
        "image: cafe.jpg\nimage_alt: The café's counter",
    );
    site.write("content/stories/circle.jpg", solid(500, 300, GREEN));
    add_fields(
        &site,
        "content/stories/mentoring-circle.md",
        "image: circle.jpg\nimage_alt: Chairs in a circle",
    );
    let run = site.build_ok(&[]);
    // Kofi agreed to social media: his photo, cropped to 1200 x 630.
    let kofi = site.html("champions/kofi-mensah/index.html");
    assert_eq!(one(&kofi, "og:image:width"), "1200");
    assert_eq!(one(&kofi, "og:image:height"), "630");
    assert_eq!(one(&kofi, "og:image:alt"), "Kofi at the market");
    assert_eq!(one(&kofi, "twitter:card"), "summary_large_image");
    let url = one(&kofi, "og:image");
    assert!(
        url.starts_with("https://example.org/images/") && url.ends_with(".jpg"),
        "{url}"
    );
    let img =
        image::open(site.out_path(url.strip_prefix("https://example.org/").unwrap())).unwrap();
    assert_eq!((img.width(), img.height()), (1200, 630));
    assert!(preview_colour(&site, &kofi).is_some_and(|c| near(c, GREEN)));
    // Nadia did not: neither her photo nor her story's picture is a preview.
    for path in [
        "champions/nadia-rahman/index.html",
        "stories/nadia-opens-a-cafe/index.html",
        "ur/stories/nadia-opens-a-cafe/index.html",
    ] {
        let page = site.html(path);
        assert!(
            page.count("main img") > 0,
            "{path}: the page itself shows the picture"
        );
        if let Some(c) = preview_colour(&site, &page) {
            assert!(!near(c, RED), "{path}: its preview is her picture");
        }
        assert!(
            !meta(&page, "og:image:alt")
                .iter()
                .any(|a| a.contains("Nadia") || a.contains("café")),
            "{path}"
        );
    }
    // A picture narrower than 600 pixels is a warning with its size; it is still used.
    run.stderr_has("image `circle.jpg` is 500 x 300 pixels")
        .stderr_has("at least 600 pixels wide");
    let circle = site.html("stories/mentoring-circle/index.html");
    assert_eq!(one(&circle, "og:image:width"), "500");
    assert_eq!(one(&circle, "og:image:height"), "263");
}
