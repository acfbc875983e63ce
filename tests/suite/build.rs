//! Valid sites: which files a build writes and what the HTML, feed and sitemap contain.

use crate::harness::{NOW, Page, SiteTest, assert_same_tree, read_in, tree};

/// Builds the `minimal` fixture (one of each kind) at [`NOW`].
fn minimal() -> SiteTest {
    let site = SiteTest::new("minimal");
    site.build_ok(&[]);
    site
}

/// Every `.html` file of an output tree, parsed.
fn html_files(dir: &std::path::Path) -> Vec<Page> {
    tree(dir)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, bytes)| Page::parse(&p, &String::from_utf8(bytes).expect("HTML is UTF-8")))
        .collect()
}

#[test]
fn minimal_site_writes_every_expected_file() {
    let site = minimal();
    for rel in [
        "index.html",
        "about/index.html",
        "stories/index.html",
        "stories/first-story/index.html",
        "champions/index.html",
        "champions/amina/index.html",
        "events/index.html",
        "events/past/index.html",
        "events/soho-meeting/index.html",
        "events/awareness-day-2018/index.html",
        "opportunities/index.html",
        "opportunities/closed/index.html",
        "opportunities/open-job/index.html",
        "opportunities/closed-grant/index.html",
        "opportunities/closing-soon-course/index.html",
        "surveys/index.html",
        "surveys/street-survey/index.html",
        "toolkits/index.html",
        "toolkits/starter-kit/index.html",
        "toolkits/starter-kit/checklist.txt",
        "neighbourhoods/index.html",
        "neighbourhoods/ladywood/index.html",
        "neighbourhoods/soho/index.html",
        "themes/index.html",
        "themes/community-research/index.html",
        "tags/index.html",
        "tags/community-research/index.html",
        "tags/training/index.html",
        "sitemap.xml",
        "robots.txt",
        "_headers",
        "stories/atom.xml",
        "404.html",
        "style.css",
        "favicon.svg",
    ] {
        assert!(
            site.exists(rel),
            "missing output file {rel}; files: {:?}",
            tree(&site.out).keys().collect::<Vec<_>>()
        );
    }
}

#[test]
fn build_prints_one_summary_line_and_no_diagnostics() {
    let site = SiteTest::new("minimal");
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "", "a clean site builds without messages");
    assert!(
        run.stdout.starts_with("Built ")
            && run.stdout.contains("1 story")
            && run.stdout.contains("3 opportunities"),
        "{}",
        run.stdout
    );
}

#[test]
fn toolkit_file_is_copied_unchanged_and_linked_from_its_page() {
    let site = minimal();
    let original =
        std::fs::read(site.src("toolkits/starter-kit/checklist.txt")).expect("fixture file");
    assert_eq!(
        std::fs::read(site.out_path("toolkits/starter-kit/checklist.txt")).expect("copied"),
        original
    );
    let page = site.html("toolkits/starter-kit/index.html");
    assert_eq!(
        page.attr(".files a[download]", "href"),
        "/toolkits/starter-kit/checklist.txt"
    );
    assert_eq!(
        page.text(".files .file-title"),
        "First-month checklist (Plain text, 47 bytes)"
    );
}

#[test]
fn story_page_shows_the_champion_card_linking_to_the_champion() {
    let site = minimal();
    let page = site.html("stories/first-story/index.html");
    assert_eq!(
        page.attr("aside.champion-card .person-name a", "href"),
        "/champions/amina/"
    );
    assert_eq!(
        page.text("aside.champion-card .person-name a"),
        "Amina Yusuf"
    );
    assert_eq!(
        page.text("aside.champion-card .meta"),
        "Community researcher, Ladywood"
    );
    // And the champion's page lists the story back.
    let champ = site.html("champions/amina/index.html");
    assert_eq!(
        champ.attrs(".cards .card-title a", "href"),
        ["/stories/first-story/"]
    );
}

