//! The one parser of web addresses: an `http://` or `https://` URL split into scheme, host
//! and the rest, borrowing the text as written (no normalisation, so output keeps the
//! author's spelling).

/// Where the share links of a page lead ([`crate::render::share`] makes them, per page): the
/// link check leaves them alone, since they only answer a person who taps them.
pub const SHARE_ENDPOINTS: [&str; 2] = ["https://wa.me/", "https://www.facebook.com/sharer/"];

/// An `http(s)` URL in its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebUrl<'a> {
    /// `http` or `https`.
    pub scheme: &'a str,
    /// What follows `://` up to the first `/`, `?` or `#` (may be empty).
    pub host: &'a str,
    /// The rest, from that `/`, `?` or `#` on; empty when there is none.
    pub rest: &'a str,
}

impl WebUrl<'_> {
    /// The URL without its scheme: `host` and `rest`, as written.
    pub fn without_scheme(&self) -> String {
        format!("{}{}", self.host, self.rest)
    }
}

/// Splits `url` when it starts with `http://` or `https://`; `None` for anything else.
pub fn parse(url: &str) -> Option<WebUrl<'_>> {
    let (scheme, after) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    Some(WebUrl {
        scheme,
        host: &after[..end],
        rest: &after[end..],
    })
}

/// An absolute http(s) URL with a host name (`https://` alone is not one), without white
/// space or control characters.
pub fn is_web_address(url: &str) -> bool {
    parse(url).is_some_and(|u| u.host.contains('.') || u.host.starts_with("localhost"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_scheme_host_and_rest() {
        let u = parse("https://Example.org/sub/?q#f").unwrap();
        assert_eq!(
            (u.scheme, u.host, u.rest),
            ("https", "Example.org", "/sub/?q#f")
        );
        assert_eq!(parse("http://localhost:8080").unwrap().rest, "");
        assert_eq!(parse("https://").unwrap().host, "");
        assert_eq!(parse("ftp://example.org/"), None);
        assert_eq!(parse("example.org/a"), None);
        assert_eq!(
            parse("https://a.org?x").unwrap().without_scheme(),
            "a.org?x"
        );
    }
}
