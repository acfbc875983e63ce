//! Compact HTML in one pass: the whitespace that templates put between block-level tags
//! (line breaks and blank lines around `{% if %}` and `{% for %}`) is dropped, other line breaks
//! in text are collapsed to one. Nothing else changes: attribute values, comments, `<pre>`,
//! `<textarea>`, `<script>` and `<style>` are copied as they are.
//!
//! This replaces a full minifier on every page (minify-html parses the whole page and took
//! 40 % of a build's CPU): the templates are already written without indentation, pulldown-cmark's
//! HTML is already minimal, so line breaks were all the minifier removed that a reader's browser
//! would not need. The whitespace removed is whitespace that minify-html removes too: a test checks
//! that minify-html gives the same bytes for a page and its compacted form.
//!
//! Entry point: [`compact`].

/// Elements whose start or end tag ends a line box: whitespace beside them renders nothing.
const BLOCK: [&str; 51] = [
    "!doctype",
    "address",
    "article",
    "aside",
    "base",
    "blockquote",
    "body",
    "caption",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
    "option",
];

/// Elements whose content is copied as it is.
const RAW: [&str; 4] = ["pre", "textarea", "script", "style"];

/// `html` with the whitespace between block-level tags dropped and other line breaks in text
/// collapsed (see the module documentation).
pub(crate) fn compact(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    // Whether the last tag written ends a line box, so whitespace right after it is dropped.
    let mut after_block = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'<' => {
                let end = tag_end(b, i);
                let name = tag_name(&b[i + 1..end]);
                let stop = match RAW.iter().find(|r| name.eq_ignore_ascii_case(r)) {
                    Some(raw) if b.get(i + 1) != Some(&b'/') => raw_end(b, end, raw),
                    _ => end,
                };
                out.push_str(&html[i..stop]);
                after_block = is_block(name);
                i = stop;
            }
            c if c.is_ascii_whitespace() => {
                let start = i;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                let run = &html[start..i];
                if !run.contains('\n') {
                    out.push_str(run);
                } else if !(after_block || i >= b.len() || next_is_block(&b[i..])) {
                    out.push('\n');
                }
            }
            _ => {
                let start = i;
                while i < b.len() && b[i] != b'<' && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                out.push_str(&html[start..i]);
                after_block = false;
            }
        }
    }
    out
}

/// The index just past the tag, comment or doctype starting at `start` (`<`); quoted
/// attribute values may hold `>`.
fn tag_end(b: &[u8], start: usize) -> usize {
    if b[start..].starts_with(b"<!--") {
        return find(b, start + 4, b"-->").map_or(b.len(), |e| e + 3);
    }
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(start + 1) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    b.len()
}

/// The index just past `</raw>` (any case) after `from`, or the end of the input.
fn raw_end(b: &[u8], from: usize, raw: &str) -> usize {
    let mut k = from;
    while let Some(lt) = find(b, k, b"</") {
        let name = tag_name(&b[lt + 1..]);
        if name.eq_ignore_ascii_case(raw) {
            return tag_end(b, lt);
        }
        k = lt + 2;
    }
    b.len()
}

/// The tag name at the start of `s` (after `<`), without the `/` of an end tag; `!doctype`
/// keeps its `!`; empty for comments.
fn tag_name(s: &[u8]) -> &str {
    let s = s.strip_prefix(b"/").unwrap_or(s);
    let len = s
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'!' || *c == b'-'))
        .unwrap_or(s.len());
    let name = std::str::from_utf8(&s[..len]).unwrap_or("");
    if name.starts_with("!--") { "" } else { name }
}

fn is_block(name: &str) -> bool {
    BLOCK.iter().any(|t| name.eq_ignore_ascii_case(t))
}

/// Whether `rest` starts with a block-level start or end tag.
fn next_is_block(rest: &[u8]) -> bool {
    rest.first() == Some(&b'<') && is_block(tag_name(&rest[1..]))
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(pat.len())
        .position(|w| w == pat)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::compact;

    const PAGE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
        <title>A &amp; B</title>\n</head>\n<body>\n<nav>\n<ul>\n\n<li><a href=\"/\">Home</a></li>\n\n\
        <li><a href=\"/x/\" title=\"a\n  b\">X</a></li>\n</ul>\n</nav>\n<main>\n<h1>Title</h1>\n\
        <p>One\nline <em>two</em>\n<a href=\"/\">three</a>\n</p>\n<pre><code>keep\n\n  this\n</code></pre>\n\
        <textarea>\n a\n</textarea>\n<!-- a\n comment -->\n<p>x <span>y</span>\n\n<span>z</span></p>\n<p>a<br>\nb</p>\n\
        <script type=\"application/ld+json\">{\"a\":\n 1}</script>\n</main>\n</body>\n</html>\n";

    fn minify(s: &str) -> Vec<u8> {
        crate::render::output::minify_with_html_minifier(s)
    }

    #[test]
    fn drops_only_whitespace_the_minifier_drops_too() {
        let c = compact(PAGE);
        assert_eq!(minify(&c), minify(PAGE), "compacted:\n{c}");
        assert!(c.len() < PAGE.len());
    }

    #[test]
    fn removes_line_breaks_between_blocks_and_keeps_text_spacing() {
        let c = compact(PAGE);
        assert!(c.starts_with("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"));
        assert!(c.contains("<ul><li><a href=\"/\">Home</a></li><li>"), "{c}");
        assert!(
            c.contains("<p>One\nline <em>two</em>\n<a href=\"/\">three</a></p>"),
            "{c}"
        );
        assert!(c.contains("<span>y</span>\n<span>z</span>"), "{c}");
        assert!(c.contains("<p>a<br>\nb</p>"), "{c}");
        assert!(c.ends_with("</main></body></html>"), "{c}");
    }

    #[test]
    fn copies_attributes_raw_text_and_comments_as_they_are() {
        let c = compact(PAGE);
        assert!(c.contains("title=\"a\n  b\""), "{c}");
        assert!(
            c.contains("<pre><code>keep\n\n  this\n</code></pre>"),
            "{c}"
        );
        assert!(c.contains("<textarea>\n a\n</textarea>"), "{c}");
        assert!(c.contains("<!-- a\n comment -->"), "{c}");
        assert!(c.contains("{\"a\":\n 1}</script>"), "{c}");
    }
}
