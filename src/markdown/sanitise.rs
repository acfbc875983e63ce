//! Raw HTML in Markdown, cleaned to the allowlist of [`super::allowlist`].
//!
//! Entry points: [`Policy::clean`] sanitises a whole rendered body with `ammonia` (run only when
//! the body held raw HTML, so ordinary bodies pay nothing), [`Policy::scan`] tells what one
//! piece of raw HTML loses (each a [`Removal`], reported as a warning on its line), and
//! [`Policy::link`] / [`Policy::remote_image`] judge Markdown link and image destinations,
//! which are no raw HTML.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
};

use super::allowlist::{
    GENERIC_ATTRIBUTES, INPUT_TYPE, Kind, LINK_SCHEMES, MAX_HTML_DEPTH, NO_DEPTH,
    REMOVED_WITH_CONTENT, STYLE_PROPERTIES, TAG_ATTRIBUTES, TAGS, UrlProblem, attribute_kept,
    check, remote_origin, url_kind,
};

/// At most this many removals are reported one by one for a body; the rest are counted.
pub const MAX_REPORTED: usize = 20;

/// What the allowlist takes away from raw HTML or from a Markdown destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    /// An element not on the list; `content` when what it holds goes too.
    Element {
        /// The element's name.
        tag: String,
        /// What it holds goes too.
        content: bool,
    },
    /// An attribute not on the list.
    Attribute {
        /// The element's name.
        tag: String,
        /// The attribute's name.
        attr: String,
    },
    /// A URL the site may not link to or load.
    Url {
        /// The element's name (`md` for a Markdown link).
        tag: String,
        /// The attribute holding the URL.
        attr: String,
        /// Why it is refused.
        problem: UrlProblem,
    },
}

/// How deep raw HTML elements are open, across the pieces of one body.
#[derive(Debug, Default)]
pub struct Depth(usize);

impl Removal {
    /// The warning's text, e.g. "removed <script> element".
    pub fn message(&self) -> String {
        match self {
            Removal::Element { tag, content: true } => {
                format!("removed <{tag}> element and its content from the HTML")
            }
            Removal::Element {
                tag,
                content: false,
            } => {
                format!("removed <{tag}> element from the HTML (its text is kept)")
            }
            Removal::Attribute { tag, attr } => format!("removed {attr} attribute from <{tag}>"),
            Removal::Url {
                problem: UrlProblem::Scheme(s),
                attr,
                tag,
            } if is_link(tag, attr) => {
                format!("removed {s}: link")
            }
            Removal::Url {
                problem: UrlProblem::Scheme(s),
                attr,
                tag,
            } => {
                format!("removed {s}: URL from <{tag} {attr}>")
            }
            Removal::Url {
                problem: UrlProblem::Remote(o),
                attr,
                tag,
            } => {
                format!(
                    "removed <{tag} {attr}> loading from {o}, which `allow_remote:` does not list"
                )
            }
            Removal::Url {
                problem: UrlProblem::Unreadable,
                attr,
                tag,
            } => {
                format!("removed <{tag} {attr}>: not a readable URL")
            }
        }
    }

