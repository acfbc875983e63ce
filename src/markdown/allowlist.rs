//! The allowlist of HTML in Markdown, as data (the README's "HTML in Markdown" lists it in
//! words), and the URL rules: which links a reader may follow and which resources the page may
//! load. Entry points: the tables, [`check`], [`remote_origin`]; [`origins`] validates
//! `site.yaml`'s `allow_remote:`. `sanitise` builds the sanitiser from these tables and reads
//! them for its report, so what is removed and what is reported agree.

use ammonia::Url;

/// Elements kept (with the attributes below). Everything the Markdown renderer writes is here:
/// headings, tables, footnotes, task-list checkboxes, highlighted code, `<picture>` images.
#[rustfmt::skip]
pub const TAGS: &[&str] = &[
    "a", "abbr", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption",
    "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt",
    "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt",
    "ruby", "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var",
    "video", "wbr",
];

/// Elements removed together with everything inside them.
#[rustfmt::skip]
pub const REMOVED_WITH_CONTENT: &[&str] = &[
    "script", "style", "iframe", "object", "noscript", "template", "form", "select", "textarea",
    "svg", "math", "title", "xmp", "noembed", "noframes",
];

/// Attributes kept on any kept element.
pub const GENERIC_ATTRIBUTES: &[&str] = &["id", "class", "title", "lang", "dir"];

/// Attributes kept on one element.
#[rustfmt::skip]
pub const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang", "rel"]),
    ("audio", &["src", "controls", "loop", "muted", "preload"]),
    ("blockquote", &["cite"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("data", &["value"]),
    ("del", &["cite", "datetime"]),
    ("details", &["open"]),
    ("img", &["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"]),
    ("input", &["checked", "disabled"]),
    ("ins", &["cite", "datetime"]),
    ("li", &["value"]),
    ("ol", &["start", "reversed", "type"]),
    ("q", &["cite"]),
    ("source", &["src", "srcset", "sizes", "type", "media", "width", "height"]),
    ("td", &["colspan", "rowspan", "headers", "style"]),
    ("th", &["colspan", "rowspan", "headers", "scope", "style"]),
    ("time", &["datetime"]),
    ("track", &["src", "kind", "srclang", "label", "default"]),
    ("video", &["src", "poster", "controls", "width", "height", "loop", "muted", "playsinline", "preload"]),
];

/// The only `<input>` kept: a task-list checkbox (always made `disabled`; no `<form>` is kept).
pub const INPUT_TYPE: &str = "checkbox";

/// The one CSS property kept in a `style` attribute (table cell alignment).
pub const STYLE_PROPERTIES: &[&str] = &["text-align"];

/// URL schemes a link (`<a href>`, `[text](url)`, `cite`) may use; relative links always pass.
#[rustfmt::skip]
pub const LINK_SCHEMES: &[&str] =
    &["http", "https", "mailto", "tel", "sms", "webcal", "geo", "xmpp", "irc", "ircs"];

/// Media types of the `data:` images kept (never SVG, never anything but images).
const DATA_IMAGES: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/avif",
];

/// The most raw HTML elements open one inside another (the HTML parser slows down with depth).
pub const MAX_HTML_DEPTH: usize = 100;

/// Elements with no end tag, and elements whose end tag may be left out (the parser closes
/// them when the next one starts): they never make the nesting deeper.
#[rustfmt::skip]
pub const NO_DEPTH: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
    "optgroup", "rp", "rt", "colgroup", "caption", "param", "keygen", "frame",
];

/// Why a URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    /// A scheme that is not allowed here (`javascript:`, `data:` outside images, `file:`).
    Scheme(String),
    /// A resource on another site whose origin `allow_remote:` does not list.
    Remote(String),
    /// Not readable as a URL.
    Unreadable,
}

/// What a URL attribute does: navigate (a link) or load (a resource).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Followed when clicked.
    Link,
    /// Loaded by the browser; `image` when a `data:` image may stand here.
    Resource {
        /// A `data:` image may stand here.
        image: bool,
    },
    /// A list of image candidates (`srcset`).
    Candidates,
}

/// What attribute `attr` of element `tag` does with its URL; `None` when it holds none.
pub fn url_kind(tag: &str, attr: &str) -> Option<Kind> {
    match (tag, attr) {
        ("a" | "area" | "md", "href") | (_, "cite") => Some(Kind::Link),
        (_, "srcset") => Some(Kind::Candidates),
        ("img", "src") | ("video", "poster") => Some(Kind::Resource { image: true }),
        (_, "src" | "poster" | "href") => Some(Kind::Resource { image: false }),
        _ => None,
    }
}

/// Whether the allowlist keeps attribute `attr="value"` on kept element `tag`.
pub fn attribute_kept(tag: &str, attr: &str, value: &str) -> bool {
    GENERIC_ATTRIBUTES.contains(&attr)
        || TAG_ATTRIBUTES
            .iter()
            .any(|&(t, a)| t == tag && a.contains(&attr))
        || (tag, attr) == ("input", "type") && value.eq_ignore_ascii_case(INPUT_TYPE)
}

