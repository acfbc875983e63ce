//! Render jobs: every output file of the site, rendered in parallel and handed to the output
//! sink one at a time.
//!
//! Entry point: [`render_all`]. Jobs are plain values ([`Job`]) listed up front; each job builds
//! only the views it needs (a listing page builds views of its own items), so memory stays
//! flat however many pages the site has.

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::Theme;
use super::listings::{Entries, Listing};
use super::views::{ItemView, Views};
use crate::config::{Config, Now};
use crate::diag::{Diagnostic, Diagnostics};
use crate::highlight::Highlighter;
use crate::markdown::{self, Target};
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
    /// What `serve` keeps between builds (rendered Markdown, template fingerprints); `None`
    /// for a one-off build.
    pub incremental: Option<&'a super::memo::Incremental>,
}

/// A template context; when the sink reuses files, also a fingerprint of everything inserted.
struct Ctx {
    ctx: Context,
    fingerprint: Option<super::memo::Fingerprint>,
}

impl Ctx {
    fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        if let Some(f) = &mut self.fingerprint {
            f.add(key, value);
        }
        self.ctx.insert(key, value);
    }
}

/// One output file (or a paginated family of them).
#[derive(Debug, Clone)]
enum Job {
    Item(ItemId),
    Listing(usize, usize),
    TaxonomyIndex(usize),
    Term(usize, usize, usize),
    NotFound,
    Static(usize),
    Download(ItemId, usize),
    EventCalendar(ItemId),
    Calendar(Option<usize>),
    Bundle(ItemId),
    Manifest,
}

/// An entry of `sitemap.xml`.
#[derive(Debug, Clone)]
pub struct SitemapEntry {
    /// Site path.
    pub path: String,
    /// Last modification date.
    pub lastmod: Option<jiff::civil::Date>,
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
}

impl<'a> Renderer<'a> {
    fn pages_of(&self, n: usize) -> usize {
        n.div_ceil(self.config.site.paginate).max(1)
    }

