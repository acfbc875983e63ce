//! Serve, HTTP half: answers requests from the site held in memory.
//!
//! Entry points: [`resolve`], a pure, traversal-safe mapping from a request path to a site
//! path (anything odd is "not found"); [`respond`], which builds the response for a GET or
//! HEAD from a [`Snapshot`]: the right MIME type, `index.html` for folders (and a redirect from
//! `/x` to `/x/`), the site's 404 page, ETags (304), byte ranges (206, 416) and
//! `Cache-Control: no-cache`. HTML responses get the live-reload script and, while the last
//! rebuild failed, the error overlay ([`inject`]). Nothing here touches the file system, so
//! no request can reach a file outside the built site.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode, header};
use percent_encoding::percent_decode_str;

use crate::incremental::store::Snapshot;
use crate::util::escape::xml;

/// Prefix of the server's own URLs (the event stream); no site path starts with it.
pub const OWN: &str = "/__useit/";

/// What a request path means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file: its site path (`stories/a/index.html`).
    File(String),
    /// A folder asked for without its slash: redirect to this path.
    Redirect(String),
    /// Nothing (or something refused).
    NotFound,
}

/// Maps the raw (still percent-encoded) request path to a site path of `site`. Refuses, as
/// "not found": encoded slashes or backslashes, backslashes, `.` and `..` segments (also
/// percent-encoded), empty segments, NUL and other control characters, anything still
/// percent-encoded after one decoding (double encoding) and invalid UTF-8.
pub fn resolve(raw: &str, exists: impl Fn(&str) -> bool) -> Target {
    let Some(rest) = raw.strip_prefix('/') else {
        return Target::NotFound;
    };
    let lower = rest.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || rest.contains('\\') {
        return Target::NotFound;
    }
    let Ok(decoded) = percent_decode_str(rest).decode_utf8() else {
        return Target::NotFound;
    };
    if decoded.contains(['%', '\\']) || decoded.chars().any(char::is_control) {
        return Target::NotFound;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (i, s) in segments.iter().enumerate() {
        if *s == "." || *s == ".." || (s.is_empty() && i != last) || s.contains(':') {
            return Target::NotFound;
        }
    }
    let path = decoded.into_owned();
    if path.is_empty() || path.ends_with('/') {
        let index = format!("{path}index.html");
        return if exists(&index) {
            Target::File(index)
        } else {
            Target::NotFound
        };
    }
    if exists(&path) {
        Target::File(path)
    } else if exists(&format!("{path}/index.html")) {
        Target::Redirect(format!("/{path}/"))
    } else {
        Target::NotFound
    }
}

/// The `Content-Type` of the site file `path`: its media type ([`crate::util::mime`]), with
/// `charset=utf-8` for text; `application/octet-stream` when the extension is unknown.
/// Markdown is served as plain text, which browsers show rather than download.
pub fn mime(path: &str) -> String {
    match crate::util::mime::of_name(path) {
        Some("text/markdown") => "text/plain; charset=utf-8".into(),
        Some(t) if t.starts_with("text/") => format!("{t}; charset=utf-8"),
        Some(t) => t.into(),
        None => "application/octet-stream".into(),
    }
}

/// The script every HTML page gets in serve mode: reload when the server says so.
const RELOAD: &str = "<script>(()=>{const s=new EventSource(\"/__useit/events\");s.addEventListener(\"reload\",()=>location.reload());})();</script>";

/// The overlay for the errors of the last rebuild (already rendered as text lines).
pub fn overlay(errors: &str) -> String {
    format!(
        "<div id=\"useit-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,0,0,.92);color:#fff;font:15px/1.5 monospace;padding:2rem\"><p style=\"font:bold 1.2rem sans-serif;margin:0 0 1rem\">The last change did not build; this is the previous version of the page.</p><pre style=\"white-space:pre-wrap;margin:0\">{}</pre></div>",
        xml(errors)
    )
}

/// `html` with the reload script and `overlay` (if any) before `</body>`, or at the end.
pub fn inject(html: &[u8], overlay: Option<&str>) -> Vec<u8> {
    let extra = format!("{}{RELOAD}", overlay.unwrap_or(""));
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + extra.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(extra.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// A byte range request, resolved against a body of `len` bytes.
#[derive(Debug, PartialEq, Eq)]
pub enum Range {
    /// No (usable) range: the whole body.
    Full,
    /// Bytes `start..=end`.
    Part(u64, u64),
    /// Cannot be satisfied.
    Unsatisfiable,
}

/// Parses a `Range` header (one range of bytes; anything else is served whole).
pub fn range(header: Option<&str>, len: u64) -> Range {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return Range::Full;
    };
    if spec.contains(',') {
        return Range::Full;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Range::Full;
    };
    let (a, b) = (a.trim(), b.trim());
    let parsed = match (a.is_empty(), b.is_empty()) {
        (true, true) => return Range::Full,
        (true, false) => match b.parse::<u64>() {
            Ok(0) => return Range::Unsatisfiable,
            Ok(n) => Some((len.saturating_sub(n), len.saturating_sub(1))),
            Err(_) => None,
        },
        (false, _) => match (a.parse::<u64>(), b.parse::<u64>()) {
            (Ok(s), Ok(e)) if e >= s => Some((s, e.min(len.saturating_sub(1)))),
            (Ok(s), Err(_)) if b.is_empty() => Some((s, len.saturating_sub(1))),
            _ => None,
        },
    };
    match parsed {
        None => Range::Full,
        Some((s, _)) if s >= len => Range::Unsatisfiable,
        Some((s, e)) => Range::Part(s, e),
    }
}

/// Everything one response needs besides the request.
pub struct View<'a> {
    /// The site.
    pub site: &'a Snapshot,
    /// The error overlay, while the last rebuild failed.
    pub overlay: Option<&'a str>,
}

/// The response to `method` on the raw path `path` (without the query).
pub fn respond(
    view: &View<'_>,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
) -> Response<Body> {
    if method != Method::GET && method != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let files = &view.site.files;
    match resolve(path, |p| files.contains_key(p)) {
        Target::Redirect(to) => {
            let mut r = plain(StatusCode::MOVED_PERMANENTLY, "");
            if let Ok(v) = HeaderValue::from_str(&to) {
                r.headers_mut().insert(header::LOCATION, v);
            }
            r
        }
        Target::File(p) => match files.get(p.as_str()) {
            Some(f) => file(view, &p, &f.bytes, f.hash, StatusCode::OK, headers),
            None => not_found(view, headers),
        },
        Target::NotFound => not_found(view, headers),
    }
}

fn not_found(view: &View<'_>, headers: &HeaderMap) -> Response<Body> {
    match view.site.files.get("404.html") {
        Some(f) => file(
            view,
            "404.html",
            &f.bytes,
            f.hash,
            StatusCode::NOT_FOUND,
            headers,
        ),
        None => {
            let page = "<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>";
            file(
                view,
                "404.html",
                &std::sync::Arc::from(page.as_bytes()),
                0,
                StatusCode::NOT_FOUND,
                headers,
            )
        }
    }
}

fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    let mut r = Response::new(Body::from(text));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

fn file(
    view: &View<'_>,
    path: &str,
    bytes: &std::sync::Arc<[u8]>,
    hash: u64,
    status: StatusCode,
    headers: &HeaderMap,
) -> Response<Body> {
    let mime = mime(path);
    let html = mime.starts_with("text/html");
    let overlay = view.overlay.filter(|_| html);
    let body: bytes::Bytes = if html {
        inject(bytes, overlay).into()
    } else {
        bytes::Bytes::from_owner(bytes.clone())
    };
    let etag = match overlay {
        Some(o) => format!(
            "\"{hash:016x}-{:x}\"",
            crate::util::hash::hash_bytes(o.as_bytes())
        ),
        None => format!("\"{hash:016x}\""),
    };
    let get = |h: header::HeaderName| headers.get(h).and_then(|v| v.to_str().ok());
    let mut r = Response::new(Body::empty());
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::try_from(mime).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    *r.status_mut() = status;
    if status == StatusCode::OK
        && get(header::IF_NONE_MATCH)
            .is_some_and(|inm| inm.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
    {
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        return r;
    }
    let len = body.len() as u64;
    let if_range_ok = get(header::IF_RANGE).is_none_or(|t| t.trim() == etag);
    let wanted = if status == StatusCode::OK && if_range_ok {
        range(get(header::RANGE), len)
    } else {
        Range::Full
    };
    match wanted {
        Range::Full => *r.body_mut() = Body::from(body),
        Range::Part(s, e) => {
            *r.status_mut() = StatusCode::PARTIAL_CONTENT;
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {s}-{e}/{len}")) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            *r.body_mut() = Body::from(body.slice(s as usize..=e as usize));
        }
        Range::Unsatisfiable => {
            *r.status_mut() = StatusCode::RANGE_NOT_SATISFIABLE;
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(p: &str) -> bool {
        [
            "index.html",
            "stories/index.html",
            "stories/a/index.html",
            "style.css",
            "events/calendar.ics",
        ]
        .contains(&p)
    }

    #[test]
    fn resolves_files_folders_and_redirects() {
        let f = |s: &str| Target::File(s.into());
        assert_eq!(resolve("/", site), f("index.html"));
        assert_eq!(resolve("/stories/", site), f("stories/index.html"));
        assert_eq!(resolve("/stories/a/", site), f("stories/a/index.html"));
        assert_eq!(
            resolve("/stories/a/index.html", site),
            f("stories/a/index.html")
        );
        assert_eq!(resolve("/style.css", site), f("style.css"));
        assert_eq!(resolve("/st%79le.css", site), f("style.css"));
        assert_eq!(
            resolve("/stories", site),
            Target::Redirect("/stories/".into())
        );
        assert_eq!(resolve("/nope", site), Target::NotFound);
        assert_eq!(resolve("/nope/", site), Target::NotFound);
    }

    #[test]
    fn refuses_every_traversal() {
        let exists = |_: &str| true;
        for bad in [
            "/../etc/passwd",
            "/stories/../../etc/passwd",
            "/..",
            "/./index.html",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/etc/passwd",
            "/.%2e/etc/passwd",
            "/%2e./etc/passwd",
            "/stories%2f..%2f..%2fetc%2fpasswd",
            "/stories%2F..%2Fetc",
            "/..%5c..%5cetc%5cpasswd",
            "/..\\..\\etc\\passwd",
            "/%252e%252e/etc/passwd",
            "/%252e%252e%252fetc%252fpasswd",
            "//etc/passwd",
            "/stories//a/",
            "/etc/passwd%00.html",
            "/index.html%00",
            "/%c0%ae%c0%ae/etc/passwd",
            "/C:/Windows/win.ini",
            "etc/passwd",
            "",
            "/%ff",
        ] {
            assert_eq!(resolve(bad, exists), Target::NotFound, "{bad}");
        }
    }

    #[test]
    fn mime_types() {
        for (p, m) in [
            ("a/index.html", "text/html; charset=utf-8"),
            ("events/calendar.ics", "text/calendar; charset=utf-8"),
            ("i/a.webp", "image/webp"),
            ("a.svg", "image/svg+xml"),
            ("t/a.zip", "application/zip"),
            (
                "t/a.XLSX",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            ("t/a.odt", "application/vnd.oasis.opendocument.text"),
            ("t/a.csv", "text/csv; charset=utf-8"),
            ("sitemap.xml", "application/xml"),
            ("toolkits/index.json", "application/json"),
            ("README", "application/octet-stream"),
        ] {
            assert_eq!(mime(p), m, "{p}");
        }
    }

    #[test]
    fn ranges() {
        assert_eq!(range(None, 10), Range::Full);
        assert_eq!(range(Some("bytes=0-3"), 10), Range::Part(0, 3));
        assert_eq!(range(Some("bytes=5-"), 10), Range::Part(5, 9));
        assert_eq!(range(Some("bytes=-4"), 10), Range::Part(6, 9));
        assert_eq!(range(Some("bytes=8-100"), 10), Range::Part(8, 9));
        assert_eq!(range(Some("bytes=10-"), 10), Range::Unsatisfiable);
        assert_eq!(range(Some("bytes=-0"), 10), Range::Unsatisfiable);
        assert_eq!(range(Some("bytes=3-1"), 10), Range::Full);
        assert_eq!(range(Some("bytes=0-1,4-5"), 10), Range::Full);
        assert_eq!(range(Some("items=0-1"), 10), Range::Full);
    }

    #[test]
    fn injects_before_the_body_end() {
        let out = inject(b"<html><body><p>x</p></body></html>", Some("<div>E</div>"));
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("<html><body><p>x</p><div>E</div><script>"),
            "{s}"
        );
        assert!(s.ends_with("</script></body></html>"), "{s}");
    }
}
