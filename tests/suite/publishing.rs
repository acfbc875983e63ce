//! What gets published: required text (an empty title or summary, the scaffold's placeholder
//! body), drafts counted in the summary line, and scheduled publishing (`publish:`,
//! `expires:`, a story dated in the future) at three values of `--now`.

use crate::harness::{Run, SiteTest};

/// Builds `case`, which must fail with exactly one error at `location` saying `message`, the
/// line after it a help line holding `help`; `check` must say the same.
pub(crate) fn one_error(case: &str, extra: &[&str], location: &str, message: &str, help: &str) {
    let site = SiteTest::new(case);
    let run = site.build(extra).code(1).stderr_has("build failed");
    let lines: Vec<&str> = run.stderr.lines().collect();
    let prefix = format!("error: {location}: ");
    let i = lines
        .iter()
        .position(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no {prefix:?} in:\n{}", run.stderr));
    assert!(
        lines[i].contains(message),
        "{:?} lacks {message:?}",
        lines[i]
    );
    let next = lines.get(i + 1).copied().unwrap_or("");
    assert!(
        next.starts_with("  help: ") && next.contains(help),
        "help {next:?} lacks {help:?}"
    );
    assert_eq!(run.stderr_lines("error:").len(), 1, "{}", run.stderr);
    assert!(
        !site.out.exists(),
        "a failed build wrote {}",
        site.out.display()
    );
    let check = site.check(extra).code(1);
    assert!(
        check.stderr.contains(lines[i]),
        "check differs:\n{}",
        check.stderr
    );
}

#[test]
fn an_empty_title_is_an_error_at_its_line() {
    one_error(
        "invalid/empty-title",
        &[],
        "content/stories/x.md:2",
        "`title` is empty",
        "write the heading readers see",
    );
}

#[test]
fn a_white_space_summary_is_an_error_at_its_line() {
    one_error(
        "invalid/whitespace-summary",
        &[],
        "content/stories/x.md:4",
        "`summary` is empty",
        "write one sentence for listings",
    );
}

#[test]
fn the_scaffold_placeholder_body_is_an_error_at_its_line() {
    one_error(
        "invalid/placeholder-body",
        &[],
        "content/stories/x.md:8",
        "the body still holds the placeholder text of `useit new`",
        "replace the line with the text of the page",
    );
}

#[test]
fn expires_before_publish_is_an_error_at_expires() {
    one_error(
        "invalid/expires-before-publish",
        &[],
        "content/stories/x.md:6",
        "`expires` (2026-10-15) is not after `publish` (2026-11-01)",
        "the item would never be shown",
    );
}

#[test]
fn a_new_scaffold_published_as_it_is_names_every_missing_text() {
    let site = SiteTest::new("minimal");
    site.run(&[
        "new",
        "story",
        "Test",
        "--root",
        &site.root.to_string_lossy(),
    ])
    .success();
    let path = site.src("content/stories/test.md");
    let text = std::fs::read_to_string(&path).unwrap();
    // As a draft it is skipped, and the summary line counts it (with the fixture's own draft).
    site.check(&[]).success().stdout_has("; skipped: 2 drafts");
    std::fs::write(&path, text.replace("draft: true", "")).unwrap();
    // The scaffold is dated today, so it is published from today: checked at a later "now".
    let root = site.root.to_string_lossy();
    let run = site
        .run(&["check", "--root", &root, "--now", "2099-01-01"])
        .code(1);
    assert!(
        run.stderr
            .contains("content/stories/test.md:5: `summary` is empty"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("the body still holds the placeholder text"),
        "{}",
        run.stderr
    );
}

/// The scheduled fixture built at `now` (plus `extra`) into its own output folder.
fn scheduled_at(site: &SiteTest, now: &str, extra: &[&str]) -> (Run, std::path::PathBuf) {
    let out = site.tmp().join(format!("out-{now}"));
    let run = site.build_into(&out, now, extra).success();
    (run, out)
}

/// Whether the item with site path `path` (`stories/x/`) is anywhere in the output at `out`:
/// its page, the listings, the feeds, the sitemap and the home page.
fn shown(out: &std::path::Path, path: &str) -> Vec<&'static str> {
    let read = |rel: &str| crate::harness::read_in(out, rel);
    let mut found = Vec::new();
    if out.join(path).join("index.html").is_file() {
        found.push("page");
    }
    // A standard page (`/x/`) has no listing; an item of a section is listed in it.
    let section = path.split('/').next().unwrap_or("");
    let listing = match path.matches('/').count() {
        1 => "no listing".to_string(),
        _ => format!("{section}/index.html"),
    };
    for (name, file) in [
        ("home", "index.html"),
        ("listing", listing.as_str()),
        ("sitemap", "sitemap.xml"),
        ("feed", "stories/atom.xml"),
    ] {
        if out.join(file).is_file() && read(file).contains(&format!("/{path}")) {
            found.push(name);
        }
    }
    found
}

#[test]
fn scheduled_items_appear_and_expire_with_now() {
    let site = SiteTest::new("scheduled");
    let everywhere_story = vec!["page", "home", "listing", "sitemap", "feed"];
    // Before anything is due: the story dated later and the notice published later are out.
    let (run, out) = scheduled_at(&site, "2026-11-25", &[]);
    assert!(
        run.stdout.contains("; skipped: 2 scheduled"),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert_eq!(shown(&out, "stories/already-out/"), everywhere_story);
    assert_eq!(shown(&out, "stories/winter-appeal/"), everywhere_story);
    assert_eq!(shown(&out, "stories/dated-later/"), Vec::<&str>::new());
    assert_eq!(shown(&out, "spring-notice/"), Vec::<&str>::new());
    // In January: the notice is out, the appeal expired (a note, not a warning).
    let (run, out) = scheduled_at(&site, "2027-01-15", &[]);
    assert!(
        run.stderr.contains(
            "note: content/stories/winter-appeal.md:5: left out: it expired on 2027-01-01"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(
        run.stdout.contains("; skipped: 1 scheduled, 1 expired"),
        "{}",
        run.stdout
    );
    assert!(shown(&out, "spring-notice/").contains(&"page"));
    assert!(shown(&out, "spring-notice/").contains(&"sitemap"));
    assert_eq!(shown(&out, "stories/winter-appeal/"), Vec::<&str>::new());
    assert_eq!(shown(&out, "stories/dated-later/"), Vec::<&str>::new());
    // In July: the story dated June is out by itself; the notice expired in March.
    let (run, out) = scheduled_at(&site, "2027-07-01", &[]);
    assert!(
        run.stdout.contains("; skipped: 2 expired"),
        "{}",
        run.stdout
    );
    assert_eq!(shown(&out, "stories/dated-later/"), everywhere_story);
    assert_eq!(shown(&out, "spring-notice/"), Vec::<&str>::new());
}

#[test]
fn a_publish_time_is_judged_to_the_minute() {
    let site = SiteTest::new("scheduled");
    let (_, before) = scheduled_at(&site, "2026-12-01T08:59", &[]);
    assert!(!before.join("spring-notice/index.html").exists());
    let (_, after) = scheduled_at(&site, "2026-12-01T09:00", &[]);
    assert!(after.join("spring-notice/index.html").exists());
}

#[test]
fn drafts_build_scheduled_items_and_mark_them() {
    let site = SiteTest::new("scheduled");
    let (run, out) = scheduled_at(&site, "2026-11-25", &["--drafts"]);
    assert!(!run.stdout.contains("skipped"), "{}", run.stdout);
    let page = crate::harness::Page::parse(
        "dated-later",
        &crate::harness::read_in(&out, "stories/dated-later/index.html"),
    );
    assert_eq!(
        page.text(".preview"),
        "Scheduled: published from 1 June 2027"
    );
    let notice = crate::harness::read_in(&out, "spring-notice/index.html");
    assert!(
        notice.contains("Scheduled: published from 1 December 2026, 09:00"),
        "{notice}"
    );
    let live = crate::harness::read_in(&out, "stories/already-out/index.html");
    assert!(!live.contains("class=\"notice notice-alert preview\""));
}
