//! Template views, the base: [`Views`] (what every view needs, UI strings, dates, URLs) and the
//! small views shared by all ([`Link`], [`DateView`], [`Named`]). The views of items are in
//! [`super::items`].
//!
//! Views borrow from the model; they are built per rendered page and never for the whole site
//! at once (a listing page builds views for its own items only).

use serde::Serialize;

use crate::config::Config;
use crate::media::Media;
use crate::model::{ItemId, Kind, Site};

/// `{name, url}`.
#[derive(Debug, Serialize)]
pub struct Link {
    /// Display text.
    pub name: String,
    /// Root-relative URL.
    pub url: String,
}

/// `{iso, human}`.
#[derive(Debug, Serialize)]
pub struct DateView {
    /// `2018-03-12`.
    pub iso: String,
    /// `12 March 2018`.
    pub human: String,
}

impl DateView {
    fn of(d: jiff::civil::Date, v: &Views<'_>) -> Self {
        Self {
            iso: d.to_string(),
            human: v.dates.long(v.lang, d),
        }
    }
}

/// `{slug, name}`.
#[derive(Debug, Serialize)]
pub struct Named {
    /// Machine value.
    pub slug: &'static str,
    /// Display name, in the page language.
    pub name: String,
}

/// Builds views; holds what every view needs.
pub struct Views<'a> {
    /// Site model.
    pub site: &'a Site,
    /// Configuration.
    pub config: &'a Config,
    /// Image pipeline.
    pub media: &'a Media,
    /// Toolkit download facts (none: sizes and checksums are left out).
    pub downloads: Option<&'a crate::toolkits::Downloads>,
    /// Language of the page being rendered (index into the configured languages).
    pub lang: usize,
    /// Date formatters.
    pub dates: &'a crate::i18n::dates::Dates,
    /// UI strings.
    pub locales: &'a crate::i18n::fluent::Locales,
    /// The render job's recorder of image requests (`None`: views for UI strings only).
    pub rec: Option<&'a crate::incremental::recorder::Recorder>,
}

impl<'a> Views<'a> {
    /// The UI string `key` in the page language (the key itself if it is missing everywhere,
    /// which `useit check` reports).
    pub fn tr(&self, key: &str) -> String {
        self.locales
            .format(self.lang, key, None)
            .unwrap_or_else(|_| key.to_string())
    }

    /// The UI string `key` with arguments.
    pub fn tr_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            a.set(*k, fluent_bundle::FluentValue::from(v.clone()));
        }
        self.locales
            .format(self.lang, key, Some(&a))
            .unwrap_or_else(|_| key.to_string())
    }

    /// The name of vocabulary entry `slug` in the page language: its message in the page
    /// language's file, else in the default language's, else `written` (the words as written
    /// in the sources: a toolkit audience without a message).
    pub fn name(&self, vocab: crate::i18n::vocab::Vocab, slug: &str, written: &str) -> String {
        let key = vocab.key(slug);
        if self.locales.defines(self.lang, &key) || self.locales.defines(0, &key) {
            self.tr(&key)
        } else {
            written.to_string()
        }
    }

    /// `{slug, name}` with the name from UI string `<prefix>-<slug>`.
    pub fn named(&self, prefix: &str, slug: &'static str) -> Named {
        Named {
            slug,
            name: self.tr(&format!("{prefix}-{slug}")),
        }
    }

    /// A time in the page language: CLDR's pattern, with the day period from the language's
    /// `time-am` / `time-pm` when its file has both, joined by a no-break space (see
    /// `i18n::dates`).
    pub fn time(&self, t: jiff::civil::Time) -> String {
        let own = |k| self.locales.defines(self.lang, k);
        let words =
            (own("time-am") && own("time-pm")).then(|| (self.tr("time-am"), self.tr("time-pm")));
        self.dates
            .time_parts(self.lang, t)
            .with_period(words.as_ref().map(|(a, p)| (a.as_str(), p.as_str())))
    }

    /// What a page built only for a preview (`--drafts`) says about itself.
    pub fn preview(&self, p: crate::model::Preview) -> String {
        use crate::model::kinds::dates::When;
        let when = match p {
            crate::model::Preview::Draft => return self.tr("preview-draft"),
            crate::model::Preview::Scheduled(When::Day(d)) => self.dates.long(self.lang, d),
            crate::model::Preview::Scheduled(When::At(t)) => format!(
                "{}, {}",
                self.dates.long(self.lang, t.date()),
                self.time(t.time())
            ),
        };
        self.tr_args("preview-scheduled", &[("when", when)])
    }

    /// A date as `{iso, human}` in the page language.
    pub fn date(&self, d: jiff::civil::Date) -> DateView {
        DateView::of(d, self)
    }

    /// Root-relative URL of an item's own version (a translation's, or the original's).
    pub fn url(&self, id: ItemId) -> String {
        self.config.url(&self.site.items[id].path)
    }

    /// Root-relative URL of the site path `path` (no language prefix) in the page language.
    pub fn url_in_lang(&self, path: &str) -> String {
        self.config
            .url(&format!("{}{path}", self.config.lang_prefix(self.lang)))
    }

    /// Root-relative URL of item `id` read in the page language: its translation, or its
    /// fallback page (see [`item_path`]).
    pub fn url_here(&self, id: ItemId) -> String {
        self.config
            .url(&item_path(self.site, self.config, id, self.lang))
    }

    /// Kind of an item.
    pub fn kind(&self, id: ItemId) -> Kind {
        self.site.items[id].kind
    }
}

/// The site path of item `id` (any of its versions) read in language `lang`: the translation's
/// path where there is one, else the path of its fallback page in `lang` (the original shown
/// under `lang`'s navigation, [`super::jobs`]' `fallback` kind). Both are the original's path
/// under `lang`'s prefix, the one URL scheme of every language version; listings, cards,
/// navigation, the language switcher and `@/` links all take item URLs from here.
pub(crate) fn item_path(site: &Site, config: &Config, id: ItemId, lang: usize) -> String {
    let orig = site.items[id].original.unwrap_or(id);
    match site.items[orig].translations.get(lang).copied().flatten() {
        Some(v) => site.items[v].path.clone(),
        None => format!("{}{}", config.lang_prefix(lang), site.items[orig].path),
    }
}
