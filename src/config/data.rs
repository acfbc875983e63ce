//! The site's shared records in `data/`: organisations (`data/organisations.yaml`), venues
//! (`data/venues.yaml`) and developments (`data/developments.yaml`). Each file is a mapping
//! from an id to a record; front matter names records by id (`organisations: [learning-works]`,
//! `venue: summerfield-community-centre`), so a partner or a place is written once. A missing
//! file is an empty list. Records are kept sorted by id.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::venue::Venue;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::frontmatter::parse_yaml;

/// A partner: a social enterprise, a trust, a college, a community centre.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Name as written in the site's default language.
    pub name: String,
    /// One or two sentences on what it does for residents.
    pub summary: String,
    /// Its own web site.
    #[serde(default)]
    pub url: Option<String>,
    /// Its name and summary in other languages, by language code.
    #[serde(default)]
    pub translations: BTreeMap<String, Text>,
}

/// A capital project of the area (a hospital, housing, a park) and what it offers residents.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Development {
    /// Name as written in the site's default language.
    pub name: String,
    /// One or two sentences on the project.
    pub summary: String,
    /// What it offers residents (jobs, training, homes, space), one line each.
    #[serde(default)]
    pub offers: Vec<String>,
    /// Ids of the organisations behind it.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Its own web site.
    #[serde(default)]
    pub url: Option<String>,
    /// Its text in other languages, by language code.
    #[serde(default)]
    pub translations: BTreeMap<String, Text>,
}

/// A record's text in one language; what is left out stays in the default language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Summary.
    #[serde(default)]
    pub summary: Option<String>,
    /// A development's offers, all of them.
    #[serde(default)]
    pub offers: Option<Vec<String>>,
    /// Whether a reader of the language has checked it (`useit i18n` lists those that are not).
    #[serde(default = "yes")]
    pub reviewed: bool,
}

fn yes() -> bool {
    true
}

/// A record's name and summary in the language `code`: the translation's where it gives them.
fn text_in<'a>(
    name: &'a str,
    summary: &'a str,
    translations: &'a BTreeMap<String, Text>,
    code: &str,
) -> (&'a str, &'a str) {
    let t = translations.get(code);
    let name = t.and_then(|t| t.name.as_deref()).unwrap_or(name);
    (
        name,
        t.and_then(|t| t.summary.as_deref()).unwrap_or(summary),
    )
}

impl Organisation {
    /// Its name and summary in the language `code`.
    pub fn text_in(&self, code: &str) -> (&str, &str) {
        text_in(&self.name, &self.summary, &self.translations, code)
    }
}

impl Development {
    /// Its name and summary in the language `code`.
    pub fn text_in(&self, code: &str) -> (&str, &str) {
        text_in(&self.name, &self.summary, &self.translations, code)
    }

    /// What it offers, in the language `code`.
    pub fn offers_in(&self, code: &str) -> &[String] {
        let t = self.translations.get(code);
        t.and_then(|t| t.offers.as_deref()).unwrap_or(&self.offers)
    }
}

/// The records of `data/`, each list sorted by id.
#[derive(Debug, Clone, Default)]
pub struct SiteData {
    /// `data/organisations.yaml`.
    pub organisations: Vec<(String, Organisation)>,
    /// `data/developments.yaml`.
    pub developments: Vec<(String, Development)>,
    /// `data/venues.yaml`.
    pub venues: Vec<(String, Venue)>,
}

/// The data files, by the field that names their records.
pub const FILES: [(&str, &str); 3] = [
    ("organisations", "data/organisations.yaml"),
    ("developments", "data/developments.yaml"),
    ("venue", "data/venues.yaml"),
];

impl SiteData {
    /// The organisation with `id`.
    pub fn organisation(&self, id: &str) -> Option<usize> {
        self.organisations
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
    }

    /// The development with `id`.
    pub fn development(&self, id: &str) -> Option<usize> {
        self.developments
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
    }

    /// The venue with `id`.
    pub fn venue(&self, id: &str) -> Option<&Venue> {
        let i = self.venues.binary_search_by(|(k, _)| k.as_str().cmp(id));
        i.ok().map(|i| &self.venues[i].1)
    }

    /// The ids of the records `field` names (`organisations`, `developments`, `venue`).
    pub fn ids(&self, field: &str) -> Vec<&str> {
        fn keys<T>(list: &[(String, T)]) -> Vec<&str> {
            list.iter().map(|(k, _)| k.as_str()).collect()
        }
        match field {
            "organisations" => keys(&self.organisations),
            "developments" => keys(&self.developments),
            _ => keys(&self.venues),
        }
    }
}

/// The file that holds the records `field` names.
pub fn file_of(field: &str) -> &'static str {
    FILES
        .iter()
        .find(|(f, _)| *f == field)
        .map_or("data/", |(_, p)| p)
}

