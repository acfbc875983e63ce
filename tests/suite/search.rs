//! The search index built into `useit build` (Pagefind, in process): one bundle per language,
//! a search page per language, the header form on every page, no script anywhere else (but
//! the share links' copy button),
//! nobody withheld or anonymous in the index, the same bytes from two builds, a subpath base
//! URL, one note for the languages Pagefind cannot stem, and `check` writing nothing.

use std::collections::BTreeMap;
use std::io::Read;

use crate::harness::{Page, SiteTest, tree};

const LANGS: [&str; 6] = ["en", "ur", "ar", "pl", "bn", "so"];

/// The language prefix of a page path in the portal (`""` for English).
fn prefix(code: &str) -> String {
    if code == "en" {
        String::new()
    } else {
        format!("{code}/")
    }
}

/// Every file of the bundles under `pagefind/`, gzip files decompressed (Pagefind's index,
/// fragments, metadata and WebAssembly are gzip).
fn index_files(out: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    tree(&out.join("pagefind"))
        .into_iter()
        .map(|(path, bytes)| {
            let mut plain = Vec::new();
            let gz = bytes.starts_with(&[0x1f, 0x8b]);
            if gz {
                flate2::read::GzDecoder::new(&bytes[..])
                    .read_to_end(&mut plain)
                    .unwrap_or_else(|e| panic!("pagefind/{path} is not valid gzip: {e}"));
            }
            (path, if gz { plain } else { bytes })
        })
        .collect()
}

/// The text of every fragment (one indexed page each) of the bundle of `code`.
fn fragments(files: &BTreeMap<String, Vec<u8>>, code: &str) -> Vec<String> {
    files
        .iter()
        .filter(|(p, _)| p.starts_with(&format!("{code}/fragment/")))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect()
}

#[test]
fn portal_has_an_index_and_a_search_page_per_language() {
    let site = SiteTest::portal();
    let run = site.build_ok(&[]);
    let files = index_files(&site.out);
    for code in LANGS {
        let entry =
            String::from_utf8_lossy(&files[&format!("{code}/pagefind-entry.json")]).into_owned();
        assert!(entry.contains(&format!("\"{code}\"")), "{code}: {entry}");
        assert!(
            files.contains_key(&format!("{code}/pagefind.js")),
            "{code}: no pagefind.js"
        );
        let frags = fragments(&files, code);
        assert!(
            frags.len() >= 3,
            "{code}: only {} pages indexed",
            frags.len()
        );
        // Only item pages are indexed (their main content), never listings or the home page.
        for f in &frags {
            assert!(
                !f.contains("\"url\":\"/opportunities/\""),
                "{code}: a listing is indexed"
            );
        }
        let page = site.html(&format!("{}search/index.html", prefix(code)));
        let form = page.attrs("form#search-form", "data-bundle");
        assert_eq!(form, [format!("/pagefind/{code}/")], "{code}");
        assert_eq!(page.attrs("#search-q", "name"), ["q"], "{code}");
        let script = page.attr("script[type=module]", "src");
        assert!(
            script.starts_with("/assets/search.") && script.ends_with(".js"),
            "{code}: the fingerprinted script, not {script}"
        );
        assert!(site.exists(script.trim_start_matches('/')), "{script}");
        assert_eq!(page.texts("noscript").len(), 1, "{code}: no noscript note");
    }
    let en = site.html("search/index.html");
    assert!(en.texts("noscript")[0].contains("needs JavaScript"));
    let hrefs: Vec<String> = en
        .links(".search-browse a")
        .into_iter()
        .map(|l| l.1)
        .collect();
    for want in ["/opportunities/", "/events/", "/opportunities/only/free/"] {
        assert!(
            hrefs.iter().any(|h| h == want),
            "no link to {want}: {hrefs:?}"
        );
    }
    let ur = site.html("ur/search/index.html");
    assert!(
        ur.links(".search-browse a")
            .iter()
            .all(|l| l.1.starts_with("/ur/"))
    );
    // The words of a page are in its language's index, with its kind as a filter and meta.
    let en_text = fragments(&files, "en").join("\n");
    assert!(
        en_text.contains("IELTS"),
        "IELTS is not in the English index"
    );
    assert!(en_text.contains("\"kind\":"), "no kind filter or meta");
    // Pagefind stems en, ar and pl, not ur, bn or so: one note says so, once.
    let notes: Vec<&str> = run
        .stderr_lines("note")
        .into_iter()
        .filter(|l| l.contains("stemmer"))
        .collect();
    assert_eq!(notes.len(), 1, "{}", run.stderr);
    assert!(notes[0].contains("ur, bn, so"), "{}", notes[0]);
}

