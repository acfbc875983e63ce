//! Toolkits: what a social enterprise sees before downloading (format, size, language, date,
//! SHA-256), the whole-toolkit ZIP, `/toolkits/index.json`, topic and audience pages, the cache
//! that makes rebuilds cheap, and the files the build refuses.
//!
//! Fixture: `tests/fixtures/toolkits/basic` (two toolkits with real PDF, Word, OpenDocument,
//! Excel and CSV files). Bad cases are made from it by the tests themselves.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::harness::{NOW, Page, SiteTest, read_in};

const CASE: &str = "toolkits/basic";

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The toolkits stats line of a build.
fn stats(stdout: &str) -> String {
    stdout
        .lines()
        .find(|l| l.starts_with("toolkits: "))
        .unwrap_or_else(|| panic!("no toolkits line in stdout:\n{stdout}"))
        .to_string()
}

fn zip_names_and_bytes(path: &Path) -> Vec<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).expect("read zip");
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a readable zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("zip entry");
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("read entry");
            (f.name().expect("entry name").to_string(), data)
        })
        .collect()
}

#[test]
fn page_shows_format_size_language_date_and_checksum_of_each_file() {
    let site = SiteTest::new(CASE);
    site.build_ok(&[]);
    let page = site.html("toolkits/starter/index.html");
    let titles = page.texts(".files .file-title");
    assert_eq!(
        titles,
        [
            format!("Guide (PDF, {})", human(&site, "starter/guide.pdf")),
            format!(
                "Checklist (Word document, {})",
                human(&site, "starter/checklist.docx")
            ),
            format!(
                "Idea sheet in Somali (OpenDocument text, {})",
                human(&site, "starter/idea-sheet.odt")
            ),
        ]
    );
    let hrefs = page.attrs(".files .file-title a[download]", "href");
    assert_eq!(
        hrefs,
        [
            "/toolkits/starter/guide.pdf",
            "/toolkits/starter/checklist.docx",
            "/toolkits/starter/idea-sheet.odt"
        ]
    );
    let sums = page.texts(".file-facts code");
    for (name, sum) in ["guide.pdf", "checklist.docx", "idea-sheet.odt"]
        .iter()
        .zip(&sums)
    {
        let src = std::fs::read(site.src(&format!("toolkits/starter/{name}"))).expect("read");
        assert_eq!(sum, &sha256_hex(&src), "{name}");
        let out = std::fs::read(site.out_path(&format!("toolkits/starter/{name}"))).expect("out");
        assert_eq!(out, src, "{name} is published unchanged");
    }
    // What a resident decides on first; the file name, date and checksum behind a disclosure.
    let first = page.texts(".files > li > .file-facts dt");
    assert_eq!(first[..3], ["Format", "Size", "Language"], "{first:?}");
    assert_eq!(
        page.texts(".files > li > details.file-technical > summary"),
        ["Technical details"; 3]
    );
    let hidden = page.texts(".files details .file-facts dt");
    assert_eq!(
        hidden[..3],
        ["File name", "Updated", "SHA-256"],
        "{hidden:?}"
    );
    assert_eq!(
        page.count(".files details code"),
        3,
        "the checksums are in the disclosure"
    );
    let licence = page.links(".facts-block a[rel~=license]");
    assert_eq!(
        licence,
        [(
            "CC BY-SA 4.0".to_string(),
            "https://creativecommons.org/licenses/by-sa/4.0/".to_string(),
            Some("license noopener".to_string())
        )]
    );
    assert!(
        page.text(".facts-block")
            .contains("Free to use, share and adapt, with credit"),
        "the licence in plain words"
    );
    let facts = page.texts(".file-facts dd");
    assert!(facts.contains(&"Somali".to_string()), "{facts:?}");
    assert!(
        facts.contains(&"2 October 2026".to_string()),
        "per-file date: {facts:?}"
    );
    assert!(
        facts.contains(&"1 September 2026".to_string()),
        "toolkit date: {facts:?}"
    );
    assert_eq!(
        page.attrs(".files a[hreflang]", "hreflang"),
        ["en", "en", "so"]
    );
    let money = site.html("toolkits/money/index.html");
    assert_eq!(
        money.texts(".files > li > .file-facts div:first-child dd"),
        [
            "Excel workbook",
            "CSV spreadsheet",
            "OpenDocument spreadsheet"
        ]
    );
}

/// "12.3 kB" for a file of the fixture, computed here independently of useit.
fn human(site: &SiteTest, rel: &str) -> String {
    let n = std::fs::metadata(site.src(&format!("toolkits/{rel}")))
        .expect("fixture file")
        .len();
    assert!(
        (1000..1_000_000).contains(&n),
        "fixture sizes are in kB: {rel} {n}"
    );
    format!("{:.1} kB", n as f64 / 1000.0)
}

