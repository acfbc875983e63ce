//! Translated vocabularies: names of neighbourhoods, themes, categories and cost words come from
//! each language's `.ftl` file; a name missing in a language falls back to English and is
//! reported; a name missing in English is an error naming the slug and the file.

use crate::harness::SiteTest;

const CASE: &str = "vocab";

fn built() -> SiteTest {
    let site = SiteTest::new(CASE);
    site.build_ok(&[]);
    site
}

#[test]
fn urdu_and_arabic_pages_show_translated_names_and_no_english_ones() {
    let site = built();
    let ur = site.html("ur/events/drop-in/index.html");
    // What the reader sees (not the JSON-LD, whose `isAccessibleForFree` is schema.org's).
    let main = ur.texts("main dd, main dt, main li, main a").join(" | ");
    assert!(main.contains("کیپ ہل"), "Urdu neighbourhood name: {main}");
    assert!(main.contains("مہارتوں کا ملاپ"), "Urdu theme name: {main}");
    for english in ["Cape Hill", "Free", "Skills matching", "Training"] {
        assert!(
            !main.contains(english),
            "English `{english}` on the Urdu page: {main}"
        );
    }
    let ar = site.html("ar/events/index.html");
    let filters = ar.text(".filters");
    assert!(filters.contains("كيب هيل"), "Arabic filter bar: {filters}");
    assert!(!filters.contains("Cape Hill"), "{filters}");
    assert!(!filters.contains("Free"), "{filters}");
    let place = site.html("ar/events/neighbourhood/cape-hill/index.html");
    assert!(place.text("h1").contains("كيب هيل"), "{}", place.text("h1"));
    let en = site.html("events/drop-in/index.html");
    assert!(
        en.text("main").contains("Cape Hill"),
        "English keeps English"
    );
}

#[test]
fn a_name_missing_in_one_language_falls_back_to_english_and_is_reported() {
    let site = SiteTest::new(CASE);
    let ar = site.source_text("locales/ar.ftl");
    let without: String = ar
        .lines()
        .filter(|l| !l.starts_with("neighbourhood-cape-hill ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(without, ar, "the Arabic file had the name");
    site.write("locales/ar.ftl", without);
    let run = site.check(&[]).success();
    let note = run
        .stderr
        .lines()
        .find(|l| l.contains("locales/ar.ftl") && l.contains("name(s) not translated yet"))
        .unwrap_or_else(|| panic!("no note for the missing name:\n{}", run.stderr));
    assert!(note.contains("neighbourhood-cape-hill"), "{note}");
    assert!(
        !run.stderr.contains(
            "UI string(s) not translated yet, shown in the default language: neighbourhood"
        ),
        "reported once, as a name"
    );
    site.build_ok(&[]);
    let page = site.html("ar/events/drop-in/index.html");
    assert!(
        page.text("main").contains("Cape Hill"),
        "falls back to English"
    );
    let i18n = site.run(&[
        "i18n",
        "--root",
        &site.root.to_string_lossy(),
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&i18n.success().stdout).expect("json");
    let ar = json["languages"]
        .as_array()
        .and_then(|l| l.iter().find(|l| l["code"] == "ar"))
        .expect("ar in the report");
    assert_eq!(
        ar["names_missing"],
        serde_json::json!(["neighbourhood-cape-hill"])
    );
    assert!(ar["names_total"].as_u64().unwrap_or(0) > 10, "{ar}");
}

#[test]
fn a_name_missing_in_english_is_an_error_naming_the_slug_and_the_file() {
    let site = SiteTest::new(CASE);
    let yaml = site.source_text("site.yaml");
    site.write(
        "site.yaml",
        yaml.replace("  - soho\n", "  - soho\n  - hockley\n"),
    );
    let run = site.check(&[]).failure();
    let err = run
        .stderr
        .lines()
        .find(|l| l.starts_with("error: locales/en.ftl"))
        .unwrap_or_else(|| panic!("no error on en.ftl:\n{}", run.stderr));
    assert!(
        err.contains("`hockley`") && err.contains("neighbourhood-hockley"),
        "{err}"
    );
    run.stderr_has("add a line `neighbourhood-hockley = Its name` to locales/en.ftl");
}

#[test]
fn a_name_written_in_site_yaml_is_refused_with_where_it_goes_now() {
    let site = SiteTest::new(CASE);
    let yaml = site.source_text("site.yaml");
    site.write(
        "site.yaml",
        yaml.replace("  - soho\n", "  - { slug: soho, name: Soho }\n"),
    );
    let run = site.check(&[]).failure();
    run.stderr_has("error: site.yaml:9: vocabulary entry `soho` in `neighbourhoods` has a `name:`")
        .stderr_has("`neighbourhood-soho = Soho` in locales/en.ftl");
}
