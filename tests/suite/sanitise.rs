//! HTML in Markdown is cleaned to the README's allowlist, each removal a warning on its line
//! (an error with `--strict`), and text nested too deep is a located error, never a crash.
//! Every test builds the minimal fixture with one page added and looks at the page's HTML
//! (parsed) and the messages.

use std::time::{Duration, Instant};

use crate::harness::{Run, SiteTest};

const PAGE: &str = "content/pages/html.md";

/// Each raw-HTML form on its own line (the line numbers are asserted below).
const BODY: &str = r#"Intro with <b onclick="steal()">bold</b> text.

<script>alert("x")</script>

<p><a href="javascript:alert(1)">raw link</a> and <a href="https://other.example/page">a fine link</a></p>

[md link](javascript:alert(2)) and [data link](<data:text/html,hi>)

<iframe src="https://evil.example/embed"></iframe>

<base href="https://evil.example/">

<form action="https://evil.example/login"><input name="password" type="password"></form>

<img src="https://other.example/track.png" alt="tracker"> <img src="x.png" onerror="alert(3)" alt="broken">

<img src="https://video.example.org/still.png" alt="allowed still">

<p>Harmless <em>kept</em> text.</p>
"#;

/// The minimal site with `allow_remote: [https://video.example.org]` and a page with `body`.
fn site_with(body: &str) -> SiteTest {
    let site = SiteTest::new("minimal");
    let yaml = site.source_text("site.yaml");
    site.write(
        "site.yaml",
        format!("{yaml}allow_remote:\n  - https://video.example.org\n"),
    );
    site.write(
        PAGE,
        format!("---\ntitle: HTML\nsummary: Raw HTML in a body.\n---\n{body}"),
    );
    site
}