/// Checks one URL of kind `kind` against the allowlist.
pub fn check(kind: Kind, value: &str, allow_remote: &[String]) -> Result<(), UrlProblem> {
    if kind == Kind::Candidates {
        // `url 640w, url 2x`: each candidate's first word is an image URL.
        return value
            .split(',')
            .filter_map(|c| c.split_ascii_whitespace().next())
            .try_for_each(|u| check(Kind::Resource { image: true }, u, allow_remote));
    }
    let v = trimmed(value);
    if let Some(origin) = remote_origin(v) {
        let resource = matches!(kind, Kind::Resource { .. });
        return if !resource || allow_remote.contains(&origin) {
            Ok(())
        } else {
            Err(UrlProblem::Remote(origin))
        };
    }
    let url = match Url::parse(v) {
        Ok(u) => u,
        Err(ammonia::url::ParseError::RelativeUrlWithoutBase) => return Ok(()),
        Err(_) => return Err(UrlProblem::Unreadable),
    };
    let scheme = url.scheme();
    let ok = match kind {
        Kind::Link => LINK_SCHEMES.contains(&scheme),
        Kind::Resource { image } => scheme == "data" && image && data_image(v),
        Kind::Candidates => false,
    };
    if ok {
        Ok(())
    } else {
        Err(UrlProblem::Scheme(scheme.to_string()))
    }
}

/// A URL as a browser reads it: without surrounding spaces and control characters.
fn trimmed(v: &str) -> &str {
    v.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control())
}

/// The origin of an http(s) or scheme-relative (`//host/...`) URL, e.g. `https://host`.
pub fn remote_origin(v: &str) -> Option<String> {
    let v = trimmed(v);
    let b = v.as_bytes();
    let scheme_relative =
        b.len() >= 2 && matches!(b[0], b'/' | b'\\') && matches!(b[1], b'/' | b'\\');
    let url = if scheme_relative {
        Url::parse(&format!("https:{v}")).ok()?
    } else {
        Url::parse(v).ok()?
    };
    matches!(url.scheme(), "http" | "https").then(|| url.origin().ascii_serialization())
}

fn data_image(v: &str) -> bool {
    let rest = v.get(5..).unwrap_or("").to_ascii_lowercase();
    DATA_IMAGES.iter().any(|t| {
        rest.strip_prefix(t)
            .is_some_and(|r| r.starts_with(';') || r.starts_with(','))
    })
}

/// The `allow_remote:` entries as origins, and an error (message, help) for each bad one. The
/// site's own origin (of `base_url`) comes last: loading from it is no request to another site.
pub fn origins(entries: &[String], base_url: &str) -> (Vec<String>, Vec<(String, String)>) {
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for e in entries {
        match origin(e) {
            Ok(o) => good.push(o),
            Err(err) => bad.push(err),
        }
    }
    good.extend(remote_origin(base_url));
    (good, bad)
}

/// The start of the message of a bad `allow_remote:` entry, which names the entry in backticks.
const REMOTE_ENTRY: &str = "`allow_remote` entry `";

/// One `allow_remote:` entry as an origin, or the error (message, help) for it.
fn origin(entry: &str) -> Result<String, (String, String)> {
    let bad = |why: &str| {
        (
            format!("{REMOTE_ENTRY}{entry}` {why}"),
            "write the origin alone: scheme and host (and a port when it is not the usual one), e.g. `- https://video.example.org`".to_string(),
        )
    };
    let url = Url::parse(entry.trim()).map_err(|_| bad("is not a web address"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(bad("is not an http(s) origin"));
    }
    let bare = url.username().is_empty()
        && url.password().is_none()
        && url.path() == "/"
        && url.query().is_none()
        && url.fragment().is_none()
        && !entry.trim().ends_with(['?', '#']);
    if !bare {
        return Err(bad(
            "has more than an origin (a path, query, fragment or user name)",
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// The line of `site.yaml` holding the bad `allow_remote:` entry an error message names.
pub fn entry_line(text: &str, message: &str) -> Option<usize> {
    let entry = message.strip_prefix(REMOTE_ENTRY)?.split('`').next()?;
    let start = crate::load::frontmatter::field_line(text, "allow_remote")?;
    let found = text.lines().enumerate().skip(start).find(|(_, l)| {
        let v = l
            .trim()
            .trim_start_matches('-')
            .trim()
            .trim_matches(['"', '\'']);
        v == entry
    });
    Some(found.map_or(start, |(i, _)| i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_remote_entries_are_origins() {
        let entries: Vec<String> = [
            "https://Video.Example.org",
            "https://video.example.org/",
            "http://cdn.example.org:8080",
            "https://video.example.org/path",
            "video.example.org",
            "ftp://files.example.org",
            "https://user@example.org",
            "https://example.org/?q",
        ]
        .map(String::from)
        .into();
        let (good, bad) = origins(&entries, "https://Portal.example/sub/");
        assert_eq!(
            good,
            [
                "https://video.example.org",
                "https://video.example.org",
                "http://cdn.example.org:8080",
                "https://portal.example"
            ]
        );
        let named: Vec<&str> = bad
            .iter()
            .map(|(m, _)| m.split('`').nth(3).unwrap_or(""))
            .collect();
        assert_eq!(
            named,
            &entries[3..].iter().map(String::as_str).collect::<Vec<_>>()[..]
        );
        assert!(
            bad.iter()
                .all(|(_, h)| h.contains("https://video.example.org"))
        );
    }

    #[test]
    fn a_bad_entry_is_found_on_its_line() {
        let yaml =
            "title: T\nallow_remote:\n  - https://ok.example\n  - \"https://bad.example/x\"\n";
        let (_, bad) = origins(&["https://bad.example/x".to_string()], "");
        assert_eq!(entry_line(yaml, &bad[0].0), Some(4));
        assert_eq!(entry_line(yaml, "`title` is missing"), None);
    }
}
