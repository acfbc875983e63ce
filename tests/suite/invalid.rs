//! Bad input: one fixture per class of problem under `tests/fixtures/invalid/<case>/`.
//!
//! Each case must fail with exit code 1, name the file (relative to the site root) and the line
//! where it is known, say what is wrong and how to fix it (`help:`), never panic, write no
//! output, and report the same problem from `useit check`. The whole stderr of `useit build`
//! is compared with the case's `expected.stderr` (`UPDATE_EXPECTED=1` rewrites it).

use crate::harness::{Run, SiteTest, assert_expected_stderr};

/// What the one diagnostic of a case must say.
struct Expect<'a> {
    /// `file` or `file:line`, as printed after `error: `.
    location: &'a str,
    /// Part of the message on the same line.
    message: &'a str,
    /// Part of the `help:` line that follows; `None` only for the known bugs below.
    help: Option<&'a str>,
}

/// The `error: <location>:` line and the line after it.
fn diagnostic<'r>(run: &'r Run, location: &str) -> (&'r str, &'r str) {
    let prefix = format!("error: {location}:");
    let lines: Vec<&str> = run.stderr.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| {
            panic!(
                "no line starting with {prefix:?} in stderr:\n{}",
                run.stderr
            )
        });
    (lines[i], lines.get(i + 1).copied().unwrap_or(""))
}

/// Builds the site and checks the one error it must report.
fn expect_error(site: &SiteTest, e: &Expect<'_>) -> Run {
    let run = site
        .build(&[])
        .failure()
        .stderr_has("1 error(s)")
        .stderr_has("build failed");
    let (line, next) = diagnostic(&run, e.location);
    assert!(
        line.contains(e.message),
        "{line:?} does not say {:?}\n{}",
        e.message,
        run.stderr
    );
    if let Some(help) = e.help {
        assert!(
            next.starts_with("  help: ") && next.contains(help),
            "help line {next:?} lacks {help:?}\n{}",
            run.stderr
        );
    }
    assert_eq!(
        run.stderr_lines("error:").len(),
        1,
        "exactly one error expected:\n{}",
        run.stderr
    );
    assert!(
        !site.out.exists(),
        "a failed build must not create the output folder"
    );
    assert!(
        !site.tmp().join(".out.staging").exists(),
        "staging folder left behind"
    );
    let check = site.check(&[]).failure();
    let problems = |stderr: &str| {
        let mut lines: Vec<&str> = stderr.lines().collect();
        lines.pop(); // "build failed; ..." or "check failed"
        lines.join("\n")
    };
    assert_eq!(
        problems(&check.stderr),
        problems(&run.stderr),
        "`check` and `build` report different problems"
    );
    run
}

/// A fixture case: build it, check the error, compare the whole stderr with `expected.stderr`.
fn case(name: &str, e: Expect<'_>) {
    let path = format!("invalid/{name}");
    let site = SiteTest::new(&path);
    let run = expect_error(&site, &e);
    assert_expected_stderr(&path, &run.stderr);
}

#[test]
fn malformed_yaml_names_file_line_and_problem() {
    case(
        "malformed-yaml",
        Expect {
            location: "content/stories/x.md:2",
            message: "unclosed quote",
            help: None,
        },
    );
}

#[test]
fn malformed_yaml_says_how_to_fix_it() {
    for (what, yaml) in [
        (
            "unclosed quote",
            "title: \"A story\ndate: 2026-10-01\nsummary: x\n",
        ),
        (
            "unclosed bracket",
            "title: A story\ndate: 2026-10-01\nsummary: x\ntags: [a, b\n",
        ),
        (
            "bad indentation",
            "title: A story\n  date: 2026-10-01\nsummary: x\n",
        ),
        ("tab", "title: A story\ndate: 2026-10-01\n\tsummary: x\n"),
    ] {
        let site = SiteTest::new("invalid/malformed-yaml");
        site.write("content/stories/x.md", format!("---\n{yaml}---\nBody.\n"));
        let run = site.build(&[]).failure();
        let (_, help) = diagnostic(&run, "content/stories/x.md");
        assert!(
            help.starts_with("  help: "),
            "{what}: no help line\n{}",
            run.stderr
        );
    }
}

#[test]
fn unknown_field_suggests_the_closest_known_field() {
    case(
        "unknown-field",
        Expect {
            location: "content/stories/x.md:3",
            message: "unknown field `titel`",
            help: Some("did you mean `title`?"),
        },
    );
}

#[test]
fn missing_required_field_is_named() {
    case(
        "missing-field",
        Expect {
            location: "content/stories/x.md",
            message: "required field `date` is missing",
            help: Some("add a `date:` line"),
        },
    );
}

#[test]
fn wrong_type_of_value_says_what_was_expected() {
    case(
        "wrong-type",
        Expect {
            location: "content/stories/x.md:5",
            message: "expected a list",
            help: Some("`[first, second]`"),
        },
    );
}

#[test]
fn impossible_date_is_refused_with_its_line() {
    case(
        "invalid-date",
        Expect {
            location: "content/stories/x.md:3",
            message: "`2027-02-30` is not a real date",
            help: None,
        },
    );
}