#[test]
fn every_page_declares_language_and_direction_and_has_exactly_one_h1() {
    let site = minimal();
    let pages = html_files(&site.out);
    assert!(pages.len() > 20, "only {} HTML files", pages.len());
    for page in &pages {
        assert_eq!(page.attrs("html", "lang"), ["en"], "{}", page.name());
        assert_eq!(page.attrs("html", "dir"), ["ltr"], "{}", page.name());
        assert_eq!(
            page.count("h1"),
            1,
            "{}: {:?}",
            page.name(),
            page.texts("h1")
        );
    }
}

#[test]
fn at_links_resolve_to_page_urls_and_external_links_get_noopener() {
    let site = minimal();
    let page = site.html("stories/first-story/index.html");
    let prose = |text: &str| -> (String, Option<String>) {
        let links = page.links(".prose a");
        let (href, rel) = links
            .iter()
            .find(|(t, _, _)| t == text)
            .map(|(_, h, r)| (h.clone(), r.clone()))
            .unwrap_or_else(|| panic!("no link {text:?} in {links:?}"));
        (href, rel)
    };
    assert_eq!(
        prose("network meeting"),
        ("/events/soho-meeting/".into(), None)
    );
    assert_eq!(
        prose("profile"),
        ("/champions/amina/#story".into(), None),
        "anchors are kept"
    );
    assert_eq!(
        prose("starter kit"),
        ("/toolkits/starter-kit/".into(), None)
    );
    assert_eq!(
        prose("council\u{2019}s guide"),
        ("https://example.com/guide".into(), Some("noopener".into()))
    );
    let home = site.html("index.html");
    assert_eq!(home.attr(".intro .prose a", "href"), "/about/");
}

#[test]
fn headings_get_unique_ids() {
    let site = minimal();
    let page = site.html("stories/first-story/index.html");
    assert_eq!(
        page.attrs(".prose h2", "id"),
        ["getting-started", "getting-started-1"]
    );
}

#[test]
fn fenced_rust_code_is_highlighted_with_classes_not_inline_styles() {
    let site = minimal();
    let page = site.html("stories/first-story/index.html");
    assert_eq!(page.attrs("pre code", "class"), ["language-rust"]);
    let spans = page.attrs("pre code span", "class");
    assert!(
        spans
            .iter()
            .any(|c| c.split(' ').any(|c| c.starts_with("hl-"))),
        "no hl- classes: {spans:?}"
    );
    assert_eq!(
        page.count("pre [style], pre[style]"),
        0,
        "inline styles in code"
    );
    assert_eq!(
        page.text("pre code").replace(' ', ""),
        "fnmain(){println!(\"hello\");}"
    );
}

#[test]
fn home_page_lists_upcoming_events_open_opportunities_and_the_survey() {
    let site = minimal();
    let home = site.html("index.html");
    assert_eq!(
        home.attrs(
            "section[aria-labelledby=events-heading] .card-title a",
            "href"
        ),
        ["/events/soho-meeting/"]
    );
    assert_eq!(
        home.attrs(
            "section[aria-labelledby=opportunities-heading] .card-title a",
            "href"
        ),
        [
            "/opportunities/closing-soon-course/",
            "/opportunities/open-job/"
        ],
        "open opportunities, closing soonest first; closed ones left out"
    );
    assert_eq!(
        home.text("section.callout h2"),
        "Have your say: Street survey"
    );
    assert_eq!(
        home.attr("section.callout a.button", "href"),
        "https://example.org/survey"
    );
    assert_eq!(
        home.attrs(
            "section[aria-labelledby=toolkits-heading] .card-title a",
            "href"
        ),
        ["/toolkits/starter-kit/"]
    );
}

#[test]
fn pagination_splits_listings_newest_first() {
    let site = SiteTest::new("pagination");
    site.build_ok(&[]);
    for rel in [
        "stories/index.html",
        "stories/page/2/index.html",
        "stories/page/3/index.html",
    ] {
        assert!(site.exists(rel), "missing {rel}");
    }
    assert!(!site.exists("stories/page/4/index.html"));
    assert!(
        !site.exists("stories/page/1/index.html"),
        "page 1 is /stories/ itself"
    );
    let titles = |rel: &str| site.html(rel).texts(".cards .card-title a");
    assert_eq!(
        titles("stories/index.html"),
        ["Story number 5", "Story number 4"]
    );
    assert_eq!(
        titles("stories/page/2/index.html"),
        ["Story number 3", "Story number 2"]
    );
    assert_eq!(titles("stories/page/3/index.html"), ["Story number 1"]);
    let page2 = site.html("stories/page/2/index.html");
    assert_eq!(page2.attr(".pager a[rel=prev]", "href"), "/stories/");
    assert_eq!(page2.attr(".pager a[rel=next]", "href"), "/stories/page/3/");
    assert_eq!(
        page2.attr(".pager a[aria-current=page]", "href"),
        "/stories/page/2/"
    );
    let page1 = site.html("stories/index.html");
    assert_eq!(page1.count(".pager a[rel=prev]"), 0);
    let page3 = site.html("stories/page/3/index.html");
    assert_eq!(page3.count(".pager a[rel=next]"), 0);
}