#[test]
fn header_form_everywhere_and_no_script_outside_the_search_page() {
    let site = SiteTest::portal();
    site.build_ok(&[]);
    assert_eq!(
        site.html("index.html").attrs("form.search-form", "action"),
        ["/search/"]
    );
    assert_eq!(
        site.html("ur/index.html")
            .attrs("form.search-form", "action"),
        ["/ur/search/"]
    );
    assert_eq!(
        site.html("index.html")
            .attrs("form.search-form input", "name"),
        ["q"]
    );
    let mut pages = 0;
    for (path, bytes) in tree(&site.out) {
        if !path.ends_with(".html") || path.starts_with("pagefind/") {
            continue;
        }
        let page = Page::parse(&path, &String::from_utf8_lossy(&bytes));
        if page.texts("header.site-header").is_empty() {
            continue; // a printable flyer: no site header at all
        }
        pages += 1;
        let forms = page.attrs("header form.search-form", "method");
        assert_eq!(forms, ["get"], "{path}: no header search form");
        let scripts: Vec<String> = page
            .attrs("script", "type")
            .into_iter()
            .filter(|t| t != "application/ld+json")
            .collect();
        let search_page = LANGS
            .iter()
            .any(|c| path == format!("{}search/index.html", prefix(c)));
        if search_page {
            assert_eq!(scripts, ["module"], "{path}");
        } else if page.count("aside.share") == 1 {
            // The share links' copy button (src/render/share.rs), from the site itself.
            assert_eq!(page.attrs("script", "src"), ["/share.js"], "{path}");
        } else {
            assert!(scripts.is_empty(), "{path} has a script: {scripts:?}");
        }
    }
    assert!(pages > 50, "only {pages} pages");
}

#[test]
fn nobody_withheld_or_anonymous_is_in_the_index() {
    let (site, _) = crate::consent::withheld_site();
    site.build_ok(&[]);
    let files = index_files(&site.out);
    let all: String = files
        .values()
        .map(|b| String::from_utf8_lossy(b).to_lowercase())
        .collect();
    // The consenting champion is indexed, so the index is read correctly.
    assert!(
        all.contains("amina"),
        "the consenting champion is not indexed"
    );
    for secret in [
        "ottoline",
        "barnaby",
        "cressida",
        "desmond",
        "أوتولين",
        "برنابي",
    ] {
        assert!(!all.contains(secret), "{secret} is in the search index");
        for (path, bytes) in tree(&site.out) {
            let text = String::from_utf8_lossy(&bytes).to_lowercase();
            assert!(!text.contains(secret), "{secret} is in {path}");
        }
    }
    // The portal's anonymous champion has a page, but it is not in any index.
    let portal = SiteTest::portal();
    portal.build_ok(&[]);
    assert!(portal.exists("champions/noor/index.html"));
    for (path, bytes) in index_files(&portal.out) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("champions/noor/"),
            "the anonymous champion is in pagefind/{path}"
        );
    }
}

#[test]
fn two_builds_give_the_same_index_and_a_subpath_works() {
    let site = SiteTest::portal();
    let now = crate::harness::NOW;
    let (a, b) = (site.tmp().join("a"), site.tmp().join("b"));
    site.build_into(&a, now, &[]).success();
    site.build_into(&b, now, &[]).success();
    let (ta, tb) = (tree(&a.join("pagefind")), tree(&b.join("pagefind")));
    assert!(ta.len() > 20, "{:?}", ta.keys());
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(
            tb[path] == *bytes,
            "pagefind/{path} differs between two builds"
        );
    }
    let sub = site.tmp().join("sub");
    site.build_into(&sub, now, &["--base-url", "https://example.org/portal/"])
        .success();
    let page = Page::parse(
        "search",
        &crate::harness::read_in(&sub, "ur/search/index.html"),
    );
    assert_eq!(
        page.attrs("#search-form", "data-bundle"),
        ["/portal/pagefind/ur/"]
    );
    let script = page.attr("script[type=module]", "src");
    assert!(
        script.starts_with("/portal/assets/search.") && script.ends_with(".js"),
        "{script}"
    );
    assert_eq!(
        page.attrs("form.search-form", "action"),
        ["/portal/ur/search/"]
    );
    let files = index_files(&sub);
    let en = fragments(&files, "en").join("\n");
    assert!(en.contains("\"url\":\"/portal/"), "URLs lack the subpath");
    assert!(
        !en.contains("\"url\":\"/opportunities"),
        "a URL without the subpath"
    );
}

#[test]
fn check_writes_no_index() {
    let (site, _) = crate::consent::withheld_site();
    let run = site.check(&[]).success();
    // English and Arabic are both stemmed: no note.
    assert!(!run.stderr.contains("stemmer"), "{}", run.stderr);
    assert!(!site.out.exists(), "check wrote {}", site.out.display());
    assert!(!site.src("pagefind").exists() && !site.src("public").exists());
}

#[test]
fn a_page_with_search_false_stays_out_of_the_index() {
    let (site, _) = crate::consent::withheld_site();
    let page = |title: &str, extra: &str| {
        format!("---\ntitle: {title}\nsummary: A page.\n{extra}---\nThe word {title} is here.\n")
    };
    site.write("content/pages/quokkaindexed.md", page("Quokkaindexed", ""));
    site.write(
        "content/pages/wombatprivate.md",
        page("Wombatprivate", "search: false\n"),
    );
    site.build_ok(&[]);
    assert!(
        site.read("wombatprivate/index.html")
            .contains("Wombatprivate")
    );
    let all: String = index_files(&site.out)
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(all.contains("Quokkaindexed"), "a page is not indexed");
    assert!(
        !all.contains("Wombatprivate"),
        "a page with `search: false` is indexed"
    );
}
