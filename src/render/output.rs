//! What a render job hands back and the byte-level steps of writing an output file: the
//! sitemap entry and diagnostics of a job ([`JobResult`]), the file of a site path, CSS
//! minification (pages are compacted by [`super::compact`]).

use std::sync::Arc;

use crate::diag::{Diagnostic, Severity};

/// An entry of `sitemap.xml`.
#[derive(Debug, Clone)]
pub struct SitemapEntry {
    /// Site path.
    pub path: String,
    /// Last modification date.
    pub lastmod: Option<jiff::civil::Date>,
    /// Every language version: (language code, site path), this one included.
    pub alternates: Vec<(String, String)>,
    /// A hash of the above (what the sitemap's key is made of).
    pub hash: u64,
}

/// What one render job reports: its diagnostics and, for a page in the sitemap, its entry.
pub type JobResult = (Vec<Diagnostic>, Option<Arc<SitemapEntry>>);

/// A job that wrote nothing and reports nothing.
pub fn nothing() -> JobResult {
    (Vec::new(), None)
}

/// The result of a job that wrote one file with `r` and has no sitemap entry.
pub fn written(r: Result<(), crate::util::fs::FsError>) -> JobResult {
    match r {
        Ok(()) => nothing(),
        Err(e) => (
            vec![Diagnostic::general(Severity::Error, e.to_string())],
            None,
        ),
    }
}

/// The folder of the weekly digests (under a language's prefix); see [`super::digest`].
pub const DIGEST_DIR: &str = "digest/";

/// Site path of the printable flyer of the item at `item_path`.
pub fn flyer_path(item_path: &str) -> String {
    format!("{item_path}flyer/")
}

/// The file of site path `path`: `index.html` inside a folder path.
pub fn file_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// HTML as minify-html minifies it (inline CSS too, the doctype kept valid): the build wrote
/// this before [`super::compact::compact`]; the tests compare the two.
#[cfg(test)]
pub(crate) fn minify_with_html_minifier(html: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    cfg.keep_closing_tags = true;
    cfg.minify_css = true;
    cfg.minify_doctype = false;
    minify_html::minify(html.as_bytes(), &cfg)
}

/// Minifies a stylesheet (through minify-html's CSS minifier).
pub fn minify_css(css: &str) -> Vec<u8> {
    let wrapped = format!("<style>{css}</style>");
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    let out = minify_html::minify(wrapped.as_bytes(), &cfg);
    let s = String::from_utf8_lossy(&out);
    let inner = s.trim_start_matches("<style>").trim_end_matches("</style>");
    inner.as_bytes().to_vec()
}