#[test]
fn zip_holds_exactly_the_toolkit_files_and_passes_unzip_t() {
    let site = SiteTest::new(CASE);
    site.build_ok(&[]);
    let zip = site.out_path("toolkits/starter/starter.zip");
    let entries = zip_names_and_bytes(&zip);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["checklist.docx", "guide.pdf", "idea-sheet.odt"]);
    for (name, bytes) in &entries {
        let src = std::fs::read(site.src(&format!("toolkits/starter/{name}"))).expect("read");
        assert!(bytes == &src, "{name} extracts to different bytes");
    }
    let page = site.html("toolkits/starter/index.html");
    let zip_bytes = std::fs::read(&zip).expect("zip");
    assert_eq!(page.text(".checksum code"), sha256_hex(&zip_bytes));
    assert_eq!(
        page.attr(".bundle a[download]", "href"),
        "/toolkits/starter/starter.zip"
    );
    assert!(page.text(".bundle a").contains("ZIP archive, 3 files"));
    // Reading every entry to its end checks each entry's CRC-32 (the zip crate fails on a
    // mismatch); `.ci/run` also tests every ZIP of the bundled portal with Debian's `unzip -t`.
}

#[test]
fn zips_and_manifest_are_byte_identical_across_builds_with_and_without_cache() {
    let site = SiteTest::new(CASE);
    site.build_ok(&[]);
    let again = site.tmp().join("again");
    site.build_into(&again, NOW, &[]).success();
    let fresh = SiteTest::new(CASE);
    fresh.build_ok(&[]);
    for rel in [
        "toolkits/starter/starter.zip",
        "toolkits/money/money.zip",
        "toolkits/index.json",
    ] {
        let a = std::fs::read(site.out_path(rel)).expect("first");
        assert!(
            a == std::fs::read(again.join(rel)).expect("second"),
            "{rel} differs"
        );
        assert!(
            a == std::fs::read(fresh.out_path(rel)).expect("fresh"),
            "{rel} differs"
        );
    }
}

