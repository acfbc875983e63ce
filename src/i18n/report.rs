//! `useit i18n`: how much of the site exists in each language. Per language: pages translated
//! out of the total per kind, UI strings missing, translations older than their original
//! (stale), and translations not yet reviewed by a fluent speaker.
//!
//! Entry points: [`coverage`] computes it from the model; [`table`] prints it; the `Coverage`
//! value serialises to JSON for CI.

use std::collections::BTreeMap;
use std::fmt::Write as _;

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
    /// Translations whose original was updated after them: source paths.
    pub stale: Vec<String>,
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

/// Computes coverage from the model and the UI strings.
pub fn coverage(site: &Site, config: &Config, locales: &Locales) -> Coverage {
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
            let mut stale = Vec::new();
            let mut unreviewed = Vec::new();
            for it in site.items.iter().filter(|it| it.lang == lang) {
                let Some(orig) = it.original.map(|o| &site.items[o]) else {
                    continue;
                };
                let path = it.source.display().to_string();
                if orig
                    .updated
                    .is_some_and(|ou| it.updated.is_none_or(|tu| tu < ou))
                {
                    stale.push(path.clone());
                }
                if !it.reviewed {
                    unreviewed.push(path);
                }
            }
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
                unreviewed,
            }
        })
        .collect();
    Coverage {
        default: config.site.languages[0].code.clone(),
        languages,
    }
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
            let _ = writeln!(s, "       stale: {p} (the original changed after it)");
        }
    }
    s
}
