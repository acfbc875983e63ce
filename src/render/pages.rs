//! Render jobs: every output file of the site, rendered in parallel and handed to the output
//! sink one at a time.
//!
//! Entry point: [`render_all`]. Jobs are plain values ([`Job`]) listed up front; each job builds
//! only the views it needs (a listing page builds views of its own items), so memory stays
//! flat however many pages the site has.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::Theme;
use super::context::{NavLink, Versions, in_other_language};
use super::keys::{Keys, Mix};
use super::listings::{Entries, Label, Listing};
use super::memo::{Incremental, PageRecord};
use super::views::{ItemView, Views};
use crate::config::{Config, Now};
use crate::diag::{Diagnostic, Diagnostics};
use crate::highlight::Highlighter;
use crate::model::{Data, ItemId, Kind, Site};
use crate::write::Output;

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
    /// The site view per language, built on first use (see `context.rs`).
    pub site_views: Vec<std::sync::OnceLock<super::context::SiteView>>,
    /// What `serve` keeps between builds to redo only what changed (`None` for one-off builds).
    pub incremental: Option<&'a Incremental>,
    /// A page rendered again asked for other images than its previous render did (see
    /// [`render_patch`], which cannot carry such a change over).
    pub images_changed: std::sync::atomic::AtomicBool,
}

/// One output file (or a paginated family of them). `usize` first fields of language-wide
/// pages are the language index.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Job {
    Item(ItemId),
    Home(usize),
    Listing(usize, usize, usize),
    TaxonomyIndex(usize, usize),
    Term(usize, usize, usize, usize),
    NotFound(usize),
    Static(usize),
    Download(ItemId, usize),
    EventCalendar(ItemId),
    Calendar(Option<usize>),
    Bundle(ItemId),
    Manifest,
    Survey(ItemId),
}

/// An entry of `sitemap.xml`.
#[derive(Debug, Clone)]
pub struct SitemapEntry {
    /// Site path.
    pub path: String,
    /// Last modification date.
    pub lastmod: Option<jiff::civil::Date>,
    /// Every language version: (language code, site path), this one included.
    pub alternates: Vec<(String, String)>,
    /// A hash of the above (what the sitemap's key is made of).
    pub hash: u64,
}

/// What rendering produced besides the files.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems found.
    pub diags: Diagnostics,
    /// HTML pages rendered.
    pub pages: usize,
    /// Files copied.
    pub copied: usize,
    /// Calendar files written.
    pub calendars: usize,
    /// What a keyed render leaves for [`render_patch`] in the next build.
    pub state: Option<RenderState>,
}

/// What a keyed render (serve) leaves for the next build, so that an edit of bodies alone
/// redoes only the files whose keys read those bodies ([`render_patch`]).
#[derive(Debug)]
pub struct RenderState {
    jobs: Vec<Job>,
    results: Vec<JobResult>,
    /// Per item: the jobs whose key read its whole text (see [`Keys::reads`]).
    readers: Vec<Vec<u32>>,
    tables: super::keys::Tables,
    listing_keys: Vec<u64>,
}

pub(crate) type JobResult = (Vec<Diagnostic>, Option<Arc<SitemapEntry>>);

impl<'a> Renderer<'a> {
    fn pages_of(&self, n: usize) -> usize {
        n.div_ceil(self.config.site.paginate).max(1)
    }

    fn languages(&self) -> std::ops::Range<usize> {
        0..self.config.site.languages.len()
    }