#[test]
fn manifest_lists_every_file_with_absolute_url_size_checksum_format_language() {
    let site = SiteTest::new(CASE);
    site.build_ok(&["--base-url", "https://example.org/sub/"]);
    let json: serde_json::Value =
        serde_json::from_str(&site.read("toolkits/index.json")).expect("valid JSON");
    let kits = json["toolkits"].as_array().expect("toolkits");
    let slugs: Vec<&str> = kits
        .iter()
        .map(|k| k["slug"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(slugs, ["money", "starter"]);
    let starter = &kits[1];
    let files = starter["files"].as_array().expect("files");
    assert_eq!(files.len(), 3);
    let odt = &files[2];
    let src = std::fs::read(site.src("toolkits/starter/idea-sheet.odt")).expect("read");
    assert_eq!(
        odt["url"],
        "https://example.org/sub/toolkits/starter/idea-sheet.odt"
    );
    assert_eq!(odt["size"], src.len() as u64);
    assert_eq!(odt["sha256"], sha256_hex(&src));
    assert_eq!(odt["format"], "odt");
    assert_eq!(odt["media_type"], "application/vnd.oasis.opendocument.text");
    assert_eq!(odt["language"], "so");
    assert_eq!(odt["updated"], "2026-09-01");
    let zip = std::fs::read(site.out_path("toolkits/starter/starter.zip")).expect("zip");
    assert_eq!(starter["zip"]["sha256"], sha256_hex(&zip));
    let page = site.html("toolkits/starter/index.html");
    assert_eq!(
        page.attr(".bundle a", "href"),
        "/sub/toolkits/starter/starter.zip"
    );
}

#[test]
fn unchanged_toolkits_are_not_hashed_or_zipped_again() {
    let site = SiteTest::new(CASE);
    let first = site.build_ok(&[]);
    assert!(
        stats(&first.stdout)
            .contains("6 files hashed, 0 from cache, 2 zips built, 0 zips from cache"),
        "{}",
        first.stdout
    );
    let second = site.build_ok(&[]);
    assert!(
        stats(&second.stdout)
            .contains("0 files hashed, 6 from cache, 0 zips built, 2 zips from cache"),
        "{}",
        second.stdout
    );
    assert!(site.src(".useit-cache/toolkits.json").is_file());
    // One changed file: only it is hashed, only its toolkit zipped again.
    let csv = site.src("toolkits/money/cash-flow.csv");
    let mut text = std::fs::read_to_string(&csv).expect("csv");
    text.push_str("Note,,,,,,,,,,,,,,\n");
    std::fs::write(&csv, text).expect("write");
    let third = site.build_ok(&[]);
    assert!(
        stats(&third.stdout)
            .contains("1 files hashed, 5 from cache, 1 zips built, 1 zips from cache"),
        "{}",
        third.stdout
    );
    let entries = zip_names_and_bytes(&site.out_path("toolkits/money/money.zip"));
    let inside = &entries
        .iter()
        .find(|(n, _)| n == "cash-flow.csv")
        .expect("csv")
        .1;
    assert!(
        inside.ends_with(b"Note,,,,,,,,,,,,,,\n"),
        "the ZIP has the new file"
    );
    // `check` writes nothing, not even the cache.
    std::fs::remove_dir_all(site.src(".useit-cache")).expect("remove cache");
    site.check(&[]).success();
    assert!(!site.src(".useit-cache").exists());
}

#[test]
fn index_links_to_topic_and_audience_pages() {
    let site = SiteTest::new(CASE);
    site.build_ok(&[]);
    let index = site.html("toolkits/index.html");
    let links = index.links(".filters a");
    let hrefs: Vec<&str> = links.iter().map(|(_, h, _)| h.as_str()).collect();
    assert_eq!(
        hrefs,
        [
            "/toolkits/topic/business-planning/",
            "/toolkits/topic/finance/",
            "/toolkits/audience/community-groups/",
            "/toolkits/audience/new-social-entrepreneurs/",
        ]
    );
    assert_eq!(links[0].0, "Business planning (2)");
    let finance = site.html("toolkits/topic/finance/index.html");
    assert_eq!(finance.text("h1"), "Toolkits about finance and cash flow");
    assert_eq!(
        finance.attrs(".cards .card-title a", "href"),
        ["/toolkits/money/"]
    );
    assert_eq!(
        finance.attr(".filters a[aria-current=page]", "href"),
        "/toolkits/topic/finance/"
    );
    let groups = site.html("toolkits/audience/community-groups/index.html");
    assert_eq!(
        groups.attrs(".cards .card-title a", "href"),
        ["/toolkits/money/", "/toolkits/starter/"]
    );
    let page = site.html("toolkits/starter/index.html");
    assert!(
        page.attrs(".facts a", "href")
            .contains(&"/toolkits/topic/business-planning/".to_string())
    );
    assert!(
        !site.exists("toolkits/topic/marketing/index.html"),
        "no page for an unused topic"
    );
}

/// Builds the fixture after `change`, expecting exit 1 and an error line starting `error: <at>`
/// and containing `message`.
fn refused(change: impl FnOnce(&SiteTest), at: &str, message: &str) -> String {
    let site = SiteTest::new(CASE);
    change(&site);
    let run = site.build(&[]).failure();
    let errors = run.stderr_lines("error:");
    assert!(
        errors
            .iter()
            .any(|l| l.starts_with(&format!("error: {at}")) && l.contains(message)),
        "no `error: {at}…{message}` in\n{}",
        run.stderr
    );
    assert!(!site.out.exists(), "nothing is published");
    run.stderr
}

fn replace_in(site: &SiteTest, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.src(rel)).expect("read");
    assert!(text.contains(from), "{rel} lacks {from}");
    site.write(rel, text.replacen(from, to, 1));
}

#[test]
fn paths_escaping_the_toolkit_folder_are_refused() {
    let yaml = "toolkits/starter/toolkit.yaml";
    refused(
        |s| {
            s.write("toolkits/secret.pdf", b"%PDF-1.4");
            replace_in(s, yaml, "path: guide.pdf", "path: ../secret.pdf");
        },
        "toolkits/starter/toolkit.yaml:9:",
        "is outside the toolkit folder",
    );
    refused(
        |s| replace_in(s, yaml, "path: guide.pdf", "path: /etc/passwd"),
        "toolkits/starter/toolkit.yaml:9:",
        "is outside the toolkit folder",
    );
    let stderr = refused(
        |s| {
            let outside = s.tmp().join("outside.pdf");
            std::fs::write(&outside, b"%PDF-1.4 not for publishing").expect("write");
            std::fs::remove_file(s.src("toolkits/starter/guide.pdf")).expect("remove");
            std::os::unix::fs::symlink(&outside, s.src("toolkits/starter/guide.pdf"))
                .expect("symlink");
        },
        "toolkits/starter/toolkit.yaml:9:",
        "is a symbolic link to a file outside the toolkit folder",
    );
    assert!(stderr.contains("help:"), "{stderr}");
}

#[test]
fn a_symbolic_link_inside_the_folder_is_published_as_a_file() {
    let site = SiteTest::new(CASE);
    std::fs::rename(
        site.src("toolkits/starter/guide.pdf"),
        site.src("toolkits/starter/.real-guide.pdf"),
    )
    .expect("rename");
    std::os::unix::fs::symlink(".real-guide.pdf", site.src("toolkits/starter/guide.pdf"))
        .expect("symlink");
    site.build_ok(&[]);
    let out = site.out_path("toolkits/starter/guide.pdf");
    assert!(
        !std::fs::symlink_metadata(&out)
            .expect("out")
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read(out).expect("read").starts_with(b"%PDF-"));
}

#[test]
fn content_that_does_not_match_the_extension_is_refused() {
    let stderr = refused(
        |s| {
            let docx = std::fs::read(s.src("toolkits/starter/checklist.docx")).expect("read");
            s.write("toolkits/starter/guide.pdf", docx);
        },
        "toolkits/starter/toolkit.yaml:9:",
        "`guide.pdf` is named as a PDF but its content is a Word document",
    );
    assert!(stderr.contains("rename it to `guide.docx`"), "{stderr}");
    refused(
        |s| s.write("toolkits/money/cash-flow.xlsx", "a,b\n1,2\n"),
        "toolkits/money/toolkit.yaml:7:",
        "is named as an Excel workbook but its content is plain text",
    );
}

#[test]
fn unknown_topic_and_language_are_refused_with_suggestions() {
    let stderr = refused(
        |s| replace_in(s, "toolkits/money/toolkit.yaml", "[finance,", "[finances,"),
        "toolkits/money/toolkit.yaml:4:",
        "unknown topic `finances`",
    );
    assert!(stderr.contains("did you mean `finance`?"), "{stderr}");
    let stderr = refused(
        |s| {
            replace_in(
                s,
                "toolkits/starter/toolkit.yaml",
                "language: so",
                "language: som",
            )
        },
        "toolkits/starter/toolkit.yaml:19:",
        "file `idea-sheet.odt`: unknown language `som`",
    );
    assert!(stderr.contains("did you mean"), "{stderr}");
}

#[test]
fn missing_duplicate_and_unlisted_files_are_reported() {
    refused(
        |s| {
            replace_in(
                s,
                "toolkits/starter/toolkit.yaml",
                "path: guide.pdf",
                "path: gide.pdf",
            )
        },
        "toolkits/starter/toolkit.yaml:9:",
        "listed file `gide.pdf` does not exist",
    );
    refused(
        |s| {
            replace_in(
                s,
                "toolkits/money/toolkit.yaml",
                "path: cash-flow.csv",
                "path: cash-flow.xlsx",
            )
        },
        "toolkits/money/toolkit.yaml",
        "is listed twice",
    );
    let site = SiteTest::new(CASE);
    site.write("toolkits/money/notes.txt", "draft notes\n");
    site.build_ok(&[]).stderr_has(
        "warning: toolkits/money/notes.txt: this file is in a toolkit folder but not listed",
    );
}

#[test]
fn files_over_the_limit_warn_and_fail_with_strict() {
    let site = SiteTest::new(CASE);
    replace_in(
        &site,
        "site.yaml",
        "toolkit_file_limit: 5 MB",
        "toolkit_file_limit: 20 kB",
    );
    let run = site.build_ok(&[]);
    let warning = run
        .stderr_lines("warning:")
        .into_iter()
        .find(|l| l.contains("guide.pdf"))
        .unwrap_or_else(|| panic!("no warning for guide.pdf:\n{}", run.stderr))
        .to_string();
    assert!(
        warning.starts_with("warning: toolkits/starter/toolkit.yaml:9: file `guide.pdf` is "),
        "{warning}"
    );
    assert!(
        warning.ends_with("over the toolkit file limit of 20.0 kB"),
        "{warning}"
    );
    let strict = site
        .build_into(&site.tmp().join("strict"), NOW, &["--strict"])
        .failure();
    assert!(
        strict
            .stderr
            .contains("error: toolkits/starter/toolkit.yaml:9: file `guide.pdf`"),
        "{}",
        strict.stderr
    );
    assert!(!site.tmp().join("strict").exists());
    site.check(&["--strict"]).failure();
}

#[test]
fn toolkit_pages_are_valid_for_the_html_parser_and_read_by_screen_readers() {
    let site = SiteTest::new(CASE);
    site.build_ok(&[]);
    let text = read_in(&site.out, "toolkits/money/index.html");
    let page = Page::parse("money", &text);
    // The accessible name of each download link says what and how big it is.
    for name in page.texts(".files a[download]") {
        assert!(
            name.ends_with(" kB)") || name.ends_with(" bytes)"),
            "{name}"
        );
    }
    assert_eq!(page.count("a[download]"), 4, "three files and the ZIP");
}
