//! The Markdown-to-HTML step of pages: an item's body with `@/` links resolved (to the version
//! in the page's language, else its fallback page there) and images published; shared between
//! an item's own page and its fallback pages, and memoised in serve.

use std::cell::RefCell;

use super::context::{Renderer, Shared};
use crate::diag::Diagnostic;
use crate::highlight::Highlighter;
use crate::incremental::memo::Markdown;
use crate::incremental::recorder::Recorder;
use crate::markdown::{self, Target};
use crate::model::{ItemId, Kind};
use crate::render::views::item_path;
use crate::util::escape::xml;

impl Renderer<'_> {
    /// HTML of an item's body (for feeds).
    pub fn body_html(&self, id: ItemId, h: &Highlighter, rec: &Recorder) -> String {
        let it = &self.site.items[id];
        let mut html = self.body(it, false, it.lang, h, rec).0;
        super::videos::take_markers(&mut html);
        html
    }

    /// The body of item `id` as its own page shows it (links resolved in its language),
    /// rendered once per build and shared with its fallback pages in other languages (which
    /// lead its `@/` links to their own language with [`Self::relink`]).
    pub(crate) fn shared_body(
        &self,
        id: ItemId,
        eager: bool,
        h: &Highlighter,
        rec: &Recorder,
    ) -> Shared {
        let it = &self.site.items[id];
        let path = it.body_path();
        let render = || {
            let links = RefCell::default();
            let md = self.source(it, &path, eager);
            let (html, diags) = self.markdown_noting(md, it.lang, h, rec, &links);
            Shared {
                html,
                diags,
                links: links.into_inner(),
            }
        };
        match (self.incremental, self.bodies.get(id)) {
            (None, Some(cell)) => cell.get_or_init(render).clone(),
            _ => render(),
        }
    }

    /// `html`, an item's body rendered with its `@/` links (`links`) resolved in language
    /// `from`, with those links leading to their pages in language `to` instead: what rendering
    /// it again in `to` would give, without rendering it again.
    pub(crate) fn relink(
        &self,
        mut html: String,
        links: &[String],
        (from, to): (usize, usize),
        rec: &Recorder,
    ) -> String {
        let mut done = std::collections::HashSet::new();
        for key in links.iter().filter(|k| done.insert(k.as_str())) {
            let target = resolve_link(self.site, self.config, key, to);
            rec.link(key, to, &target);
            let (Target::Url(old), Target::Url(new)) =
                (resolve_link(self.site, self.config, key, from), &target)
            else {
                continue;
            };
            if old == *new {
                continue;
            }
            let (old, new) = (xml(&old), xml(new));
            for end in ['"', '#'] {
                html = html.replace(&format!("href=\"{old}{end}"), &format!("href=\"{new}{end}"));
            }
        }
        html
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
        self.markdown(self.source(it, &path, eager), lang, h, rec)
    }

    /// The Markdown of item `it`'s body, read from `path` (its [`crate::model::Item::body_path`]).
    fn source<'i>(
        &self,
        it: &'i crate::model::Item,
        path: &'i std::path::Path,
        eager: bool,
    ) -> Markdown<'i> {
        Markdown {
            text: &it.body,
            path,
            first_line: it.body_line,
            eager,
            lang: it.lang,
            toc: it.toc(),
        }
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
        self.markdown_noting(md, lang, h, rec, &RefCell::default())
    }

    /// [`Self::markdown`], noting in `links` the `@/` links it resolved.
    fn markdown_noting(
        &self,
        md: Markdown<'_>,
        lang: usize,
        h: &Highlighter,
        rec: &Recorder,
        links: &RefCell<Vec<String>>,
    ) -> (String, Vec<Diagnostic>) {
        let path = md.path;
        let rtl = self.config.site.languages[md.lang].dir == crate::config::Direction::Rtl;
        let words = self.strings(md.lang);
        let back = words.tr("footnote-back");
        let contents = md.toc.then(|| words.tr("toc-heading"));
        let site = self.site;
        let cfg = self.config;
        let resolve = move |key: &str| -> Target {
            let target = resolve_link(site, cfg, key, lang);
            rec.link(key, lang, &target);
            links.borrow_mut().push(key.to_string());
            target
        };
        let media = self.media;
        let image = move |i: &markdown::ImageRef<'_>| -> Option<String> {
            rec.ask(
                media,
                path,
                Some(i.line),
                i.src,
                i.alt,
                crate::media::Use::Picture,
            )
            .map(|p| p.html(crate::media::SIZES_COLUMN, None, i.eager))
        };
        let shortcode = move |c: &markdown::Call| -> markdown::Answer {
            note_references(c, links);
            let answer = self.shortcode(path, c, lang, rec);
            rec.shortcode(path, lang, c, &answer);
            answer
        };
        let render =
            |resolve: &dyn Fn(&str) -> Target,
             image: &dyn Fn(&markdown::ImageRef<'_>) -> Option<String>,
             shortcode: &dyn Fn(&markdown::Call) -> markdown::Answer| {
                let src = markdown::Source {
                    path,
                    first_line: md.first_line,
                    resolve,
                    highlighter: h,
                    image,
                    eager_first_image: md.eager,
                    rtl,
                    footnote_back: &back,
                    toc: contents.as_deref(),
                    allow_remote: &cfg.allow_remote,
                    shortcode,
                };
                markdown::render(md.text, &src)
            };
        match self.incremental {
            Some(inc) => inc.markdown(md, &resolve, &image, &shortcode, &render),
            None => render(&resolve, &image, &shortcode),
        }
    }
}

/// Notes in `links` the `@/` references of shortcode call `c`, so that a fallback page leads
/// the links of its HTML to its own language (see [`Renderer::relink`]).
fn note_references(c: &markdown::Call, links: &RefCell<Vec<String>>) {
    for (_, v) in &c.args {
        if let markdown::Value::Text(t) = v
            && let Some(key) = t.strip_prefix("@/")
        {
            let key = key.split('#').next().unwrap_or_default();
            links
                .borrow_mut()
                .push(key.trim_end_matches('/').to_string());
        }
    }
}

/// Where the `@/` link `key` leads from a page in language `lang` (the linked page's version
/// in that language where there is one).
pub(crate) fn resolve_link(
    site: &crate::model::Site,
    cfg: &crate::config::Config,
    key: &str,
    lang: usize,
) -> Target {
    let key = key.trim_end_matches('/');
    if let Some(&id) = site.by_link.get(key) {
        return Target::Url(cfg.url(&item_path(site, cfg, id, lang)));
    }
    if let Some(&why) = site.unpublished.get(key) {
        let broken = why == crate::model::build::BROKEN;
        return Target::Hidden((!broken).then_some(why));
    }
    if let Some(sec) = key.strip_suffix("/_index.md")
        && Kind::SECTIONS.iter().any(|k| k.section() == sec)
    {
        return Target::Url(cfg.url(&format!("{}{sec}/", cfg.lang_prefix(lang))));
    }
    Target::Missing
}
