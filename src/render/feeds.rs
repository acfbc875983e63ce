//! Machine-readable outputs: the stories Atom feed, `sitemap.xml`, `robots.txt` and `_headers`
//! (HTTP response headers for hosts that read that file, such as Netlify and Cloudflare Pages).
//!
//! Entry point: [`write_all`]. All dates come from content, never from the clock, so the
//! same sources give the same bytes.

use std::fmt::Write as _;
use std::sync::Arc;

use super::context::Renderer;
use super::output::{JobResult, SitemapEntry};
use crate::diag::{Diagnostic, Severity};
use crate::highlight::Highlighter;
use crate::incremental::keys::{Keys, Reads};
use crate::incremental::mix::Mix;
use crate::incremental::recorder::Recorder;
use crate::incremental::reuse::keyed;
use crate::util::escape::xml;
use crate::write::Output;

/// `_headers`: the portal's HTTP security headers for every path. The Content-Security-Policy
/// allows nothing from other origins and no script at all outside the search pages and the
/// pages with share links (see [`headers`]): the rest of the site runs no JavaScript (its
/// JSON-LD `<script type="application/ld+json">` blocks are data, never executed, so CSP does not
/// apply to them). Hosts that ignore the file (GitHub Pages) publish it as a harmless text file.
pub const HEADERS: &str = "/*\n  Content-Security-Policy: default-src 'self'; img-src 'self'; style-src 'self'; \
script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'\n  \
X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  \
X-Frame-Options: DENY\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n";

/// The policy of the search pages and the search index (see [`crate::search`]): the same as
/// every page's, except that scripts and WebAssembly of the site's own origin may run.
pub const SEARCH_CSP: &str = "default-src 'self'; img-src 'self'; style-src 'self'; \
script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// `_headers`: [`HEADERS`] for every path, then for the search page of each language and the
/// index folder [`SEARCH_CSP`] in its place (`! Content-Security-Policy` detaches the general
/// policy on Cloudflare Pages; Netlify takes the most specific rule's value by itself).
fn headers(r: &Renderer<'_>) -> String {
    let mut out = HEADERS.to_string();
    let paths = r
        .languages()
        .map(|l| r.config.url(&r.in_lang(l, "search/")))
        .chain([r.config.url(&format!("{}/*", crate::search::DIR))]);
    for path in paths {
        out.push_str(&format!(
            "{path}\n  ! Content-Security-Policy\n  Content-Security-Policy: {SEARCH_CSP}\n"
        ));
    }
    // Pages with share links load share.js (the copy-link button) from the site itself.
    for l in r.languages() {
        for k in super::share::WITH_LINKS {
            let path = r.config.url(&r.in_lang(l, &format!("{}/", k.section())));
            out.push_str(&format!(
                "{path}*\n  ! Content-Security-Policy\n  Content-Security-Policy: {SHARE_CSP}\n"
            ));
        }
    }
    // A page with a video on a platform may frame that platform's player (after a click).
    for (path, origins) in video_frames(r) {
        out.push_str(&format!(
            "{path}\n  ! Content-Security-Policy\n  Content-Security-Policy: {SHARE_CSP}; frame-src {origins}\n"
        ));
    }
    // The weekly digest is e-mail-safe HTML, styled by `style` attributes only.
    for l in r.languages() {
        let path = r.config.url(&r.in_lang(l, crate::render::digest::DIR));
        out.push_str(&format!(
            "{path}*\n  ! Content-Security-Policy\n  Content-Security-Policy: {DIGEST_CSP}\n"
        ));
    }
    // Fingerprinted theme files never change under their name: cached for a year. Pages
    // keep the host's default (revalidated), so a new stylesheet is picked up at once.
    let assets = r.config.url(crate::render::assets::DIR);
    out.push_str(&format!(
        "{assets}*\n  Cache-Control: public, max-age=31536000, immutable\n"
    ));
    out
}

/// Every page (in every language) with a video on a platform, with the origins of their
/// players.
fn video_frames(r: &Renderer<'_>) -> Vec<(String, String)> {
    use crate::model::kinds::video::{embed_origin, embed_url};
    let mut out = Vec::new();
    for it in r.site.items.iter().filter(|it| it.original.is_none()) {
        let videos = match &it.data {
            crate::model::Data::Story(fm, _) => &fm.videos,
            crate::model::Data::Champion(fm) => &fm.videos,
            _ => continue,
        };
        let mut origins: Vec<String> = videos
            .iter()
            .filter_map(|v| embed_url(v.url.as_deref()?))
            .map(|e| embed_origin(&e).to_string())
            .collect();
        origins.sort();
        origins.dedup();
        if origins.is_empty() {
            continue;
        }
        for l in r.languages() {
            out.push((r.config.url(&r.in_lang(l, &it.path)), origins.join(" ")));
        }
    }
    out
}

