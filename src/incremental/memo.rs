//! What a long-running caller (`serve`) keeps between builds so the next render redoes only
//! what changed. A one-off build never creates one.
//!
//! Entry point: [`Incremental`], handed to the [`crate::render::context::Renderer`]. It holds
//!
//! - a fingerprint of every template together with the templates it extends, includes or
//!   imports ([`Incremental::set_templates`]), which page keys mix in (see [`super::keys`]);
//! - the hash of every source file's text and of its front matter, kept up to date by the
//!   caller ([`Incremental::set_file`]), from which the keys are made without hashing any text
//!   again;
//! - a record of every output file it rendered ([`Incremental::page`]): the key of its inputs,
//!   the diagnostics and sitemap entry rendering it gave, and the look-ups outside those
//!   inputs that it made ([`super::recorder`]); [`super::reuse`] decides from it whether the
//!   file can be taken from the previous site;
//! - a memo of rendered Markdown ([`Incremental::markdown`]). Rendering Markdown depends on the
//!   text and on what its `@/` links and images resolve to; the memo records each of those
//!   look-ups with its answer and, on the next build, asks them again: the stored HTML is used
//!   only when every answer is the same.
//!
//! What a key hashes is described once, in [`super::keys`].

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use super::recorder::Lookups;
use crate::diag::Diagnostic;
use crate::markdown::{Answer, Call, ImageRef, Target};

/// State kept between incremental builds. See the module documentation.
#[derive(Debug, Default)]
pub struct Incremental {
    templates: HashMap<String, u64>,
    /// Per source: a hash of its front matter (the whole text when it has none) and of its
    /// whole text.
    files: HashMap<PathBuf, (u64, u64)>,
    /// Records of the pages of the last good site.
    pages: RwLock<HashMap<String, Arc<PageRecord>>>,
    /// Records made by the build running now, kept only if it succeeds.
    pending: Mutex<Vec<(String, Arc<PageRecord>)>>,
    /// The link table of the last good site, and of the build running now.
    link_tables: Mutex<(Option<u64>, Option<u64>)>,
    memo: Mutex<Memo>,
    /// Markdown renderings reused and made since the last [`Incremental::start`].
    counts: [std::sync::atomic::AtomicUsize; 2],
    /// The code highlighter, whose syntaxes load once per serve session, not per build.
    highlighter: crate::highlight::Highlighter,
}

/// Rendered Markdown of the last build (`old`) and of this one (`new`, filled as pages render).
#[derive(Debug, Default)]
struct Memo {
    old: HashMap<MemoKey, Entry>,
    new: HashMap<MemoKey, Entry>,
}

/// What one Markdown rendering was asked to do.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct MemoKey {
    text: String,
    path: PathBuf,
    first_line: usize,
    eager: bool,
    lang: usize,
    toc: bool,
}

/// One rendering with every look-up it made.
#[derive(Debug, Clone)]
struct Entry {
    html: String,
    diags: Vec<Diagnostic>,
    links: Vec<(String, Target)>,
    images: Vec<(Image, Option<String>)>,
    shortcodes: Vec<(Call, Answer)>,
}

/// What a Markdown rendering is asked to do (the memo's key).
#[derive(Debug, Clone, Copy)]
pub struct Markdown<'a> {
    /// The Markdown text.
    pub text: &'a str,
    /// Its file (links and images resolve from it; diagnostics name it).
    pub path: &'a Path,
    /// The file line the text starts on.
    pub first_line: usize,
    /// The first image loads at once.
    pub eager: bool,
    /// The language the text is written in (its direction, its footnotes' words).
    pub lang: usize,
    /// A table of contents of its headings goes above it.
    pub toc: bool,
}

/// An image look-up, owned.
#[derive(Debug, Clone)]
struct Image {
    src: String,
    alt: String,
    line: usize,
    eager: bool,
}

/// `{% extends "x" %}`, `{% include "x" %}`, `{% import "x" as y %}`: the templates a template
/// uses by name.
fn used_templates(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in source.split("{%").skip(1) {
        let tag = tag.trim_start_matches(['-', ' ', '\n', '\t']);
        let Some(rest) = ["extends", "include", "import"]
            .iter()
            .find_map(|kw| tag.strip_prefix(kw))
        else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(end) = rest[1..].find(q) {
            out.push(rest[1..1 + end].to_string());
        }
    }
    out
}

/// What rendering one output file gave besides its bytes, and what it looked up.
#[derive(Debug)]
pub struct PageRecord {
    /// The key of its inputs.
    pub key: u64,
    /// Diagnostics the render reported.
    pub diags: Vec<Diagnostic>,
    /// Its sitemap entry.
    pub sitemap: Option<Arc<crate::render::output::SitemapEntry>>,
    /// What it looked up.
    pub lookups: Lookups,
}

impl Incremental {
    /// The hash of the text of source file `rel`, or `None` if it is gone (a caller keeping
    /// the files tells every change with [`Incremental::set_file`]).
    pub fn file(&self, rel: &Path) -> Option<u64> {
        self.files.get(rel).map(|h| h.1)
    }