    fn jobs(&self, listings: &[Listing<'_>]) -> Vec<Job> {
        let mut jobs: Vec<Job> = (0..self.site.items.len()).map(Job::Item).collect();
        for (i, l) in listings.iter().enumerate() {
            jobs.extend((1..=self.pages_of(l.entries.len())).map(|p| Job::Listing(i, p)));
        }
        for (t, tax) in self.site.taxonomies.iter().enumerate() {
            jobs.push(Job::TaxonomyIndex(t));
            for (ti, term) in tax.terms.iter().enumerate() {
                jobs.extend((1..=self.pages_of(term.items.len())).map(|p| Job::Term(t, ti, p)));
            }
        }
        jobs.push(Job::NotFound);
        jobs.extend(
            self.site
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.kind == Kind::Event)
                .map(|(id, _)| Job::EventCalendar(id)),
        );
        jobs.push(Job::Calendar(None));
        jobs.extend((0..super::listings::CATEGORIES.len()).map(|c| Job::Calendar(Some(c))));
        jobs.extend((0..self.theme.statics.len()).map(Job::Static));
        for (id, it) in self.site.items.iter().enumerate() {
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

    /// Site-wide values every template gets as `site`.
    fn site_ctx(&self, current: &str) -> SiteView {
        let c = self.config;
        let mut nav = vec![NavLink {
            title: "Home".into(),
            url: c.url(""),
            current: current == c.url(""),
        }];
        for k in Kind::SECTIONS {
            let url = c.url(&format!("{}/", k.section()));
            let title = self
                .site
                .intros
                .get(&k)
                .map(|i| i.title.clone())
                .unwrap_or_else(|| k.section_title().into());
            nav.push(NavLink {
                current: current.starts_with(&url),
                title,
                url,
            });
        }
        for &p in &self.site.lists.menu_pages {
            let url = c.url(&self.site.items[p].path);
            nav.push(NavLink {
                current: current == url,
                title: self.site.items[p].title.clone(),
                url,
            });
        }
        let footer = self
            .site
            .lists
            .pages
            .iter()
            .map(|&p| NavLink {
                title: self.site.items[p].title.clone(),
                url: c.url(&self.site.items[p].path),
                current: current == c.url(&self.site.items[p].path),
            })
            .collect();
        let urls = Kind::SECTIONS
            .iter()
            .map(|k| (k.section(), c.url(&format!("{}/", k.section()))))
            .chain([
                ("past_events", c.url("events/past/")),
                ("closed_opportunities", c.url("opportunities/closed/")),
                ("neighbourhoods", c.url("neighbourhoods/")),
                ("themes", c.url("themes/")),
                ("tags", c.url("tags/")),
            ])
            .collect();
        SiteView {
            title: c.site.title.clone(),
            description: c.site.description.clone(),
            lang: c.site.language.clone(),
            dir: "ltr",
            base_path: c.base_path.clone(),
            base_url: c.base_url.clone(),
            css_url: c.url("style.css"),
            feed_url: c.url("stories/atom.xml"),
            nav,
            footer,
            urls,
            year: self.now.zoned.year(),
        }
    }

    fn context(&self, path: &str) -> Ctx {
        let current = self.config.url(path);
        let mut ctx = Ctx {
            ctx: Context::new(),
            fingerprint: self
                .incremental
                .map(|_| super::memo::Fingerprint::new(0, path)),
        };
        ctx.insert("site", &self.site_ctx(&current));
        ctx.insert("canonical_url", &self.config.permalink(path));
        ctx.insert("current_url", &current);
        ctx
    }

    fn views(&self) -> Views<'a> {
        Views {
            site: self.site,
            config: self.config,
            media: self.media,
            downloads: Some(self.downloads),
        }
    }

    /// Markdown of a source to HTML, resolving `@/` links against the site.
    fn markdown(
        &self,
        md: &str,
        path: &std::path::Path,
        first_line: usize,
        h: &Highlighter,
        eager_first_image: bool,
    ) -> (String, Vec<Diagnostic>) {
        let site = self.site;
        let cfg = self.config;
        let resolve = move |key: &str| -> Target {
            let key = key.trim_end_matches('/');
            if let Some(&id) = site.by_link.get(key) {
                return Target::Url(cfg.url(&site.items[id].path));
            }
            if let Some(&why) = site.unpublished.get(key) {
                let broken = why == crate::model::build::BROKEN;
                return Target::Hidden((!broken).then_some(why));
            }
            if let Some(sec) = key.strip_suffix("/_index.md")
                && Kind::SECTIONS.iter().any(|k| k.section() == sec)
            {
                return Target::Url(cfg.url(&format!("{sec}/")));
            }
            Target::Missing
        };
        let media = self.media;
        let image = move |i: &markdown::ImageRef<'_>| -> Option<String> {
            media
                .request(path, Some(i.line), i.src, i.alt)
                .map(|p| p.html(crate::media::SIZES_COLUMN, None, i.eager))
        };
        let render =
            |resolve: &(dyn Fn(&str) -> Target + Sync),
             image: &(dyn Fn(&markdown::ImageRef<'_>) -> Option<String> + Sync)| {
                let src = markdown::Source {
                    path,
                    first_line,
                    resolve,
                    highlighter: h,
                    image,
                    eager_first_image,
                };
                markdown::render(md, &src)
            };
        match self.incremental {
            Some(inc) => {
                let key = super::memo::Markdown {
                    text: md,
                    path,
                    first_line,
                    eager: eager_first_image,
                };
                inc.markdown(key, &resolve, &image, &render)
            }
            None => render(&resolve, &image),
        }
    }

    fn write_html(
        &self,
        out: &Output,
        path: &str,
        template: &str,
        ctx: &Ctx,
    ) -> Result<(), Vec<Diagnostic>> {
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        let key = match (&ctx.fingerprint, self.incremental) {
            (Some(f), Some(inc)) if out.wants_fingerprints() => {
                let mut h = std::hash::DefaultHasher::new();
                std::hash::Hash::hash(&(f.finish(), inc.template(template), template), &mut h);
                Some(std::hash::Hasher::finish(&h))
            }
            _ => None,
        };
        if let Some(k) = key
            && out.reuse(&file, k)
        {
            return Ok(());
        }
        let html = self.theme.render(template, &ctx.ctx, &format!("/{path}"))?;
        out.write_keyed(&file, &minify(&html), key).map_err(|e| {
            vec![Diagnostic::general(
                crate::diag::Severity::Error,
                e.to_string(),
            )]
        })
    }

    fn item_job(
        &self,
        id: ItemId,
        out: &Output,
        h: &Highlighter,
    ) -> (Vec<Diagnostic>, Option<SitemapEntry>) {
        let it = &self.site.items[id];
        let v = self.views();
        let (content, mut diags) = self.markdown(
            &it.body,
            &it.body_path(),
            it.body_line,
            h,
            !v.has_lead_image(id),
        );
        let mut ctx = self.context(&it.path);
        ctx.insert("page", &v.item(id, Some(content), true));
        let template = match it.kind {
            Kind::Home => {
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
                let survey =
                    l.surveys.iter().copied().find(
                        |&s| matches!(&self.site.items[s].data, Data::Survey(_, o) if o.open),
                    );
                ctx.insert("survey", &survey.map(|s| v.item(s, None, false)));
                "home.html".to_string()
            }
            k => format!("{}.html", k.name()),
        };
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
            Some(SitemapEntry {
                path: it.path.clone(),
                lastmod,
            }),
        )
    }

