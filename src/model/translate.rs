//! Translations: `x.ur.md` beside `x.md` becomes the Urdu version of the same item, published at
//! `/ur/<same path>`. A translation only replaces text (title, summary, the body and the kind's
//! text fields); dates, places, links and consent always come from the original.
//!
//! Entry point: [`apply`], run after the originals are in the model.

use std::collections::HashMap;
use std::path::PathBuf;

use super::kinds::toolkit::ToolkitFile;
use super::kinds::translation::{FileText, RawTranslation, Target, TranslationFm};
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
    for t in known_files(site, &by_source, translations, ds) {
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

/// The translations but those of a toolkit naming a file it does not list (reported).
fn known_files(
    site: &Site,
    by_source: &HashMap<PathBuf, ItemId>,
    translations: Vec<RawTranslation>,
    ds: &mut Diagnostics,
) -> Vec<RawTranslation> {
    let unknown = |t: &RawTranslation| unknown_file(&site.items[*by_source.get(&t.original)?], t);
    translations
        .into_iter()
        .filter(|t| unknown(t).map(|d| ds.push(d)).is_none())
        .collect()
}

/// A file in a toolkit translation's `files:` that the toolkit does not list.
fn unknown_file(orig: &Item, t: &RawTranslation) -> Option<Diagnostic> {
    let Data::Toolkit(fm, _) = &orig.data else {
        return None;
    };
    let listed = || fm.files.iter().map(|f| f.path.as_str());
    let f =
        t.fm.files
            .iter()
            .flatten()
            .find(|f| !listed().any(|p| p == f.path))?;
    let d = Diagnostic::error(
        &t.source,
        format!(
            "`files` names `{}`, which {} does not list",
            f.path,
            t.original.display()
        ),
    )
    .with_help(match closest(&f.path, listed()) {
        Some(c) => format!("did you mean `{c}`? Each entry's `path` is a file of toolkit.yaml"),
        None => "each entry's `path` is the name of a file listed in toolkit.yaml".to_string(),
    });
    let line = crate::load::frontmatter::field_line(
        &t.text,
        crate::load::frontmatter::FieldAt::new("path").in_entry("path", &f.path),
    );
    Some(super::kinds::common::with_line(d, line))
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
        files,
        ..
    } = t.fm.clone();
    let mut it = version_of(orig, orig_id, lang, t, opts);
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
        Data::Toolkit(fm, _) => set_files(&mut fm.files, files.unwrap_or_default()),
        Data::Page(_) => {}
    }
    it
}

/// A copy of the original as the version in language `lang` written in `t`, its text not yet
/// replaced.
fn version_of(
    orig: &Item,
    orig_id: ItemId,
    lang: usize,
    t: RawTranslation,
    opts: Options<'_>,
) -> Item {
    let mut it = orig.clone();
    it.lang = lang;
    it.original = Some(orig_id);
    it.path = format!("{}{}", opts.config.lang_prefix(lang), orig.path);
    it.source = t.source;
    it.body = t.body.into();
    it.body_line = t.body_line;
    it.reviewed = t.fm.reviewed;
    it.updated = t.fm.updated.map(|d| d.0);
    it.made_from = t.fm.source_hash;
    if t.fm.draft {
        it.preview = Some(super::Preview::Draft);
    }
    it
}

/// A toolkit's files with the translated titles and descriptions of `files`.
fn set_files(originals: &mut [ToolkitFile], files: Vec<FileText>) {
    for f in files {
        if let Some(file) = originals.iter_mut().find(|o| o.path == f.path) {
            file.title = f.title.unwrap_or(std::mem::take(&mut file.title));
            set(&mut file.description, f.description);
        }
    }
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