    /// The hash of the front matter of source file `rel` (what a listing shows of it).
    pub fn head(&self, rel: &Path) -> Option<u64> {
        self.files.get(rel).map(|h| h.0)
    }

    /// Records the text of source `rel` (`None`: the file is gone).
    pub fn set_file(&mut self, rel: &Path, text: Option<&str>) {
        match text {
            Some(t) => {
                let whole = crate::write::hash_bytes(t.as_bytes());
                let head = crate::load::frontmatter::split(t, rel)
                    .map(|s| crate::write::hash_bytes(s.yaml.as_bytes()))
                    .unwrap_or(whole);
                self.files.insert(rel.to_path_buf(), (head, whole));
            }
            None => {
                self.files.remove(rel);
            }
        }
    }

    /// The record of the output file `rel` from the last render that made it.
    pub fn page(&self, rel: &str) -> Option<Arc<PageRecord>> {
        self.pages.read().ok()?.get(rel).cloned()
    }

    /// Records what rendering the output file `rel` gave (kept if the build succeeds).
    pub fn set_page(&self, rel: &str, record: PageRecord) {
        if let Ok(mut p) = self.pending.lock() {
            p.push((rel.to_string(), Arc::new(record)));
        }
    }

    /// Notes the link table of the build running now; returns the last good site's.
    pub fn swap_link_table(&self, table: u64) -> Option<u64> {
        let mut t = self.link_tables.lock().ok()?;
        t.1 = Some(table);
        t.0
    }

    /// The highlighter every build of the session shares.
    pub fn highlighter(&self) -> &crate::highlight::Highlighter {
        &self.highlighter
    }

    /// Notes that the build running now has the last good site's link table.
    pub fn keep_link_table(&self) {
        if let Ok(mut t) = self.link_tables.lock() {
            t.1 = t.0;
        }
    }

    /// The build succeeded and its site is served: its page records and link table are what
    /// the next build compares with.
    pub fn commit(&self) {
        let pending = self
            .pending
            .lock()
            .map(|mut p| std::mem::take(&mut *p))
            .unwrap_or_default();
        if let Ok(mut pages) = self.pages.write() {
            pages.extend(pending);
        }
        if let Ok(mut t) = self.link_tables.lock() {
            t.0 = t.1;
        }
    }

    /// Records the theme's template sources (name, text); a page's fingerprint includes the
    /// text of its template and of every template that one uses, transitively.
    pub fn set_templates(&mut self, sources: &[(String, String)]) {
        let by_name: HashMap<&str, &str> = sources
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        self.templates = sources
            .iter()
            .map(|(name, _)| {
                let mut seen = vec![name.clone()];
                let mut i = 0;
                while i < seen.len() {
                    if let Some(text) = by_name.get(seen[i].as_str()) {
                        for used in used_templates(text) {
                            if !seen.contains(&used) {
                                seen.push(used);
                            }
                        }
                    }
                    i += 1;
                }
                seen[1..].sort();
                let mut h = std::hash::DefaultHasher::new();
                for n in &seen {
                    (n, by_name.get(n.as_str())).hash(&mut h);
                }
                (name.clone(), h.finish())
            })
            .collect();
    }

    /// The fingerprint of template `name` and what it uses (a constant for unknown names, so
    /// the render itself reports them).
    pub fn template(&self, name: &str) -> u64 {
        self.templates.get(name).copied().unwrap_or(0)
    }

    /// Starts a build: the Markdown rendered by the previous one becomes reusable, and what
    /// this build does not use is forgotten at the next call.
    pub fn start(&self) {
        for c in &self.counts {
            c.store(0, std::sync::atomic::Ordering::Relaxed);
        }
        if let Ok(mut m) = self.memo.lock() {
            let new = std::mem::take(&mut m.new);
            crate::util::drop_later(std::mem::replace(&mut m.old, new));
        }
        if let Ok(mut p) = self.pending.lock() {
            p.clear();
        }
    }

