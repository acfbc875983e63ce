//! The bundled portal at dates across its life (2018, after a consent expires in 2028, and
//! 2031, when most consents have ended): the build names every person it does not publish, and
//! no output file (text or binary, any language) holds their name, another form of it, their
//! profile's address, their photo or anything of an item withheld because it features them.
//!
//! The people withheld at each date are read from the build's own notes, their names from their
//! profiles' front matter, and their photos' output names from a build where they are shown, so
//! the test follows the content when the comms team changes it.

use std::collections::{BTreeMap, BTreeSet};

use crate::harness::{NOW, Page, SiteTest, repo_root, tree};

/// Dates across the programme's life: before it, after Hodan Ali's consent ended, years on.
const DATES: [&str; 3] = [
    "2018-03-15T09:00:00Z",
    "2028-03-05T09:00:00Z",
    "2031-12-01T09:00:00Z",
];

/// Every form of a champion's name from their profile: `name:` and `also_known_as:`.
fn name_forms(slug: &str) -> Vec<String> {
    let path = repo_root().join(format!("content/champions/{slug}/index.md"));
    let text = std::fs::read_to_string(&path).expect("read profile");
    let mut forms = Vec::new();
    for line in text.lines().skip(1).take_while(|l| *l != "---") {
        if let Some(v) = line.strip_prefix("name:") {
            forms.push(v.trim().trim_matches('"').to_string());
        } else if let Some(v) = line.strip_prefix("also_known_as:") {
            let v = v.trim().trim_start_matches('[').trim_end_matches(']');
            forms.extend(v.split(',').map(|f| f.trim().trim_matches('"').to_string()));
        }
    }
    forms.retain(|f| !f.is_empty());
    forms
}

/// Whether `form` occurs in `text` as a whole word (case-insensitive; both already lower-case).
fn has_word(text: &str, form: &str) -> bool {
    text.match_indices(form).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + form.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The sources the build's notes name with `marker`, as `<folder>/<slug>` (`stories/x`).
fn noted(stderr: &str, marker: &str) -> BTreeSet<String> {
    stderr
        .lines()
        .filter(|l| l.contains(marker))
        .filter_map(|l| l.strip_prefix("note: content/"))
        .filter_map(|rest| {
            let (folder, rest) = rest.split_once('/')?;
            let slug = rest.split(['/', '.', ':']).next()?;
            Some(format!("{folder}/{slug}"))
        })
        .collect()
}

/// The images (`/images/<name>`) a page shows, without their size suffix.
fn image_names(page: &Page) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for attr in ["src", "srcset"] {
        for value in page.attrs("img", attr) {
            for part in value.split([' ', ',']) {
                if let Some(name) = part.split("/images/").nth(1) {
                    let stem = name.rsplit_once('-').map_or(name, |(s, _)| s);
                    names.insert(stem.to_string());
                }
            }
        }
    }
    names
}

/// The pictures of each item page (`stories/x`), from a build where most people are shown.
fn pictures_at_now(site: &SiteTest) -> BTreeMap<String, BTreeSet<String>> {
    let out = site.tmp().join("reference");
    site.build_into(&out, NOW, &[]).success();
    let mut pictures = BTreeMap::new();
    for (path, bytes) in tree(&out) {
        // `<folder>/<slug>/index.html` of the default language: an item page.
        let Some(item) = path.strip_suffix("/index.html") else {
            continue;
        };
        if item.matches('/').count() != 1 {
            continue;
        }
        let page = Page::parse(&path, &String::from_utf8_lossy(&bytes));
        pictures.insert(item.to_string(), image_names(&page));
    }
    pictures
}

#[test]
fn the_portal_at_any_date_shows_nothing_of_a_person_it_does_not_publish() {
    let site = SiteTest::portal();
    let pictures = pictures_at_now(&site);
    let mut seen_withheld = BTreeSet::new();
    for when in DATES {
        let out = site.tmp().join(&when[..10]);
        let run = site.build_into(&out, when, &[]).success();
        let people: BTreeSet<String> = noted(&run.stderr, ": not published:")
            .iter()
            .filter_map(|p| p.strip_prefix("champions/"))
            .map(str::to_string)
            .collect();
        let items = noted(&run.stderr, ": withheld in every language");
        assert!(
            !people.is_empty(),
            "{when}: nobody withheld?\n{}",
            run.stderr
        );
        let mut secrets: Vec<(String, String)> = Vec::new();
        for slug in &people {
            for form in name_forms(slug) {
                secrets.push((slug.clone(), form.to_lowercase()));
            }
        }
        let mut urls: Vec<String> = people.iter().map(|s| format!("champions/{s}/")).collect();
        urls.extend(items.iter().map(|s| format!("{s}/")));
        let images: BTreeSet<&String> = people
            .iter()
            .map(|s| format!("champions/{s}"))
            .chain(items.iter().cloned())
            .filter_map(|s| pictures.get(&s))
            .flatten()
            .collect();
        let files = tree(&out);
        assert!(files.len() > 500, "{when}: only {} files", files.len());
        for (path, bytes) in &files {
            let text = String::from_utf8_lossy(bytes).to_lowercase();
            for (slug, form) in &secrets {
                assert!(
                    !has_word(&text, form),
                    "{when}: {path} names {slug} ({form:?})"
                );
            }
            for url in &urls {
                assert!(!path.contains(url.as_str()), "{when}: {path} exists");
                assert!(
                    !text.contains(url.as_str()),
                    "{when}: {path} links to {url}"
                );
            }
            for image in &images {
                assert!(!path.contains(image.as_str()), "{when}: {path} is withheld");
                assert!(
                    !text.contains(image.as_str()),
                    "{when}: {path} shows {image}"
                );
            }
        }
        seen_withheld.extend(people);
    }
    // The dates are chosen so that each consent rule is exercised: never given (Delroy), not
    // yet started (Imran in 2018), expired (Hodan in 2028, most in 2031).
    for slug in [
        "delroy-campbell",
        "imran-hussain",
        "hodan-ali",
        "tomasz-nowak",
    ] {
        assert!(seen_withheld.contains(slug), "{slug} never withheld");
    }
}

#[test]
fn whole_word_matching_finds_names_in_any_script() {
    assert!(has_word("لقد قال توماش إن", "توماش"));
    assert!(has_word("(tomasz),", "tomasz"));
    assert!(!has_word("tomasza", "tomasz"));
    assert!(!has_word("hodanx", "hodan"));
}
