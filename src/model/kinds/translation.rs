//! Translations (`x.ur.md` beside `x.md`): [`TranslationFm`], which text fields a translation
//! of each kind may set, and reading one translation file. Applying translations to the model
//! is [`crate::model::translate`].

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::common::{FieldErrors, front};
use super::dates::Day;
use super::survey::Helper;
use crate::diag::Diagnostic;
use crate::load::SourceFile;
use crate::model::Kind;

/// A translation (`x.ur.md`): only text fields; everything else comes from the original.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFm {
    /// Heading.
    #[serde(default)]
    pub title: Option<String>,
    /// One sentence.
    #[serde(default)]
    pub summary: Option<String>,
    /// Story byline.
    #[serde(default)]
    pub author: Option<String>,
    /// Story image description.
    #[serde(default)]
    pub image_alt: Option<String>,
    /// Champion photo description.
    #[serde(default)]
    pub photo_alt: Option<String>,
    /// Champion quote.
    #[serde(default)]
    pub quote: Option<String>,
    /// Event or opportunity price note ("lunch included").
    #[serde(default)]
    pub cost_note: Option<String>,
    /// Event access notes.
    #[serde(default)]
    pub accessibility: Option<String>,
    /// Opportunity eligibility.
    #[serde(default)]
    pub eligibility: Option<String>,
    /// Opportunity area.
    #[serde(default)]
    pub area: Option<String>,
    /// Survey prize draw wording.
    #[serde(default)]
    pub prize_draw: Option<String>,
    /// Survey address in this language.
    #[serde(default)]
    pub survey_url: Option<String>,
    /// Survey helpers, described in this language.
    #[serde(default)]
    pub help: Option<Vec<Helper>>,
    /// The translation was checked by a fluent speaker (drafts are `false`).
    #[serde(default)]
    pub reviewed: bool,
    /// When the translation was last brought up to date with the original (shown on the page).
    #[serde(default)]
    pub updated: Option<Day>,
    /// The hash of the original's text this translation was made from (see
    /// [`crate::i18n::source`]): `useit i18n` reports it stale when the original's differs.
    #[serde(default)]
    pub source_hash: Option<String>,
    /// A toolkit's files, their titles and descriptions translated (matched by `path`).
    #[serde(default)]
    pub files: Option<Vec<FileText>>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
}

/// A toolkit file's text in a translation: which file (`path`, as in `toolkit.yaml`), its
/// title and description.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileText {
    /// File name, as listed in `toolkit.yaml`.
    pub path: String,
    /// Title.
    #[serde(default)]
    pub title: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
}

impl TranslationFm {
    /// Names of the text fields set, for checking them against the kind.
    pub fn set_fields(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        let mut add = |set: bool, name: &'static str| {
            if set {
                v.push(name);
            }
        };
        add(self.author.is_some(), "author");
        add(self.image_alt.is_some(), "image_alt");
        add(self.photo_alt.is_some(), "photo_alt");
        add(self.quote.is_some(), "quote");
        add(self.cost_note.is_some(), "cost_note");
        add(self.accessibility.is_some(), "accessibility");
        add(self.eligibility.is_some(), "eligibility");
        add(self.area.is_some(), "area");
        add(self.prize_draw.is_some(), "prize_draw");
        add(self.survey_url.is_some(), "survey_url");
        add(self.help.is_some(), "help");
        // A toolkit's files (only toolkits have them).
        v.extend(self.files.as_ref().map(|_| "files"));
        v
    }
}

/// What a translation translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// The home page.
    Home,
    /// A section introduction.
    Intro(Kind),
    /// An item of this kind.
    Item(Kind),
}

/// A translation as written.
#[derive(Debug, Clone)]
pub(crate) struct RawTranslation {
    pub(crate) target: Target,
    /// The original's source path.
    pub(crate) original: PathBuf,
    /// Language code from the file name.
    pub(crate) code: String,
    pub(crate) source: PathBuf,
    /// The whole file, for the name check.
    pub(crate) text: std::sync::Arc<str>,
    pub(crate) body_line: usize,
    pub(crate) body: String,
    pub(crate) fm: TranslationFm,
}

pub(crate) use crate::util::lang::language_suffix;

/// Text fields a translation of `target` may set (besides title, summary and the body).
fn translatable(target: Target) -> &'static [&'static str] {
    match target {
        Target::Item(Kind::Story) => &["author", "image_alt"],
        Target::Item(Kind::Champion) => &["quote", "photo_alt"],
        Target::Item(Kind::Event) => &["cost_note", "accessibility"],
        Target::Item(Kind::Opportunity) => &["eligibility", "area", "cost_note"],
        Target::Item(Kind::Survey) => &["prize_draw", "survey_url", "help"],
        Target::Item(Kind::Toolkit) => &["files"],
        _ => &[],
    }
}

/// Every front-matter field of the original that a translation of `target` translates, in
/// the order `useit new --translate` writes them (a champion's shown name is never translated).
pub(crate) fn text_fields(target: Target) -> Vec<&'static str> {
    let mut v = match target {
        Target::Item(Kind::Champion) => vec![],
        _ => vec!["title", "summary"],
    };
    v.extend_from_slice(translatable(target));
    v
}

/// Reads the translation `file` of `original` (of kind `target`) into language `code`: only
/// the text fields of the target's kind may be set.
pub(crate) fn read(
    file: SourceFile,
    target: Target,
    original: PathBuf,
    code: String,
) -> Result<RawTranslation, Vec<Diagnostic>> {
    let allowed = translatable(target);
    let (fm, body, body_line): (TranslationFm, _, _) = front(&file).map_err(|ds| {
        ds.into_iter()
            .map(|d| explain_translation_field(d, allowed, &original))
            .collect::<Vec<_>>()
    })?;
    let mut errs = FieldErrors::new(&file.rel, &file.text);
    for f in fm.set_fields() {
        if !allowed.contains(&f) {
            let d = Diagnostic::error(
                &file.rel,
                format!("`{f}` cannot be set in a translation of this page"),
            )
            .with_help(translation_help(allowed, &original));
            let d = errs.place(d, f);
            errs.list.push(d);
        }
    }
    errs.result(())?;
    Ok(RawTranslation {
        target,
        original,
        code,
        text: file.text.as_str().into(),
        source: file.rel,
        body_line,
        body,
        fm,
    })
}

fn translation_help(allowed: &[&str], original: &Path) -> String {
    let mut fields = vec!["title", "summary"];
    fields.extend_from_slice(allowed);
    format!(
        "a translation may only set {} (and reviewed, updated, draft, source_hash); everything else comes from {}",
        fields.join(", "),
        original.display()
    )
}

/// An unknown field in a translation is usually a field of the original: say so.
fn explain_translation_field(d: Diagnostic, allowed: &[&str], original: &Path) -> Diagnostic {
    match d
        .message
        .strip_prefix("unknown field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        Some(field) => Diagnostic {
            message: format!(
                "`{field}` cannot be set in a translation: it comes from the original"
            ),
            help: Some(translation_help(allowed, original)),
            ..d
        },
        None => d,
    }
}