    fn jobs(&self, listings: &[Listing<'_>]) -> Vec<Job> {
        let items = &self.site.items;
        let mut jobs: Vec<Job> = (0..items.len())
            .filter(|&i| items[i].kind != Kind::Home)
            .map(Job::Item)
            .collect();
        for lang in self.languages() {
            jobs.push(Job::Home(lang));
            for (i, l) in listings.iter().enumerate() {
                jobs.extend((1..=self.pages_of(l.entries.len())).map(|p| Job::Listing(lang, i, p)));
            }
            for (t, tax) in self.site.taxonomies.iter().enumerate() {
                jobs.push(Job::TaxonomyIndex(lang, t));
                for (ti, term) in tax.terms.iter().enumerate() {
                    jobs.extend(
                        (1..=self.pages_of(term.items.len())).map(|p| Job::Term(lang, t, ti, p)),
                    );
                }
            }
            jobs.push(Job::NotFound(lang));
        }
        jobs.extend(
            items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.kind == Kind::Event && it.lang == 0)
                .map(|(id, _)| Job::EventCalendar(id)),
        );
        jobs.extend(
            items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.kind == Kind::Survey)
                .map(|(id, _)| Job::Survey(id)),
        );
        jobs.push(Job::Calendar(None));
        jobs.extend((0..super::listings::CATEGORIES.len()).map(|c| Job::Calendar(Some(c))));
        jobs.extend((0..self.theme.statics.len()).map(Job::Static));
        for (id, it) in items.iter().enumerate() {
            if let Data::Toolkit(fm, _) = &it.data {
                jobs.extend((0..fm.files.len()).map(|f| Job::Download(id, f)));
                jobs.push(Job::Bundle(id));
            }
        }
        if !self.site.lists.toolkits.is_empty() {
            jobs.push(Job::Manifest);
        }
        jobs
    }

    /// A label in language `lang`.
    fn label(&self, lang: usize, l: &Label) -> String {
        let v = self.views(lang);
        label_in(&v, l)
    }

    fn write_html(
        &self,
        out: &Output,
        path: &str,
        template: &str,
        ctx: &Context,
    ) -> Result<(), Vec<Diagnostic>> {
        let html = self.theme.render(template, ctx, &format!("/{path}"))?;
        let file = file_of(path);
        out.write(&file, &minify(&html)).map_err(|e| {
            vec![Diagnostic::general(
                crate::diag::Severity::Error,
                e.to_string(),
            )]
        })
    }

    fn sitemap_entry(
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

    fn item_job(&self, id: ItemId, out: &Output, h: &Highlighter) -> JobResult {
        let it = &self.site.items[id];
        let v = self.views(it.lang);
        let (content, mut diags) = self.markdown(
            &it.body,
            &it.body_path(),
            it.body_line,
            h,
            !v.has_lead_image(id),
            it.lang,
        );
        let versions = Versions::Items(it.translations.clone());
        let mut ctx = self.context(it.lang, &it.path, &versions);
        ctx.insert("page", &v.item(id, Some(content), true));
        let template = format!("{}.html", it.kind.name());
        if let Err(d) = self.write_html(out, &it.path, &template, &ctx) {
            diags.extend(d);
        }
        let lastmod = it.updated.or(if it.kind == Kind::Event {
            None
        } else {
            it.date
        });
        (
            diags,
            Some(self.sitemap_entry(it.lang, &it.path, lastmod, &versions)),
        )
    }

    fn home_job(&self, lang: usize, out: &Output, h: &Highlighter) -> JobResult {
        let Some(home) = self.site.home() else {
            return (vec![], None);
        };
        let id = self.site.items[home].in_lang(lang, home);
        let it = &self.site.items[id];
        let v = self.views(lang);
        let (mut content, mut diags) =
            self.markdown(&it.body, &it.body_path(), it.body_line, h, true, lang);
        if lang > 0 && it.lang != lang {
            // No translation of the home text yet: it is shown in the default language.
            diags.clear();
            let l = &self.config.site.languages[it.lang];
            content = in_other_language(content, &l.code, l.dir.as_str());
        }
        let path = self.in_lang(lang, "");
        let mut ctx = self.context(lang, &path, &Versions::All);
        ctx.insert("page", &v.item(id, Some(content), true));
        let l = &self.site.lists;
        let list = |ids: &[ItemId], n: usize| {
            ids.iter()
                .take(n)
                .map(|&i| v.item(i, None, false))
                .collect::<Vec<_>>()
        };
        let next: Vec<ItemView<'_>> = l
            .upcoming_events
            .iter()
            .take(3)
            .map(|&(i, n)| v.item_at(i, Some(n), None, false))
            .collect();
        ctx.insert("upcoming_events", &next);
        ctx.insert("open_opportunities", &list(&l.open_opportunities, 4));
        ctx.insert("latest_stories", &list(&l.stories, 3));
        ctx.insert("toolkits", &list(&l.toolkits, 4));
        let survey = l
            .surveys
            .iter()
            .copied()
            .find(|&s| matches!(&self.site.items[s].data, Data::Survey(_, o) if o.open));
        ctx.insert("survey", &survey.map(|s| v.item(s, None, false)));
        if let Err(d) = self.write_html(out, &path, "home.html", &ctx) {
            diags.extend(d);
        }
        (
            diags,
            Some(self.sitemap_entry(lang, &path, None, &Versions::All)),
        )
    }

    fn paginated(
        &self,
        lang: usize,
        base: &str,
        entries: &Entries<'_>,
        page: usize,
        ctx: &mut Context,
    ) -> String {
        let base = self.in_lang(lang, base);
        let total = self.pages_of(entries.len());
        let url_of = |n: usize| {
            if n == 1 {
                self.config.url(&base)
            } else {
                self.config.url(&format!("{base}page/{n}/"))
            }
        };
        let v = self.views(lang);
        let range = self.page_range(entries.len(), page);
        let items: Vec<ItemView<'_>> = match entries {
            Entries::Items(ids) => ids[range].iter().map(|&i| v.item(i, None, false)).collect(),
            Entries::Events(es) => es[range]
                .iter()
                .map(|&(i, n)| v.item_at(i, Some(n), None, false))
                .collect(),
        };
        // A window of page links, never one per page: pagers stay small on huge sites.
        let mut numbers: Vec<usize> = vec![1, total];
        numbers.extend(page.saturating_sub(2).max(1)..=(page + 2).min(total));
        numbers.sort_unstable();
        numbers.dedup();
        let pages: Vec<PageLink> = numbers
            .into_iter()
            .map(|n| PageLink {
                number: n,
                url: url_of(n),
                current: n == page,
            })
            .collect();
        ctx.insert(
            "paginator",
            &Paginator {
                items,
                number: page,
                total_pages: total,
                total_items: entries.len(),
                prev_url: (page > 1).then(|| url_of(page - 1)),
                next_url: (page < total).then(|| url_of(page + 1)),
                pages,
            },
        );
        if page == 1 {
            base
        } else {
            format!("{base}page/{page}/")
        }
    }

    fn listing_job(
        &self,
        lang: usize,
        l: &Listing<'_>,
        page: usize,
        out: &Output,
        h: &Highlighter,
    ) -> JobResult {
        let mut diags = Vec::new();
        let intro = if !l.main {
            None
        } else if lang == 0 {
            self.site.intros.get(&l.kind).map(|i| (i, false))
        } else {
            self.site
                .intro_translations
                .get(&(l.kind, lang))
                .map(|i| (i, false))
                .or_else(|| self.site.intros.get(&l.kind).map(|i| (i, true)))
        };
        let content = match intro {
            Some((i, fallback)) if page == 1 && i.source.is_some() => {
                let src = i.source.as_deref().unwrap_or(std::path::Path::new(""));
                let (html, d) = self.markdown(&i.body, src, i.body_line, h, true, lang);
                if fallback {
                    let d0 = &self.config.site.languages[0];
                    Some(in_other_language(html, &d0.code, d0.dir.as_str()))
                } else {
                    diags.extend(d);
                    Some(html)
                }
            }
            _ => None,
        };
        let page_path = self.page_path(lang, &l.path, page);
        let mut ctx = self.context(lang, &page_path, &Versions::All);
        let path = self.paginated(lang, &l.path, &l.entries, page, &mut ctx);
        let filters: Vec<FilterGroupView> = l
            .filters
            .iter()
            .map(|g| FilterGroupView {
                name: self.views(lang).tr(g.name),
                links: g
                    .links
                    .iter()
                    .map(|f| FilterLinkView {
                        title: self.label(lang, &f.title),
                        url: self.config.url(&self.in_lang(lang, &f.path)),
                        count: f.count,
                        current: f.path == l.path,
                    })
                    .collect(),
            })
            .collect();
        let title = match &l.title {
            Some(t) => self.label(lang, t),
            None => self.section_title(l.kind, lang),
        };
        let summary = intro
            .filter(|(_, fallback)| !fallback)
            .map(|(i, _)| i.summary.clone())
            .unwrap_or_default();
        ctx.insert(
            "section",
            &SectionView {
                kind: l.kind.name(),
                title,
                summary,
                content,
                url: self.config.url(&self.in_lang(lang, &l.path)),
                alternate: l.alternate.as_ref().map(|(t, p)| NavLink {
                    title: self.label(lang, t),
                    url: self.config.url(&self.in_lang(lang, p)),
                    current: false,
                }),
                filters,
                calendar: l.calendar.as_ref().map(|p| CalendarView {
                    url: self.config.url(p),
                    webcal: webcal(&self.config.permalink(p)),
                }),
                feed_url: l
                    .feed
                    .as_ref()
                    .map(|p| self.config.url(&self.in_lang(lang, p))),
            },
        );
        if let Err(d) = self.write_html(out, &path, "section.html", &ctx) {
            diags.extend(d);
        }
        (
            diags,
            (page == 1).then(|| self.sitemap_entry(lang, &path, None, &Versions::All)),
        )
    }

    /// The taxonomy for templates; terms only when `with_terms` (the index page).
    fn taxonomy_view(&self, lang: usize, t: usize, with_terms: bool) -> TaxonomyView {
        let tax = &self.site.taxonomies[t];
        let terms = if with_terms { &tax.terms[..] } else { &[] };
        TaxonomyView {
            slug: tax.slug,
            name: self.views(lang).tr(&format!("taxonomy-{}", tax.slug)),
            url: self
                .config
                .url(&self.in_lang(lang, &format!("{}/", tax.slug))),
            terms: terms
                .iter()
                .map(|term| TermView {
                    slug: term.slug.clone(),
                    name: term.name.clone(),
                    url: self
                        .config
                        .url(&self.in_lang(lang, &format!("{}/{}/", tax.slug, term.slug))),
                    count: term.items.len(),
                })
                .collect(),
        }
    }

    fn taxonomy_job(&self, lang: usize, t: usize, out: &Output) -> JobResult {
        let path = self.in_lang(lang, &format!("{}/", self.site.taxonomies[t].slug));
        let mut ctx = self.context(lang, &path, &Versions::All);
        ctx.insert("taxonomy", &self.taxonomy_view(lang, t, true));
        let d = self
            .write_html(out, &path, "taxonomy.html", &ctx)
            .err()
            .unwrap_or_default();
        (
            d,
            Some(self.sitemap_entry(lang, &path, None, &Versions::All)),
        )
    }

    fn term_job(&self, lang: usize, t: usize, ti: usize, page: usize, out: &Output) -> JobResult {
        let tax = &self.site.taxonomies[t];
        let term = &tax.terms[ti];
        let base = format!("{}/{}/", tax.slug, term.slug);
        let page_path = self.page_path(lang, &base, page);
        let mut ctx = self.context(lang, &page_path, &Versions::All);
        let entries = Entries::Items(std::borrow::Cow::Borrowed(&term.items));
        let path = self.paginated(lang, &base, &entries, page, &mut ctx);
        ctx.insert("taxonomy", &self.taxonomy_view(lang, t, false));
        ctx.insert(
            "term",
            &TermView {
                slug: term.slug.clone(),
                name: term.name.clone(),
                url: self.config.url(&self.in_lang(lang, &base)),
                count: term.items.len(),
            },
        );
        let d = self
            .write_html(out, &path, "term.html", &ctx)
            .err()
            .unwrap_or_default();
        (
            d,
            (page == 1).then(|| self.sitemap_entry(lang, &path, None, &Versions::All)),
        )
    }

    /// Runs `job`, or takes its output file from the previous site when its key (see
    /// [`super::keys`]) is unchanged and every look-up it made gives the same answer. Also
    /// returns the items whose whole text the key read.
    fn run(
        &self,
        job: &Job,
        listings: &[Listing<'_>],
        out: &Output,
        h: &Highlighter,
        keys: Option<&Keys<'_>>,
        listing_keys: &[u64],
    ) -> (JobResult, Vec<ItemId>) {
        let Some(k) = keys else {
            return (self.run_job(job, listings, out, h), Vec::new());
        };
        let (key, reads) = Keys::reads(|| self.job_key(job, listings, k, listing_keys));
        let res = match key {
            Some((rel, key)) => {
                self.keyed(&rel, key, k, out, || self.run_job(job, listings, out, h))
            }
            None => self.run_job(job, listings, out, h),
        };
        (res, reads)
    }

    /// The result of `render`, which makes the output file `rel` from inputs with key `key`;
    /// or, when the previous site has that file from the same key and every look-up its render
    /// made gives the same answer now, that file and what its render reported.
    pub(crate) fn keyed(
        &self,
        rel: &str,
        key: u64,
        keys: &Keys<'_>,
        out: &Output,
        render: impl FnOnce() -> JobResult,
    ) -> JobResult {
        let inc = keys.inc();
        let old = inc.page(rel);
        if let Some(rec) = &old
            && rec.key == key
            && self.lookups_hold(&rec.lookups, keys.links_changed)
            && out.reuse(rel, key)
        {
            return (rec.diags.clone(), rec.sitemap.clone());
        }
        let (res, lookups) = super::memo::recording(render);
        if old.is_none_or(|o| o.lookups.images != lookups.images) {
            self.images_changed.store(true, Ordering::Relaxed);
        }
        out.set_key(rel, key);
        inc.set_page(
            rel,
            PageRecord {
                key,
                diags: res.0.clone(),
                sitemap: res.1.clone(),
                lookups,
            },
        );
        res
    }

    /// Asks the look-ups of an earlier render again: links only when the link table changed,
    /// images always (so the image pipeline queues them, as the render did).
    fn lookups_hold(&self, l: &super::memo::Lookups, links_changed: bool) -> bool {
        let images = l.images.iter().fold(true, |ok, (call, answer)| {
            super::memo::replay_image(self.media, call, *answer) && ok
        });
        images
            && (!links_changed
                || l.links.iter().all(|(k, lang, t)| {
                    super::context::resolve_link(self.site, self.config, k, *lang) == *t
                }))
    }

    /// The output file of `job` and the key of its inputs; `None` for jobs that always run
    /// (files copied as they are, survey extras, the toolkit manifest).
    fn job_key(
        &self,
        job: &Job,
        listings: &[Listing<'_>],
        k: &Keys<'_>,
        listing_keys: &[u64],
    ) -> Option<(String, u64)> {
        let site = self.site;
        let html = |path: &str| file_of(path);
        match *job {
            Job::Item(id) => {
                let it = &site.items[id];
                let template = format!("{}.html", it.kind.name());
                let key = k
                    .page(it.lang, &template, &it.path)
                    .mix(&k.view(id))
                    .finish();
                Some((html(&it.path), key))
            }
            Job::Home(lang) => {
                let path = self.in_lang(lang, "");
                let l = &site.lists;
                let mut m = k
                    .page(lang, "home.html", &path)
                    .mix(&site.home().map(|h| k.view(h)));
                for &(i, n) in l.upcoming_events.iter().take(3) {
                    m = m.mix(&(k.summary(i), n));
                }
                for (list, n) in [
                    (&l.open_opportunities, 4),
                    (&l.stories, 3),
                    (&l.toolkits, 4),
                    (&l.surveys, usize::MAX),
                ] {
                    for &i in list.iter().take(n) {
                        m = m.mix(&k.summary(i));
                    }
                    m = m.mix(&0xfeu8);
                }
                Some((html(&path), m.finish()))
            }
            Job::Listing(lang, i, page) => {
                let l = &listings[i];
                let path = self.page_path(lang, &l.path, page);
                let m = k
                    .page(lang, "section.html", &path)
                    .mix(&listing_keys[i])
                    .mix(&page);
                let m = k.entries(m, &l.entries, self.page_range(l.entries.len(), page));
                Some((html(&path), m.finish()))
            }
            Job::TaxonomyIndex(lang, t) => {
                let tax = &site.taxonomies[t];
                let path = self.in_lang(lang, &format!("{}/", tax.slug));
                let mut m = k.page(lang, "taxonomy.html", &path);
                for term in &tax.terms {
                    m = m.mix(&term.slug).mix(&term.name).mix(&term.items.len());
                }
                Some((html(&path), m.finish()))
            }
            Job::Term(lang, t, ti, page) => {
                let tax = &site.taxonomies[t];
                let term = &tax.terms[ti];
                let path = self.page_path(lang, &format!("{}/{}/", tax.slug, term.slug), page);
                let m = k.page(lang, "term.html", &path).mix(&term.name).mix(&page);
                let entries = Entries::Items(std::borrow::Cow::Borrowed(&term.items));
                let m = k.entries(m, &entries, self.page_range(term.items.len(), page));
                Some((html(&path), m.finish()))
            }
            Job::NotFound(lang) => {
                let path = self.in_lang(lang, "404.html");
                Some((path.clone(), k.page(lang, "404.html", &path).finish()))
            }
            Job::EventCalendar(id) => {
                let rel = super::events::ics_path(&site.items[id]);
                let key = Mix::new()
                    .mix(&k.global(0))
                    .mix(&rel)
                    .mix(&k.family(id))
                    .finish();
                Some((rel, key))
            }
            Job::Calendar(category) => {
                let c = category.map(|c| super::listings::CATEGORIES[c]);
                let rel = super::listings::calendar_path(c);
                let mut m = Mix::new().mix(&k.global(0)).mix(&rel);
                for &(id, _) in &site.lists.upcoming_events {
                    if c.is_none_or(
                        |c| matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == c),
                    ) {
                        m = m.mix(&k.family(id));
                    }
                }
                Some((rel, m.finish()))
            }
            _ => None,
        }
    }

    /// Site path of page `page` of the listing at `base` (without language prefix).
    fn page_path(&self, lang: usize, base: &str, page: usize) -> String {
        if page == 1 {
            self.in_lang(lang, base)
        } else {
            self.in_lang(lang, &format!("{base}page/{page}/"))
        }
    }

    /// Entries shown on page `page` of a listing of `len`.
    fn page_range(&self, len: usize, page: usize) -> std::ops::Range<usize> {
        let per = self.config.site.paginate;
        ((page - 1) * per).min(len)..(page * per).min(len)
    }

    fn run_job(
        &self,
        job: &Job,
        listings: &[Listing<'_>],
        out: &Output,
        h: &Highlighter,
    ) -> JobResult {
        let io = |r: Result<(), crate::util::fs::FsError>| match r {
            Ok(()) => vec![],
            Err(e) => vec![Diagnostic::general(
                crate::diag::Severity::Error,
                e.to_string(),
            )],
        };
        match *job {
            Job::Item(id) => self.item_job(id, out, h),
            Job::Home(lang) => self.home_job(lang, out, h),
            Job::Listing(lang, l, page) => self.listing_job(lang, &listings[l], page, out, h),
            Job::TaxonomyIndex(lang, t) => self.taxonomy_job(lang, t, out),
            Job::Term(lang, t, ti, page) => self.term_job(lang, t, ti, page, out),
            Job::NotFound(lang) => {
                let path = self.in_lang(lang, "404.html");
                let ctx = self.context(lang, &path, &Versions::All);
                (
                    self.write_html(out, &path, "404.html", &ctx)
                        .err()
                        .unwrap_or_default(),
                    None,
                )
            }
            Job::Survey(id) => super::survey::extras(self, id, out),
            Job::Static(i) => {
                let rel = &self.theme.statics[i];
                let src = self.root.join(&self.theme.dir).join("static").join(rel);
                let name = rel.to_string_lossy().replace('\\', "/");
                if name.ends_with(".css") {
                    match std::fs::read_to_string(&src) {
                        Ok(css) => (io(out.write(&name, &minify_css(&css))), None),
                        Err(e) => (
                            vec![Diagnostic::error(
                                self.theme.dir.join("static").join(rel),
                                format!("cannot read: {e}"),
                            )],
                            None,
                        ),
                    }
                } else {
                    (io(out.copy(&src, &name)), None)
                }
            }
            Job::EventCalendar(id) => {
                let ics = super::ics::event_calendar(self.site, id, self.config, self.now);
                let path = super::events::ics_path(&self.site.items[id]);
                (io(out.write(&path, ics.as_bytes())), None)
            }
            Job::Calendar(category) => {
                let category = category.map(|c| super::listings::CATEGORIES[c]);
                let mut ids: Vec<ItemId> = self
                    .site
                    .lists
                    .upcoming_events
                    .iter()
                    .map(|&(id, _)| id)
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids.retain(|&id| category.is_none_or(|c| matches!(&self.site.items[id].data, Data::Event(fm, _) if fm.category == c)));
                let v = self.views(0);
                let name = match category {
                    None => format!("{}: {}", self.config.site.title, v.tr("calendar-events")),
                    Some(c) => format!(
                        "{}: {}",
                        self.config.site.title,
                        v.tr(&format!("category-{}", c.slug()))
                    ),
                };
                let ics = super::ics::feed_calendar(self.site, &ids, self.config, self.now, &name);
                (
                    io(out.write(&super::listings::calendar_path(category), ics.as_bytes())),
                    None,
                )
            }
            Job::Download(id, f) => {
                let it = &self.site.items[id];
                let Data::Toolkit(fm, dir) = &it.data else {
                    return (vec![], None);
                };
                let file = &fm.files[f];
                (
                    io(out.link(
                        &self.root.join(dir).join(&file.path),
                        &format!("{}{}", it.path, file.path),
                    )),
                    None,
                )
            }
            Job::Bundle(id) => {
                let it = &self.site.items[id];
                let Some(b) = self
                    .downloads
                    .toolkits
                    .get(&id)
                    .and_then(|t| t.bundle.as_ref())
                else {
                    return (vec![], None);
                };
                let rel = format!("{}{}", it.path, b.name);
                let r = match &b.bytes {
                    crate::toolkits::BundleBytes::Cached(p) => out.link(p, &rel),
                    crate::toolkits::BundleBytes::Memory(bytes) => out.write(&rel, bytes),
                };
                (io(r), None)
            }
            Job::Manifest => {
                let json = crate::toolkits::manifest::json(self.site, self.config, self.downloads);
                (io(out.write("toolkits/index.json", &json)), None)
            }
        }
    }
}

/// The file of site path `path`: `index.html` inside a folder path.
fn file_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// A label in the language of `v`.
pub(crate) fn label_in(v: &Views<'_>, l: &Label) -> String {
    match l {
        Label::Text(t) => t.clone(),
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

/// Renders every output file into `out`; feeds and the sitemap come last. With a kept
/// [`Incremental`] (serve), files whose inputs are unchanged are taken from the previous site
/// and the report carries the [`RenderState`] for [`render_patch`].
pub fn render_all(r: &Renderer<'_>, out: &Output) -> Report {
    let mut phases = crate::util::Phases::new("render");
    let listings = super::listings::listings(r.site, r.config);
    let jobs = r.jobs(&listings);
    phases.mark("listings and jobs");
    let own = Highlighter::default();
    let highlighter = r.incremental.map_or(&own, |i| i.highlighter());
    let keys = r
        .incremental
        .filter(|_| out.wants_fingerprints())
        .map(|inc| Keys::new(inc, r));
    let listing_keys: Vec<u64> = match &keys {
        Some(k) => listings.iter().map(|l| k.listing(r.site, l)).collect(),
        None => Vec::new(),
    };
    phases.mark(if keys.as_ref().is_some_and(|k| k.links_changed) {
        "keys (link table changed)"
    } else {
        "keys"
    });
    let done = AtomicUsize::new(0);
    let step = (jobs.len() / 10).max(1);
    let runs: Vec<(JobResult, Vec<ItemId>)> = jobs
        .par_iter()
        .map(|job| {
            let res = r.run(
                job,
                &listings,
                out,
                highlighter,
                keys.as_ref(),
                &listing_keys,
            );
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if r.progress && jobs.len() > 2000 && n.is_multiple_of(step) {
                eprintln!("  rendered {n} of {} files", jobs.len());
            }
            res
        })
        .collect();
    phases.mark("jobs");
    let mut readers = vec![
        Vec::new();
        if keys.is_some() {
            r.site.items.len()
        } else {
            0
        }
    ];
    let results: Vec<JobResult> = runs
        .into_iter()
        .enumerate()
        .map(|(pos, (res, reads))| {
            for id in reads {
                readers[id].push(pos as u32);
            }
            res
        })
        .collect();
    let mut report = report(r, &jobs, &results, out, highlighter, keys.as_ref());
    report.state = keys.map(|k| RenderState {
        jobs,
        results,
        readers,
        tables: k.into_tables(),
        listing_keys,
    });
    phases.mark("report and feeds");
    phases.print();
    report
}

/// Renders after an edit that changed the bodies of items `changed` and nothing else (no
/// front matter, no other file, template, UI string or setting), given the state the last
/// good render left: only the files whose keys read those items' text are rendered, and every
/// other file is taken from the previous site as it is. `None` when the edit changed more
/// than that after all (other jobs, or other images asked for); the caller then renders
/// everything with [`render_all`] into a new sink.
pub fn render_patch(
    r: &Renderer<'_>,
    out: &Output,
    state: RenderState,
    changed: &[ItemId],
) -> Option<Report> {
    let mut phases = crate::util::Phases::new("render patch");
    let inc = r.incremental?;
    let listings = super::listings::listings(r.site, r.config);
    let jobs = r.jobs(&listings);
    if jobs != state.jobs {
        return None;
    }
    phases.mark("listings and jobs");
    let highlighter = inc.highlighter();
    let members = super::keys::family_members(r.site, changed);
    let keys = Keys::patched(inc, r, state.tables, &members);
    // Jobs without a key (files copied, survey extras, the manifest) never show a body.
    let mut todo: Vec<usize> = members
        .iter()
        .flat_map(|&m| state.readers[m].iter().map(|&p| p as usize))
        .collect();
    todo.sort_unstable();
    todo.dedup();
    phases.mark("keys");
    let redone: Vec<(usize, JobResult)> = todo
        .par_iter()
        .map(|&p| {
            let job = &jobs[p];
            let res = r.run(
                job,
                &listings,
                out,
                highlighter,
                Some(&keys),
                &state.listing_keys,
            );
            (p, res.0)
        })
        .collect();
    if r.images_changed.load(Ordering::Relaxed) {
        return None;
    }
    let mut results = state.results;
    for (p, res) in redone {
        results[p] = res;
    }
    phases.mark("jobs");
    let mut report = report(r, &jobs, &results, out, highlighter, Some(&keys));
    if r.images_changed.load(Ordering::Relaxed) {
        return None;
    }
    phases.mark("report and feeds");
    out.keep_the_rest();
    phases.mark("keep the rest");
    report.state = Some(RenderState {
        jobs,
        results,
        readers: state.readers,
        tables: keys.into_tables(),
        listing_keys: state.listing_keys,
    });
    phases.print();
    Some(report)
}

/// The report of the jobs' `results`, after writing the feeds and the sitemap.
fn report(
    r: &Renderer<'_>,
    jobs: &[Job],
    results: &[JobResult],
    out: &Output,
    highlighter: &Highlighter,
    keys: Option<&Keys<'_>>,
) -> Report {
    let mut report = Report::default();
    let mut sitemap = Vec::new();
    for (d, entry) in results {
        report.diags.extend(d.iter().cloned());
        sitemap.extend(entry.iter().cloned());
    }
    let is_file = |j: &&Job| {
        matches!(
            j,
            Job::Static(_) | Job::Download(..) | Job::Bundle(_) | Job::Manifest
        )
    };
    let is_calendar =
        |j: &&Job| matches!(j, Job::EventCalendar(_) | Job::Calendar(_) | Job::Survey(_));
    report.calendars = jobs.iter().filter(is_calendar).count();
    report.copied = jobs.iter().filter(is_file).count();
    report.pages = jobs.len() - report.calendars - report.copied;
    let feeds = super::feeds::write_all(r, &sitemap, out, highlighter, keys);
    report.diags.extend(feeds);
    report
}

impl Renderer<'_> {
    /// HTML of an item's body (for feeds).
    pub fn body_html(&self, id: ItemId, h: &Highlighter) -> String {
        let it = &self.site.items[id];
        self.markdown(&it.body, &it.body_path(), it.body_line, h, false, it.lang)
            .0
    }
}

/// Minifies HTML; inline CSS is minified too, the doctype kept valid.
pub fn minify(html: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    cfg.minify_css = true;
    cfg.minify_doctype = false;
    minify_html::minify(html.as_bytes(), &cfg)
}

/// Minifies a stylesheet (through minify-html's CSS minifier).
pub fn minify_css(css: &str) -> Vec<u8> {
    let wrapped = format!("<style>{css}</style>");
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    let out = minify_html::minify(wrapped.as_bytes(), &cfg);
    let s = String::from_utf8_lossy(&out);
    let inner = s.trim_start_matches("<style>").trim_end_matches("</style>");
    inner.as_bytes().to_vec()
}

#[derive(Serialize)]
struct PageLink {
    number: usize,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct Paginator<'a> {
    items: Vec<ItemView<'a>>,
    number: usize,
    total_pages: usize,
    total_items: usize,
    prev_url: Option<String>,
    next_url: Option<String>,
    pages: Vec<PageLink>,
}

#[derive(Serialize)]
struct SectionView {
    kind: &'static str,
    title: String,
    summary: String,
    content: Option<String>,
    url: String,
    alternate: Option<NavLink>,
    filters: Vec<FilterGroupView>,
    calendar: Option<CalendarView>,
    feed_url: Option<String>,
}

#[derive(Serialize)]
struct FilterGroupView {
    name: String,
    links: Vec<FilterLinkView>,
}

#[derive(Serialize)]
struct FilterLinkView {
    title: String,
    url: String,
    count: usize,
    current: bool,
}

#[derive(Serialize)]
struct CalendarView {
    url: String,
    webcal: String,
}

/// `webcal://` form of an http(s) calendar URL, for one-tap subscription.
fn webcal(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    format!("webcal://{rest}")
}

#[derive(Serialize)]
struct TermView {
    slug: String,
    name: String,
    url: String,
    count: usize,
}

#[derive(Serialize)]
struct TaxonomyView {
    slug: &'static str,
    name: String,
    url: String,
    terms: Vec<TermView>,
}
