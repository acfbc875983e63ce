//! What every template gets besides its own data: the site (navigation, URLs, languages) in the
//! page's language, the page's language versions for the switcher and `hreflang`, and the
//! `@/` link resolution (the Markdown step is in [`super::body`]).
//!
//! Entry point: [`Renderer`], the render context every job reads, with its methods here (the Markdown ones in `body.rs`):
//! [`Renderer::context`], [`Renderer::views`], [`Renderer::markdown`],
//! [`Renderer::write_html`], [`Renderer::sitemap_entry`]... This file imports none of the job
//! files; they import it.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use std::sync::Arc;

use super::Theme;
use super::compact::compact;
use super::listings::Label;
use super::output::{SitemapEntry, file_of};
use super::views::{Views, item_path};
use crate::config::{Config, Now};
use crate::diag::Diagnostic;
use crate::incremental::memo::Incremental;
use crate::incremental::mix::Mix;
use crate::incremental::recorder::Recorder;
use crate::model::{ItemId, Kind, Site};
use crate::write::Output;

/// An item's body rendered once: its HTML, its problems and the `@/` links it resolved.
#[derive(Clone, Debug)]
pub struct Shared {
    /// The HTML.
    pub html: String,
    /// Its problems (reported by the item's own page).
    pub diags: Vec<Diagnostic>,
    /// The keys of its `@/` links, as written (`events/x.md`).
    pub links: Vec<String>,
}

/// A link in the navigation or footer.
#[derive(Serialize, Clone)]
pub(crate) struct NavLink {
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) current: bool,
    /// The title's language and direction when it is not the page's (a page not yet
    /// translated), for `lang` and `dir` on the link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) lang: Option<OtherLang>,
}

/// The language of a text shown in a page of another language: `{code, dir}`.
#[derive(Serialize, Clone)]
pub(crate) struct OtherLang {
    code: String,
    dir: &'static str,
}

/// One language version of the page being rendered.
#[derive(Serialize, Clone)]
pub(crate) struct Alternate {
    code: String,
    endonym: String,
    dir: &'static str,
    /// Root-relative URL (for links).
    url: String,
    /// Absolute URL (for `hreflang`).
    href: String,
    current: bool,
    /// The language has no translation: the link leads to the fallback page in it.
    fallback: bool,
}

/// The site as templates see it, in one language (built once per language, then copied with
/// the current page's navigation entry marked).
#[derive(Serialize, Clone)]
pub struct SiteView {
    title: String,
    description: String,
    lang: String,
    dir: &'static str,
    base_path: String,
    base_url: String,
    css_url: String,
    /// Each theme static file's name (`flyer.css`) with the URL of its fingerprinted copy.
    assets: BTreeMap<String, String>,
    feed_url: String,
    nav: Vec<NavLink>,
    footer: Vec<NavLink>,
    urls: BTreeMap<&'static str, String>,
    languages: Vec<Alternate>,
    year: i16,
    channels: Vec<crate::config::Channel>,
    funding: Option<crate::config::Funding>,
}

/// Everything a render job reads.
pub struct Renderer<'a> {
    /// The model.
    pub site: &'a Site,
    /// Configuration.
    pub config: &'a Config,
    /// Templates and static files.
    pub theme: &'a Theme,
    /// Site root (for copying files).
    pub root: &'a std::path::Path,
    /// The build's "now".
    pub now: &'a Now,
    /// Print progress lines for long builds.
    pub progress: bool,
    /// The image pipeline: pages queue their images here.
    pub media: &'a crate::media::Media,
    /// Toolkit downloads: sizes, checksums, formats, ZIPs.
    pub downloads: &'a crate::toolkits::Downloads,
    /// Date formatters per language.
    pub dates: &'a crate::i18n::dates::Dates,
    /// UI strings per language.
    pub locales: &'a crate::i18n::fluent::Locales,
    /// The site view per language, built on first use (see [`Renderer::site_view`]).
    pub site_views: Vec<std::sync::OnceLock<SiteView>>,
    /// What `serve` keeps between builds to redo only what changed (`None` for one-off builds).
    pub incremental: Option<&'a Incremental>,
    /// A page rendered again asked for other images than its previous render did (see
    /// [`super::run::render_patch`], which cannot carry such a change over).
    pub images_changed: std::sync::atomic::AtomicBool,
    /// Per item: its body HTML and problems, rendered once and shared by its own page and its
    /// fallback pages (one-off builds; serve's Markdown memo does the same and records look-ups).
    pub bodies: Vec<std::sync::OnceLock<Shared>>,
    /// The build's digest weeks and what each lists, worked out on first use (see
    /// [`super::digest::of_build`]).
    pub digests: std::sync::OnceLock<Vec<super::weeks::Digest>>,
}

