//! Markdown to HTML with pulldown-cmark, rewriting events on the way.
//!
//! Entry point: [`render`]. Headings get stable `id`s (from their text, deduplicated), `@/`
//! links are resolved to page URLs (an unknown target is an error with the file line),
//! external links get `rel="noopener"`, and fenced code is highlighted with CSS classes.
//! Images are handed to [`Source::image`], which returns the `<picture>` HTML; an image without
//! alt text is an error unless its title is `"decorative"` (`![](photo.jpg "decorative")`).
//!
//! Before parsing, [`nesting::too_deep`] refuses a text nested deeper than
//! [`nesting::MAX_DEPTH`] containers. Raw HTML is cleaned to the allowlist of [`sanitise`]
//! (the whole body, only when it holds raw HTML), and Markdown links and images are held to
//! the same rules; every removal is a warning on its line.

pub mod allowlist;
pub mod nesting;
mod problems;
pub mod sanitise;
pub mod text;

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};

use crate::diag::Diagnostic;
use crate::highlight::Highlighter;
use crate::util::escape::xml;
use crate::util::slug::slugify;
use problems::{html_too_deep, removal_warnings, too_deep};
use sanitise::Policy;

/// What a link target resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A URL to link to.
    Url(String),
    /// A page that exists but is not published: show the text without link. With a reason
    /// (draft, no consent) the writer is warned; without one (the page has errors of its own,
    /// already reported) nothing more is said.
    Hidden(Option<&'static str>),
    /// No such page.
    Missing,
}

/// Where the Markdown comes from and how `@/` links resolve.
pub struct Source<'a> {
    /// File, for diagnostics.
    pub path: &'a Path,
    /// File line the body starts on.
    pub first_line: usize,
    /// Resolves the part after `@/` (without `#anchor`).
    pub resolve: &'a dyn Fn(&str) -> Target,
    /// Shared highlighter.
    pub highlighter: &'a Highlighter,
    /// Publishes an image and returns its HTML; `None` leaves it out (the callee records why).
    pub image: &'a dyn Fn(&ImageRef<'_>) -> Option<String>,
    /// The first image is not lazy-loaded (nothing above it on the page is an image).
    pub eager_first_image: bool,
    /// Origins that images, video and audio may load from (`allow_remote:` in `site.yaml`).
    pub allow_remote: &'a [String],
    /// The text is right-to-left: its left-to-right tokens (brand, URLs, phone numbers) are
    /// isolated ([`text::text_html`]).
    pub rtl: bool,
}

/// An image written in Markdown.
#[derive(Debug, Clone, Copy)]
pub struct ImageRef<'a> {
    /// The path as written.
    pub src: &'a str,
    /// Text alternative; empty when decorative.
    pub alt: &'a str,
    /// File line.
    pub line: usize,
    /// Load at once (the first image of the page), not lazily.
    pub eager: bool,
}

/// The title that marks an image as decorative: `![](photo.jpg "decorative")`.
pub const DECORATIVE: &str = "decorative";

/// Renders `md`; returns the HTML and the problems found (unknown links, level-1 headings,
/// removed HTML). A text nested too deep is not rendered at all.
pub fn render(md: &str, src: &Source<'_>) -> (String, Vec<Diagnostic>) {
    if let Some(d) = too_deep(md, src.path, src.first_line) {
        return (String::new(), vec![d]);
    }
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut w = Walk {
        md,
        src,
        diags: Vec::new(),
        out: Vec::new(),
        ids: HashSet::new(),
        heading: None,
        code: None,
        links: Vec::new(),
        image: None,
        eager: src.eager_first_image,
        raw: Vec::new(),
        in_html_block: false,
        cursor: Default::default(),
        pending: String::new(),
    };
    for (ev, range) in Parser::new_ext(md, opts).into_offset_iter() {
        if w.image.is_some() {
            w.in_image(ev);
        } else if w.code.is_some() {
            w.in_code(ev);
        } else if let Event::Text(t) = ev {
            w.pending.push_str(&t);
        } else {
            w.flush_text();
            if let Some(ev) = w.event(ev, range.start) {
                w.emit(ev);
            }
        }
    }
    w.flush_text();
    let mut s = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut s, w.out.into_iter());
    if w.raw.is_empty() {
        return (s, w.diags);
    }
    let policy = Policy {
        allow_remote: src.allow_remote,
    };
    let mut removals = Vec::new();
    let mut depth = sanitise::Depth::default();
    for (line, html) in &w.raw {
        match policy.scan(html, &mut depth) {
            Ok(found) => removals.extend(found.into_iter().map(|(l, r)| (line + l - 1, r))),
            Err((l, n)) => {
                w.diags.push(html_too_deep(src.path, line + l - 1, n));
                return (String::new(), w.diags);
            }
        }
    }
    w.diags.extend(removal_warnings(src.path, removals));
    (policy.clean(&s), w.diags)
}

