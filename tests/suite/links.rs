//! The link check after the build: raw links and anchors in Markdown placed at their source
//! line (a warning, an error under `--strict`), template links, and `useit check --external`
//! against a local server with one good, one missing and one slow address.

use std::net::SocketAddr;
use std::time::Duration;

use crate::harness::SiteTest;

/// `case` builds with one warning at `location` saying `message` with `help`, and fails with
/// the same as an error under `--strict`.
fn one_warning(case: &str, location: &str, message: &str, help: &str) {
    let site = SiteTest::new(case);
    let run = site.build(&[]).success();
    let want = format!("warning: {location}: {message}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.starts_with(&want))
        .unwrap_or_else(|| panic!("no {want:?} in:\n{}", run.stderr));
    let next = lines.get(i + 1).copied().unwrap_or("");
    assert!(
        next.starts_with("  help: ") && next.contains(help),
        "{next:?}"
    );
    assert_eq!(run.stderr_lines("warning:").len(), 1, "{}", run.stderr);
    crate::publishing::one_error(case, &["--strict"], location, message, help);
}

#[test]
fn a_broken_raw_link_is_placed_at_its_markdown_line() {
    one_warning(
        "invalid/broken-raw-link",
        "content/stories/x.md:8",
        "broken link `../does-not-exist/`: there is no /stories/does-not-exist/ in the built site",
        "link to another page of the site as `@/stories/x.md`",
    );
}

#[test]
fn a_missing_anchor_is_placed_at_its_markdown_line() {
    one_warning(
        "invalid/broken-anchor",
        "content/stories/x.md:10",
        "broken link `#how-to-get-there`: /stories/x/ has no element with id=\"how-to-get-there\"",
        "use the id of a heading on that page",
    );
}

#[test]
fn good_links_anchors_and_images_pass() {
    let site = SiteTest::new("invalid/broken-anchor");
    let body = "## Where to go\n\nRead [the directions](#where-to-go), [home](/) and \
                [the list](../) and [itself](/stories/x/#where-to-go).\n";
    let text = site.source_text("content/stories/x.md");
    let front = &text[..text.rfind("---\n").unwrap() + 4];
    site.write("content/stories/x.md", format!("{front}{body}"));
    let run = site.build(&["--strict"]).success();
    assert!(!run.stderr.contains("broken link"), "{}", run.stderr);
}

#[test]
fn a_template_link_names_the_page_and_how_many_more() {
    let site = SiteTest::new("invalid/broken-anchor");
    site.write(
        "content/stories/x.md",
        "---\ntitle: A story\ndate: 2026-10-01\nsummary: One.\n---\nText.\n",
    );
    let base = site.src("themes/useit/templates/base.html");
    let html = std::fs::read_to_string(&base).unwrap();
    let html = html.replacen(
        "<main id=\"main\"",
        "<a href=\"/no-such-page/\">x</a><main id=\"main\"",
        1,
    );
    std::fs::write(&base, html).unwrap();
    let run = site.build(&[]).success();
    let warning = run.stderr_lines("warning:");
    assert_eq!(warning.len(), 1, "{}", run.stderr);
    assert!(
        warning[0].contains("broken link `/no-such-page/` on /")
            && warning[0].contains("more pages)")
            && warning[0].contains("there is no /no-such-page/ in the built site"),
        "{}",
        warning[0]
    );
    assert!(
        run.stderr.contains("comes from the theme's templates"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_bundled_portal_has_no_broken_link() {
    // `check` renders everything, names the image files it would write, checks every link.
    let site = SiteTest::portal();
    for now in ["2018-03-15", "2031-12-01"] {
        let root = site.root.to_string_lossy();
        let run = site.run(&["check", "--root", &root, "--now", now, "--strict"]);
        let run = run.success();
        assert!(!run.stderr.contains("broken link"), "{now}: {}", run.stderr);
    }
}

/// A local server: `/good` answers 200, `/gone` 404, `/slow` only after 5 seconds.
fn serve() -> SocketAddr {
    use axum::{Router, http::StatusCode, routing::get};
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let app = Router::new()
                .route("/good", get(|| async { "fine" }))
                .route("/gone", get(|| async { (StatusCode::NOT_FOUND, "gone") }))
                .route(
                    "/slow",
                    get(|| async {
                        tokio::time::sleep(Duration::from_secs(5)).await;
                        "late"
                    }),
                );
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    rx.recv().unwrap()
}

#[test]
fn external_links_are_checked_only_when_asked() {
    let addr = serve();
    let site = SiteTest::new("invalid/broken-anchor");
    let body = format!(
        "See [good](http://{addr}/good), [gone](http://{addr}/gone) and [slow](http://{addr}/slow).\n"
    );
    site.write(
        "content/stories/x.md",
        format!("---\ntitle: A story\ndate: 2026-10-01\nsummary: One.\n---\n{body}"),
    );
    // Never in a plain build or check.
    let plain = site.check(&[]).success();
    assert!(!plain.stdout.contains("external links"), "{}", plain.stdout);
    assert!(!plain.stderr.contains("warning"), "{}", plain.stderr);
    let started = std::time::Instant::now();
    let run = site
        .check(&["--external", "--external-timeout", "1"])
        .success();
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(run.stdout.contains("external links: 3"), "{}", run.stdout);
    for (word, path) in [("ok 200", "good"), ("404", "gone"), ("timed out", "slow")] {
        let line = format!("{word}  http://{addr}/{path}  (on /stories/x/index.html)");
        assert!(
            run.stdout.contains(&line),
            "{line:?} not in:\n{}",
            run.stdout
        );
    }
    let warnings = run.stderr_lines("warning:");
    assert_eq!(warnings.len(), 2, "{}", run.stderr);
    assert!(run.stderr.contains(&format!(
        "external link http://{addr}/gone on /stories/x/index.html answers HTTP 404"
    )));
    assert!(run.stderr.contains(&format!(
        "external link http://{addr}/slow on /stories/x/index.html did not answer in time"
    )));
    site.check(&["--external", "--external-timeout", "1", "--strict"])
        .code(1);
}