    /// How to fix it.
    pub fn help(&self) -> String {
        let readme = "the README's \"HTML in Markdown\" lists what is kept";
        match self {
            Removal::Element { tag, .. } => match tag.as_str() {
                "script" | "noscript" => "the site publishes no JavaScript: remove the script".into(),
                "iframe" | "object" | "embed" | "applet" | "frame" | "frameset" => {
                    "embedded pages are not published: link to the page instead, e.g. [Watch the video](https://...)".into()
                }
                "form" | "input" | "button" | "select" | "textarea" => {
                    "forms are not published: link to the form on the site that runs it".into()
                }
                "base" | "meta" | "link" | "style" | "head" | "html" | "body" => {
                    "page settings and style sheets are not part of a text: remove the tag (the theme styles the page)".into()
                }
                _ => format!("write it in Markdown, or use an element that is kept: {readme}"),
            },
            Removal::Attribute { attr, .. } if attr.starts_with("on") => {
                "event handlers run JavaScript, which the site does not publish: remove the attribute".into()
            }
            Removal::Attribute { .. } => format!("remove the attribute: {readme}"),
            Removal::Url { problem: UrlProblem::Remote(o), .. } => format!(
                "download the file and put it beside the page, or add `{o}` to `allow_remote:` in site.yaml if readers' browsers may ask that site for it"
            ),
            Removal::Url { problem: UrlProblem::Scheme(s), .. } if s == "data" => {
                "save the image as a file beside the page and give its file name".into()
            }
            Removal::Url { .. } => format!(
                "link to a web page (https://...), a page of the site (@/...) or an e-mail address (mailto:...); {readme}"
            ),
        }
    }
}

fn is_link(tag: &str, attr: &str) -> bool {
    matches!(url_kind(tag, attr), Some(Kind::Link))
}

/// The allowlist with the site's `allow_remote:` origins.
#[derive(Debug, Clone)]
pub struct Policy<'a> {
    /// Origins (`https://video.example.org`) that images, video and audio may load from.
    pub allow_remote: &'a [String],
}

impl Policy<'_> {
    /// Why the Markdown link destination `dest` is refused, if it is.
    pub fn link(&self, dest: &str) -> Option<Removal> {
        self.url("md", "href", dest)
    }

    /// True when `dest` is an image on another site whose origin `allow_remote:` lists.
    pub fn remote_image(&self, dest: &str) -> bool {
        matches!(remote_origin(dest), Some(o) if self.allow_remote.contains(&o))
    }

    fn url(&self, tag: &str, attr: &str, value: &str) -> Option<Removal> {
        let problem = check(url_kind(tag, attr)?, value, self.allow_remote).err()?;
        Some(Removal::Url {
            tag: tag.into(),
            attr: attr.into(),
            problem,
        })
    }

    /// What the allowlist takes from one piece of raw HTML, each with its line (1-based within
    /// the piece); `depth` carries the open elements from piece to piece. `Err` holds the line
    /// where elements are open deeper than [`MAX_HTML_DEPTH`], and that depth.
    pub fn scan(
        &self,
        html: &str,
        depth: &mut Depth,
    ) -> Result<Vec<(usize, Removal)>, (usize, usize)> {
        let tags = tags_in(html);
        let mut out = Vec::new();
        // Inside an element removed with its content (name, how many of it are open): what it
        // holds goes with it and is not reported again.
        let mut inside: Option<(String, usize)> = None;
        for (line, tag) in tags {
            let name = tag.name.to_string();
            let line = usize::try_from(line).unwrap_or(1).max(1);
            let deepens = !NO_DEPTH.contains(&name.as_str());
            if tag.kind != StartTag {
                depth.0 = depth.0.saturating_sub(usize::from(deepens));
                if let Some((outer, open)) = inside.as_mut()
                    && *outer == name
                {
                    *open -= 1;
                    if *open == 0 {
                        inside = None;
                    }
                }
                continue;
            }
            depth.0 += usize::from(deepens);
            if depth.0 > MAX_HTML_DEPTH {
                return Err((line, depth.0));
            }
            if let Some((outer, open)) = inside.as_mut() {
                *open += usize::from(*outer == name);
                continue;
            }
            if !TAGS.contains(&name.as_str()) {
                let content = REMOVED_WITH_CONTENT.contains(&name.as_str());
                if content {
                    inside = Some((name.clone(), 1));
                }
                out.push((line, Removal::Element { tag: name, content }));
                continue;
            }
            for a in &tag.attrs {
                let attr = a.name.local.to_string();
                if !attribute_kept(&name, &attr, &a.value) {
                    out.push((
                        line,
                        Removal::Attribute {
                            tag: name.clone(),
                            attr,
                        },
                    ));
                } else if let Some(r) = self.url(&name, &attr, &a.value) {
                    out.push((line, r));
                }
            }
        }
        Ok(out)
    }

    /// The rendered body `html` with everything off the allowlist removed.
    pub fn clean(&self, html: &str) -> String {
        let origins: Arc<[String]> = self.allow_remote.into();
        let set = |l: &'static [&'static str]| l.iter().copied().collect::<HashSet<_>>();
        let tag_attributes: HashMap<&str, HashSet<&str>> =
            TAG_ATTRIBUTES.iter().map(|&(t, a)| (t, set(a))).collect();
        let input_type = HashMap::from([("type", set(&[INPUT_TYPE]))]);
        let mut schemes = set(LINK_SCHEMES);
        // `data:` passes ammonia's scheme check; the filter keeps it on images only.
        schemes.insert("data");
        ammonia::Builder::empty()
            .tags(set(TAGS))
            .clean_content_tags(set(REMOVED_WITH_CONTENT))
            .generic_attributes(set(GENERIC_ATTRIBUTES))
            .tag_attributes(tag_attributes)
            .tag_attribute_values(HashMap::from([("input", input_type)]))
            .set_tag_attribute_value("input", "disabled", "")
            .filter_style_properties(set(STYLE_PROPERTIES))
            .url_schemes(schemes)
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(None)
            .strip_comments(true)
            .attribute_filter(move |tag, attr, value| {
                let kind = url_kind(tag, attr);
                match kind.map(|k| check(k, value, &origins)) {
                    Some(Err(_)) => None,
                    _ => Some(Cow::Borrowed(value)),
                }
            })
            .clean(html)
            .to_string()
    }
}