/// Listing links of `/events/` and `/events/past/` when built with `--now now`.
fn event_listings(site: &SiteTest, now: &str) -> (Vec<String>, Vec<String>) {
    let out = site.tmp().join(format!("out-{}", now.replace(':', "")));
    site.build_into(&out, now, &[]).success();
    let links =
        |rel: &str| Page::parse(rel, &read_in(&out, rel)).attrs(".cards .card-title a", "href");
    (links("events/index.html"), links("events/past/index.html"))
}

#[test]
fn events_are_upcoming_until_they_end_then_past() {
    let site = SiteTest::new("minimal");
    let meeting = "/events/soho-meeting/".to_string();
    let (upcoming, past) = event_listings(&site, "2026-11-25");
    assert_eq!(upcoming, ["/events/soho-meeting/"]);
    assert_eq!(past, ["/events/awareness-day-2018/"]);
    // 18:00 to 20:00: still listed as upcoming while it runs.
    let (upcoming, past) = event_listings(&site, "2027-01-14T19:00");
    assert!(
        upcoming.contains(&meeting) && !past.contains(&meeting),
        "{upcoming:?} {past:?}"
    );
    let (upcoming, past) = event_listings(&site, "2027-01-15");
    assert!(!upcoming.contains(&meeting), "{upcoming:?}");
    assert_eq!(
        past.first(),
        Some(&meeting),
        "newest past event first: {past:?}"
    );
}

#[test]
fn past_event_page_says_it_has_taken_place_and_offers_no_booking() {
    let site = SiteTest::new("minimal");
    let out = site.tmp().join("later");
    site.build_into(&out, "2027-02-01", &[]).success();
    let page = Page::parse(
        "soho-meeting",
        &read_in(&out, "events/soho-meeting/index.html"),
    );
    assert_eq!(page.text(".notice"), "This event has already taken place.");
    assert_eq!(page.count("#booking-heading"), 0);
    site.build_ok(&[]);
    let before = site.html("events/soho-meeting/index.html");
    assert_eq!(before.count(".notice"), 0);
    assert_eq!(
        before.attr(".action a.button", "href"),
        "https://example.org/book"
    );
    assert_eq!(before.attr("time", "datetime"), "2027-01-14T18:00:00+00:00");
}

#[test]
fn opportunities_closing_within_a_week_are_marked_and_closed_ones_move() {
    let site = minimal();
    let list = site.html("opportunities/index.html");
    let cards = list.texts(".cards .card-title");
    assert_eq!(
        cards,
        [
            "Bookkeeping course Closing soon",
            "Community researcher (paid, part time)"
        ]
    );
    assert_eq!(list.texts(".card-title .badge-warn"), ["Closing soon"]);
    let page = site.html("opportunities/closing-soon-course/index.html");
    assert_eq!(page.texts("h1 .badge-warn"), ["Closing soon"]);
    let closed = site.html("opportunities/closed/index.html");
    assert_eq!(
        closed.attrs(".cards .card-title a", "href"),
        ["/opportunities/closed-grant/"]
    );
    assert_eq!(closed.texts(".card-title .badge"), ["Closed"]);
    let grant = site.html("opportunities/closed-grant/index.html");
    assert_eq!(
        grant.count("#apply-heading"),
        0,
        "no way to apply once closed"
    );
    // A week earlier the course is open but not yet closing soon.
    let out = site.tmp().join("earlier");
    site.build_into(&out, "2026-11-20", &[]).success();
    let early = Page::parse("earlier", &read_in(&out, "opportunities/index.html"));
    assert_eq!(
        early.count(".badge-warn"),
        0,
        "{:?}",
        early.texts(".card-title")
    );
}