    /// Forgets the records and counts the build running now made so far (it gave up, to
    /// start over).
    pub fn forget_pending(&self) {
        if let Ok(mut p) = self.pending.lock() {
            p.clear();
        }
        for c in &self.counts {
            c.store(0, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Markdown renderings (reused, made) since the build started.
    pub fn counts(&self) -> (usize, usize) {
        let get = |i: usize| self.counts[i].load(std::sync::atomic::Ordering::Relaxed);
        (get(0), get(1))
    }

    /// Forgets every rendered Markdown and page record (after a configuration change, to be
    /// plain about it).
    pub fn clear(&self) {
        if let Ok(mut m) = self.memo.lock() {
            *m = Memo::default();
        }
        if let Ok(mut p) = self.pages.write() {
            p.clear();
        }
        if let Ok(mut t) = self.link_tables.lock() {
            *t = (None, None);
        }
    }

    /// Markdown `text` of `path` rendered by `render`, or the previous rendering when every
    /// link, image and shortcode look-up gives the same answer as then. `render` gets the
    /// three look-up functions to use (they record what is asked).
    #[allow(clippy::type_complexity)]
    pub fn markdown(
        &self,
        md: Markdown<'_>,
        resolve: &dyn Fn(&str) -> Target,
        image: &dyn Fn(&ImageRef<'_>) -> Option<String>,
        shortcode: &dyn Fn(&Call) -> Answer,
        render: &dyn Fn(
            &dyn Fn(&str) -> Target,
            &dyn Fn(&ImageRef<'_>) -> Option<String>,
            &dyn Fn(&Call) -> Answer,
        ) -> (String, Vec<Diagnostic>),
    ) -> (String, Vec<Diagnostic>) {
        let key = MemoKey {
            text: md.text.to_string(),
            path: md.path.to_path_buf(),
            first_line: md.first_line,
            eager: md.eager,
            lang: md.lang,
            toc: md.toc,
        };
        let old = self
            .memo
            .lock()
            .ok()
            .and_then(|m| m.new.get(&key).or_else(|| m.old.get(&key)).cloned());
        if let Some(e) = old
            && e.links.iter().all(|(k, t)| resolve(k) == *t)
            && e.images.iter().all(|(i, html)| {
                let r = ImageRef {
                    src: &i.src,
                    alt: &i.alt,
                    line: i.line,
                    eager: i.eager,
                };
                image(&r) == *html
            })
            && e.shortcodes.iter().all(|(c, a)| shortcode(c) == *a)
        {
            self.counts[0].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let out = (e.html.clone(), e.diags.clone());
            self.keep(key, e);
            return out;
        }
        self.counts[1].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let (links, images, calls) = Default::default();
        let rec_resolve = |k: &str| noted(&links, k.to_string(), resolve(k));
        let rec_image = |i: &ImageRef<'_>| {
            let key = Image {
                src: i.src.to_string(),
                alt: i.alt.to_string(),
                line: i.line,
                eager: i.eager,
            };
            noted(&images, key, image(i))
        };
        let rec_shortcode = |c: &Call| noted(&calls, c.clone(), shortcode(c));
        let (html, diags) = render(&rec_resolve, &rec_image, &rec_shortcode);
        let entry = Entry {
            html: html.clone(),
            diags: diags.clone(),
            links: links.into_inner().unwrap_or_default(),
            images: images.into_inner().unwrap_or_default(),
            shortcodes: calls.into_inner().unwrap_or_default(),
        };
        self.keep(key, entry);
        (html, diags)
    }

    fn keep(&self, key: MemoKey, e: Entry) {
        if let Ok(mut m) = self.memo.lock() {
            m.new.insert(key, e);
        }
    }
}

/// `answer`, noted in `log` as the answer to `question`.
fn noted<Q, A: Clone>(log: &Mutex<Vec<(Q, A)>>, question: Q, answer: A) -> A {
    if let Ok(mut l) = log.lock() {
        l.push((question, answer.clone()));
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_used_templates() {
        let src = "{% extends \"base.html\" %}{%- include 'parts/card.html' %}\n{% import \"macros.html\" as m %}{% block x %}{% endblock %}";
        assert_eq!(
            used_templates(src),
            vec!["base.html", "parts/card.html", "macros.html"]
        );
    }

    #[test]
    fn template_fingerprints_follow_what_they_use() {
        let mut inc = Incremental::default();
        let mut srcs = vec![
            ("base.html".to_string(), "A".to_string()),
            (
                "story.html".to_string(),
                "{% extends \"base.html\" %}".to_string(),
            ),
            ("event.html".to_string(), "E".to_string()),
        ];
        inc.set_templates(&srcs);
        let (story, event) = (inc.template("story.html"), inc.template("event.html"));
        srcs[0].1 = "B".into();
        inc.set_templates(&srcs);
        assert_ne!(inc.template("story.html"), story, "base changed");
        assert_eq!(inc.template("event.html"), event, "event does not use base");
    }

    #[test]
    fn markdown_is_reused_only_while_look_ups_answer_the_same() {
        let inc = Incremental::default();
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let render = |r: &dyn Fn(&str) -> Target,
                      _: &dyn Fn(&ImageRef<'_>) -> Option<String>,
                      _: &dyn Fn(&Call) -> Answer| {
            calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            (format!("{:?}", r("a.md")), vec![])
        };
        let no_image = |_: &ImageRef<'_>| None;
        let none = |_: &Call| (String::new(), Vec::new());
        let to = |u: &'static str| move |_: &str| Target::Url(u.into());
        let p = Path::new("content/x.md");
        let md = |path| Markdown {
            text: "t",
            path,
            first_line: 1,
            eager: false,
            lang: 0,
            toc: false,
        };
        let first = inc.markdown(md(p), &to("/a/"), &no_image, &none, &render);
        inc.start();
        let again = inc.markdown(md(p), &to("/a/"), &no_image, &none, &render);
        assert_eq!(first, again);
        assert_eq!(calls.load(std::sync::atomic::Ordering::Relaxed), 1);
        inc.start();
        let moved = inc.markdown(md(p), &to("/b/"), &no_image, &none, &render);
        assert_ne!(moved, first);
        assert_eq!(calls.load(std::sync::atomic::Ordering::Relaxed), 2);
    }
}
