//! Every link of the output checked once the site is built: each `href`, `src` and `srcset` of
//! every HTML file must name a file of the output (directory URLs meaning their `index.html`,
//! absolute paths under the site's base path), and each `#fragment` an `id` on that page.
//!
//! Built for large sites: the sink hands each HTML page to [`Collector::page`] as it is
//! written (pages are not kept); the collector keeps each page's ids (hashed) and each
//! distinct link once, with the first few pages it appears on. [`Collector::check`] then
//! resolves every distinct link against the set of written files with hash look-ups: no work
//! grows with pages times links, and nothing is read back from disk. A broken link found in a
//! page made from Markdown is placed at the Markdown line it was written on ([`locate`]).
//! `http(s)` links to other sites are only gathered; [`external`] checks them when asked.

pub mod external;
pub mod scan;
pub mod site;

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::diag::{Diagnostic, Severity};

/// How many pages are remembered per distinct link (the rest are counted).
const PAGES_KEPT: usize = 3;

/// A link as the check keys it: where it points, before the base path is known.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Target {
    /// A path from the host's root (`/stories/x/`), base path included.
    Rooted(String),
    /// A path of the output, resolved against the page it is on (`stories/x/`).
    Site(String),
    /// Above the output's root (`../../x` from a top-level page).
    Outside,
}

/// The pages a distinct link appears on: the first few, each with the link as written there,
/// and how many in all.
#[derive(Debug, Default)]
struct Refs {
    pages: Vec<(Arc<str>, String)>,
    count: usize,
}

impl Refs {
    fn add(&mut self, page: &Arc<str>, raw: &str) {
        self.count += 1;
        if self.pages.len() < PAGES_KEPT {
            self.pages.push((page.clone(), raw.to_string()));
        }
    }
}

#[derive(Debug, Default)]
struct Inner {
    ids: HashMap<Arc<str>, HashSet<u64>>,
    links: HashMap<(Target, String), Refs>,
    external: HashMap<String, Refs>,
}

/// What the written pages define and point to, gathered as they are written.
#[derive(Debug, Default)]
pub struct Collector(Mutex<Inner>);

fn hash(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// Percent-decoded `s` (undecodable bytes kept as written).
fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Where `raw`, found on the page at output file `page`, points: `None` for what the check
/// leaves alone (`mailto:`, `tel:`, `data:`, `sms:`, empty, the share links'
/// [`crate::util::url::SHARE_ENDPOINTS`]), `Err` for another site's address.
fn classify(page: &str, raw: &str) -> Option<Result<(Target, String), String>> {
    let raw = raw.trim();
    if crate::util::url::SHARE_ENDPOINTS
        .iter()
        .any(|e| raw.starts_with(e))
    {
        return None;
    }
    if raw.starts_with("//") {
        return Some(Err(format!("https:{raw}")));
    }
    let scheme = raw
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.is_empty() && !s.contains(['/', '?', '#']));
    if let Some(s) = scheme {
        let web = s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https");
        return web.then(|| Err(raw.to_string()));
    }
    let (rest, fragment) = raw.split_once('#').unwrap_or((raw, ""));
    let path = rest.split_once('?').map_or(rest, |(p, _)| p);
    let fragment = decode(fragment);
    if path.is_empty() {
        // `#x` or `?q`: this page.
        return (!raw.is_empty()).then(|| Ok((Target::Site(page.to_string()), fragment)));
    }
    if path.starts_with('/') {
        return Some(Ok((Target::Rooted(decode(path)), fragment)));
    }
    let dir = page.rsplit_once('/').map_or("", |(d, _)| d);
    Some(Ok((join(dir, &decode(path)), fragment)))
}

/// `rel` resolved against the output folder `dir` (`..` and `.` applied).
fn join(dir: &str, rel: &str) -> Target {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for p in rel.split('/') {
        match p {
            "." | "" => {}
            ".." => {
                if parts.pop().is_none() {
                    return Target::Outside;
                }
            }
            p => parts.push(p),
        }
    }
    let mut s = parts.join("/");
    if rel.ends_with('/') && !s.is_empty() {
        s.push('/');
    }
    Target::Site(s)
}

impl Collector {
    /// Notes the ids and links of the HTML page written at `rel`.
    pub fn page(&self, rel: &str, html: &[u8]) {
        let found = scan::scan(&String::from_utf8_lossy(html));
        let page: Arc<str> = rel.into();
        let ids: HashSet<u64> = found.ids.iter().map(|i| hash(i)).collect();
        let classified: Vec<_> = found
            .urls
            .iter()
            .filter_map(|u| Some((classify(rel, u)?, u)))
            .collect();
        let Ok(mut inner) = self.0.lock() else { return };
        inner.ids.insert(page.clone(), ids);
        for (c, raw) in classified {
            match c {
                Ok(key) => inner.links.entry(key).or_default().add(&page, raw),
                Err(url) => inner.external.entry(url).or_default().add(&page, raw),
            }
        }
    }