/// The state of one rendering while its events go by.
struct Walk<'m, 's> {
    md: &'m str,
    src: &'s Source<'s>,
    diags: Vec<Diagnostic>,
    out: Vec<Event<'m>>,
    ids: HashSet<String>,
    /// The heading being collected: its level, id and inner events.
    heading: Option<(HeadingLevel, Option<CowStr<'m>>, Vec<Event<'m>>)>,
    /// The code block being collected: its language and text.
    code: Option<(String, String)>,
    /// Per open link: whether its `<a>` was written.
    links: Vec<bool>,
    /// The image being collected: its destination, title, line and alt text so far.
    image: Option<(CowStr<'m>, CowStr<'m>, usize, String)>,
    /// The next image loads at once.
    eager: bool,
    /// The raw HTML seen, each piece (a whole HTML block, or one inline tag) with its line.
    raw: Vec<(usize, String)>,
    /// Inside an HTML block: its lines join the last piece.
    in_html_block: bool,
    /// The last offset [`Walk::line_of`] was asked, and the newlines before it.
    cursor: std::cell::Cell<(usize, usize)>,
    /// Text not yet emitted: adjacent text events joined, so [`text::text_html`] sees a phone
    /// number or a brand whole.
    pending: String,
}

impl<'m> Walk<'m, '_> {
    /// The file line of byte `offset` of the text. Offsets mostly grow as events go by, so the
    /// newlines are counted on from the last offset asked (a text of many events stays linear).
    fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.md.len());
        let (at, before) = self.cursor.get();
        let (from, before) = if offset >= at { (at, before) } else { (0, 0) };
        // `line_at` is 1-based: one more than the newlines in the slice.
        let slice = &self.md.as_bytes()[from..offset];
        let newlines = before + crate::util::lines::line_at(slice, offset) - 1;
        self.cursor.set((offset, newlines));
        self.src.first_line + newlines
    }

    /// Emits the pending text through the text pass (inside a heading as text: the heading's
    /// id is made from it first, see [`heading_html`]).
    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let t = std::mem::take(&mut self.pending);
        let ev = match self.heading {
            Some(_) => Event::Text(t.into()),
            None => text::event(t, self.src.rtl, !self.links.is_empty()),
        };
        self.emit(ev);
    }

    /// Adds `ev` to the heading being collected, or to the output.
    fn emit(&mut self, ev: Event<'m>) {
        match self.heading.as_mut() {
            Some((_, _, inner)) => inner.push(ev),
            None => self.out.push(ev),
        }
    }

    /// An event inside an image: its alt text, or its end.
    fn in_image(&mut self, ev: Event<'m>) {
        let Some((_, _, _, alt)) = self.image.as_mut() else {
            return;
        };
        match ev {
            Event::Text(t) | Event::Code(t) => alt.push_str(&t),
            Event::SoftBreak | Event::HardBreak => alt.push(' '),
            Event::End(TagEnd::Image) => {
                let Some((dest, title, line, alt)) = self.image.take() else {
                    return;
                };
                match image_html(&dest, &title, line, alt.trim(), self.eager, self.src) {
                    Ok(Some(html)) => {
                        self.eager = false;
                        self.emit(Event::Html(html.into()));
                    }
                    Ok(None) => {}
                    Err(d) => self.diags.push(d),
                }
            }
            _ => {}
        }
    }

    /// An event inside a code block: its text, or its end.
    fn in_code(&mut self, ev: Event<'m>) {
        let Some((_, text)) = self.code.as_mut() else {
            return;
        };
        match ev {
            Event::Text(t) => text.push_str(&t),
            Event::End(TagEnd::CodeBlock) => {
                let (lang, text) = self.code.take().unwrap_or_default();
                let html = self.src.highlighter.block(&lang, &text);
                self.out.push(Event::Html(html.into()));
            }
            _ => {}
        }
    }

    /// Any other event at byte `start`: what to emit instead of it, if anything.
    fn event(&mut self, ev: Event<'m>, start: usize) -> Option<Event<'m>> {
        match ev {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => l.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((lang, String::new()));
                None
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                if level == HeadingLevel::H1 {
                    self.diags.push(
                        Diagnostic::warning(
                            self.src.path,
                            "a level-1 heading (`# ...`) in the text",
                        )
                        .at_line(self.line_of(start))
                        .with_help(
                            "start headings at `##`: the page title is the only level-1 heading",
                        ),
                    );
                }
                self.heading = Some((level, id, Vec::new()));
                None
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, id, inner) = self.heading.take()?;
                let html = heading_html(level, id, inner, &mut self.ids, self.src.rtl);
                self.out.push(Event::Html(html.into()));
                None
            }
            Event::Start(Tag::Link {
                dest_url, title, ..
            }) => self.link(&dest_url, &title, start),
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                self.image = Some((dest_url, title, self.line_of(start), String::new()));
                None
            }
            Event::Start(Tag::HtmlBlock) => {
                self.in_html_block = true;
                self.raw.push((self.line_of(start), String::new()));
                Some(ev)
            }
            Event::End(TagEnd::HtmlBlock) => {
                self.in_html_block = false;
                Some(ev)
            }
            Event::Html(ref t) | Event::InlineHtml(ref t) => {
                match self.raw.last_mut() {
                    Some((_, piece)) if self.in_html_block => piece.push_str(t),
                    _ => self.raw.push((self.line_of(start), t.to_string())),
                }
                Some(ev)
            }
            Event::End(TagEnd::Link) => self
                .links
                .pop()
                .unwrap_or(false)
                .then(|| Event::Html("</a>".into())),
            other => Some(other),
        }
    }

    /// The start of a link at byte `start`: its `<a>`, or nothing when the link is dropped.
    fn link(&mut self, dest: &str, title: &str, start: usize) -> Option<Event<'m>> {
        let policy = Policy {
            allow_remote: self.src.allow_remote,
        };
        let refused = (!dest.starts_with("@/"))
            .then(|| policy.link(dest))
            .flatten();
        let open = match refused {
            Some(r) => {
                let help = format!("{} (the link's text is kept)", r.help());
                let d = Diagnostic::warning(self.src.path, r.message()).with_help(help);
                Err(d)
            }
            None => link_open(dest, title, self.src),
        };
        let open = match open {
            Ok(open) => open,
            Err(d) => {
                let d = d.at_line(self.line_of(start));
                self.diags.push(d);
                None
            }
        };
        self.links.push(open.is_some());
        open.map(|html| Event::Html(html.into()))
    }
}

