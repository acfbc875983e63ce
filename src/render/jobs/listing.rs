//! The pages of every listing (section pages, archives, filter pages; see
//! [`crate::render::listings`]) in every language, paginated.

use serde::Serialize;

use crate::incremental::keys::{Keys, Reads};
use crate::render::context::{NavLink, Renderer, Versions, in_other_language};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::listings::Listing;
use crate::render::output::{JobResult, file_of};
use crate::render::pager::{page_path, page_range, pages_of, paginate};

/// The listing pages: arguments the language, the listing and the page number.
pub(super) const KIND: JobKind = JobKind {
    name: "listing",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

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
    let rest = crate::util::url::parse(url).map_or_else(|| url.to_string(), |u| u.without_scheme());
    format!("webcal://{rest}")
}

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    for lang in p.r.languages() {
        for (i, l) in p.listings.iter().enumerate() {
            jobs.extend((1..=pages_of(p.r, l.entries.len())).map(|page| [lang, i, page, 0]));
        }
    }
}

fn key(p: &Plan<'_>, [lang, i, page, _]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let l = &p.listings[i];
    let path = page_path(p.r, lang, &l.path, page);
    let m = k
        .page(lang, "section.html", &path)
        .mix(&p.listing_keys[i])
        .mix(&page);
    let m = k.entries(m, &l.entries, page_range(p.r, l.entries.len(), page));
    (file_of(&path), m.finish())
}

/// The section introduction a main listing shows in `lang`, and whether it is the default
/// language's (no translation yet).
fn intro<'s>(
    r: &Renderer<'s>,
    l: &Listing<'_>,
    lang: usize,
) -> Option<(&'s crate::model::Intro, bool)> {
    let site = r.site;
    if !l.main {
        None
    } else if lang == 0 {
        site.intros.get(&l.kind).map(|i| (i, false))
    } else {
        site.intro_translations
            .get(&(l.kind, lang))
            .map(|i| (i, false))
            .or_else(|| site.intros.get(&l.kind).map(|i| (i, true)))
    }
}

fn filters(r: &Renderer<'_>, l: &Listing<'_>, lang: usize) -> Vec<FilterGroupView> {
    l.filters
        .iter()
        .map(|g| FilterGroupView {
            name: r.strings(lang).tr(g.name),
            links: g
                .links
                .iter()
                .map(|f| FilterLinkView {
                    title: r.label(lang, &f.title),
                    url: r.config.url(&r.in_lang(lang, &f.path)),
                    count: f.count,
                    current: f.path == l.path,
                })
                .collect(),
        })
        .collect()
}

fn render(p: &Plan<'_>, [lang, i, page, _]: Args, cx: &Cx<'_>) -> JobResult {
    let (r, l) = (p.r, &p.listings[i]);
    let mut diags = Vec::new();
    let intro = intro(r, l, lang);
    let content = match intro {
        Some((i, fallback)) if page == 1 && i.source.is_some() => {
            let src = i.source.as_deref().unwrap_or(std::path::Path::new(""));
            let md = crate::incremental::memo::Markdown {
                text: &i.body,
                path: src,
                first_line: i.body_line,
                eager: true,
                lang: if fallback { 0 } else { lang },
                toc: false,
            };
            let (html, d) = r.markdown(md, lang, cx.h, cx.rec);
            if fallback {
                let d0 = &r.config.site.languages[0];
                Some(in_other_language(html, &d0.code, d0.dir.as_str()))
            } else {
                diags.extend(d);
                Some(html)
            }
        }
        _ => None,
    };
    let path = page_path(r, lang, &l.path, page);
    let mut ctx = r.context(lang, &path, &Versions::All);
    paginate(r, (lang, &l.path, page), &l.entries, &mut ctx, cx.rec);
    let section = SectionView {
        kind: l.kind.name(),
        title: match &l.title {
            Some(t) => r.label(lang, t),
            None => r.section_title(l.kind, lang),
        },
        summary: intro
            .filter(|(_, fallback)| !fallback)
            .map(|(i, _)| i.summary.clone())
            .unwrap_or_default(),
        content,
        url: r.config.url(&r.in_lang(lang, &l.path)),
        alternate: l.alternate.as_ref().map(|(t, p)| NavLink {
            title: r.label(lang, t),
            url: r.config.url(&r.in_lang(lang, p)),
            current: false,
            lang: None,
        }),
        filters: filters(r, l, lang),
        calendar: l.calendar.as_ref().map(|p| CalendarView {
            url: r.config.url(p),
            webcal: webcal(&r.config.permalink(p)),
        }),
        feed_url: l.feed.as_ref().map(|p| r.config.url(&r.in_lang(lang, p))),
    };
    let all = r.langs(&Versions::All);
    let mut share = crate::render::share::page(r.site, r.config, lang, &path, &all);
    share.title = section.title.clone();
    if !section.summary.is_empty() {
        share.description = section.summary.clone();
    }
    // Every listing of a section (its filter pages too) shows the section's title card.
    let v = r.views(lang, cx.rec);
    let source = std::path::Path::new("site.yaml");
    let own = std::mem::replace(&mut share.title, r.section_title(l.kind, lang));
    crate::render::share::with_title_card(&v, &mut share, source, lang);
    share.title = own;
    ctx.insert("share", &share);
    ctx.insert("section", &section);
    if let Err(d) = r.write_html(cx.out, &path, "section.html", &ctx) {
        diags.extend(d);
    }
    let entry = (page == 1).then(|| r.sitemap_entry(lang, &path, None, &Versions::All));
    (diags, entry)
}
