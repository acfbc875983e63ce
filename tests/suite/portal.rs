//! The bundled portal at the repository root must always build cleanly.

use crate::harness::{NOW, Page, SiteTest, read_in, tree};

/// Builds the portal into a temp folder; stderr must hold no warning and no error.
fn portal() -> SiteTest {
    let site = SiteTest::portal();
    let run = site.build_ok(&[]);
    let bad: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:") || l.starts_with("error:"))
        .collect();
    assert!(
        bad.is_empty(),
        "the portal builds with problems:\n{}",
        run.stderr
    );
    site
}

#[test]
fn portal_builds_without_warnings_or_errors() {
    let site = portal();
    for rel in [
        "index.html",
        "stories/atom.xml",
        "sitemap.xml",
        "events/past/index.html",
        "404.html",
    ] {
        assert!(site.exists(rel), "portal output lacks {rel}");
    }
    // The hospital's page, from data/developments.yaml, lists the IELTS classes, the
    // health-professional opportunities and the stories about them.
    let hospital = site.html("developments/midland-metropolitan-hospital/index.html");
    let listed = hospital.attrs(".cards .card-title a", "href");
    for want in [
        "/opportunities/ielts-classes-spring-2027/",
        "/opportunities/hospital-jobs-for-local-people/",
        "/opportunities/social-care-placements-winter-2026/",
        "/events/ielts-information-session-january-2027/",
        "/stories/ielts-classes-for-overseas-health-professionals/",
        "/stories/hospital-open-two-years-on/",
    ] {
        assert!(listed.iter().any(|h| h == want), "{want} not in {listed:?}");
    }
    assert!(!listed.iter().any(|h| h.contains("soho")), "{listed:?}");
    let offers = hospital.texts(".about-record ul li");
    assert!(offers.iter().any(|o| o.contains("IELTS")), "{offers:?}");
}

#[test]
fn portal_home_lists_upcoming_events_and_the_survey() {
    let site = portal();
    let home = site.html("index.html");
    let events = home.attrs(
        "section[aria-labelledby=events-heading] .card-title a",
        "href",
    );
    assert!(
        (1..=3).contains(&events.len()),
        "up to the next three events: {events:?}"
    );
    for href in &events {
        assert!(href.starts_with("/events/"), "{href}");
        let page = site.html(&format!("{}index.html", href.trim_start_matches('/')));
        let notices = page.texts(".notice");
        assert!(
            !notices.iter().any(|n| n.contains("already taken place")),
            "{href} is upcoming but says it is over"
        );
    }
    let call = home.text("section.callout h2");
    assert!(call.starts_with("Have your say: "), "{call}");
    assert!(
        home.attr("section.callout a.button", "href")
            .starts_with("https://")
    );
    assert!(
        !home
            .attrs(
                "section[aria-labelledby=opportunities-heading] .card-title a",
                "href"
            )
            .is_empty()
    );
}

#[test]
fn unconsented_champion_appears_nowhere_in_the_portal() {
    let site = portal();
    assert!(!site.exists("champions/delroy-campbell"));
    for (path, bytes) in tree(&site.out) {
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(!text.contains("delroy"), "{path} mentions Delroy");
    }
}

#[test]
fn portal_under_a_subpath_keeps_every_link_inside_it() {
    let site = SiteTest::portal();
    site.build_ok(&["--base-url", "https://example.org/useit/"]);
    for (path, bytes) in tree(&site.out) {
        if !path.ends_with(".html") {
            continue;
        }
        let page = Page::parse(&path, &String::from_utf8_lossy(&bytes));
        for url in page
            .attrs("[href]", "href")
            .into_iter()
            .chain(page.attrs("[src]", "src"))
        {
            assert!(
                !url.starts_with('/') || url.starts_with("/useit/"),
                "{path}: {url}"
            );
        }
    }
}

#[test]
fn portal_event_listings_follow_now() {
    let site = SiteTest::portal();
    let later = site.tmp().join("later");
    site.build_into(&later, "2100-01-01", &[]).success();
    let upcoming = Page::parse("events", &read_in(&later, "events/index.html"));
    // Only the open-ended repeating network meeting still has dates in 2100.
    let titles = upcoming.texts(".cards li .card-title a");
    assert!(!titles.is_empty(), "the repeating meeting goes on");
    assert!(
        titles
            .iter()
            .all(|t| t == "SOHO Social Enterprise Network meeting"),
        "every one-off portal event is over by 2100: {titles:?}"
    );
    site.build_into(&site.out.clone(), NOW, &[]).success();
    let now = site.html("events/index.html");
    assert!(now.count(".cards > li") > 0);
}

#[test]
fn portal_photos_are_responsive_and_the_unconsented_champion_is_absent() {
    let site = portal();
    let page = site.html("champions/hodan-ali/index.html");
    let img = "img.portrait-large";
    assert!(!page.attr(img, "alt").is_empty());
    assert!(
        page.attr(img, "srcset").contains(" 320w, "),
        "{}",
        page.attr(img, "srcset")
    );
    assert_eq!(
        page.attr(img, "width"),
        page.attr(img, "height"),
        "square portrait"
    );
    assert_eq!(page.count("picture source[type='image/webp']"), 1);
    let story = site.html("stories/community-researchers-first-qualification/index.html");
    assert_eq!(story.count("figure.hero picture img"), 1);
    assert_eq!(story.attrs("aside.champion-card img", "loading"), ["lazy"]);
    assert!(!site.exists("champions/delroy-campbell"));
    let delroy = std::fs::read(
        crate::harness::repo_root().join("content/champions/delroy-campbell/photo.jpg"),
    )
    .expect("the unconsented champion has a photo in the sources");
    for (path, bytes) in tree(&site.out) {
        assert!(bytes != delroy, "{path} is Delroy's photo");
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Delroy"), "{path} names Delroy");
        if path.starts_with("images/") {
            assert!(
                !bytes.windows(6).any(|w| w == b"Exif\0\0"),
                "{path} has EXIF"
            );
        }
    }
    // Beside the resized photos, the share-preview pictures (`-card.jpg` crops, `-title.jpg`
    // title cards), checked above for Delroy's photo and EXIF with the rest.
    let share = |n: &str| n.ends_with("-card.jpg") || n.ends_with("-title.jpg");
    let mut keys: Vec<String> = tree(&site.out)
        .keys()
        .filter_map(|p| p.strip_prefix("images/"))
        .filter(|n| !share(n))
        .map(|n| n.split('-').next().unwrap_or("").to_string())
        .collect();
    keys.dedup();
    // The video diary's poster frame (from the video cache) is an image of the pipeline too.
    let diary = site.html("stories/community-researcher-video-diary/index.html");
    let poster = diary.attr("video", "poster");
    let poster_key = poster
        .trim_start_matches("/images/")
        .split('-')
        .next()
        .unwrap_or("")
        .to_string();
    assert!(keys.contains(&poster_key), "{poster} {keys:?}");
    assert_eq!(
        keys.len(),
        11,
        "six champion photos, four story images and one video poster, nothing else: {keys:?}"
    );
}
