//! Template views of a toolkit's fields: its files with their formats, sizes and checksums,
//! its ZIP bundle, its topics and audiences (the toolkit part of [`super::items::ItemView`]).

use serde::Serialize;

use super::views::{DateView, Link, Views};
use crate::model::{Item, ItemId};

/// `{bytes, human}`: a size in bytes and in words ("1.2 MB").
#[derive(Debug, Serialize)]
pub struct SizeView {
    /// Exact size.
    pub bytes: u64,
    /// Decimal units, one decimal.
    pub human: String,
}

impl SizeView {
    fn of(bytes: u64) -> Self {
        Self {
            bytes,
            human: crate::toolkits::human_size(bytes),
        }
    }
}

/// `{id, name, mime}` of a download's format.
#[derive(Debug, Serialize)]
pub struct FormatView {
    /// `docx`.
    pub id: &'static str,
    /// `Word document`.
    pub name: &'static str,
    /// Media type.
    pub mime: &'static str,
}

/// One toolkit file.
#[derive(Debug, Serialize)]
pub struct FileView<'a> {
    /// Title.
    pub title: &'a str,
    /// Description.
    pub description: Option<&'a str>,
    /// Language code.
    pub language: &'a str,
    /// Language in words (`English`).
    pub language_name: &'static str,
    /// File name.
    pub name: &'a str,
    /// Download URL.
    pub url: String,
    /// Format, told from the content.
    pub format: Option<FormatView>,
    /// Size.
    pub size: Option<SizeView>,
    /// SHA-256, lowercase hex.
    pub sha256: Option<&'a str>,
    /// Last update (the file's own, else the toolkit's).
    pub updated: DateView,
}

/// The ZIP of a whole toolkit.
#[derive(Debug, Serialize)]
pub struct BundleView<'a> {
    /// File name.
    pub name: &'a str,
    /// Download URL.
    pub url: String,
    /// Size.
    pub size: SizeView,
    /// SHA-256.
    pub sha256: &'a str,
    /// Number of files inside.
    pub files: usize,
}

/// Toolkit fields.
#[derive(Debug, Serialize)]
pub struct ToolkitView<'a> {
    /// Audience, as written.
    pub audience: &'a [String],
    /// Audience, each linked to its filter page.
    pub audiences: Vec<Link>,
    /// Topics, linked to their filter pages.
    pub topics: Vec<Link>,
    /// Licence, as written.
    pub licence: Option<&'a str>,
    /// The licence in plain words in the page's language, when it is a known one.
    pub licence_plain: Option<String>,
    /// The licence's own page, when it is a known one.
    pub licence_url: Option<&'static str>,
    /// Version.
    pub version: Option<&'a str>,
    /// Files.
    pub files: Vec<FileView<'a>>,
    /// The whole toolkit as one ZIP.
    pub bundle: Option<BundleView<'a>>,
}

impl<'a> Views<'a> {
    /// The toolkit fields of item `id`'s view: its files, their formats, sizes and checksums.
    pub(super) fn toolkit(
        &self,
        id: ItemId,
        fm: &'a crate::model::kinds::ToolkitFm,
    ) -> ToolkitView<'a> {
        // A translation links its original's files and ZIP.
        let id = self.site.items[id].original.unwrap_or(id);
        let it: &'a Item = &self.site.items[id];
        let facts = self.downloads.and_then(|d| d.toolkits.get(&id));
        let topic_name = |slug: &str| self.name(crate::i18n::vocab::Vocab::Topic, slug, slug);
        let files = fm
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let x = facts.and_then(|t| t.files.get(i)).and_then(Option::as_ref);
                FileView {
                    title: &f.title,
                    description: f.description.as_deref(),
                    language: &f.language,
                    language_name: crate::util::lang::name(&f.language)
                        .unwrap_or("Unknown language"),
                    name: &f.path,
                    url: self.config.url(&format!("{}{}", it.path, f.path)),
                    format: x.map(|x| FormatView {
                        id: x.format.id,
                        name: x.format.name,
                        mime: x.format.mime,
                    }),
                    size: x.map(|x| SizeView::of(x.size)),
                    sha256: x.map(|x| x.sha256.as_str()),
                    updated: self.date(f.updated.unwrap_or(fm.updated).0),
                }
            })
            .collect();
        let known = fm.licence.as_deref().and_then(super::licence::known);
        ToolkitView {
            audience: &fm.audience,
            audiences: fm
                .audience
                .iter()
                .map(|a| {
                    let slug = crate::util::slug::slugify(a);
                    Link {
                        name: self.name(crate::i18n::vocab::Vocab::Audience, &slug, a),
                        url: self.url_in_lang(&format!("toolkits/audience/{slug}/")),
                    }
                })
                .collect(),
            topics: fm
                .topics
                .iter()
                .map(|t| Link {
                    name: topic_name(t),
                    url: self.url_in_lang(&format!("toolkits/topic/{t}/")),
                })
                .collect(),
            licence: fm.licence.as_deref(),
            licence_plain: known.map(|(key, _)| self.tr(key)),
            licence_url: known.map(|(_, url)| url),
            version: fm.version.as_deref(),
            files,
            bundle: facts.and_then(|t| t.bundle.as_ref()).map(|b| BundleView {
                name: &b.name,
                url: self.config.url(&format!("{}{}", it.path, b.name)),
                size: SizeView::of(b.size),
                sha256: &b.sha256,
                files: fm.files.len(),
            }),
        }
    }
}
