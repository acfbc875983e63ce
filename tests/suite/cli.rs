//! The command line: exit codes, messages and `useit new`.

use assert_cmd::Command;

use crate::harness::{SiteTest, tree};

fn useit() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_useit"));
    cmd.env_remove("SOURCE_DATE_EPOCH").env("NO_COLOR", "1");
    cmd
}

fn stdout_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

#[test]
fn help_lists_the_commands_and_exits_0() {
    let a = useit().arg("--help").assert().success();
    let out = stdout_of(&a);
    for word in ["build", "check", "new", "Usage:"] {
        assert!(out.contains(word), "--help lacks {word:?}:\n{out}");
    }
    let a = useit().args(["build", "--help"]).assert().success();
    let out = stdout_of(&a);
    for flag in ["--root", "--output", "--base-url", "--drafts", "--now"] {
        assert!(out.contains(flag), "build --help lacks {flag}:\n{out}");
    }
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let a = useit().arg("--version").assert().success();
    let line = stdout_of(&a);
    let want = format!("useit {} (", env!("CARGO_PKG_VERSION"));
    assert!(line.starts_with(&want), "{line}");
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=7", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let commit = head.unwrap_or_else(|| "unknown commit".into());
    assert_eq!(line.trim(), format!("{want}{commit})"));
}

#[test]
fn usage_errors_exit_2() {
    let a = useit().args(["build", "--frobnicate"]).assert().code(2);
    assert!(stderr_of(&a).contains("--frobnicate"), "{}", stderr_of(&a));
    useit().assert().code(2);
    useit().args(["publish"]).assert().code(2);
    let a = useit().args(["new", "poem", "Title"]).assert().code(2);
    assert!(
        stderr_of(&a).contains("story"),
        "the error lists the kinds:\n{}",
        stderr_of(&a)
    );
}

#[test]
fn bad_now_is_a_build_error_not_a_panic() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    site.run(&["build", "--root", &root, "--now", "yesterday"])
        .failure()
        .stderr_has("--now `yesterday` is not a date or time");
    assert!(!site.root.join("public").exists());
}

#[test]
fn build_defaults_to_public_inside_the_site_folder() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    site.run(&["build", "--root", &root, "--now", "2026-11-25"])
        .success();
    assert!(site.root.join("public/index.html").is_file());
    let out = site.root.to_string_lossy().into_owned();
    site.run(&[
        "build",
        "--root",
        &out,
        "--now",
        "2026-11-25",
        "--output",
        "site-out",
    ])
    .success();
    assert!(
        site.root.join("site-out/index.html").is_file(),
        "a relative --output is inside the site folder"
    );
}

#[test]
fn new_story_prints_its_path_and_builds_as_a_draft() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    let a = useit()
        .args(["new", "story", "Hello World", "--root", &root])
        .assert()
        .success();
    assert_eq!(stdout_of(&a).trim(), "content/stories/hello-world.md");
    let text = std::fs::read_to_string(site.src("content/stories/hello-world.md"))
        .expect("new file exists");
    assert!(text.starts_with("---\ntitle: \"Hello World\"\n"), "{text}");
    assert!(
        text.contains("\ndraft: true"),
        "new content starts as a draft:\n{text}"
    );
    site.build_ok(&[]);
    assert!(
        !site.exists("stories/hello-world/index.html"),
        "a draft is not published"
    );
    site.build_ok(&["--drafts"]);
    assert_eq!(
        site.html("stories/hello-world/index.html").text("h1"),
        "Hello World"
    );
}

#[test]
fn new_refuses_to_overwrite_an_existing_file() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    useit()
        .args(["new", "story", "Hello World", "--root", &root])
        .assert()
        .success();
    let path = site.src("content/stories/hello-world.md");
    std::fs::write(&path, "edited by hand\n").expect("edit");
    let a = useit()
        .args(["new", "story", "Hello World", "--root", &root])
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(
        err.contains("content/stories/hello-world.md") && err.contains("already exists"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(stdout_of(&a), "", "nothing printed as created");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "edited by hand\n",
        "the file was changed"
    );
}

#[test]
fn new_file_of_every_kind_passes_check_with_drafts() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    let mut created = Vec::new();
    for (kind, want) in [
        ("story", "content/stories/market-day.md"),
        ("event", "content/events/market-day.md"),
        ("champion", "content/champions/market-day-host/index.md"),
        ("opportunity", "content/opportunities/market-day.md"),
        ("survey", "content/surveys/market-day.md"),
        ("page", "content/pages/market-day.md"),
    ] {
        // A champion named like the other items' titles would be a mention of them.
        let title = if kind == "champion" {
            "Market Day Host"
        } else {
            "Market Day"
        };
        let a = useit()
            .args(["new", kind, title, "--root", &root])
            .assert()
            .success();
        assert_eq!(stdout_of(&a).trim(), want, "useit new {kind}");
        assert!(site.src(want).is_file(), "{want} was not written");
        created.push(want);
    }
    let run = site.check(&["--drafts"]);
    let run = run.success();
    assert_eq!(run.stderr_lines("error:"), Vec::<&str>::new());
    assert_eq!(
        run.stderr_lines("warning:"),
        Vec::<&str>::new(),
        "scaffolds should not warn:\n{}",
        run.stderr
    );
    // Without --drafts they are all left out, and still valid.
    site.check(&[]).success();
    assert_eq!(created.len(), 6);
}

#[test]
fn new_with_a_title_without_letters_is_refused() {
    let site = SiteTest::new("minimal");
    let before = tree(&site.root);
    let root = site.root.to_string_lossy().into_owned();
    site.run(&["new", "story", "!!!", "--root", &root])
        .failure()
        .stderr_has("the title gives an empty file name");
    assert_eq!(before.len(), tree(&site.root).len(), "a file was written");
}

#[test]
fn new_with_an_unconfigured_language_is_refused() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    site.run(&["new", "story", "Bonjour", "--lang", "fr", "--root", &root])
        .failure()
        .stderr_has("language `fr` is not one of the site's languages");
    assert!(!site.src("content/stories/bonjour.md").exists());
}

#[test]
fn new_with_a_site_language_writes_a_translation_of_the_original() {
    let site = SiteTest::new("i18n");
    let root = site.root.to_string_lossy().into_owned();
    // No original yet: refused, nothing written.
    site.run(&[
        "new",
        "story",
        "Fresh bread",
        "--lang",
        "ur",
        "--root",
        &root,
    ])
    .failure()
    .stderr_has("a translation needs its original");
    assert!(!site.src("content/stories/fresh-bread.ur.md").exists());
    site.run(&["new", "story", "Fresh bread", "--root", &root])
        .success();
    site.run(&[
        "new",
        "story",
        "Fresh bread",
        "--lang",
        "ur",
        "--root",
        &root,
    ])
    .success()
    .stdout_has("content/stories/fresh-bread.ur.md");
    let text = site.source_text("content/stories/fresh-bread.ur.md");
    assert!(text.contains("reviewed: false"), "{text}");
    site.check(&["--drafts"]).success();
}