    /// Every `http(s)` address, with the first page it is on, sorted, but those under the
    /// site's own `base_url` that name a written file (canonical and alternate addresses).
    /// A full address is never an error of the build (as in Zola): the site's own host may
    /// serve more than the site (forms, recordings), so it is asked with `--external`.
    pub fn external(&self, files: &HashSet<String>, base_url: &str) -> Vec<(String, String)> {
        let Ok(inner) = self.0.lock() else {
            return Vec::new();
        };
        let own = |u: &str| {
            let rest = u.strip_prefix(base_url)?;
            let path = rest.split(['?', '#']).next().unwrap_or("");
            existing(files, &decode(path)).ok()
        };
        let mut v: Vec<(String, String)> = inner
            .external
            .iter()
            .filter(|(u, _)| own(u).is_none())
            .map(|(u, r)| (u.clone(), r.pages[0].0.to_string()))
            .collect();
        v.sort();
        v
    }

    /// Every link that leads nowhere, each with the pages it is on. `files` are the written
    /// files; `base_path` the site's (`/sub/` for `https://x.org/sub/`).
    pub fn check(&self, files: &HashSet<String>, base_path: &str) -> Vec<Broken> {
        let Ok(inner) = self.0.lock() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for ((target, fragment), refs) in &inner.links {
            let file = match &target {
                Target::Outside => Err("it leads above the site's root folder".to_string()),
                Target::Rooted(p) => match p.strip_prefix(base_path) {
                    Some(rest) => existing(files, rest),
                    None => Err(format!("it is outside the site's base path {base_path}")),
                },
                Target::Site(p) => existing(files, p),
            };
            let (problem, anchor) = match file {
                Err(why) => (why, false),
                Ok(f) if !fragment.is_empty() && fragment != "top" && f.ends_with(".html") => {
                    let has = inner
                        .ids
                        .get(f.as_str())
                        .is_some_and(|ids| ids.contains(&hash(fragment)));
                    if has {
                        continue;
                    }
                    let why = format!("{} has no element with id=\"{fragment}\"", url_of(&f));
                    (why, true)
                }
                Ok(_) => continue,
            };
            out.push(Broken {
                pages: refs.pages.clone(),
                count: refs.count,
                problem,
                anchor,
            });
        }
        out.sort_by(|a, b| a.pages.cmp(&b.pages));
        out
    }
}

/// The output file a site path names: itself, or the `index.html` of a folder (with or
/// without its closing `/`, as a web server redirects it).
fn existing(files: &HashSet<String>, path: &str) -> Result<String, String> {
    let index = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        format!("{path}/index.html")
    };
    if !path.is_empty() && !path.ends_with('/') && files.contains(path) {
        return Ok(path.to_string());
    }
    if files.contains(&index) {
        return Ok(index);
    }
    Err(format!("there is no {} in the built site", url_of(path)))
}

/// A site path as readers see it: `/stories/x/` for `stories/x/index.html`.
fn url_of(file: &str) -> String {
    format!("/{}", file.strip_suffix("index.html").unwrap_or(file))
}

/// A link that leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The first pages it is on (output files), each with the link as written there.
    pub pages: Vec<(Arc<str>, String)>,
    /// On how many pages in all.
    pub count: usize,
    /// What is wrong.
    pub problem: String,
    /// The page exists; the `#fragment` names nothing on it.
    pub anchor: bool,
}

/// Where an output page's text came from: its Markdown source file, the line its body starts
/// on, and the body.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The source file.
    pub source: PathBuf,
    /// Its body's first line.
    pub body_line: usize,
    /// The body.
    pub body: Arc<str>,
}

/// The line of `body` (which starts on file line `first`) where the link or image `raw` is
/// written: a Markdown link or image, or an `href`/`src` in raw HTML.
pub fn locate(body: &str, first: usize, raw: &str) -> Option<usize> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let want = decode(raw);
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let at = Parser::new_ext(body, opts)
        .into_offset_iter()
        .find_map(|(ev, range)| {
            let hit = match &ev {
                Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                    decode(dest_url) == want || same_fragment(dest_url, &want)
                }
                Event::Html(h) | Event::InlineHtml(h) => {
                    let page = scan::scan(h);
                    page.urls.iter().any(|u| decode(u) == want)
                }
                // A shortcode's link argument (`{{ button(link="@/x.md#part") }}`).
                Event::Text(t) if t.contains("=\"") => {
                    quoted_values(t).any(|v| decode(v) == want || same_fragment(v, &want))
                }
                _ => false,
            };
            hit.then_some(range.start)
        })?;
    Some(first + crate::util::lines::line_at(body.as_bytes(), at) - 1)
}

