//! Consent reaches every output: people who may not be shown (consent never given, withdrawn,
//! expired, not yet started) and every item featuring them are missing from every file of the
//! built site, in every language; their names in other items are errors; a new profile is never
//! published until its consent block is filled in; anonymous profiles are reviewed.
//! Fixture: `tests/fixtures/withheld` (photos are written by the tests).

use image::{Rgb, RgbImage};

use crate::harness::{SiteTest, tree};

/// The people of the fixture who may not be shown: slug and every form of their name.
const HIDDEN: [(&str, [&str; 3]); 4] = [
    ("ottoline-never", ["Ottoline Never", "Ottoline", "أوتولين"]),
    (
        "barnaby-withdrawn",
        ["Barnaby Withdrawn", "Barnaby", "برنابي"],
    ),
    (
        "cressida-expired",
        ["Cressida Expired", "Cressida", "كريسيدا"],
    ),
    ("desmond-later", ["Desmond Later", "Desmond", "ديزموند"]),
];

/// A JPEG of one colour, different for each person.
fn photo(n: u8) -> Vec<u8> {
    let img = RgbImage::from_pixel(64, 64, Rgb([n.wrapping_mul(53), 200 - n * 20, n * 40]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("encode JPEG");
    out.into_inner()
}

/// The fixture with a photo beside every profile; returns the photos of the hidden people.
pub(crate) fn withheld_site() -> (SiteTest, Vec<Vec<u8>>) {
    let site = SiteTest::new("withheld");
    let mut hidden = Vec::new();
    for (n, slug) in HIDDEN.iter().map(|(s, _)| *s).chain(["amina"]).enumerate() {
        let bytes = photo(n as u8);
        site.write(&format!("content/champions/{slug}/photo.jpg"), &bytes);
        if slug != "amina" {
            hidden.push(bytes);
        }
    }
    (site, hidden)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Every file of the output, text or binary, for every trace of a hidden person.
fn assert_no_trace(site: &SiteTest, photos: &[Vec<u8>]) {
    let files = tree(&site.out);
    assert!(files.len() > 20, "{:?}", files.keys());
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for (slug, forms) in HIDDEN {
            for secret in forms
                .iter()
                .map(|f| f.to_lowercase())
                .chain([slug.to_string()])
            {
                assert!(!text.contains(&secret), "{path} mentions {secret:?}");
                assert!(!path.contains(slug), "file {path} is about {slug}");
            }
            let url = format!("/champions/{slug}");
            assert!(!text.contains(&url), "{path} links to {url}");
        }
        for p in photos {
            assert!(
                !contains(bytes, &p[p.len() / 2..]),
                "{path} holds a hidden photo"
            );
        }
    }
}

#[test]
fn people_who_may_not_be_shown_and_what_features_them_leave_no_trace_in_any_output() {
    let (site, photos) = withheld_site();
    let run = site.build_ok(&[]);
    for (slug, _) in HIDDEN {
        let note = format!(
            "note: content/stories/about-{slug}.md: withheld in every language: this story features `{slug}`, who "
        );
        assert!(
            run.stderr.contains(&note),
            "no note {note:?}:\n{}",
            run.stderr
        );
        assert!(!site.exists(&format!("stories/about-{slug}")));
        assert!(!site.exists(&format!("ar/stories/about-{slug}")));
        assert!(!site.exists(&format!("champions/{slug}")));
    }
    let run = run
        .stderr_has("note: content/events/market-stall.md: withheld in every language: this event features `barnaby-withdrawn`, who has no consent for the web")
        .stderr_has("note: content/opportunities/mentor-with-cressida.md: withheld in every language: this opportunity features `cressida-expired`, who has consent that has expired")
        .stderr_has("features `desmond-later`, who gave consent that starts later")
        .stderr_has("features `ottoline-never`, who has an incomplete consent block");
    assert_eq!(run.stderr_lines("error:"), Vec::<&str>::new());
    assert!(!site.exists("events/market-stall"));
    assert!(!site.exists("opportunities/mentor-with-cressida"));
    // The item rewritten to stand without its person is published, in both languages.
    assert_eq!(
        site.html("stories/market-day-rewritten/index.html")
            .text("h1"),
        "Market day in Ladywood"
    );
    assert!(site.exists("ar/stories/market-day-rewritten/index.html"));
    assert_eq!(
        site.html("stories/market-day-rewritten/index.html")
            .count("aside.champion-card"),
        0
    );
    // The published person and their story are there: the scan below can see a person.
    let all: String = tree(&site.out)
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(all.contains("Amina Yusuf") && all.contains("أمينة"));
    assert!(site.exists("ar/stories/about-amina/index.html"));
    assert_no_trace(&site, &photos);
}

#[test]
fn a_withheld_persons_name_in_another_item_is_an_error_with_file_and_line() {
    let (site, _) = withheld_site();
    site.write(
        "content/pages/thanks.md",
        "---\ntitle: Thanks\nsummary: Who helped.\n---\nMany people helped.\n\nWe thank barnaby for the stall.\n",
    );
    site.write(
        "content/pages/thanks.ar.md",
        "---\ntitle: شكر\nsummary: من ساعد.\n---\nنشكر برنابي، وغيره.\n",
    );
    site.write(
        "content/events/_index.md",
        "---\ntitle: Events\nsummary: What is on.\n---\nStalls run by Barnaby Withdrawn.\n",
    );
    let run = site.build(&[]).failure();
    let errors = run.stderr_lines("error:");
    assert_eq!(
        errors,
        [
            "error: content/events/_index.md:5: names “Barnaby Withdrawn” (champion `barnaby-withdrawn`), who has no consent for the web",
            "error: content/pages/thanks.ar.md:5: names “برنابي” (champion `barnaby-withdrawn`), who has no consent for the web",
            "error: content/pages/thanks.md:7: names “barnaby” (champion `barnaby-withdrawn`), who has no consent for the web",
        ],
        "{}",
        run.stderr
    );
    run.stderr_has("does not silence this");
    site.check(&[]).failure();
}

#[test]
fn without_people_reviewed_does_not_silence_a_name_still_in_the_text() {
    let (site, _) = withheld_site();
    let rel = "content/stories/market-day-rewritten.md";
    let text = std::fs::read_to_string(site.src(rel)).expect("read");
    site.write(rel, text.replace("A volunteer", "Desmond"));
    site.build(&[])
        .failure()
        .stderr_has("error: content/stories/market-day-rewritten.md:9: names “Desmond” (champion `desmond-later`), who gave consent that starts later");
}

#[test]
fn a_published_person_named_without_being_listed_is_a_warning() {
    let (site, _) = withheld_site();
    let rel = "content/stories/market-day-rewritten.md";
    let text = std::fs::read_to_string(site.src(rel)).expect("read");
    site.write(rel, text.replace("A volunteer", "Amina"));
    let run = site.build_ok(&[]);
    run.stderr_has("warning: content/stories/market-day-rewritten.md:9: names “Amina” (champion `amina`) but does not list them")
        .stderr_has("add `people: [amina]`");
    site.write(
        rel,
        text.replace("A volunteer", "Amina")
            .replace("without_people", "people: [amina]\nwithout_people"),
    );
    let run = site.build_ok(&[]);
    let about_amina: Vec<&str> = run
        .stderr_lines("warning:")
        .into_iter()
        .filter(|w| w.contains("`amina`"))
        .collect();
    assert_eq!(about_amina, Vec::<&str>::new(), "{}", run.stderr);
}

#[test]
fn a_new_champion_is_not_published_until_its_consent_is_filled_in() {
    let site = SiteTest::new("minimal");
    let root = site.root.to_string_lossy().into_owned();
    let run = site.run(&["new", "champion", "Pat Example", "--root", &root]);
    let rel = run.success().stdout.trim().to_string();
    let text = std::fs::read_to_string(site.src(&rel)).expect("read scaffold");
    assert!(
        text.contains("uses: []") && text.contains("given: ~"),
        "{text}"
    );
    site.write(&rel, text.replace("draft: true\n", ""));
    let run = site.build_ok(&[]);
    assert!(!site.exists("champions/pat-example"));
    let warnings = run.stderr_lines("warning:");
    for part in ["uses", "given", "recorded_by", "record"] {
        let want = format!("consent `{part}` is missing or empty");
        assert!(warnings.iter().any(|w| w.contains(&want)), "{warnings:?}");
    }
    site.check(&[])
        .success()
        .stderr_has("note: content/champions/pat-example/index.md: not published: this person has an incomplete consent block");
}

#[test]
fn an_anonymous_profile_lists_its_identifying_details_until_reviewed() {
    let site = SiteTest::new("consent");
    let rel = "content/champions/sparrow/index.md";
    let text = std::fs::read_to_string(site.src(rel)).expect("read");
    site.write(
        rel,
        format!("{text}\nA doctor for nine years, with two children at school.\n"),
    );
    let run = site.check(&[]).success();
    let warning = run
        .stderr_lines("warning:")
        .into_iter()
        .find(|w| w.contains("anonymous profile"))
        .unwrap_or_else(|| panic!("no review warning:\n{}", run.stderr))
        .to_string();
    for detail in [
        "neighbourhood `ladywood`",
        "languages Arabic, English",
        "“doctor”",
        "“nine years”",
        "“children”",
    ] {
        assert!(warning.contains(detail), "{detail} missing from {warning}");
    }
    run.stderr_has("identifiers_reviewed: YYYY-MM-DD");
    site.write(
        rel,
        std::fs::read_to_string(site.src(rel))
            .expect("read")
            .replacen(
                "anonymous: true",
                "anonymous: true\nidentifiers_reviewed: 2026-12-01",
                1,
            ),
    );
    let run = site.check(&[]).success();
    assert!(!run.stderr.contains("anonymous profile"), "{}", run.stderr);
}
