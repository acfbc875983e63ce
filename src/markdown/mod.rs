//! Markdown to HTML with pulldown-cmark, rewriting events on the way.
//!
//! Entry point: [`render`]. Headings get stable `id`s (from their text, deduplicated), `@/`
//! links are resolved to page URLs (an unknown target is an error with the file line),
//! external links get `rel="noopener"`, and fenced code is highlighted with CSS classes.
//! Images are handed to [`Source::image`], which returns the `<picture>` HTML; an image without
//! alt text is an error unless its title is `"decorative"` (`![](photo.jpg "decorative")`).
//! Footnotes are numbered and gathered at the end with links back ([`footnotes`]); with
//! [`Source::toc`] a table of contents goes above the text ([`contents`]).
//! Shortcode calls (`{{ event_card(event="@/events/x.md") }}`) are checked and expanded
//! through [`Source::shortcode`] before parsing, outside code ([`shortcodes`]).
//!
//! Before parsing, [`nesting::too_deep`] refuses a text nested deeper than
//! [`nesting::MAX_DEPTH`] containers. Raw HTML is cleaned to the allowlist of [`sanitise`]
//! (the whole body, only when it holds raw HTML), and Markdown links and images are held to
//! the same rules; every removal is a warning on its line.

pub mod allowlist;
mod contents;
mod elements;
mod footnotes;
pub mod nesting;
mod problems;
pub mod sanitise;
pub mod shortcodes;
mod source;
pub mod text;

use std::collections::HashSet;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};

use crate::diag::Diagnostic;
use elements::{heading_html, image_html, link_open};
use problems::{html_too_deep, removal_warnings, too_deep};
use sanitise::Policy;
pub use source::{Answer, Call, DECORATIVE, ImageRef, Source, Target, Value};

const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_SMART_PUNCTUATION)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// Renders `md`; returns the HTML and the problems found (unknown links, level-1 headings,
/// removed HTML). A text nested too deep is not rendered at all.
pub fn render(md: &str, src: &Source<'_>) -> (String, Vec<Diagnostic>) {
    if let Some(d) = too_deep(md, src.path, src.first_line) {
        return (String::new(), vec![d]);
    }
    // Shortcodes become markers, which become their HTML once the text is HTML (cleaned).
    let Some(mut sc) = shortcodes::expand(md, OPTIONS, src) else {
        return walk(md, src);
    };
    let (html, diags) = walk(&sc.text, src);
    let html = sc.substitute(html, src.path);
    let mut all = std::mem::take(&mut sc.diags);
    all.extend(diags);
    all.sort_by_key(|d| d.line);
    (html, all)
}

/// [`render`] of a text whose shortcodes are expanded.
fn walk(md: &str, src: &Source<'_>) -> (String, Vec<Diagnostic>) {
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
        pending_at: 0,
        footnotes: footnotes::Footnotes::default(),
        contents: Vec::new(),
    };
    for (ev, range) in Parser::new_ext(md, OPTIONS).into_offset_iter() {
        if w.image.is_some() {
            w.in_image(ev);
        } else if w.code.is_some() {
            w.in_code(ev);
        } else if let Event::Text(t) = ev {
            if w.pending.is_empty() {
                w.pending_at = range.start;
            }
            w.pending.push_str(&t);
        } else {
            w.flush_text();
            if let Some(ev) = w.event(ev, range.start) {
                w.emit(ev);
            }
        }
    }
    w.flush_text();
    w.finish()
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
    /// The byte offset of the pending text.
    pending_at: usize,
    /// The footnotes, gathered at the end of the text.
    footnotes: footnotes::Footnotes<'m>,
    /// The `##` and `###` headings: level 2 or 3, id and text (for a table of contents).
    contents: Vec<(u8, String, String)>,
}