#[test]
fn champion_without_web_consent_appears_in_no_output_file() {
    let site = SiteTest::new("consent");
    site.build_ok(&[])
        .stderr_has("note: content/stories/leaflets.md: withheld in every language: this story features `winifred-marsh`, who has no consent for the web")
        .stderr_has("note: content/champions/winifred-marsh/index.md: not published: this person has no consent for the web");
    assert!(
        !site.exists("champions/winifred-marsh"),
        "no page for a person without web consent"
    );
    assert!(
        !site.exists("champions/ezekiel-stone"),
        "no page for a person whose consent expired"
    );
    let files = tree(&site.out);
    assert!(files.len() > 10);
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for secret in [
            "winifred",
            "marsh",
            "leaflets through every letterbox",
            "ezekiel",
        ] {
            assert!(!text.contains(secret), "{path} mentions {secret:?}");
        }
    }
    assert!(
        !site.exists("stories/leaflets"),
        "a story featuring a person without web consent is withheld with them"
    );
    let champions = site.html("champions/index.html");
    assert_eq!(
        champions.texts(".cards .card-title a"),
        ["Amina Yusuf", "Sparrow"]
    );
}

#[test]
fn anonymous_champion_shows_only_the_pseudonym() {
    let site = SiteTest::new("consent");
    site.build_ok(&[]);
    let page = site.html("champions/sparrow/index.html");
    assert_eq!(page.text("h1"), "Sparrow");
    assert!(
        page.texts(".notice")
            .iter()
            .any(|n| n.contains("pseudonym")),
        "{:?}",
        page.texts(".notice")
    );
    assert_eq!(
        page.count("img"),
        0,
        "never a photo for an anonymous champion"
    );
    let story = site.html("stories/back-to-medicine/index.html");
    assert_eq!(story.text("aside.champion-card .person-name"), "Sparrow");
    assert_eq!(
        story.attr("aside.champion-card a", "href"),
        "/champions/sparrow/"
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = minimal();
    assert!(!site.exists("coming-soon/index.html"));
    assert!(!site.read("sitemap.xml").contains("coming-soon"));
    assert!(
        !site
            .html("index.html")
            .texts("footer a")
            .contains(&"Coming soon".to_string())
    );
    site.build_ok(&["--drafts"]);
    assert_eq!(
        site.html("coming-soon/index.html").text("h1"),
        "Coming soon"
    );
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://example.org/coming-soon/</loc>")
    );
}

#[test]
fn subpath_base_url_prefixes_every_link_feed_and_sitemap_entry() {
    let site = SiteTest::new("minimal");
    site.build_ok(&["--base-url", "https://example.org/useit/"]);
    let mut checked = 0;
    for page in html_files(&site.out) {
        for url in page
            .attrs("[href]", "href")
            .into_iter()
            .chain(page.attrs("[src]", "src"))
        {
            if url.starts_with('/') {
                assert!(url.starts_with("/useit/"), "{}: {url}", page.name());
                checked += 1;
            }
        }
        for canonical in page.attrs("link[rel=canonical]", "href") {
            assert!(
                canonical.starts_with("https://example.org/useit/"),
                "{}: {canonical}",
                page.name()
            );
        }
    }
    assert!(checked > 100, "only {checked} root-relative links");
    let story = site.html("stories/first-story/index.html");
    assert!(
        story
            .attrs(".prose a", "href")
            .contains(&"/useit/events/soho-meeting/".to_string())
    );
    let sitemap = site.read("sitemap.xml");
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap_or(""))
        .collect();
    assert!(locs.len() > 20, "{sitemap}");
    for loc in &locs {
        assert!(
            loc.starts_with("https://example.org/useit/"),
            "sitemap entry {loc}"
        );
    }
    assert!(locs.contains(&"https://example.org/useit/stories/first-story/"));
    let feed = site.read("stories/atom.xml");
    let hrefs: Vec<&str> = feed
        .split("href=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap_or(""))
        .collect();
    assert!(hrefs.len() >= 3, "{feed}");
    for href in hrefs {
        assert!(
            href.starts_with("https://example.org/useit/"),
            "feed link {href}"
        );
    }
    assert!(
        feed.contains("<id>https://example.org/useit/stories/first-story/</id>"),
        "{feed}"
    );
    assert!(
        feed.contains("&lt;a href=&quot;/useit/events/soho-meeting/&quot;"),
        "links inside entries: {feed}"
    );
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://example.org/useit/sitemap.xml")
    );
}