fn heading_html(
    level: HeadingLevel,
    id: Option<CowStr<'_>>,
    inner: Vec<Event<'_>>,
    ids: &mut HashSet<String>,
    rtl: bool,
) -> String {
    let text: String = inner
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let base = id.map(|i| i.to_string()).unwrap_or_else(|| slugify(&text));
    let base = if base.is_empty() {
        "section".to_string()
    } else {
        base
    };
    let mut unique = base.clone();
    let mut n = 1;
    while !ids.insert(unique.clone()) {
        unique = format!("{base}-{n}");
        n += 1;
    }
    let mut body = String::new();
    html::push_html(
        &mut body,
        inner.into_iter().map(|e| text::in_heading(e, rtl)),
    );
    format!("<{level} id=\"{}\">{body}</{level}>\n", xml(&unique))
}

/// The HTML of a Markdown image, `None` when it cannot be published (already reported).
fn image_html(
    dest: &str,
    title: &str,
    line: usize,
    alt: &str,
    eager: bool,
    src: &Source<'_>,
) -> Result<Option<String>, Diagnostic> {
    let decorative = title.trim().eq_ignore_ascii_case(DECORATIVE);
    if alt.is_empty() && !decorative {
        return Err(Diagnostic::error(src.path, format!("image `{dest}` has no alt text"))
            .at_line(line)
            .with_help(format!("describe the picture for people who cannot see it: ![What it shows]({dest}); if it is only decoration, write ![]({dest} \"decorative\")")));
    }
    if decorative && !alt.is_empty() {
        return Err(Diagnostic::error(src.path, format!("image `{dest}` is marked decorative but has alt text"))
            .at_line(line)
            .with_help("a decorative image has empty alt text: keep the description and remove \"decorative\", or remove the description"));
    }
    if (Policy {
        allow_remote: src.allow_remote,
    })
    .remote_image(dest)
    {
        let lazy = if eager {
            ""
        } else {
            " loading=\"lazy\" decoding=\"async\""
        };
        return Ok(Some(format!(
            "<img src=\"{}\" alt=\"{}\"{lazy}>",
            xml(dest),
            xml(alt)
        )));
    }
    Ok((src.image)(&ImageRef {
        src: dest,
        alt,
        line,
        eager,
    }))
}