/// The start and end tags of `html` with their lines, read by html5ever's tokenizer (the parser the
/// sanitiser uses), with script, style and text-only elements read as the browser reads them.
fn tags_in(html: &str) -> Vec<(u64, Tag)> {
    struct Sink(RefCell<Vec<(u64, Tag)>>);
    impl TokenSink for Sink {
        type Handle = ();
        fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
            let TagToken(tag) = token else {
                return TokenSinkResult::Continue;
            };
            let start = tag.kind == StartTag;
            let raw = match &*tag.name {
                _ if !start => None,
                "script" => Some(RawKind::ScriptData),
                "style" | "iframe" | "xmp" | "noembed" | "noframes" => Some(RawKind::Rawtext),
                "textarea" | "title" => Some(RawKind::Rcdata),
                _ => None,
            };
            if let Ok(mut v) = self.0.try_borrow_mut() {
                v.push((line, tag));
            }
            raw.map_or(TokenSinkResult::Continue, TokenSinkResult::RawData)
        }
    }
    let tok = Tokenizer::new(Sink(RefCell::new(Vec::new())), Default::default());
    let input = BufferQueue::default();
    input.push_back(html.into());
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    const REMOTE: &[String] = &[];

    fn policy(allow: &[String]) -> Policy<'_> {
        Policy {
            allow_remote: allow,
        }
    }

    fn scan(allow: &[String], html: &str) -> Vec<(usize, Removal)> {
        policy(allow)
            .scan(html, &mut Depth::default())
            .expect("not too deep")
    }

    #[test]
    fn clean_keeps_what_the_renderer_writes() {
        let rendered = concat!(
            "<h2 id=\"a\">A</h2>\n<table><thead><tr><th style=\"text-align: center\">x</th></tr></thead></table>\n",
            "<ul>\n<li><input disabled=\"\" type=\"checkbox\" checked=\"\"> done</li>\n</ul>\n",
            "<sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup>\n",
            "<div class=\"footnote-definition\" id=\"1\"><sup class=\"footnote-definition-label\">1</sup></div>\n",
            "<pre><code class=\"language-rust\"><span class=\"hl-source hl-rust\">fn</span></code></pre>\n",
            "<picture><source type=\"image/webp\" srcset=\"/a-320.webp 320w\" sizes=\"100vw\"><img src=\"/a.jpg\" srcset=\"/a-320.jpg 320w\" sizes=\"100vw\" width=\"320\" height=\"200\" alt=\"A\" loading=\"lazy\" decoding=\"async\"></picture>\n",
            "<p><a href=\"https://x.org\" rel=\"noopener\">b</a> <del>x</del> <a href=\"mailto:a@b.org\">m</a></p>\n",
        );
        let out = policy(REMOTE).clean(rendered);
        for want in [
            "id=\"a\"",
            "style=\"text-align:center\"",
            "checked=\"\"",
            "disabled=\"\"",
            "type=\"checkbox\"",
            "class=\"footnote-reference\"",
            "href=\"#1\"",
            "class=\"hl-source hl-rust\"",
            "<source type=\"image/webp\" srcset=\"/a-320.webp 320w\" sizes=\"100vw\">",
            "loading=\"lazy\" decoding=\"async\"",
            "rel=\"noopener\"",
            "mailto:a@b.org",
        ] {
            assert!(out.contains(want), "{want} in {out}");
        }
    }

    #[test]
    fn clean_removes_what_the_scan_reports() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "<p>a<script>alert(1)</script>b</p>",
                "alert",
                "removed <script> element and its content",
            ),
            (
                "<img src=\"x.png\" onerror=\"alert(1)\" alt=\"\">",
                "onerror",
                "removed onerror attribute from <img>",
            ),
            (
                "<a href=\"javascript:alert(1)\">x</a>",
                "javascript",
                "removed javascript: link",
            ),
            (
                "<a href=\" JaVa\tScript:alert(1)\">x</a>",
                "alert",
                "removed javascript: link",
            ),
            (
                "<a href=\"data:text/html,<b>\">x</a>",
                "data:",
                "removed data: link",
            ),
            (
                "<iframe src=\"https://evil.example/\"></iframe>",
                "iframe",
                "removed <iframe> element and its content",
            ),
            (
                "<base href=\"https://evil.example/\">",
                "base",
                "removed <base> element",
            ),
            (
                "<form action=\"https://evil.example/\"><input name=p></form>",
                "form",
                "removed <form> element and its content",
            ),
            (
                "<img src=\"https://other.example/a.png\" alt=\"a\">",
                "other.example",
                "loading from https://other.example",
            ),
            (
                "<img src=\"//other.example/a.png\" alt=\"a\">",
                "other.example",
                "loading from https://other.example",
            ),
            (
                "<img srcset=\"a.png 1x, https://other.example/b.png 2x\" alt=\"a\">",
                "other.example",
                "<img srcset>",
            ),
            (
                "<video poster=\"https://other.example/p.jpg\"></video>",
                "other.example",
                "<video poster>",
            ),
            (
                "<p style=\"background:url(https://other.example/x)\">t</p>",
                "other.example",
                "removed style attribute from <p>",
            ),
            (
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                "refresh",
                "removed <meta> element",
            ),
            (
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                "evil",
                "removed <link> element",
            ),
            (
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "swf",
                "removed <object> element",
            ),
            (
                "<input type=\"text\" name=\"p\">",
                "text",
                "removed type attribute from <input>",
            ),
            (
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"\">",
                "svg",
                "removed data: URL from <img src>",
            ),
        ];
        for (html, gone, msg) in cases {
            let out = policy(REMOTE).clean(html);
            assert!(
                !out.contains(gone),
                "{gone:?} left in {out:?} from {html:?}"
            );
            let found = scan(REMOTE, html);
            assert!(
                found.iter().any(|(_, r)| r.message().contains(msg)),
                "{msg:?} not among {found:?} for {html:?}"
            );
            assert!(found.iter().all(|(l, _)| *l == 1));
        }
    }

    #[test]
    fn harmless_html_is_kept_and_not_reported() {
        let html = "<details open><summary>More</summary><p class=\"x\">Hi <a href=\"https://other.example/page\">there</a> <img src=\"data:image/png;base64,iVBOR\" alt=\"dot\"></p></details>";
        assert_eq!(scan(REMOTE, html), []);
        let out = policy(REMOTE).clean(html);
        assert!(out.contains("href=\"https://other.example/page\""), "{out}");
        assert!(out.contains("src=\"data:image/png;base64,iVBOR\""), "{out}");
        assert!(out.contains("<details open=\"\">"), "{out}");
    }

    #[test]
    fn allow_remote_lets_listed_origins_load() {
        let allow = ["https://video.example.org".to_string()];
        let html = "<video src=\"https://video.example.org/a.mp4\" poster=\"https://video.example.org/a.jpg\" controls></video><img src=\"https://video.example.org:8443/x.png\" alt=\"x\">";
        let found = scan(&allow, html);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .1
                .message()
                .contains("https://video.example.org:8443")
        );
        let out = policy(&allow).clean(html);
        assert!(
            out.contains("src=\"https://video.example.org/a.mp4\""),
            "{out}"
        );
        assert!(out.contains("poster="), "{out}");
        assert!(!out.contains("8443"), "{out}");
        assert!(policy(&allow).remote_image("https://VIDEO.example.org/x.jpg"));
        assert!(!policy(&allow).remote_image("http://video.example.org/x.jpg"));
    }

    #[test]
    fn markdown_link_destinations() {
        let p = policy(REMOTE);
        for bad in [
            "javascript:alert(1)",
            "JavaScript:x",
            "data:text/html,x",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(p.link(bad).is_some(), "{bad}");
        }
        for good in [
            "https://x.org",
            "//x.org/a",
            "/a/",
            "#top",
            "a.html",
            "mailto:a@b.org",
            "tel:+44",
            "webcal://x.org/a.ics",
        ] {
            assert_eq!(p.link(good), None, "{good}");
        }
        assert_eq!(
            p.link("javascript:x").map(|r| r.message()),
            Some("removed javascript: link".into())
        );
    }

    #[test]
    fn what_a_removed_element_holds_is_not_reported_again() {
        let html = "<form><input type=password><select><option>a</select></form><b onclick=y>";
        let found: Vec<String> = scan(REMOTE, html)
            .iter()
            .map(|(_, r)| r.message())
            .collect();
        assert_eq!(
            found,
            [
                "removed <form> element and its content from the HTML",
                "removed onclick attribute from <b>"
            ]
        );
    }

    #[test]
    fn lines_within_a_piece() {
        let found = scan(REMOTE, "<div>\n<p>\n<script>x</script>\n</p></div>");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 3);
    }

    #[test]
    fn html_nesting_limit_counts_across_pieces() {
        let p = policy(REMOTE);
        let mut d = Depth::default();
        let flat = "<div></div>".repeat(10_000) + &"<p>x<li>y<br>".repeat(10_000);
        assert_eq!(p.scan(&flat, &mut d).map(|f| f.len()), Ok(0));
        for _ in 0..MAX_HTML_DEPTH {
            assert!(p.scan("<span>", &mut d).is_ok());
        }
        assert_eq!(p.scan("\n<b>", &mut d), Err((2, MAX_HTML_DEPTH + 1)));
        let deep = "<div>".repeat(100_000);
        assert_eq!(
            p.scan(&deep, &mut Depth::default()),
            Err((1, MAX_HTML_DEPTH + 1))
        );
        // Within the limit, ammonia cleans nested markup whole.
        let ok = format!(
            "{}x{}",
            "<div>".repeat(MAX_HTML_DEPTH),
            "</div>".repeat(MAX_HTML_DEPTH)
        );
        assert!(p.clean(&ok).contains('x'));
    }
}