#[test]
fn impossible_date_says_how_to_fix_it() {
    let site = SiteTest::new("invalid/invalid-date");
    let run = site.build(&[]).failure();
    let (_, help) = diagnostic(&run, "content/stories/x.md:3");
    assert!(help.starts_with("  help: "), "no help line\n{}", run.stderr);
}

#[test]
fn unknown_champion_suggests_the_closest_champion() {
    case(
        "unknown-champion",
        Expect {
            location: "content/stories/x.md:5",
            message: "unknown champion `amina`",
            help: Some("did you mean `aminah`?"),
        },
    );
}

#[test]
fn unknown_at_link_target_is_an_error_on_its_line() {
    case(
        "unknown-link",
        Expect {
            location: "content/stories/x.md:8",
            message: "link to `@/events/no-such-event.md`: no such page",
            help: Some("`@/` links name a source file under content/"),
        },
    );
}

#[test]
fn unknown_neighbourhood_suggests_the_configured_one() {
    case(
        "unknown-neighbourhood",
        Expect {
            location: "content/stories/x.md:5",
            message: "`ladywod`",
            help: Some("did you mean `ladywood`?"),
        },
    );
}

#[test]
fn two_files_with_the_same_slug_are_refused() {
    case(
        "duplicate-slug",
        Expect {
            location: "content/stories/my-story.md",
            message: "duplicate slug: content/stories/My Story.md is also published at /stories/my-story/",
            help: Some("rename one of the two files"),
        },
    );
}

#[test]
fn template_syntax_error_names_the_template_and_line() {
    case(
        "template-syntax-error",
        Expect {
            location: "themes/useit/templates/base.html:53",
            message: "template syntax error",
            help: Some("fix the template"),
        },
    );
}

#[test]
fn unknown_template_filter_names_the_template_and_line() {
    case(
        "template-unknown-filter",
        Expect {
            location: "themes/useit/templates/page.html:6",
            message: "Unknown filter `shout`",
            help: Some("fix the template"),
        },
    );
}

#[test]
fn invalid_utf8_names_the_line_of_the_first_bad_byte() {
    let site = SiteTest::new("invalid/invalid-utf8");
    site.write(
        "content/stories/x.md",
        b"---\ntitle: Caf\xe9 story\ndate: 2026-10-01\nsummary: x\n---\n",
    );
    expect_error(
        &site,
        &Expect {
            location: "content/stories/x.md:2",
            message: "not valid UTF-8 text",
            help: Some("save the file as UTF-8"),
        },
    );
}

#[test]
fn folder_named_like_a_content_file_is_refused() {
    let site = SiteTest::new("invalid/directory-as-file");
    std::fs::create_dir_all(site.src("content/stories/x.md")).expect("create folder");
    expect_error(
        &site,
        &Expect {
            location: "content/stories/x.md",
            message: "this is a folder, but its name says it is a content file",
            help: Some("rename the folder"),
        },
    );
}

#[cfg(unix)]
#[test]
fn unreadable_content_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let site = SiteTest::new("invalid/unreadable-file");
    let rel = "content/stories/x.md";
    site.write(
        rel,
        "---\ntitle: Secret\ndate: 2026-10-01\nsummary: x\n---\n",
    );
    let path = site.src(rel);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod 000");
    if std::fs::read(&path).is_ok() {
        // Root ignores permissions: make the path unreadable another way.
        println!(
            "note: running with privileges that ignore file modes; using a dangling symlink instead of chmod 000"
        );
        std::fs::remove_file(&path).expect("remove");
        std::os::unix::fs::symlink("nowhere", &path).expect("symlink");
    }
    let run = expect_error(
        &site,
        &Expect {
            location: rel,
            message: "cannot read: ",
            help: Some("check that the file exists and is readable"),
        },
    );
    drop(run);
    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644));
}

#[test]
fn event_ending_before_it_starts_is_refused() {
    case(
        "event-end-before-start",
        Expect {
            location: "content/events/x.md:5",
            message: "the event ends before it starts",
            help: Some("end must be the same as or later than start"),
        },
    );
}

#[test]
fn booking_block_without_a_way_to_book_is_refused() {
    case(
        "booking-without-contact",
        Expect {
            location: "content/events/x.md:7",
            message: "`booking` gives no way to book",
            help: Some("add a `url`, `email` or `phone` under `booking`"),
        },
    );
}

#[test]
fn booking_with_only_an_empty_phone_is_refused() {
    case(
        "booking-empty-phone",
        Expect {
            location: "content/events/x.md:7",
            message: "`booking` gives no way to book",
            help: Some("add a `url`, `email` or `phone` under `booking`"),
        },
    );
}

#[test]
fn survey_url_without_a_host_is_refused() {
    let site = SiteTest::new("invalid/survey-url-without-address");
    let run = site.build(&[]).failure();
    let (line, _) = diagnostic(&run, "content/surveys/x.md:5");
    assert!(line.contains("is not a web address"), "{}", run.stderr);
}