/// Reads the data files under `root`, checked against the site's languages.
pub fn load(root: &Path, languages: &[super::Language]) -> Result<SiteData, Diagnostics> {
    let languages: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let languages = &languages[..];
    let mut ds = Diagnostics::default();
    let mut organisations = read::<Organisation>(root, FILES[0].1, &mut ds);
    let mut developments = read::<Development>(root, FILES[1].1, &mut ds);
    let mut venues = read::<Venue>(root, FILES[2].1, &mut ds);
    let data = SiteData {
        organisations: std::mem::take(&mut organisations.records),
        developments: std::mem::take(&mut developments.records),
        venues: std::mem::take(&mut venues.records),
    };
    let org_ids = data.ids("organisations");
    for (id, o) in &data.organisations {
        let at = organisations.at(id);
        check_text(&at, &o.name, &o.summary, o.url.as_deref(), &mut ds);
        check_translations(&at, &o.translations, languages, &mut ds);
    }
    for (id, d) in &data.developments {
        let at = developments.at(id);
        check_text(&at, &d.name, &d.summary, d.url.as_deref(), &mut ds);
        check_translations(&at, &d.translations, languages, &mut ds);
        for o in d
            .organisations
            .iter()
            .filter(|o| !org_ids.contains(&o.as_str()))
        {
            ds.push(at.error(
                format!(
                    "`{id}` names the organisation `{o}`, which is not in data/organisations.yaml"
                ),
                crate::diag::suggest(o, org_ids.iter().copied(), "data/organisations.yaml"),
            ));
        }
    }
    for (id, v) in &data.venues {
        let at = venues.at(id);
        if v.name.trim().is_empty() {
            ds.push(at.error(format!("venue `{id}` has no name"), "write `name:` for it"));
        }
        if v.address.is_some() && v.postcode.is_none() {
            ds.push(at.error(
                format!("venue `{id}` has an address but no postcode"),
                "add `postcode:` (e.g. `postcode: B18 4EJ`): readers and map searches find the place by it",
            ));
        }
        if let Some(m) = v
            .map
            .as_deref()
            .filter(|m| !crate::util::url::is_web_address(m))
        {
            ds.push(at.error(
                format!("venue `{id}` has a `map` link `{m}` that is not a web address"),
                "write the full address of the map page, starting with https://",
            ));
        }
    }
    if ds.has_errors() { Err(ds) } else { Ok(data) }
}

/// One data file as read: its records and text (to place problems at their id's line).
struct Read<T> {
    path: &'static str,
    text: String,
    records: Vec<(String, T)>,
}

impl<T> Read<T> {
    fn at<'a>(&'a self, id: &'a str) -> At<'a> {
        At {
            path: self.path,
            text: &self.text,
            id,
        }
    }
}

/// Where a record is written: its line is looked for only when there is a problem to place.
struct At<'a> {
    path: &'a str,
    text: &'a str,
    id: &'a str,
}

impl At<'_> {
    fn error(&self, message: impl Into<String>, help: impl Into<String>) -> Diagnostic {
        let d = Diagnostic::error(Path::new(self.path), message).with_help(help);
        let key = format!("{}:", self.id);
        match self.text.lines().position(|l| l.starts_with(&key)) {
            Some(i) => d.at_line(i + 1),
            None => d,
        }
    }
}

fn read<T: serde::de::DeserializeOwned>(
    root: &Path,
    rel: &'static str,
    ds: &mut Diagnostics,
) -> Read<T> {
    let empty = |text: String| Read {
        path: rel,
        text,
        records: Vec::new(),
    };
    let full = root.join(rel);
    if !full.exists() {
        return empty(String::new());
    }
    let text = match crate::util::fs::read_regular_text(&full, crate::util::fs::MAX_SOURCE_BYTES) {
        Ok(t) => t,
        Err(e) => {
            ds.push(
                Diagnostic::error(Path::new(rel), format!("cannot read {rel}: {e}"))
                    .with_help("make it a plain text file of YAML, or remove it"),
            );
            return empty(String::new());
        }
    };
    let map: BTreeMap<String, T> = match parse_yaml(&text, Path::new(rel), 0) {
        Ok(m) => m,
        Err(d) => {
            ds.push(*d);
            return empty(text);
        }
    };
    let read = Read {
        path: rel,
        records: map.into_iter().collect(),
        text,
    };
    for (id, _) in &read.records {
        if crate::util::slug::slugify(id) != *id {
            ds.push(read.at(id).error(
                format!("the id `{id}` is not written in lower-case letters, digits and hyphens"),
                format!(
                    "ids are web addresses and are named in front matter: write `{}`",
                    crate::util::slug::slugify(id)
                ),
            ));
        }
    }
    read
}

fn check_text(at: &At<'_>, name: &str, summary: &str, url: Option<&str>, ds: &mut Diagnostics) {
    if name.trim().is_empty() || summary.trim().is_empty() {
        ds.push(at.error(
            "a record needs a `name` and a `summary` that are more than white space",
            "write the name readers see and one sentence about it",
        ));
    }
    if let Some(u) = url.filter(|u| !crate::util::url::is_web_address(u)) {
        ds.push(at.error(
            format!("`url` `{u}` is not a web address"),
            "write the full address, starting with https://",
        ));
    }
}

fn check_translations(
    at: &At<'_>,
    translations: &BTreeMap<String, Text>,
    languages: &[&str],
    ds: &mut Diagnostics,
) {
    for code in translations.keys() {
        if !languages[1..].contains(&code.as_str()) {
            ds.push(at.error(
                format!(
                    "`translations` has `{code}`, which is not one of the site's other languages"
                ),
                format!("use one of: {}", languages[1..].join(", ")),
            ));
        }
    }
}
