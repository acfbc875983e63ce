//! `useit i18n`: how much of the site exists in each language. Per language: pages translated
//! out of the total per kind, UI strings missing, translations whose original's text changed
//! since they were made (stale: the hash they record, `source_hash:`, is not the original's
//! now; see [`super::source`]), and translations not yet reviewed by a fluent speaker.
//!
//! Entry points: [`coverage`] computes it from the model; [`table`] prints it; the `Coverage`
//! value serialises to JSON for CI.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Serialize;

use super::fluent::Locales;
use crate::config::Config;
use crate::model::{Kind, Site};

/// Coverage of one language.
#[derive(Debug, Serialize)]
pub struct LanguageCoverage {
    /// Code.
    pub code: String,
    /// English name.
    pub name: String,
    /// Per kind: (translated, total).
    pub pages: BTreeMap<&'static str, (usize, usize)>,
    /// Translated pages over all kinds.
    pub translated: usize,
    /// Pages in the default language.
    pub total: usize,
    /// UI strings missing (shown in the default language).
    pub ui_missing: Vec<String>,
    /// UI strings in the default language.
    pub ui_total: usize,
    /// Names of vocabularies (neighbourhoods, themes, topics, audiences) missing (shown in the
    /// default language); they are among `ui_missing` too.
    pub names_missing: Vec<String>,
    /// Names in the default language.
    pub names_total: usize,
    /// Translations whose original's text changed since they were made, or that record no
    /// `source_hash` (those are in `unrecorded` too): source paths.
    pub stale: Vec<String>,
    /// Translations with no record of what they were made from (no `source_hash`).
    pub unrecorded: Vec<String>,
    /// Translations marked `reviewed: false`: source paths.
    pub unreviewed: Vec<String>,
}

/// Coverage of every language but the default.
#[derive(Debug, Serialize)]
pub struct Coverage {
    /// The default language.
    pub default: String,
    /// One entry per other language.
    pub languages: Vec<LanguageCoverage>,
}

/// Computes coverage from the model, the UI strings and the current hash of every translated
/// original's text ([`super::source::current_hashes`]).
pub fn coverage(
    site: &Site,
    config: &Config,
    locales: &Locales,
    hashes: &HashMap<PathBuf, Result<String, String>>,
) -> Coverage {
    let kinds = [
        Kind::Home,
        Kind::Page,
        Kind::Story,
        Kind::Champion,
        Kind::Event,
        Kind::Opportunity,
        Kind::Survey,
        Kind::Toolkit,
    ];
    let languages = config
        .site
        .languages
        .iter()
        .enumerate()
        .skip(1)
        .map(|(lang, l)| {
            let mut pages = BTreeMap::new();
            let (mut translated, mut total) = (0, 0);
            for k in kinds {
                let originals: Vec<usize> = (0..site.items.len())
                    .filter(|&i| site.items[i].kind == k && site.items[i].lang == 0)
                    .collect();
                let done = originals
                    .iter()
                    .filter(|&&i| {
                        site.items[i]
                            .translations
                            .get(lang)
                            .copied()
                            .flatten()
                            .is_some()
                    })
                    .count();
                if !originals.is_empty() {
                    pages.insert(k.name(), (done, originals.len()));
                }
                translated += done;
                total += originals.len();
            }
            let (stale, unrecorded, mut unreviewed) = freshness(site, lang, hashes);
            unreviewed.extend(unreviewed_records(config, &l.code));
            LanguageCoverage {
                code: l.code.clone(),
                name: l.name.clone(),
                pages,
                translated,
                total,
                ui_missing: locales.missing(lang),
                ui_total: locales.key_count(),
                names_missing: super::vocab::missing(locales, lang),
                names_total: super::vocab::total(locales),
                stale,
                unrecorded,
                unreviewed,
            }
        })
        .collect();
    Coverage {
        default: config.site.languages[0].code.clone(),
        languages,
    }
}

/// The translations into `lang` that are stale, that record no `source_hash` (stale too), and
/// that are not reviewed: source paths.
fn freshness(
    site: &Site,
    lang: usize,
    hashes: &HashMap<PathBuf, Result<String, String>>,
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut stale = Vec::new();
    let mut unrecorded = Vec::new();
    let mut unreviewed = Vec::new();
    for it in site.items.iter().filter(|it| it.lang == lang) {
        let Some(orig) = it.original.map(|o| &site.items[o]) else {
            continue;
        };
        let path = it.source.display().to_string();
        let now = hashes.get(&orig.source).and_then(|h| h.as_ref().ok());
        match &it.made_from {
            None => {
                stale.push(path.clone());
                unrecorded.push(path.clone());
            }
            Some(made) if now.is_some_and(|n| n != made) => stale.push(path.clone()),
            Some(_) => {}
        }
        if !it.reviewed {
            unreviewed.push(path);
        }
    }
    (stale, unrecorded, unreviewed)
}

/// The records of `data/` whose translation into `code` is marked `reviewed: false`, as
/// `data/<file>.yaml: <id>`.
fn unreviewed_records(config: &crate::config::Config, code: &str) -> Vec<String> {
    let draft =
        |t: &BTreeMap<String, crate::config::data::Text>| t.get(code).is_some_and(|t| !t.reviewed);
    let data = &config.data;
    let orgs = data
        .organisations
        .iter()
        .filter(|(_, o)| draft(&o.translations));
    let devs = data
        .developments
        .iter()
        .filter(|(_, d)| draft(&d.translations));
    orgs.map(|(id, _)| format!("data/organisations.yaml: {id}"))
        .chain(devs.map(|(id, _)| format!("data/developments.yaml: {id}")))
        .collect()
}

/// A plain-text table, one block per language.
pub fn table(c: &Coverage) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<6} {:<10} {:>12} {:>12} {:>12} {:>6} {:>11}",
        "lang", "name", "pages", "UI strings", "names", "stale", "unreviewed"
    );
    for l in &c.languages {
        let pct = |a: usize, b: usize| (a * 100).checked_div(b).unwrap_or(100);
        let _ = writeln!(
            s,
            "{:<6} {:<10} {:>5}/{:<4}{:>3}% {:>5}/{:<4}{:>3}% {:>5}/{:<4}{:>3}% {:>4} {:>9}",
            l.code,
            l.name,
            l.translated,
            l.total,
            pct(l.translated, l.total),
            l.ui_total - l.ui_missing.len(),
            l.ui_total,
            pct(l.ui_total - l.ui_missing.len(), l.ui_total),
            l.names_total - l.names_missing.len(),
            l.names_total,
            pct(l.names_total - l.names_missing.len(), l.names_total),
            l.stale.len(),
            l.unreviewed.len()
        );
        let kinds: Vec<String> = l
            .pages
            .iter()
            .map(|(k, (d, t))| format!("{k} {d}/{t}"))
            .collect();
        let _ = writeln!(s, "       {}", kinds.join(", "));
        for p in &l.stale {
            let why = if l.unrecorded.contains(p) {
                "no record of what it was made from"
            } else {
                "the original's text changed since it was made"
            };
            let _ = writeln!(
                s,
                "       stale: {p} ({why}; bring it up to date, then `useit i18n --mark-current {p}`)"
            );
        }
    }
    s
}