#[test]
fn each_raw_html_form_is_removed_with_a_warning_on_its_line() {
    let site = site_with(BODY);
    let run = site.build_ok(&[]);
    for (line, msg) in [
        (5, "removed onclick attribute from <b>"),
        (7, "removed <script> element and its content from the HTML"),
        (9, "removed javascript: link"),
        (11, "removed javascript: link"),
        (11, "removed data: link"),
        (13, "removed <iframe> element and its content from the HTML"),
        (15, "removed <base> element from the HTML"),
        (17, "removed <form> element and its content from the HTML"),
        (
            19,
            "removed <img src> loading from https://other.example, which `allow_remote:` does not list",
        ),
        (19, "removed onerror attribute from <img>"),
    ] {
        let want = format!("warning: {PAGE}:{line}: {msg}");
        assert!(
            run.stderr.contains(&want),
            "no {want:?} in:\n{}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains(&format!("{PAGE}:21:")),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains(&format!("{PAGE}:23:")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("help: the site publishes no JavaScript")
    );
    assert!(
        run.stderr
            .contains("add `https://other.example` to `allow_remote:`")
    );

    let page = site.html("html/index.html");
    for gone in [
        "script",
        "[onclick]",
        "[onerror]",
        "iframe",
        "base",
        "form",
        "input",
        "a[href^='javascript']",
        "a[href^='data']",
        "img[src^='https://other.example']",
    ] {
        // The body's forms, inputs and the rest are gone; the header's own search form (a
        // plain GET form of the theme) is not the writer's HTML.
        let scope = if matches!(gone, "form" | "input") {
            format!(".prose {gone}")
        } else {
            gone.to_string()
        };
        assert_eq!(page.count(&scope), 0, "{gone} is still in the page");
    }
    let prose = page.texts(".prose");
    let text = prose.join(" ");
    for kept in [
        "bold",
        "raw link",
        "md link",
        "data link",
        "Harmless kept text.",
    ] {
        assert!(text.contains(kept), "{kept:?} lost from {text:?}");
    }
    assert!(!text.contains("alert"), "{text}");
    assert_eq!(page.text(".prose em"), "kept");
    assert_eq!(page.count(".prose a[href='https://other.example/page']"), 1);
    let srcs = page.attrs(".prose img", "src");
    assert_eq!(srcs, ["x.png", "https://video.example.org/still.png"]);
}

#[test]
fn strict_makes_a_removal_an_error() {
    let site = site_with("Text <b onclick=\"x()\">b</b>.\n");
    let run = site.build(&["--strict"]).code(1);
    assert!(
        run.stderr
            .contains(&format!("{PAGE}:5: removed onclick attribute from <b>")),
        "{}",
        run.stderr
    );
    assert!(!site.exists("html/index.html"));
}

#[test]
fn a_body_without_html_is_not_touched() {
    let site = site_with("Just *text* with a [link](https://x.example/) and `<code>`.\n");
    let run = site.build_ok(&[]);
    assert!(!run.stderr.contains(PAGE), "{}", run.stderr);
    let page = site.html("html/index.html");
    assert_eq!(page.attr(".prose a", "rel"), "noopener");
    assert_eq!(page.text(".prose code"), "<code>");
}

#[test]
fn markdown_images_from_allowed_origins_only() {
    let site = site_with(
        "![Map](https://video.example.org/map.png)\n\n![Far](https://far.example/x.png)\n",
    );
    let run = site.check(&[]).code(1);
    assert!(
        run.stderr.contains(&format!(
            "{PAGE}:7: image `https://far.example/x.png` is not a file of the site"
        )),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("map.png"), "{}", run.stderr);
    let site = site_with("![Map](https://video.example.org/map.png)\n");
    site.build_ok(&[]);
    let page = site.html("html/index.html");
    assert_eq!(
        page.attr(".prose img", "src"),
        "https://video.example.org/map.png"
    );
    assert_eq!(page.attr(".prose img", "alt"), "Map");
}

#[test]
fn a_bad_allow_remote_entry_is_a_located_error() {
    let site = SiteTest::new("minimal");
    let yaml = site.source_text("site.yaml");
    let line = yaml.lines().count() + 3;
    site.write(
        "site.yaml",
        format!("{yaml}allow_remote:\n  - https://ok.example\n  - https://bad.example/videos/\n"),
    );
    let run = site.check(&[]).code(1);
    let want = format!(
        "error: site.yaml:{line}: `allow_remote` entry `https://bad.example/videos/` has more than an origin"
    );
    assert!(
        run.stderr.contains(&want),
        "no {want:?} in:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("help: write the origin alone"),
        "{}",
        run.stderr
    );
}

/// `check` of a page with `body` fails (never hangs) with a located error and its help.
fn fails_fast(body: &str, line: usize, msg: &str) -> Run {
    let site = site_with(body);
    let started = Instant::now();
    let run = site.check(&[]).code(1).no_panic();
    let took = started.elapsed();
    // A guard against a hang or an exponential blow-up, not a timing: a debug build on a
    // loaded 2-core machine takes a few seconds.
    assert!(took < Duration::from_secs(120), "took {took:?}");
    let want = format!("error: {PAGE}:{line}: {msg}");
    assert!(
        run.stderr.contains(&want),
        "no {want:?} in:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("help: "), "{}", run.stderr);
    run
}

#[test]
fn deep_block_quotes_are_an_error_not_a_crash() {
    let body = format!("Intro\n\n{}deep\n", "> ".repeat(5000));
    let run = fails_fast(&body, 7, "block quotes or lists nested 5000 levels deep");
    assert!(
        run.stderr.contains("the limit is 100 levels"),
        "{}",
        run.stderr
    );
}

#[test]
fn deep_lists_are_an_error_not_a_crash() {
    fails_fast(
        &format!("{}x\n", "- ".repeat(5000)),
        5,
        "block quotes or lists nested 5000 levels deep",
    );
    let indented: String = (0..300)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .collect();
    fails_fast(
        &indented,
        5 + 100,
        "block quotes or lists nested 101 levels deep",
    );
}

#[test]
fn deeply_nested_html_is_an_error_not_a_crash() {
    let body = format!(
        "<div>\n{}x{}\n</div>\n",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    fails_fast(&body, 6, "HTML elements nested 101 levels deep");
}