/// Which language versions a page has.
pub(crate) enum Versions {
    /// Every language (listings, home, taxonomies, 404): the same path under each prefix.
    All,
    /// Only these items (a content page and its translations).
    Items(Vec<Option<ItemId>>),
}

impl<'a> Renderer<'a> {
    /// `prefix + path`: the site path of `path` in language `lang`.
    pub(crate) fn in_lang(&self, lang: usize, path: &str) -> String {
        format!("{}{}", self.config.lang_prefix(lang), path)
    }

    /// Views in language `lang` for one render job, whose image requests go to `rec`.
    pub(crate) fn views<'v>(&'v self, lang: usize, rec: &'v Recorder) -> Views<'v> {
        Views {
            rec: Some(rec),
            ..self.strings(lang)
        }
    }

    /// Views in language `lang` for UI strings and dates only (their image requests are not
    /// recorded: never build item views with them in a render job).
    pub(crate) fn strings(&self, lang: usize) -> Views<'a> {
        Views {
            site: self.site,
            config: self.config,
            media: self.media,
            downloads: Some(self.downloads),
            lang,
            dates: self.dates,
            locales: self.locales,
            rec: None,
        }
    }

    fn alternates(&self, lang: usize, path: &str, versions: &Versions) -> Vec<Alternate> {
        let c = self.config;
        let paths: Vec<(usize, String)> = match versions {
            Versions::All => (0..c.site.languages.len())
                .map(|l| (l, self.in_lang(l, path)))
                .collect(),
            Versions::Items(v) => v
                .iter()
                .enumerate()
                .filter_map(|(l, id)| id.map(|id| (l, self.site.items[id].path.clone())))
                .collect(),
        };
        paths
            .into_iter()
            .map(|(l, p)| {
                let language = &c.site.languages[l];
                Alternate {
                    code: language.code.clone(),
                    endonym: language.endonym.clone(),
                    dir: language.dir.as_str(),
                    url: c.url(&p),
                    href: c.permalink(&p),
                    current: l == lang,
                    fallback: false,
                }
            })
            .collect()
    }

    /// The language switcher: every language, each leading to the same page in it (for an
    /// item, its translation or its fallback page; see [`item_path`]).
    fn switcher(&self, lang: usize, path: &str, versions: &Versions) -> Vec<Alternate> {
        let Versions::Items(v) = versions else {
            return self.alternates(lang, path, versions);
        };
        let Some(&id) = v.iter().flatten().next() else {
            return Vec::new();
        };
        let all = Versions::All;
        let mut links = self.alternates(lang, "", &all);
        for (l, a) in links.iter_mut().enumerate() {
            let p = item_path(self.site, self.config, id, l);
            a.url = self.config.url(&p);
            a.href = self.config.permalink(&p);
            a.fallback = v.get(l).copied().flatten().is_none();
        }
        links
    }

    /// The site view for a page at `current` in language `lang`.
    pub(crate) fn site_view(&self, lang: usize, current: &str) -> SiteView {
        let mut view = self.site_views[lang]
            .get_or_init(|| self.site_view_uncached(lang))
            .clone();
        for (i, n) in view.nav.iter_mut().enumerate() {
            // Home is current only on itself; a section on itself and everything under it.
            n.current = if i == 0 {
                current == n.url
            } else {
                current.starts_with(&n.url)
            };
        }
        for n in view.footer.iter_mut() {
            n.current = current == n.url;
        }
        view
    }

    /// A link to standard page `p` in language `lang` (its translation, or its fallback page),
    /// with its title isolated for the page's direction, or marked with its own language.
    fn page_link(&self, p: ItemId, lang: usize) -> NavLink {
        let it = &self.site.items[self.site.items[p].in_lang(lang, p)];
        let (own, page) = (
            &self.config.site.languages[it.lang],
            &self.config.site.languages[lang],
        );
        let title = match page.dir {
            crate::config::Direction::Rtl if it.lang == lang => {
                crate::markdown::text::isolate_plain(&it.title).into_owned()
            }
            _ => it.title.clone(),
        };
        NavLink {
            title,
            url: self.config.url(&item_path(self.site, self.config, p, lang)),
            current: false,
            lang: (it.lang != lang).then(|| OtherLang {
                code: own.code.clone(),
                dir: own.dir.as_str(),
            }),
        }
    }

    fn site_view_uncached(&self, lang: usize) -> SiteView {
        let current = "";
        let c = self.config;
        let v = self.strings(lang);
        let url = |p: &str| c.url(&self.in_lang(lang, p));
        let mut nav = vec![NavLink {
            title: v.tr("nav-home"),
            url: url(""),
            current: current == url(""),
            lang: None,
        }];
        for k in Kind::SECTIONS {
            let u = url(&format!("{}/", k.section()));
            nav.push(NavLink {
                current: current.starts_with(&u),
                title: self.section_title(k, lang),
                url: u,
                lang: None,
            });
        }
        nav.extend(
            self.site
                .lists
                .menu_pages
                .iter()
                .map(|&p| self.page_link(p, lang)),
        );
        let footer = self
            .site
            .lists
            .pages
            .iter()
            .map(|&p| self.page_link(p, lang))
            .collect();
        // The records of `data/` are linked only when they have pages.
        let named = |s: &str| match self.site.has_terms(s) {
            true => url(&format!("{s}/")),
            false => String::new(),
        };
        let urls = Kind::SECTIONS
            .iter()
            .map(|k| (k.section(), url(&format!("{}/", k.section()))))
            .chain([
                ("past_events", url("events/past/")),
                ("closed_opportunities", url("opportunities/closed/")),
                ("neighbourhoods", url("neighbourhoods/")),
                ("themes", url("themes/")),
                ("tags", url("tags/")),
                ("organisations", named("organisations")),
                ("developments", named("developments")),
                ("digest", url(super::output::DIGEST_DIR)),
            ])
            .collect();
        let language = &c.site.languages[lang];
        SiteView {
            title: crate::markdown::text::isolate_whole(&c.site.title, language.dir),
            description: c.site.description.clone(),
            lang: language.code.clone(),
            dir: language.dir.as_str(),
            base_path: c.base_path.clone(),
            base_url: c.base_url.clone(),
            css_url: self.asset_url("style.css"),
            assets: self
                .theme
                .assets
                .iter()
                .map(|(name, hashed)| (name.clone(), c.url(hashed)))
                .collect(),
            feed_url: url("stories/atom.xml"),
            nav,
            footer,
            urls,
            languages: self.alternates(lang, "", &Versions::All),
            year: self.now.zoned.year(),
            channels: c.site.channels.clone(),
            funding: c.site.funding.clone(),
        }
    }

    /// The URL of theme static file `name`: its fingerprinted copy (the plain name when the
    /// theme has no such file, so the link check reports it).
    pub(crate) fn asset_url(&self, name: &str) -> String {
        let hashed = self.theme.assets.get(name).map_or(name, String::as_str);
        self.config.url(hashed)
    }

    /// The languages of `versions`, by index.
    pub(crate) fn langs(&self, versions: &Versions) -> Vec<usize> {
        match versions {
            Versions::All => self.languages().collect(),
            Versions::Items(v) => (0..v.len()).filter(|&l| v[l].is_some()).collect(),
        }
    }

    /// The indexes of the configured languages.
    pub(crate) fn languages(&self) -> std::ops::Range<usize> {
        0..self.config.site.languages.len()
    }

    /// A label in language `lang`.
    pub(crate) fn label(&self, lang: usize, l: &Label) -> String {
        let v = self.strings(lang);
        label_in(&v, l)
    }

    /// Renders `template` with `ctx` into the file of site path `path`, compacted.
    pub(crate) fn write_html(
        &self,
        out: &Output,
        path: &str,
        template: &str,
        ctx: &Context,
    ) -> Result<(), Vec<Diagnostic>> {
        let html = self.theme.render(template, ctx, &format!("/{path}"))?;
        let file = file_of(path);
        out.write(&file, compact(&html).as_bytes()).map_err(|e| {
            vec![Diagnostic::general(
                crate::diag::Severity::Error,
                e.to_string(),
            )]
        })
    }

    /// The sitemap entry of the page at `path` in `lang` with language versions `versions`.
    pub(crate) fn sitemap_entry(
        &self,
        lang: usize,
        path: &str,
        lastmod: Option<jiff::civil::Date>,
        versions: &Versions,
    ) -> Arc<SitemapEntry> {
        let unprefixed = path
            .strip_prefix(&self.config.lang_prefix(lang))
            .unwrap_or(path);
        let alternates = match versions {
            Versions::All => self
                .languages()
                .map(|l| {
                    (
                        self.config.site.languages[l].code.clone(),
                        self.in_lang(l, unprefixed),
                    )
                })
                .collect(),
            Versions::Items(v) => v
                .iter()
                .enumerate()
                .filter_map(|(l, id)| {
                    id.map(|id| {
                        (
                            self.config.site.languages[l].code.clone(),
                            self.site.items[id].path.clone(),
                        )
                    })
                })
                .collect(),
        };
        let hash = Mix::new().mix(path).mix(&lastmod).mix(&alternates).finish();
        Arc::new(SitemapEntry {
            path: path.to_string(),
            lastmod,
            alternates,
            hash,
        })
    }

    /// The title of a section in a language: its translated introduction's, else the UI string.
    pub(crate) fn section_title(&self, k: Kind, lang: usize) -> String {
        let intro = if lang == 0 {
            self.site.intros.get(&k)
        } else {
            self.site.intro_translations.get(&(k, lang))
        };
        intro
            .map(|i| i.title.clone())
            .unwrap_or_else(|| self.strings(lang).tr(&format!("section-{}", k.section())))
    }

    /// The context every template gets, for the page at site path `path` (language prefix
    /// included) in language `lang`.
    pub(crate) fn context(&self, lang: usize, path: &str, versions: &Versions) -> Context {
        let current = self.config.url(path);
        let unprefixed = path
            .strip_prefix(&self.config.lang_prefix(lang))
            .unwrap_or(path);
        let alternates = self.alternates(lang, unprefixed, versions);
        let language = &self.config.site.languages[lang];
        let mut ctx = Context::new();
        ctx.insert("site", &self.site_view(lang, &current));
        ctx.insert("lang", &language.code);
        ctx.insert("lang_index", &lang);
        ctx.insert("canonical_url", &self.config.permalink(path));
        ctx.insert("current_url", &current);
        let x_default = alternates
            .iter()
            .find(|a| a.code == self.config.site.languages[0].code)
            .map(|a| a.href.clone());
        ctx.insert("x_default_url", &x_default);
        ctx.insert("alternates", &alternates);
        let share = super::share::page(self.site, self.config, lang, path, &self.langs(versions));
        ctx.insert("share", &share);
        ctx.insert("switcher", &self.switcher(lang, unprefixed, versions));
        // Attributes marking the original's text on a fallback page (which sets them).
        ctx.insert("original", "");
        ctx.insert("fallback_of", &None::<()>);
        ctx
    }
}

/// Wraps HTML shown in another language than the page's, so screen readers switch voice.
pub(crate) fn in_other_language(html: String, code: &str, dir: &str) -> String {
    format!("<div lang=\"{code}\" dir=\"{dir}\">{html}</div>")
}

/// A label in the language of `v`.
pub(crate) fn label_in(v: &Views<'_>, l: &Label) -> String {
    match l {
        Label::Text(t) => t.clone(),
        Label::Name(vocab, slug, written) => v.name(*vocab, slug, written),
        Label::Lower(l) => label_in(v, l).to_lowercase(),
        Label::Key(k, args) if args.is_empty() => v.tr(k),
        Label::Key(k, args) => {
            let resolved: Vec<(&str, String)> = args
                .iter()
                .map(|(name, a)| (*name, label_in(v, a)))
                .collect();
            v.tr_args(k, &resolved)
        }
    }
}
