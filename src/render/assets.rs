//! Fingerprinted theme assets: every file of the theme's `static/` folder is also published
//! under a content-hashed name in [`DIR`] (`assets/style.3f9c2a1b7e.css`), which pages link
//! to, so browsers may keep it for a year (`Cache-Control: immutable` in `_headers`); the name
//! changes when, and only when, the published bytes do. The plain name stays published too
//! (for links from elsewhere and from e-mails already sent).
//!
//! Entry points: [`published_bytes`] (what a static file is published as: stylesheets
//! minified), [`fingerprinted`] (its hashed name) and [`table`] (every static file's hashed
//! name, made when the theme is loaded).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::output::minify_css;
use crate::diag::Diagnostic;

/// The output folder of the fingerprinted files.
pub const DIR: &str = "assets/";

/// How many hex digits of the SHA-256 of the bytes a name carries (40 bits: a clash between
/// two versions of one file is out of reach).
const DIGITS: usize = 10;

/// The bytes a theme static file is published as: a stylesheet minified, anything else as it
/// is. `rel` is its path under `static/`, `src` the file.
pub fn published_bytes(rel: &str, src: &Path) -> Result<Vec<u8>, String> {
    if rel.ends_with(".css") {
        let css = std::fs::read_to_string(src).map_err(|e| format!("cannot read: {e}"))?;
        Ok(minify_css(&css))
    } else {
        std::fs::read(src).map_err(|e| format!("cannot read: {e}"))
    }
}

/// The fingerprinted output path of static file `rel` published as `bytes`:
/// `assets/<folder>/<stem>.<hash>.<extension>`.
pub fn fingerprinted(rel: &str, bytes: &[u8]) -> String {
    let hash = crate::util::hash::hex(&Sha256::digest(bytes));
    let hash = &hash[..DIGITS];
    let (dir, file) = rel.rsplit_once('/').map_or(("", rel), |(d, f)| (d, f));
    let dir = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{DIR}{dir}{stem}.{hash}.{ext}"),
        _ => format!("{DIR}{dir}{file}.{hash}"),
    }
}

/// Every static file of the theme at `theme_dir` (under `root`) by its name under `static/`
/// (`/`-separated), with its fingerprinted output path.
pub fn table(
    root: &Path,
    theme_dir: &Path,
    statics: &[PathBuf],
) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let mut map = BTreeMap::new();
    let mut errs = Vec::new();
    for rel in statics {
        let name = rel.to_string_lossy().replace('\\', "/");
        let src = root.join(theme_dir).join("static").join(rel);
        match published_bytes(&name, &src) {
            Ok(bytes) => {
                let hashed = fingerprinted(&name, &bytes);
                map.insert(name, hashed);
            }
            Err(e) => errs.push(Diagnostic::error(theme_dir.join("static").join(rel), e)),
        }
    }
    if errs.is_empty() { Ok(map) } else { Err(errs) }
}

#[cfg(test)]
mod tests {
    use super::fingerprinted;

    #[test]
    fn the_name_follows_the_bytes_alone() {
        let a = fingerprinted("style.css", b"body{color:red}");
        assert!(a.starts_with("assets/style.") && a.ends_with(".css"), "{a}");
        assert_eq!(a.len(), "assets/style..css".len() + 10);
        assert_eq!(a, fingerprinted("style.css", b"body{color:red}"));
        assert_ne!(a, fingerprinted("style.css", b"body{color:blue}"));
        let nested = fingerprinted("img/logo.svg", b"<svg/>");
        assert!(nested.starts_with("assets/img/logo.") && nested.ends_with(".svg"));
        assert!(fingerprinted("LICENCE", b"x").starts_with("assets/LICENCE."));
        assert!(fingerprinted(".well-known", b"x").starts_with("assets/.well-known."));
    }
}
