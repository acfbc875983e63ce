//! Translations: `x.ur.md` beside `x.md` becomes the Urdu version of the same item, published at
//! `/ur/<same path>`. A translation only replaces text (title, summary, the body and the kind's
//! text fields); dates, places, links and consent always come from the original.
//!
//! Entry point: [`apply`], run after the originals are in the model.

use std::collections::HashMap;
use std::path::PathBuf;

use super::kinds::translation::{RawTranslation, Target, TranslationFm};
use super::paths::link_key;
use super::{Data, Intro, Item, ItemId, Options, Site};
use crate::diag::{Diagnostic, Diagnostics, closest};

/// Adds every translation of a published original as an item of its own language and links
/// the versions of each item together.
pub(crate) fn apply(
    site: &mut Site,
    translations: Vec<RawTranslation>,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) {
    let languages = &opts.config.site.languages;
    let by_source: HashMap<PathBuf, ItemId> = site
        .items
        .iter()
        .enumerate()
        .map(|(id, it)| (it.source.clone(), id))
        .collect();
    for t in translations {
        let Some(lang) = languages.iter().position(|l| l.code == t.code) else {
            let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
            let help = match closest(&t.code, codes.iter().copied()) {
                Some(c) => format!(
                    "did you mean `.{c}.md`? Languages in site.yaml: {}",
                    codes.join(", ")
                ),
                None => format!(
                    "add the language to `languages` in site.yaml, or rename the file (languages: {})",
                    codes.join(", ")
                ),
            };
            ds.push(
                Diagnostic::error(
                    &t.source,
                    format!("language `{}` is not one of the site's languages", t.code),
                )
                .with_help(help),
            );
            continue;
        };
        if lang == 0 {
            ds.push(
                Diagnostic::error(
                    &t.source,
                    format!("`{}` is the site's default language", t.code),
                )
                .with_help(format!("put the text in {} itself", t.original.display())),
            );
            continue;
        }
        if let Some(why) = super::publish::translation_left_out(&t, opts, ds) {
            site.unpublished.insert(link_key(&t.source), why);
            continue;
        }
        match t.target {
            Target::Intro(kind) => match site.intros.get(&kind) {
                Some(orig) if orig.source.as_deref() == Some(t.original.as_path()) => {
                    let intro = Intro {
                        title: t.fm.title.clone().unwrap_or_else(|| orig.title.clone()),
                        summary: t.fm.summary.clone().unwrap_or_else(|| orig.summary.clone()),
                        body: t.body,
                        source: Some(t.source),
                        body_line: t.body_line,
                    };
                    site.intro_translations.insert((kind, lang), intro);
                }
                _ => ds.push(orphan(&t)),
            },
            Target::Home | Target::Item(_) => match by_source.get(&t.original) {
                Some(&orig) => {
                    let item = translated(&site.items[orig], orig, lang, t, opts);
                    site.items.push(item);
                }
                None if site.unpublished.contains_key(&link_key(&t.original)) => {
                    // The original is not published (draft, no consent, errors): nor is this.
                    let why = site.unpublished[&link_key(&t.original)];
                    site.unpublished.insert(link_key(&t.source), why);
                }
                None => ds.push(orphan(&t)),
            },
        }
    }
    link_versions(site, languages.len());
}

fn orphan(t: &RawTranslation) -> Diagnostic {
    Diagnostic::error(&t.source, format!("translation of {}, which does not exist", t.original.display()))
        .with_help("a translation `x.ur.md` sits beside its original `x.md`: add the original or rename the translation")
}

/// A copy of the original with the translation's text.
fn translated(
    orig: &Item,
    orig_id: ItemId,
    lang: usize,
    t: RawTranslation,
    opts: Options<'_>,
) -> Item {
    let TranslationFm {
        title,
        summary,
        author,
        image_alt,
        photo_alt,
        quote,
        cost_note,
        accessibility,
        eligibility,
        area,
        prize_draw,
        survey_url,
        help,
        reviewed,
        updated,
        ..
    } = t.fm;
    let mut it = orig.clone();
    it.lang = lang;
    it.original = Some(orig_id);
    it.path = format!("{}{}", opts.config.lang_prefix(lang), orig.path);
    it.source = t.source;
    it.body = t.body.into();
    it.body_line = t.body_line;
    it.reviewed = reviewed;
    it.updated = updated.map(|d| d.0);
    if let Some(v) = title {
        it.title = v;
    }
    if let Some(v) = summary {
        it.summary = v;
    }
    match &mut it.data {
        Data::Story(fm, _) => {
            set(&mut fm.author, author);
            set(&mut fm.image_alt, image_alt);
        }
        Data::Champion(fm) => {
            set(&mut fm.quote, quote.clone());
            set(&mut fm.photo_alt, photo_alt);
            if quote.is_some() && !fm.anonymous {
                it.summary = fm.quote.clone().unwrap_or_default();
            }
            // A champion's shown name is never translated.
            it.title = orig.title.clone();
        }
        Data::Event(fm, _) => {
            set(&mut fm.cost_note, cost_note);
            set(&mut fm.accessibility, accessibility);
        }
        Data::Opportunity(fm, _) => {
            set(&mut fm.eligibility, eligibility);
            set(&mut fm.area, area);
            set(&mut fm.cost_note, cost_note);
        }
        Data::Survey(fm, _) => {
            set(&mut fm.prize_draw, prize_draw);
            if let Some(u) = survey_url {
                fm.survey_url = u;
            }
            if let Some(h) = help {
                fm.help = h;
            }
        }
        Data::Page(_) | Data::Toolkit(..) => {}
    }
    it
}

fn set(field: &mut Option<String>, value: Option<String>) {
    if value.is_some() {
        *field = value;
    }
}

/// Fills `translations` of every original and its translations.
fn link_versions(site: &mut Site, n: usize) {
    let mut versions: HashMap<ItemId, Vec<Option<ItemId>>> = HashMap::new();
    for (id, it) in site.items.iter().enumerate() {
        let orig = it.original.unwrap_or(id);
        let v = versions.entry(orig).or_insert_with(|| vec![None; n]);
        v[it.lang] = Some(id);
    }
    for (id, it) in site.items.iter_mut().enumerate() {
        let orig = it.original.unwrap_or(id);
        it.translations = versions[&orig].clone();
    }
}