/// The policy of the sections whose pages have share links (events, opportunities, stories,
/// toolkits, surveys): every page's, except that scripts of the site's own origin may run
/// (`share.js`, the copy-link button); still nothing from other origins.
pub const SHARE_CSP: &str = "default-src 'self'; img-src 'self'; style-src 'self'; \
script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The policy of the weekly digest's pages: every page's, with inline `style` attributes
/// allowed (an e-mail cannot link a stylesheet); still no script.
pub const DIGEST_CSP: &str = "default-src 'self'; img-src 'self'; style-src 'self' 'unsafe-inline'; \
script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// How many stories the feed carries.
const FEED_ENTRIES: usize = 20;

/// Writes the feeds of every language, the sitemap (of `sitemap`, in any order) and the
/// robots file. With `keys` (serve), a feed or sitemap whose inputs are unchanged is taken from
/// the previous site.
pub fn write_all(
    r: &Renderer<'_>,
    sitemap: &[Arc<SitemapEntry>],
    out: &Output,
    h: &Highlighter,
    keys: Option<&Keys<'_>>,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut put = |rel: String, key: Option<u64>, make: &dyn Fn(&Recorder) -> String| {
        let write = |rec: &Recorder| -> JobResult {
            let body = make(rec);
            let d = out
                .write(&rel, body.as_bytes())
                .err()
                .map(|e| Diagnostic::general(Severity::Error, e.to_string()));
            (d.into_iter().collect(), None)
        };
        let (d, _) = match (keys, key) {
            (Some(k), Some(key)) => keyed(r, &rel, key, k, out, write),
            _ => write(&Recorder::off()),
        };
        diags.extend(d);
    };
    // Feeds and the sitemap are made outside the render jobs: which items their keys read
    // is not needed (a patched render writes them again in any case).
    let mut reads = Reads::default();
    for lang in 0..r.config.site.languages.len() {
        let v = r.strings(lang);
        let prefix = r.config.lang_prefix(lang);
        for (section, ids, name) in [
            ("stories/", localise(r, &stories(r), lang), "feed-stories"),
            (
                "opportunities/",
                localise(r, &new_opportunities(r), lang),
                "feed-opportunities",
            ),
            (
                "events/",
                localise(r, &upcoming_events(r), lang),
                "feed-events",
            ),
        ] {
            let rel = format!("{prefix}{section}atom.xml");
            let key = keys.map(|k| {
                ids.iter()
                    .fold(Mix::new().mix(&k.global(lang)).mix(&rel), |m, &i| {
                        m.mix(&k.view(i, &mut reads))
                    })
                    .finish()
            });
            put(rel, key, &|rec| {
                atom(r, h, &ids, (lang, section, &v.tr(name)), rec)
            });
        }
    }
    let key = keys.map(|k| {
        sitemap
            .iter()
            .fold(Mix::new().mix(&k.global(0)), |m, e| m.mix(&e.hash))
            .finish()
    });
    put("sitemap.xml".into(), key, &|_| {
        let mut sorted = sitemap.to_vec();
        sorted.sort_by(|a, b| a.path.cmp(&b.path));
        sitemap_xml(r, &sorted)
    });
    put("robots.txt".into(), None, &|_| {
        format!(
            "User-agent: *\nAllow: /\nSitemap: {}\n",
            r.config.permalink("sitemap.xml")
        )
    });
    put("_headers".into(), None, &|_| headers(r));
    diags
}

/// Each item's version in `lang` where there is one.
fn localise(r: &Renderer<'_>, ids: &[usize], lang: usize) -> Vec<usize> {
    ids.iter()
        .map(|&i| r.site.items[i].in_lang(lang, i))
        .collect()
}

fn rfc3339(d: jiff::civil::Date, r: &Renderer<'_>) -> String {
    d.to_zoned_datetime(r.config.tz.clone())
        .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_else(|_| format!("{d}T00:00:00Z"))
}

fn stories(r: &Renderer<'_>) -> Vec<usize> {
    r.site
        .lists
        .stories
        .iter()
        .copied()
        .take(FEED_ENTRIES)
        .collect()
}