#[test]
fn check_lists_every_problem_and_writes_nothing() {
    let site = SiteTest::new("invalid/two-broken-files");
    let run = site
        .check(&[])
        .failure()
        .stderr_has("2 error(s), 0 warning(s)")
        .stderr_has("check failed");
    let (line, _) = diagnostic(&run, "content/stories/a.md:3");
    assert!(line.contains("unknown field `titel`"), "{line}");
    let (line, _) = diagnostic(&run, "content/events/b.md:5");
    assert!(line.contains("the event ends before it starts"), "{line}");
    assert!(!site.root.join("public").exists(), "check wrote output");
    assert_expected_stderr("invalid/two-broken-files", &run.stderr);
}

#[test]
fn check_lists_link_errors_alongside_front_matter_errors() {
    let site = SiteTest::new("invalid/errors-in-two-stages");
    let run = site.check(&[]).failure();
    diagnostic(&run, "content/stories/a.md:3");
    diagnostic(&run, "content/stories/b.md:8");
}

#[test]
fn broken_champion_is_reported_once_not_again_on_its_stories() {
    let site = SiteTest::new("invalid/broken-champion-referenced");
    let run = site.build(&[]).failure();
    let (line, _) = diagnostic(&run, "content/champions/aminah/index.md:3");
    assert!(line.contains("`mentr` is not an allowed value"), "{line}");
    assert_eq!(
        run.stderr_lines("error:").len(),
        1,
        "a follow-on error:\n{}",
        run.stderr
    );
}

#[test]
fn missing_site_yaml_says_where_to_run() {
    let site = SiteTest::new("minimal");
    std::fs::remove_file(site.src("site.yaml")).expect("remove site.yaml");
    let run = expect_error(
        &site,
        &Expect {
            location: "site.yaml",
            message: "cannot read the site configuration",
            help: Some("pass --root DIR"),
        },
    );
    drop(run);
}

#[test]
fn unknown_site_yaml_field_suggests_the_closest() {
    let site = SiteTest::new("minimal");
    let config = site.source_text("site.yaml");
    site.write("site.yaml", config.replace("base_url:", "baseurl:"));
    let run = site.build(&[]).failure();
    let (line, help) = diagnostic(&run, "site.yaml:3");
    assert!(line.contains("unknown field `baseurl`"), "{line}");
    assert!(help.contains("did you mean `base_url`?"), "{help}");
}

#[test]
fn event_time_skipped_by_the_clock_change_is_refused() {
    case(
        "event-time-in-clock-change",
        Expect {
            location: "content/events/x.md:4",
            message: "`start` 2027-03-28 01:30 does not exist: the clocks go forward an hour then",
            help: Some("choose a time at least an hour earlier or later"),
        },
    );
}

/// Found by the mutation run: a theme that does not exist is a problem of `site.yaml`, and a
/// misplaced translation is reported on its own file, never on a file that does not exist.
#[test]
fn problems_name_a_file_that_exists() {
    let site = SiteTest::new("minimal");
    let config = site.source_text("site.yaml");
    site.write("site.yaml", format!("{config}theme: nowhere\n"));
    site.build(&[])
        .failure()
        .stderr_has("error: site.yaml: theme `nowhere` has no templates folder")
        .stderr_has("help: set `theme:` to a folder under themes/");

    let site = SiteTest::new("minimal");
    site.write(
        "content/champions/stray.ur.md",
        "---\ntitle: T\n---\nText.\n",
    );
    let run = site.build(&[]).failure();
    let (line, _) = diagnostic(&run, "content/champions/stray.ur.md");
    assert!(line.contains("must be in its own folder"), "{line}");
}

#[test]
fn unknown_shortcode_suggests_the_closest_and_lists_them_all() {
    case(
        "unknown-shortcode",
        Expect {
            location: "content/stories/x.md:8",
            message: "unknown shortcode `evnt_card`",
            help: Some(
                "did you mean `event_card`? the shortcodes are event_card, opportunity_card, toolkit_file, button, figure",
            ),
        },
    );
}

#[test]
fn bad_shortcode_argument_suggests_the_closest_and_shows_a_call() {
    case(
        "bad-shortcode-argument",
        Expect {
            location: "content/stories/x.md:8",
            message: "shortcode `event_card` has no argument `evnt`",
            help: Some(
                "did you mean `event`? `event_card` takes event (required): {{ event_card(event=",
            ),
        },
    );
}

#[test]
fn unknown_venue_id_suggests_the_closest_venue_of_the_data_file() {
    case(
        "unknown-venue",
        Expect {
            location: "content/events/x.md:5",
            message: "unknown venue `sumerfield-community-centre`",
            help: Some("did you mean `summerfield-community-centre`?"),
        },
    );
}

#[test]
fn unknown_organisation_id_suggests_the_closest_organisation_of_the_data_file() {
    case(
        "unknown-organisation",
        Expect {
            location: "content/stories/x.md:5",
            message: "unknown organisation `learning-work`",
            help: Some("did you mean `learning-works`?"),
        },
    );
}
