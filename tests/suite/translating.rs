//! The translator's workflow: `useit new --translate` starts a translation from its original,
//! `useit i18n` reports it stale when the original's text changes, and
//! `useit i18n --mark-current` records a review.

use crate::harness::SiteTest;

fn root(site: &SiteTest) -> String {
    site.root.to_string_lossy().into_owned()
}

/// `useit i18n --format json`, the entry of language `code`.
fn report(site: &SiteTest, code: &str) -> serde_json::Value {
    let run = site
        .run(&[
            "i18n",
            "--root",
            &root(site),
            "--now",
            "2026-11-25",
            "--format",
            "json",
        ])
        .success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let langs = json["languages"].as_array().expect("languages").clone();
    langs
        .into_iter()
        .find(|l| l["code"] == code)
        .expect("language")
}

#[test]
fn new_translate_writes_the_original_text_marked_and_round_trips_through_the_build() {
    let site = SiteTest::new("i18n");
    let r = root(&site);
    site.run(&[
        "new",
        "--translate",
        "content/stories/market.md",
        "--lang",
        "pl",
        "--root",
        &r,
    ])
    .success()
    .stdout_has("content/stories/market.pl.md");
    let text = site.source_text("content/stories/market.pl.md");
    for line in [
        "# translate\ntitle: Market day\n",
        "# translate\nsummary: Stalls on the square.\n",
        "reviewed: false",
        "draft: true",
        "\nsource_hash: ",
        "---\n<!-- translate: the text below is the original's (English)",
        "Read the [other story](@/stories/garden.md).",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    // A second run refuses to overwrite it.
    site.run(&[
        "new",
        "--translate",
        "content/stories/market.md",
        "--lang",
        "pl",
        "--root",
        &r,
    ])
    .failure()
    .stderr_has("content/stories/market.pl.md: already exists; nothing was written");
    // As written, a draft: built with --drafts, left out otherwise.
    site.build_ok(&["--drafts"]);
    assert!(site.exists("pl/stories/market/index.html"));
    // Without `draft: true` but with the marker line: an error at the marker's line.
    let undrafted = text.replace("draft: true", "");
    site.write("content/stories/market.pl.md", &undrafted);
    let marker = undrafted
        .lines()
        .position(|l| l.starts_with("<!-- translate:"))
        .unwrap()
        + 1;
    site.build(&[]).failure().stderr_has(&format!(
        "error: content/stories/market.pl.md:{marker}: the body still holds the marker line of `useit new --translate`"
    ));
    // Translated: published, with the translation's text.
    let done = undrafted
        .replace("title: Market day", "title: Dzień targowy")
        .lines()
        .filter(|l| !l.starts_with("<!-- translate:"))
        .collect::<Vec<_>>()
        .join("\n");
    site.write("content/stories/market.pl.md", &done);
    site.build_ok(&[]);
    let page = site.html("pl/stories/market/index.html");
    assert_eq!(page.text("h1"), "Dzień targowy");
    assert!(
        site.read("pl/stories/market/index.html")
            .contains("other story")
    );
    // Made from the original as it is: not stale.
    let pl = report(&site, "pl");
    assert!(
        !pl["stale"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "content/stories/market.pl.md"),
        "{pl}"
    );
}

#[test]
fn new_translate_refuses_bad_input() {
    let site = SiteTest::new("i18n");
    let r = root(&site);
    let new = |path: &str, lang: &str| {
        site.run(&["new", "--translate", path, "--lang", lang, "--root", &r])
            .failure()
    };
    new("content/stories/market.md", "xx")
        .stderr_has("language `xx` is not one of the site's languages")
        .stderr_has("help: use one of: en, ur, pl");
    new("content/stories/market.md", "en").stderr_has("`en` is the site's default language");
    new("site.yaml", "pl").stderr_has("site.yaml: not a content file that can be translated");
    new("content/stories/nothing.md", "pl")
        .stderr_has("content/stories/nothing.md: the original does not exist");
    new("content/stories/market.ur.md", "pl").stderr_has("this is a translation, not an original");
    assert!(!site.src("content/stories/nothing.pl.md").exists());
}

#[test]
fn staleness_flips_when_the_original_body_changes_and_clears_after_mark_current() {
    let site = SiteTest::new("i18n");
    let r = root(&site);
    let file = "content/stories/market.ur.md";
    // The fixture's translation records no hash: stale, with the fix.
    let ur = report(&site, "ur");
    assert!(
        ur["unrecorded"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == file),
        "{ur}"
    );
    let table = site
        .run(&["i18n", "--root", &r, "--now", "2026-11-25"])
        .success();
    assert!(
        table.stdout.contains(&format!(
            "stale: {file} (no record of what it was made from; bring it up to date, then `useit i18n --mark-current {file}`)"
        )),
        "{}",
        table.stdout
    );
    // Marked current: only the one line changes, and it is no longer stale.
    let before = site.source_text(file);
    site.run(&["i18n", "--root", &r, "--mark-current", file])
        .success()
        .stdout_has(&format!("{file}: marked current (source_hash: "));
    let after = site.source_text(file);
    let added: Vec<&str> = after
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .collect();
    assert_eq!(added.len(), 1, "{after}");
    assert!(added[0].starts_with("source_hash: "), "{after}");
    assert_eq!(after.replace(&format!("{}\n", added[0]), ""), before);
    let stale = |site: &SiteTest| {
        report(site, "ur")["stale"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == file)
    };
    assert!(!stale(&site));
    // The original's body changes: stale at once, with no date to update.
    let orig = site.source_text("content/stories/market.md");
    site.write(
        "content/stories/market.md",
        format!("{orig}\nA new paragraph.\n"),
    );
    assert!(stale(&site));
    let table = site
        .run(&["i18n", "--root", &r, "--now", "2026-11-25"])
        .success();
    assert!(
        table.stdout.contains(&format!(
            "stale: {file} (the original's text changed since it was made"
        )),
        "{}",
        table.stdout
    );
    // After the review it clears; a change outside the text (a date) leaves it current.
    site.run(&["i18n", "--root", &r, "--mark-current", file])
        .success();
    assert!(!stale(&site));
    let orig = site.source_text("content/stories/market.md");
    site.write(
        "content/stories/market.md",
        orig.replace("date: 2026-10-01", "date: 2026-10-02"),
    );
    assert!(!stale(&site), "a date is not text to translate");
    // Marking a file that is not a translation is refused.
    site.run(&[
        "i18n",
        "--root",
        &r,
        "--mark-current",
        "content/stories/market.md",
    ])
    .failure()
    .stderr_has("content/stories/market.md: not a translation file");
}

#[test]
fn a_toolkit_page_and_its_file_descriptions_can_be_translated() {
    let site = SiteTest::new("i18n");
    let r = root(&site);
    site.write(
        "toolkits/money/toolkit.yaml",
        "title: Money sheets\nsummary: Spreadsheets for cash flow.\nupdated: 2026-08-01\nfiles:\n  - path: cash-flow.csv\n    title: Cash flow\n    description: A month by month sheet.\n    language: en\n",
    );
    site.write("toolkits/money/index.md", "How to plan your cash.\n");
    site.write("toolkits/money/cash-flow.csv", "month,in,out\n");
    site.run(&[
        "new",
        "--translate",
        "toolkits/money/index.md",
        "--lang",
        "ur",
        "--root",
        &r,
    ])
    .success()
    .stdout_has("toolkits/money/index.ur.md");
    let text = site.source_text("toolkits/money/index.ur.md");
    for line in [
        "title: Money sheets\n",
        "files:\n  - path: \"cash-flow.csv\"\n    title: \"Cash flow\"\n    description: \"A month by month sheet.\"\n",
        "How to plan your cash.",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    let translated = text
        .replace("title: Money sheets", "title: پیسے کی شیٹس")
        .replace("\"A month by month sheet.\"", "\"ماہ بہ ماہ شیٹ\"")
        .replace("draft: true", "")
        .lines()
        .filter(|l| !l.starts_with("<!-- translate:"))
        .collect::<Vec<_>>()
        .join("\n");
    site.write("toolkits/money/index.ur.md", &translated);
    site.build_ok(&[]);
    let page = site.read("ur/toolkits/money/index.html");
    assert!(page.contains("پیسے کی شیٹس"), "{page}");
    assert!(page.contains("ماہ بہ ماہ شیٹ"), "{page}");
    // The files are the original's, at the original's address.
    assert!(page.contains("/toolkits/money/cash-flow.csv"), "{page}");
    assert!(!site.exists("ur/toolkits/money/cash-flow.csv"));
    // A file the toolkit does not list is an error.
    site.write(
        "toolkits/money/index.ur.md",
        translated.replace("path: \"cash-flow.csv\"", "path: \"cashflow.csv\""),
    );
    site.build(&[])
        .failure()
        .stderr_has("`files` names `cashflow.csv`, which toolkits/money/toolkit.yaml does not list")
        .stderr_has("did you mean `cash-flow.csv`?");
    // Staleness follows the toolkit's text: its index.md.
    site.write("toolkits/money/index.ur.md", &translated);
    let stale = |site: &SiteTest| {
        report(site, "ur")["stale"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "toolkits/money/index.ur.md")
    };
    assert!(!stale(&site));
    site.write(
        "toolkits/money/index.md",
        "How to plan your cash, month by month.\n",
    );
    assert!(stale(&site));
}
