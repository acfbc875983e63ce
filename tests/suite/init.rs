//! `useit init DIR`: a new site another programme can start from. It builds with no warnings
//! (and `check --strict` passes), has a page of each kind, keeps its example person off the
//! site until consent is recorded, and `init` never writes into a folder that holds files.

use crate::harness::{SiteTest, tree};

#[test]
fn init_writes_a_site_that_builds_with_no_warnings() {
    let t = SiteTest::new("minimal");
    let dir = t.tmp().join("new-site");
    let dir_s = dir.to_string_lossy().into_owned();
    let run = t.run(&["init", &dir_s]).success();
    assert!(
        run.stdout.contains("created a new site in"),
        "{}",
        run.stdout
    );
    for f in [
        "site.yaml",
        "README.md",
        ".gitignore",
        "content/_index.md",
        "themes/useit/templates/base.html",
        "locales/en.ftl",
        "toolkits/getting-started/toolkit.yaml",
    ] {
        assert!(dir.join(f).is_file(), "{f} is missing");
    }
    let out = t.tmp().join("new-out");
    let out_s = out.to_string_lossy().into_owned();
    let check = t
        .run(&["check", "--root", &dir_s, "--strict", "--now", "2026-11-25"])
        .success();
    let problems: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning") || l.starts_with("error"))
        .collect();
    assert_eq!(problems, Vec::<&str>::new(), "{}", check.stderr);
    let build = t
        .run(&[
            "build",
            "--root",
            &dir_s,
            "--output",
            &out_s,
            "--now",
            "2026-11-25",
        ])
        .success();
    assert!(
        build
            .stdout
            .contains("(1 home, 1 page, 1 story, 1 event, 1 opportunity, 1 survey, 1 toolkit)"),
        "{}",
        build.stdout
    );
    // The example person is a draft: off the site, with a note saying why.
    assert!(
        build
            .stderr
            .contains("content/champions/example-person/index.md"),
        "{}",
        build.stderr
    );
    let files = tree(&out);
    assert!(
        files
            .keys()
            .all(|f| !f.starts_with("champions/example-person"))
    );
    assert!(files.contains_key("events/open-meeting/index.html"));
    // The starter's own neighbourhood names, not the portal's.
    let home = String::from_utf8_lossy(&files["neighbourhoods/riverside/index.html"]).into_owned();
    assert!(home.contains("Riverside"), "{home}");
    assert!(
        !String::from_utf8_lossy(&std::fs::read(dir.join("locales/en.ftl")).unwrap())
            .contains("Cape Hill")
    );
}

#[test]
fn init_never_writes_into_a_folder_that_holds_files() {
    let t = SiteTest::new("minimal");
    let root = t.root.to_string_lossy().into_owned();
    let before = tree(&t.root);
    t.run(&["init", &root])
        .code(1)
        .stderr_has("the folder is not empty");
    assert!(tree(&t.root) == before, "nothing was written");
}