#[test]
fn sitemap_robots_and_feed_describe_the_site() {
    let site = minimal();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<url><loc>https://example.org/stories/first-story/</loc><lastmod>2026-10-12</lastmod></url>"), "{sitemap}");
    assert!(sitemap.contains("<loc>https://example.org/</loc>"));
    assert_eq!(
        site.read("robots.txt"),
        "User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n"
    );
    let feed = site.read("stories/atom.xml");
    assert!(feed.starts_with(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
    ));
    assert_eq!(feed.matches("<entry xml:lang=\"en\">").count(), 1);
    assert!(feed.contains("<title>Amina trains as a community researcher</title>"));
    assert!(feed.contains("<author><name>Test comms team</name></author>"));
    let home = site.html("index.html");
    assert_eq!(
        home.attr("link[type=\"application/atom+xml\"]", "href"),
        "/stories/atom.xml"
    );
}

#[test]
fn headers_file_forbids_other_origins_and_scripts() {
    let site = minimal();
    let headers = site.read("_headers");
    let mut lines = headers.lines();
    assert_eq!(lines.next(), Some("/*"), "{headers}");
    let csp = lines
        .find_map(|l| l.trim().strip_prefix("Content-Security-Policy: "))
        .unwrap_or_else(|| panic!("no Content-Security-Policy in {headers}"));
    for directive in [
        "default-src 'self'",
        "img-src 'self'",
        "style-src 'self'",
        "script-src 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(
            csp.split("; ").any(|d| d == directive),
            "{directive} missing: {csp}"
        );
    }
    assert!(!csp.contains("http"), "no other origin is allowed: {csp}");
    assert!(headers.contains("\n  X-Content-Type-Options: nosniff\n"));
    // Not a page: it stays out of the sitemap.
    assert!(!site.read("sitemap.xml").contains("_headers"));
}

#[test]
fn not_found_page_links_back_into_the_site() {
    let site = minimal();
    let page = site.html("404.html");
    assert_eq!(page.text("h1"), "Page not found");
    assert!(
        page.attrs(".link-list a", "href")
            .contains(&"/events/".to_string())
    );
}

#[test]
fn two_builds_of_the_same_sources_are_byte_identical() {
    let site = SiteTest::new("minimal");
    let (a, b) = (site.tmp().join("a"), site.tmp().join("b"));
    site.build_into(&a, NOW, &[]).success();
    site.build_into(&b, NOW, &[]).success();
    assert_same_tree(&tree(&a), &tree(&b), "two builds with the same --now");
}

#[test]
fn one_thread_and_several_threads_build_the_same_bytes() {
    // The bundled portal (every output kind, images, toolkits, six languages), built on one
    // rayon thread and on four: the order work finishes in must never reach the output.
    let site = SiteTest::portal();
    let root = site.root.to_string_lossy().into_owned();
    let build = |dir: &str, threads: &str| {
        let out = site.tmp().join(dir);
        let out_s = out.to_string_lossy().into_owned();
        let args = ["build", "--root", &root, "--output", &out_s, "--now", NOW];
        site.run_with_env(&args, &[("RAYON_NUM_THREADS", threads)])
            .success();
        tree(&out)
    };
    let one = build("one", "1");
    let four = build("four", "4");
    assert!(one.len() > 500, "the portal wrote {} files", one.len());
    assert_same_tree(&one, &four, "RAYON_NUM_THREADS=1 and =4");
}