/// Open opportunities, newest first.
fn new_opportunities(r: &Renderer<'_>) -> Vec<usize> {
    let items = &r.site.items;
    let mut ids = r.site.lists.open_opportunities.clone();
    ids.sort_by(|&a, &b| {
        items[b]
            .date
            .cmp(&items[a].date)
            .then_with(|| items[a].slug.cmp(&items[b].slug))
    });
    ids.truncate(FEED_ENTRIES);
    ids
}

/// The next events, soonest first, each once (by its next occurrence).
fn upcoming_events(r: &Renderer<'_>) -> Vec<usize> {
    let mut seen = std::collections::HashSet::new();
    r.site
        .lists
        .upcoming_events
        .iter()
        .map(|&(i, _)| i)
        .filter(|&i| seen.insert(i))
        .take(FEED_ENTRIES)
        .collect()
}

/// An event's next occurrence as "12 March 2018, 18:00: " in `lang` (empty for other kinds),
/// put before its summary in a feed, where readers would not see the date otherwise.
fn when(r: &Renderer<'_>, id: usize, lang: usize) -> String {
    let crate::model::Data::Event(_, t) = &r.site.items[id].data else {
        return String::new();
    };
    let Some(o) = t.occurrences.get(t.current()) else {
        return String::new();
    };
    let v = r.strings(lang);
    let start = o.start.datetime();
    format!("{}, {}: ", v.date(start.date()).human, v.time(start.time()))
}

/// Atom 1.0 feed of `ids` (already ordered), published at `<section>atom.xml`.
pub fn atom(
    r: &Renderer<'_>,
    h: &Highlighter,
    ids: &[usize],
    (lang, section, name): (usize, &str, &str),
    rec: &Recorder,
) -> String {
    let c = r.config;
    let ids = ids.to_vec();
    let section = &format!("{}{section}", c.lang_prefix(lang));
    let newest = ids
        .iter()
        .filter_map(|&i| r.site.items[i].updated.or(r.site.items[i].date))
        .max();
    let mut s = String::new();
    let _ = write!(
        s,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\" xml:base=\"{base}\">\n\
         <title>{title} – {name}</title>\n<subtitle>{desc}</subtitle>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{alt}\"/>\n<id>{self_}</id>\n<updated>{updated}</updated>\n",
        lang = xml(&c.site.languages[lang].code),
        base = xml(&c.base_url),
        title = xml(&c.site.title),
        desc = xml(&c.site.description),
        name = xml(name),
        self_ = xml(&c.permalink(&format!("{section}atom.xml"))),
        alt = xml(&c.permalink(section)),
        updated = newest
            .map(|d| rfc3339(d, r))
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into()),
    );
    for id in ids {
        let it = &r.site.items[id];
        let link = c.permalink(&it.path);
        let published = it.date.map(|d| rfc3339(d, r)).unwrap_or_default();
        let updated = it
            .updated
            .map(|d| rfc3339(d, r))
            .unwrap_or_else(|| published.clone());
        let author = match &it.data {
            crate::model::Data::Story(fm, _) => fm.author.clone(),
            _ => None,
        }
        .unwrap_or_else(|| c.site.title.clone());
        let _ = write!(
            s,
            "<entry xml:lang=\"{}\">\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{l}\"/>\n<id>{l}</id>\n\
             <published>{published}</published>\n<updated>{updated}</updated>\n<author><name>{}</name></author>\n\
             <summary>{}</summary>\n<content type=\"html\">{}</content>\n</entry>\n",
            xml(&c.site.languages[it.lang].code),
            xml(&it.title),
            xml(&author),
            xml(&format!("{}{}", when(r, id, lang), it.summary)),
            xml(&r.body_html(id, h, rec)),
            l = xml(&link),
        );
    }
    s.push_str("</feed>\n");
    s
}

/// `sitemap.xml` with every page and listing, sorted by URL.
pub fn sitemap_xml(r: &Renderer<'_>, entries: &[Arc<SitemapEntry>]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for e in entries {
        let _ = write!(s, "<url><loc>{}</loc>", xml(&r.config.permalink(&e.path)));
        if let Some(d) = e.lastmod {
            let _ = write!(s, "<lastmod>{d}</lastmod>");
        }
        if e.alternates.len() > 1 {
            for (code, path) in &e.alternates {
                let _ = write!(
                    s,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    xml(code),
                    xml(&r.config.permalink(path))
                );
            }
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    s
}
