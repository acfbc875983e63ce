//! The site's search index, built in process with the Pagefind library (the `pagefind` crate):
//! after rendering, every page that marks its main content with `data-pagefind-body` is read
//! back from the sink one at a time and handed to the Pagefind index of its `<html lang>` (one
//! thread a language), which makes one bundle per language at `pagefind/<code>/`, written through the same sink as every other file (so a
//! failed build leaves the previous output intact, and serve keeps the index in memory).
//!
//! Pages are added in path order, so two builds of the same site give the same bytes.

mod pages;

use crate::config::Config;
use crate::diag::{Diagnostic, Severity};
use crate::write::Output;

pub use pages::Page;

/// The folder of the index in the output: one bundle per language below it.
pub const DIR: &str = "pagefind";

/// The languages Pagefind stems (its `get_stemmer` table, pagefind 1.6 `src/fossick/mod.rs`);
/// any other language is indexed word by word.
const STEMMED: &[&str] = &[
    "ar", "hy", "eu", "ca", "da", "nl", "en", "eo", "et", "fi", "fr", "de", "el", "hi", "hu", "id",
    "ga", "it", "lt", "nb", "ne", "nn", "no", "pt", "ro", "ru", "sr", "pl", "es", "sv", "ta", "tr",
    "yi",
];

/// Whether Pagefind reduces words of language `code` (`en`, `en-GB`) to their stems.
pub fn stems(code: &str) -> bool {
    let base = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    STEMMED.contains(&base.as_str())
}

/// The one note of a build whose site has languages Pagefind cannot stem; `None` when it
/// stems them all.
pub fn unstemmed_note(config: &Config) -> Option<Diagnostic> {
    let codes: Vec<&str> = config
        .site
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .filter(|c| !stems(c))
        .collect();
    if codes.is_empty() {
        return None;
    }
    Some(
        Diagnostic::general(
            Severity::Note,
            format!(
                "search: Pagefind has no stemmer for {}; pages in {} are indexed word by word \
                 (a search finds the exact word written, not other forms of it)",
                codes.join(", "),
                if codes.len() == 1 { "it" } else { "them" }
            ),
        )
        .with_help("nothing to fix: these pages are still in the search index"),
    )
}

/// The site path of the bundle of language `code` (`pagefind/ur/`).
pub fn bundle_path(code: &str) -> String {
    format!("{DIR}/{code}/")
}

/// The search step of a build: the note on unstemmed languages, then the index written into
/// `out` (nothing for the discarding sink of `check` or of a build that failed already).
pub fn run(out: &Output, config: &Config) -> Vec<Diagnostic> {
    let mut ds: Vec<Diagnostic> = unstemmed_note(config).into_iter().collect();
    ds.extend(index(out, config).err().unwrap_or_default());
    ds
}

/// Indexes the pages in `out` and writes the bundles into it; the number of pages indexed.
/// Nothing is indexed for the discarding sink of `check`, which keeps no pages to read.
pub fn index(out: &Output, config: &Config) -> Result<usize, Vec<Diagnostic>> {
    if matches!(out, Output::Discard(_)) {
        // The search pages link each language's `pagefind.js` (preloaded): named, so that the
        // link check of `check` knows the file a build writes.
        for l in &config.site.languages {
            let _ = out.write(&format!("{}pagefind.js", bundle_path(&l.code)), &[]);
        }
        return Ok(0);
    }
    let mut phases = crate::util::Phases::new("search index");
    out.forget_dir(&format!("{DIR}/"));
    let pages = out.html_pages();
    // In URL order (the URL of a page comes from its path alone), so that each language's
    // bundle gets its pages in the same order in every build.
    let mut order: Vec<(String, &str)> = pages
        .paths
        .iter()
        .map(|rel| (pages::url_of(rel, &config.base_path), rel.as_str()))
        .collect();
    order.sort_unstable();
    let (count, bundles) = pages::bundles(
        order
            .iter()
            .filter_map(|(_, rel)| Page::read(rel, pages.read(rel)?, &config.base_path)),
    );
    phases.mark("read and index pages");
    for (lang, files) in bundles {
        let files = files.map_err(|e| vec![failure(&lang, &e)])?;
        for (name, bytes) in files {
            let rel = format!("{}{name}", bundle_path(&lang));
            // Serve takes an unchanged file (fragment names are hashes of their pages) from
            // its previous site instead of making it again.
            let key = crate::write::hash_bytes(&bytes);
            if !out.reuse(&rel, key) {
                out.write_keyed(&rel, &bytes, Some(key))
                    .map_err(|e| vec![Diagnostic::general(Severity::Error, e.to_string())])?;
            }
        }
    }
    phases.mark("index and write");
    phases.print();
    Ok(count)
}

fn failure(lang: &str, e: &str) -> Diagnostic {
    Diagnostic::general(
        Severity::Error,
        format!("search: the index of the pages in `{lang}` could not be built: {e}"),
    )
    .with_help("this is a bug in useit or Pagefind; please report it with the site that shows it")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stemming_follows_pagefind_table() {
        for (code, stemmed) in [
            ("en", true),
            ("en-GB", true),
            ("ar", true),
            ("pl", true),
            ("ur", false),
            ("bn", false),
            ("so", false),
        ] {
            assert_eq!(stems(code), stemmed, "{code}");
        }
    }
}