#[test]
fn failed_build_leaves_the_previous_output_untouched() {
    let site = SiteTest::new("minimal");
    site.build_ok(&[]);
    let before = tree(&site.out);
    // A front-matter error (found while loading) ...
    let story = site.source_text("content/stories/first-story.md");
    site.write(
        "content/stories/first-story.md",
        story.replace("title:", "titel:"),
    );
    site.build(&[])
        .failure()
        .stderr_has("content/stories/first-story.md:2:1: unknown field `titel`");
    assert_same_tree(&before, &tree(&site.out), "output after a load error");
    // ... and a broken link (found while rendering, after the staging folder exists).
    site.write(
        "content/stories/first-story.md",
        story.replace("@/events/soho-meeting.md", "@/events/gone.md"),
    );
    site.build(&[])
        .failure()
        .stderr_has("link to `@/events/gone.md`: no such page");
    assert_same_tree(&before, &tree(&site.out), "output after a render error");
    let leftovers: Vec<String> = std::fs::read_dir(site.tmp())
        .expect("tmp")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != "site" && n != "out")
        .collect();
    assert!(
        leftovers.is_empty(),
        "left behind beside the output: {leftovers:?}"
    );
}

#[test]
fn rebuild_removes_pages_of_deleted_content() {
    let site = minimal();
    assert!(site.exists("surveys/street-survey/index.html"));
    std::fs::remove_file(site.src("content/surveys/street-survey.md")).expect("remove");
    site.build_ok(&[]);
    assert!(
        !site.exists("surveys/street-survey"),
        "stale page left in the output"
    );
    assert!(site.exists("surveys/index.html"));
    assert_eq!(
        site.html("index.html").count("section.callout"),
        0,
        "no survey call without a survey"
    );
}

#[test]
fn check_on_a_valid_site_succeeds_and_writes_nothing() {
    let site = SiteTest::new("minimal");
    let before = tree(&site.root);
    site.check(&[]).success().stdout_has("Checked ");
    assert!(!site.out.exists());
    assert!(
        !site.root.join("public").exists(),
        "check must not write the default output folder"
    );
    assert_same_tree(&before, &tree(&site.root), "the site folder after check");
    let names: Vec<String> = std::fs::read_dir(site.tmp())
        .expect("tmp")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["site"], "check left files beside the site");
}

#[test]
fn source_date_epoch_fixes_now_when_no_flag_is_given() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    let out = site.out.to_string_lossy().into_owned();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_useit"))
        .args(["build", "--root", &root, "--output", &out])
        .env("SOURCE_DATE_EPOCH", "1801483200") // 2027-02-01T12:00:00Z
        .output()
        .expect("run useit");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let past = site.html("events/past/index.html");
    assert!(
        past.attrs(".card-title a", "href")
            .contains(&"/events/soho-meeting/".to_string())
    );
    assert!(
        site.html("index.html")
            .text("footer p:last-child")
            .contains("2027"),
        "footer year from the epoch"
    );
}

#[test]
fn level_one_heading_in_a_body_is_a_warning_not_an_error() {
    let site = SiteTest::new("minimal");
    site.write(
        "content/pages/about.md",
        "---\ntitle: About us\nsummary: What it is.\n---\nIntro.\n\n# A second title\n",
    );
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr_lines("warning:"),
        ["warning: content/pages/about.md:7: a level-1 heading (`# ...`) in the text"],
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("help: start headings at `##`"),
        "{}",
        run.stderr
    );
    assert!(
        site.exists("about/index.html"),
        "a warning does not stop the build"
    );
}

#[test]
fn output_folder_over_the_sources_is_refused() {
    for target in ["content", "themes", "<root>", "."] {
        let site = SiteTest::new("minimal");
        let before = tree(&site.root);
        let root = site.root.to_string_lossy().into_owned();
        let output = if target == "<root>" {
            root.clone()
        } else {
            target.to_string()
        };
        let run = site.run(&["build", "--root", &root, "--output", &output, "--now", NOW]);
        assert_ne!(
            run.code,
            Some(0),
            "--output {target} was accepted\n{}",
            run.stderr
        );
        assert_same_tree(
            &before,
            &tree(&site.root),
            &format!("the site after --output {target}"),
        );
        let names: Vec<String> = std::fs::read_dir(site.tmp())
            .expect("tmp")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["site"],
            "--output {target} left files beside the site"
        );
    }
}
