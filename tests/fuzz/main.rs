//! Property tests (proptest) of the parsers that read what users write or upload: the
//! front-matter loader, the recurrence parser, the Markdown stage, the media-metadata readers,
//! the toolkit download check and the dev server's path resolver. Each property feeds arbitrary or mutated input and
//! asserts that nothing panics and that every failure is a diagnostic naming the file (and a
//! line inside it where a line applies).
//!
//! Fast by default (a few dozen cases a property, a few seconds in all in a debug build);
//! `PROPTEST_CASES=5000 cargo test --test fuzz` runs more. `scripts/mutate` is the other half
//! of the fuzz suite: mutated copies of the bundled portal through the real binary
//! (`docs/quality.md`).

mod frontmatter;
mod markdown;
mod media;
mod recur;
mod serve;
mod toolkit;

use proptest::prelude::*;
use proptest::test_runner::Config;

/// The configuration of a property: `default` cases, or `PROPTEST_CASES` when it is set.
/// Failures are not persisted (proptest prints the shrunk input, which is the reproduction).
pub fn config(default: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text made of `fragments` joined in any order and number (up to `max` of them).
pub fn joined(fragments: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(fragments), 0..max).prop_map(|v| v.concat())
}

/// Text from the fragments, mixed with arbitrary strings, so that both the shapes the
/// parser knows and the ones it does not are tried.
pub fn mixed(fragments: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(fragments).prop_map(str::to_string),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|v| v.concat())
}

/// The number of lines of `text` as an editor counts them (a last line without newline
/// counts; an empty text has one line).
pub fn line_count(text: &str) -> usize {
    text.split('\n').count()
}