/// The opening `<a>` for a link, `None` to drop the link but keep its text.
fn link_open(dest: &str, title: &str, src: &Source<'_>) -> Result<Option<String>, Diagnostic> {
    let title_attr = if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", xml(title))
    };
    if let Some(rest) = dest.strip_prefix("@/") {
        let (key, anchor) = match rest.split_once('#') {
            Some((k, a)) => (k, format!("#{a}")),
            None => (rest, String::new()),
        };
        return match (src.resolve)(key) {
            Target::Url(u) => Ok(Some(format!("<a href=\"{}\"{title_attr}>", xml(&format!("{u}{anchor}"))))),
            Target::Hidden(None) => Ok(None),
            Target::Hidden(Some(why)) => {
                let d = Diagnostic::warning(
                    src.path,
                    format!("link to `@/{rest}`, which is not published (it {why}): shown as plain text"),
                )
                .with_help("remove the link, or publish the page it points to");
                // Withheld with a person, it comes back with them; scheduled, on its date: a
                // note, like the withholding.
                let withheld = why == crate::model::people::WITHHELD
                    || why == crate::model::build::SCHEDULED;
                Err(if withheld { Diagnostic { severity: crate::diag::Severity::Note, ..d } } else { d })
            }
            Target::Missing => Err(Diagnostic::error(src.path, format!("link to `@/{rest}`: no such page"))
                .with_help("`@/` links name a source file under content/, e.g. @/stories/x.md, @/champions/x/index.md or @/toolkits/x")),
        };
    }
    let external =
        dest.starts_with("http://") || dest.starts_with("https://") || dest.starts_with("//");
    let rel = if external { " rel=\"noopener\"" } else { "" };
    Ok(Some(format!("<a href=\"{}\"{title_attr}{rel}>", xml(dest))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(md: &str) -> (String, Vec<Diagnostic>) {
        run_with(md, &[])
    }

    fn run_with(md: &str, allow_remote: &[String]) -> (String, Vec<Diagnostic>) {
        let resolve = |k: &str| match k {
            "stories/a.md" => Target::Url("/base/stories/a/".into()),
            "champions/hidden/index.md" => Target::Hidden(None),
            "stories/draft.md" => Target::Hidden(Some("is a draft")),
            _ => Target::Missing,
        };
        let h = Highlighter::default();
        let image = |i: &ImageRef<'_>| {
            (i.src != "missing.png").then(|| {
                format!(
                    "<img src=\"{}\" alt=\"{}\" eager={}>",
                    i.src, i.alt, i.eager
                )
            })
        };
        let src = Source {
            path: Path::new("content/x.md"),
            first_line: 5,
            resolve: &resolve,
            highlighter: &h,
            image: &image,
            eager_first_image: true,
            allow_remote,
            rtl: false,
        };
        render(md, &src)
    }

    fn messages(d: &[Diagnostic]) -> Vec<(Option<usize>, &str)> {
        d.iter().map(|d| (d.line, d.message.as_str())).collect()
    }

    #[test]
    fn raw_html_is_cleaned_with_a_warning_on_its_line() {
        let (html, d) = run(
            "Hi <b onclick=\"x()\">there</b>.\n\n<div class=\"box\">\n<script>alert(1)</script>\n</div>\n\n- [x] done\n",
        );
        assert_eq!(
            messages(&d),
            [
                (Some(5), "removed onclick attribute from <b>"),
                (
                    Some(8),
                    "removed <script> element and its content from the HTML"
                ),
            ]
        );
        assert!(
            d.iter()
                .all(|d| d.severity == crate::diag::Severity::Warning)
        );
        assert!(
            !html.contains("onclick") && !html.contains("alert"),
            "{html}"
        );
        for keep in ["<b>there</b>", "<div class=\"box\">", "type=\"checkbox\""] {
            assert!(html.contains(keep), "{keep} in {html}");
        }
    }

    #[test]
    fn markdown_links_and_images_follow_the_same_rules() {
        let (html, d) = run("[x](javascript:alert(1)) [y](<data:text/html,hi>) <javascript:z>\n");
        assert_eq!(html, "<p>x y javascript:z</p>\n");
        assert_eq!(
            messages(&d),
            [
                (Some(5), "removed javascript: link"),
                (Some(5), "removed data: link"),
                (Some(5), "removed javascript: link"),
            ]
        );
        let allow = ["https://img.example.org".to_string()];
        let (html, d) = run_with(
            "![Map](https://img.example.org/m.png) ![B](https://x.example/b.png)\n",
            &allow,
        );
        assert!(d.is_empty(), "{d:?}");
        assert!(
            html.contains(r#"<img src="https://img.example.org/m.png" alt="Map">"#),
            "{html}"
        );
        // Not on the list: handed to the image pipeline, which refuses files of other sites.
        assert!(
            html.contains(r#"<img src="https://x.example/b.png" alt="B" eager=false>"#),
            "{html}"
        );
        let (html, d) = run("plain text\n");
        assert!(d.is_empty() && html == "<p>plain text</p>\n");
    }

    #[test]
    fn too_deep_is_an_error_and_renders_nothing() {
        let md = format!("Intro\n\n{}x\n", "> ".repeat(5000));
        let (html, d) = run(&md);
        assert_eq!(html, "");
        assert_eq!(
            messages(&d),
            [(Some(7), "block quotes or lists nested 5000 levels deep")]
        );
        assert!(
            d[0].help
                .as_deref()
                .unwrap_or("")
                .contains("the limit is 100")
        );
        let (html, d) = run(&format!("{}x", "<div>".repeat(100_000)));
        assert_eq!(
            (html.as_str(), messages(&d)),
            ("", vec![(Some(5), "HTML elements nested 101 levels deep")])
        );
    }

    #[test]
    fn rewrites_links_and_headings() {
        let (html, d) = run(
            "## Hello world\n\n## Hello world\n\n[a](@/stories/a.md#top) [b](https://x.org) [c](@/champions/hidden/index.md)\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert!(
            html.contains(r#"<h2 id="hello-world">Hello world</h2>"#),
            "{html}"
        );
        assert!(html.contains(r#"<h2 id="hello-world-1">"#));
        assert!(html.contains(r#"<a href="/base/stories/a/#top">a</a>"#));
        assert!(html.contains(r#"<a href="https://x.org" rel="noopener">b</a>"#));
        assert!(
            html.contains(" c</p>") && !html.contains("hidden"),
            "{html}"
        );
    }

    #[test]
    fn link_to_unpublished_page_is_a_warning_and_plain_text() {
        let (html, d) = run("See [the draft](@/stories/draft.md).\n");
        assert_eq!(html, "<p>See the draft.</p>\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, crate::diag::Severity::Warning);
        assert!(
            d[0].message.contains("not published (it is a draft)"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn unknown_link_is_an_error_on_its_line() {
        let (_, d) = run("Intro\n\nSee [x](@/stories/nope.md).\n");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, Some(7));
        assert!(d[0].message.contains("@/stories/nope.md"));
    }

    #[test]
    fn images_need_alt_text_unless_decorative() {
        let (html, d) = run(
            "![A *red* door](a.jpg)\n\n![](b.jpg \"decorative\")\n\n![](c.jpg)\n\n![Alt](d.jpg \"decorative\")\n\n![Gone](missing.png)\n",
        );
        assert!(
            html.contains(r#"<img src="a.jpg" alt="A red door" eager=true>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="b.jpg" alt="" eager=false>"#),
            "{html}"
        );
        assert!(
            !html.contains("c.jpg") && !html.contains("missing.png"),
            "{html}"
        );
        let lines: Vec<(Option<usize>, &str)> =
            d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(
            lines,
            [
                (Some(9), "image `c.jpg` has no alt text"),
                (
                    Some(11),
                    "image `d.jpg` is marked decorative but has alt text"
                ),
            ]
        );
    }

    #[test]
    fn extensions_are_on() {
        let (html, _) = run(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ \"q\" [^1]\n\n- [x] done\n\n[^1]: note\n\n```rust\nfn a() {}\n```\n",
        );
        for want in [
            "<table>",
            "<del>x</del>",
            "\u{201c}q\u{201d}",
            "footnote",
            "checkbox",
            "hl-",
        ] {
            assert!(html.contains(want), "{want} in {html}");
        }
    }
}