/// An `@/` link is written as its source path: it matches the output link `want` by its
/// `#fragment`.
fn same_fragment(written: &str, want: &str) -> bool {
    let fragment = written.split_once('#').map(|(_, f)| f);
    written.starts_with("@/") && fragment.is_some_and(|f| want.ends_with(&format!("#{f}")))
}

/// The values in double quotes after `=` in `text` (a shortcode call's arguments).
fn quoted_values(text: &str) -> impl Iterator<Item = &str> {
    text.split("=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(v, _)| v))
}

/// The diagnostics of `broken` links: a warning (an error under `--strict`) at the Markdown
/// line a link was written on, or, for a link the theme's templates put on a page, one warning
/// naming the first page and how many more carry it. `origins` maps output files to where
/// their text came from; it is asked for only when something is broken.
pub fn diagnostics(
    broken: &[Broken],
    origins: impl FnOnce() -> HashMap<String, Origin>,
) -> Vec<Diagnostic> {
    if broken.is_empty() {
        return Vec::new();
    }
    let origins = origins();
    let mut out = Vec::new();
    for b in broken {
        let mut located = 0;
        for (page, raw) in &b.pages {
            let Some(o) = origins.get(&**page) else {
                continue;
            };
            let Some(line) = locate(&o.body, o.body_line, raw) else {
                continue;
            };
            located += 1;
            out.push(
                Diagnostic::warning(&o.source, format!("broken link `{raw}`: {}", b.problem))
                    .at_line(line)
                    .with_help(help(b.anchor)),
            );
        }
        if located < b.pages.len()
            && let Some((page, raw)) = b.pages.iter().find(|(p, r)| {
                origins
                    .get(&**p)
                    .is_none_or(|o| locate(&o.body, o.body_line, r).is_none())
            })
        {
            let more = b.count - located - 1;
            let also = match more {
                0 => String::new(),
                n => format!(" (and on {n} more page{})", if n == 1 { "" } else { "s" }),
            };
            out.push(
                Diagnostic::general(
                    Severity::Warning,
                    format!(
                        "broken link `{raw}` on {}{also}: {}",
                        url_of(page),
                        b.problem
                    ),
                )
                .with_help("the link is not in any Markdown text: it comes from the theme's templates or a page's front matter; fix it there"),
            );
        }
    }
    out
}

fn help(anchor: bool) -> &'static str {
    if anchor {
        "use the id of a heading on that page (`## Where to go` gets `#where-to-go`), or remove the `#` part"
    } else {
        "fix the address; link to another page of the site as `@/stories/x.md` (the source file), which the build checks and keeps right when addresses change"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[&str]) -> HashSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn resolves_links_against_the_output_with_the_base_path() {
        let c = Collector::default();
        c.page(
            "stories/a/index.html",
            br##"<h2 id="where">x</h2><a href="/sub/stories/b/">b</a><a href="../b/#where">b</a>
            <a href="../c/">c</a><a href="/sub/stories/a/#nowhere">a</a><a href="/elsewhere/">e</a>
            <a href="https://x.org/sub/stories/b">own</a><a href="https://x.org/sub/stories/c">c</a><a href="https://other.org/">o</a>
            <a href="mailto:a@b.org">m</a><img src="../../img/p.webp" srcset="../../img/p-1.webp 1w">"##,
        );
        c.page(
            "stories/b/index.html",
            br##"<p id="where"></p><a href="#where">t</a>"##,
        );
        let fs = files(&["stories/a/index.html", "stories/b/index.html", "img/p.webp"]);
        let broken = c.check(&fs, "/sub/");
        let problems: Vec<(&str, &str)> = broken
            .iter()
            .map(|b| (b.pages[0].1.as_str(), b.problem.as_str()))
            .collect();
        assert_eq!(broken.len(), 4, "{problems:?}");
        assert!(problems.contains(&("../c/", "there is no /stories/c/ in the built site")));
        assert!(problems.contains(&(
            "/sub/stories/a/#nowhere",
            "/stories/a/ has no element with id=\"nowhere\""
        )));
        assert!(
            problems
                .iter()
                .any(|(r, p)| *r == "/elsewhere/" && p.contains("base path"))
        );
        assert!(problems.iter().any(|(r, _)| *r == "../../img/p-1.webp"));
        let page = "stories/a/index.html".to_string();
        assert_eq!(
            c.external(&fs, "https://x.org/sub/"),
            [
                ("https://other.org/".to_string(), page.clone()),
                ("https://x.org/sub/stories/c".to_string(), page)
            ]
        );
    }

    #[test]
    fn finds_the_markdown_line_of_a_link() {
        let body = "Intro.\n\nSee [this](../nope/) and\n<a href=\"/x/#y\">raw</a>\n";
        assert_eq!(locate(body, 10, "../nope/"), Some(12));
        assert_eq!(locate(body, 10, "/x/#y"), Some(13));
        assert_eq!(locate(body, 10, "/z/"), None);
    }
}