    fn paginated(&self, base: &str, entries: &Entries<'_>, page: usize, ctx: &mut Ctx) -> String {
        let total = self.pages_of(entries.len());
        let per = self.config.site.paginate;
        let url_of = |n: usize| {
            if n == 1 {
                self.config.url(base)
            } else {
                self.config.url(&format!("{base}page/{n}/"))
            }
        };
        let v = self.views();
        let range = (page - 1) * per..(page * per).min(entries.len());
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
            base.to_string()
        } else {
            format!("{base}page/{page}/")
        }
    }

    fn listing_job(
        &self,
        l: &Listing<'_>,
        page: usize,
        out: &Output,
        h: &Highlighter,
    ) -> (Vec<Diagnostic>, Option<SitemapEntry>) {
        let mut diags = Vec::new();
        let content = match l.intro {
            Some(i) if page == 1 && i.source.is_some() => {
                let (html, d) = self.markdown(
                    &i.body,
                    i.source.as_deref().unwrap_or(std::path::Path::new("")),
                    i.body_line,
                    h,
                    true,
                );
                if self.site.intros.contains_key(&l.kind) {
                    diags.extend(d);
                }
                Some(html)
            }
            _ => None,
        };
        let path_for_ctx = if page == 1 {
            l.path.clone()
        } else {
            format!("{}page/{page}/", l.path)
        };
        let mut ctx = self.context(&path_for_ctx);
        let path = self.paginated(&l.path, &l.entries, page, &mut ctx);
        let filters: Vec<FilterGroupView> = l
            .filters
            .iter()
            .map(|g| FilterGroupView {
                name: g.name,
                links: g
                    .links
                    .iter()
                    .map(|f| FilterLinkView {
                        title: f.title.clone(),
                        url: self.config.url(&f.path),
                        count: f.count,
                        current: f.path == l.path,
                    })
                    .collect(),
            })
            .collect();
        ctx.insert(
            "section",
            &SectionView {
                kind: l.kind.name(),
                title: &l.title,
                summary: &l.summary,
                content,
                url: self.config.url(&l.path),
                alternate: l.alternate.as_ref().map(|(t, p)| NavLink {
                    title: t.to_string(),
                    url: self.config.url(p),
                    current: false,
                }),
                filters,
                calendar: l.calendar.as_ref().map(|p| CalendarView {
                    url: self.config.url(p),
                    webcal: webcal(&self.config.permalink(p)),
                }),
                feed_url: l.feed.as_ref().map(|p| self.config.url(p)),
            },
        );
        if let Err(d) = self.write_html(out, &path, "section.html", &ctx) {
            diags.extend(d);
        }
        (
            diags,
            (page == 1).then_some(SitemapEntry {
                path,
                lastmod: None,
            }),
        )
    }

    /// The taxonomy for templates; terms only when `with_terms` (the index page).
    fn taxonomy_view(&self, t: usize, with_terms: bool) -> TaxonomyView {
        let tax = &self.site.taxonomies[t];
        let terms = if with_terms { &tax.terms[..] } else { &[] };
        TaxonomyView {
            slug: tax.slug,
            name: tax.name,
            url: self.config.url(&format!("{}/", tax.slug)),
            terms: terms
                .iter()
                .map(|term| TermView {
                    slug: term.slug.clone(),
                    name: term.name.clone(),
                    url: self.config.url(&format!("{}/{}/", tax.slug, term.slug)),
                    count: term.items.len(),
                })
                .collect(),
        }
    }

    fn run(
        &self,
        job: &Job,
        listings: &[Listing<'_>],
        out: &Output,
        h: &Highlighter,
    ) -> (Vec<Diagnostic>, Option<SitemapEntry>) {
        let io = |r: Result<(), crate::util::fs::FsError>| match r {
            Ok(()) => vec![],
            Err(e) => vec![Diagnostic::general(
                crate::diag::Severity::Error,
                e.to_string(),
            )],
        };
        match *job {
            Job::Item(id) => self.item_job(id, out, h),
            Job::Listing(l, page) => self.listing_job(&listings[l], page, out, h),
            Job::TaxonomyIndex(t) => {
                let path = format!("{}/", self.site.taxonomies[t].slug);
                let mut ctx = self.context(&path);
                ctx.insert("taxonomy", &self.taxonomy_view(t, true));
                let d = self
                    .write_html(out, &path, "taxonomy.html", &ctx)
                    .err()
                    .unwrap_or_default();
                (
                    d,
                    Some(SitemapEntry {
                        path,
                        lastmod: None,
                    }),
                )
            }
            Job::Term(t, ti, page) => {
                let tax = &self.site.taxonomies[t];
                let term = &tax.terms[ti];
                let base = format!("{}/{}/", tax.slug, term.slug);
                let mut ctx = self.context(&if page == 1 {
                    base.clone()
                } else {
                    format!("{base}page/{page}/")
                });
                let entries = Entries::Items(std::borrow::Cow::Borrowed(&term.items));
                let path = self.paginated(&base, &entries, page, &mut ctx);
                ctx.insert("taxonomy", &self.taxonomy_view(t, false));
                ctx.insert(
                    "term",
                    &TermView {
                        slug: term.slug.clone(),
                        name: term.name.clone(),
                        url: self.config.url(&base),
                        count: term.items.len(),
                    },
                );
                let d = self
                    .write_html(out, &path, "term.html", &ctx)
                    .err()
                    .unwrap_or_default();
                (
                    d,
                    (page == 1).then_some(SitemapEntry {
                        path,
                        lastmod: None,
                    }),
                )
            }
            Job::NotFound => {
                let ctx = self.context("404.html");
                (
                    self.write_html(out, "404.html", "404.html", &ctx)
                        .err()
                        .unwrap_or_default(),
                    None,
                )
            }
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
                ids.dedup();
                ids.sort_unstable();
                ids.dedup();
                ids.retain(|&id| category.is_none_or(|c| matches!(&self.site.items[id].data, Data::Event(fm, _) if fm.category == c)));
                let name = match category {
                    None => format!("{}: events", self.config.site.title),
                    Some(c) => format!("{}: {}", self.config.site.title, c.names().1),
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
                let bundle = self
                    .downloads
                    .toolkits
                    .get(&id)
                    .and_then(|t| t.bundle.as_ref());
                let Some(b) = bundle else {
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

/// Renders every output file into `out`; feeds and the sitemap come last.
pub fn render_all(r: &Renderer<'_>, out: &Output) -> Report {
    let listings = super::listings::listings(r.site, r.config);
    let jobs = r.jobs(&listings);
    let highlighter = Highlighter::default();
    let done = AtomicUsize::new(0);
    let step = (jobs.len() / 10).max(1);
    let results: Vec<(Vec<Diagnostic>, Option<SitemapEntry>)> = jobs
        .par_iter()
        .map(|job| {
            let res = r.run(job, &listings, out, &highlighter);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if r.progress && jobs.len() > 2000 && n.is_multiple_of(step) {
                eprintln!("  rendered {n} of {} files", jobs.len());
            }
            res
        })
        .collect();
    let mut report = Report::default();
    let mut sitemap = Vec::new();
    for (d, entry) in results {
        report.diags.extend(d);
        sitemap.extend(entry);
    }
    report.pages = jobs
        .iter()
        .filter(|j| {
            !matches!(
                j,
                Job::Static(_)
                    | Job::Download(..)
                    | Job::EventCalendar(_)
                    | Job::Calendar(_)
                    | Job::Bundle(_)
                    | Job::Manifest
            )
        })
        .count();
    report.calendars = jobs
        .iter()
        .filter(|j| matches!(j, Job::EventCalendar(_) | Job::Calendar(_)))
        .count();
    report.copied = jobs.len() - report.pages - report.calendars;
    sitemap.sort_by(|a, b| a.path.cmp(&b.path));
    let feeds = super::feeds::write_all(r, &sitemap, out, &highlighter);
    report.diags.extend(feeds);
    report
}

impl Renderer<'_> {
    /// HTML of an item's body (for feeds).
    pub fn body_html(&self, id: ItemId, h: &Highlighter) -> String {
        let it = &self.site.items[id];
        self.markdown(&it.body, &it.body_path(), it.body_line, h, false)
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
struct NavLink {
    title: String,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct SiteView {
    title: String,
    description: String,
    lang: String,
    dir: &'static str,
    base_path: String,
    base_url: String,
    css_url: String,
    feed_url: String,
    nav: Vec<NavLink>,
    footer: Vec<NavLink>,
    urls: std::collections::BTreeMap<&'static str, String>,
    year: i16,
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
struct SectionView<'a> {
    kind: &'static str,
    title: &'a str,
    summary: &'a str,
    content: Option<String>,
    url: String,
    alternate: Option<NavLink>,
    filters: Vec<FilterGroupView>,
    calendar: Option<CalendarView>,
    feed_url: Option<String>,
}

#[derive(Serialize)]
struct FilterGroupView {
    name: &'static str,
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
    name: &'static str,
    url: String,
    terms: Vec<TermView>,
}
