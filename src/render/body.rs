//! The Markdown-to-HTML step of pages: an item's body with `@/` links resolved (to the version
//! in the page's language, else its fallback page there) and images published; shared between
//! an item's own page and its fallback pages, and memoised in serve.

use super::context::{Renderer, resolve_link};
use crate::diag::Diagnostic;
use crate::highlight::Highlighter;
use crate::incremental::memo::Markdown;
use crate::incremental::recorder::Recorder;
use crate::markdown::{self, Target};
use crate::model::ItemId;

impl Renderer<'_> {
    /// HTML of an item's body (for feeds).
    pub fn body_html(&self, id: ItemId, h: &Highlighter, rec: &Recorder) -> String {
        let it = &self.site.items[id];
        self.body(it, false, it.lang, h, rec).0
    }

    /// The body of item `id` as its own page shows it (links resolved in its language),
    /// rendered once per build and shared with its fallback pages in other languages.
    pub(crate) fn shared_body(
        &self,
        id: ItemId,
        eager: bool,
        h: &Highlighter,
        rec: &Recorder,
    ) -> (String, Vec<Diagnostic>) {
        let it = &self.site.items[id];
        match (self.incremental, self.bodies.get(id)) {
            (None, Some(cell)) => cell
                .get_or_init(|| self.body(it, eager, it.lang, h, rec))
                .clone(),
            _ => self.body(it, eager, it.lang, h, rec),
        }
    }

    /// The body of item `it` as HTML in a page of language `lang` (see [`Self::markdown`]);
    /// its first image loads at once when `eager`.
    pub(crate) fn body(
        &self,
        it: &crate::model::Item,
        eager: bool,
        lang: usize,
        h: &Highlighter,
        rec: &Recorder,
    ) -> (String, Vec<Diagnostic>) {
        let path = it.body_path();
        let md = Markdown {
            text: &it.body,
            path: &path,
            first_line: it.body_line,
            eager,
            rtl: self.config.site.languages[it.lang].dir == crate::config::Direction::Rtl,
        };
        self.markdown(md, lang, h, rec)
    }

    /// Markdown of a source to HTML, resolving `@/` links (to the version in `lang` where
    /// there is one) and publishing images.
    pub(crate) fn markdown(
        &self,
        md: Markdown<'_>,
        lang: usize,
        h: &Highlighter,
        rec: &Recorder,
    ) -> (String, Vec<Diagnostic>) {
        let path = md.path;
        let site = self.site;
        let cfg = self.config;
        let resolve = move |key: &str| -> Target {
            let target = resolve_link(site, cfg, key, lang);
            rec.link(key, lang, &target);
            target
        };
        let media = self.media;
        let image = move |i: &markdown::ImageRef<'_>| -> Option<String> {
            rec.image(media, path, Some(i.line), i.src, i.alt)
                .map(|p| p.html(crate::media::SIZES_COLUMN, None, i.eager))
        };
        let render =
            |resolve: &dyn Fn(&str) -> Target,
             image: &dyn Fn(&markdown::ImageRef<'_>) -> Option<String>| {
                let src = markdown::Source {
                    path,
                    first_line: md.first_line,
                    resolve,
                    highlighter: h,
                    image,
                    eager_first_image: md.eager,
                    rtl: md.rtl,
                    allow_remote: &cfg.allow_remote,
                };
                markdown::render(md.text, &src)
            };
        match self.incremental {
            Some(inc) => inc.markdown(md, &resolve, &image, &render),
            None => render(&resolve, &image),
        }
    }
}