impl<'m> Walk<'m, '_> {
    /// The HTML of the whole text once its events are gone by: the notes at the end, the
    /// table of contents above, raw HTML cleaned; and the problems found.
    fn finish(mut self) -> (String, Vec<Diagnostic>) {
        let (notes, unused) = std::mem::take(&mut self.footnotes).section(
            self.src.footnote_back,
            self.src.rtl,
            self.src.path,
        );
        self.diags.extend(unused);
        self.out.extend(notes.map(|n| Event::Html(n.into())));
        // The table of contents is made of escaped heading text: it goes above the text after
        // the text's raw HTML is cleaned.
        let toc = self.src.toc.map_or_else(String::new, |title| {
            let mut id = "contents".to_string();
            for n in 1.. {
                if !self.ids.contains(&id) {
                    break;
                }
                id = format!("contents-{n}");
            }
            contents::html(title, &id, &self.contents, self.src.rtl)
        });
        let mut s = String::with_capacity(self.md.len() * 3 / 2);
        html::push_html(&mut s, self.out.into_iter());
        if self.raw.is_empty() {
            return (toc + &s, self.diags);
        }
        let policy = Policy {
            allow_remote: self.src.allow_remote,
        };
        let mut removals = Vec::new();
        let mut depth = sanitise::Depth::default();
        for (line, html) in &self.raw {
            match policy.scan(html, &mut depth) {
                Ok(found) => removals.extend(found.into_iter().map(|(l, r)| (line + l - 1, r))),
                Err((l, n)) => {
                    self.diags
                        .push(html_too_deep(self.src.path, line + l - 1, n));
                    return (String::new(), self.diags);
                }
            }
        }
        self.diags.extend(removal_warnings(self.src.path, removals));
        (toc + &policy.clean(&s), self.diags)
    }

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
        if let Some(label) = footnotes::unresolved(&t) {
            let line = self.line_of(self.pending_at);
            self.diags
                .push(footnotes::missing(self.src.path, label, line));
        }
        let ev = match self.heading {
            Some(_) => Event::Text(t.into()),
            None => text::event(t, self.src.rtl, !self.links.is_empty()),
        };
        self.emit(ev);
    }

    /// Adds `ev` to the heading being collected, or to the footnote being collected, or to
    /// the output.
    fn emit(&mut self, ev: Event<'m>) {
        match (self.heading.as_mut(), self.footnotes.collecting()) {
            (Some((_, _, inner)), _) => inner.push(ev),
            (None, Some(note)) => note.push(ev),
            (None, None) => self.out.push(ev),
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
                self.emit(Event::Html(html.into()));
            }
            _ => {}
        }
    }

    /// The end of a heading: its HTML with a unique id, noted for the table of contents
    /// when it is a `##` or `###` of the text (not of a footnote).
    fn end_heading(&mut self) {
        let Some((level, id, inner)) = self.heading.take() else {
            return;
        };
        let (html, id, text) = heading_html(level, id, inner, &mut self.ids, self.src.rtl);
        let depth = match level {
            HeadingLevel::H2 => Some(2),
            HeadingLevel::H3 => Some(3),
            _ => None,
        };
        if let Some(d) = depth.filter(|_| self.footnotes.collecting().is_none()) {
            self.contents.push((d, id, text));
        }
        self.emit(Event::Html(html.into()));
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
                self.end_heading();
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
            Event::FootnoteReference(label) => {
                Some(Event::Html(self.footnotes.reference(&label).into()))
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let line = self.line_of(start);
                self.footnotes.start(&label, line);
                None
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                self.footnotes.end();
                None
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::highlight::Highlighter;

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
            footnote_back: "Back to the text",
            toc: None,
            // The theme's HTML, which the sanitiser would remove: it must reach the page.
            shortcode: &|c: &Call| (format!("<button>{}:{}</button>", c.name, c.line), vec![]),
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
    fn shortcodes_are_expanded_outside_code_with_their_lines() {
        let card = "{{ event_card(event=\"@/events/x.md\") }}";
        let md = format!(
            "Intro <span onclick=\"x()\">raw</span>\n\n{card}\n\n- {card}\n\nSee {{{{ button(text='Go', link=\"@/a.md\") }}}} now.\n\n`{card}`\n\n```\n{card}\n```\n\n    {card}\n\n{{{{/* figure() */}}}} {{{{ title }}}}\n\n# Late\n"
        );
        let (html, d) = run(&md);
        assert!(
            html.contains("<button>event_card:7</button>\n<ul>"),
            "{html}"
        );
        assert!(
            html.contains("<li><button>event_card:9</button></li>"),
            "{html}"
        );
        assert!(
            html.contains("<p>See <button>button:11</button> now.</p>"),
            "{html}"
        );
        assert_eq!(html.matches("<code>{{ event_card(").count(), 3, "{html}");
        assert!(html.contains("<p>{{ figure() }} {{ title }}</p>"), "{html}");
        assert!(!html.contains('\u{FFFC}'), "{html}");
        assert_eq!(
            messages(&d),
            [
                (Some(5), "removed onclick attribute from <span>"),
                (Some(23), "a level-1 heading (`# ...`) in the text"),
            ]
        );
    }

    #[test]
    fn shortcode_mistakes_are_errors_on_their_lines() {
        for (md, line, message) in [
            (
                "x\n\n{{ evnt_card(event=\"a\") }}\n",
                7,
                "unknown shortcode `evnt_card`",
            ),
            (
                "{{ button(txt=\"a\", link=\"b\") }}",
                5,
                "shortcode `button` has no argument `txt`",
            ),
            (
                "{{ button(text=\"a\") }}",
                5,
                "shortcode `button` needs the argument `link`",
            ),
            (
                "{{ figure(src=\"a\", caption=\"b\", decorative=\"yes\") }}",
                5,
                "argument `decorative` of shortcode `figure` must be `true` or `false`",
            ),
            (
                "{{ button(text=\"a\", link=\"b\"",
                5,
                "malformed shortcode: expected `}}` on the same line",
            ),
            (
                "{{ button(text=a, link=\"b\") }}",
                5,
                "malformed shortcode: expected text in quotes",
            ),
            (
                "A {{ event_card(event=\"a\") }} b",
                5,
                "shortcode `event_card` shows a block, but it is inside a sentence, heading or link",
            ),
            (
                "[{{ button(text=\"a\", link=\"b\") }}](https://x.org)",
                5,
                "shortcode `button` is inside a heading, a link or an image's text",
            ),
        ] {
            let (html, d) = run(md);
            assert_eq!(messages(&d), [(Some(line), message)], "{md}");
            assert!(
                !html.contains("<button>") && !html.contains('\u{FFFC}'),
                "{md}: {html}"
            );
        }
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
