//! The problems the Markdown stage reports on its own: a text or its HTML nested too deep, and
//! the removals the HTML allowlist made (moved here from `mod.rs` to keep it short).

use std::path::Path;

use super::allowlist::MAX_HTML_DEPTH;
use super::nesting::{MAX_DEPTH, too_deep as nested_too_deep};
use super::sanitise::{MAX_REPORTED, Removal};
use crate::diag::Diagnostic;

/// The error for a text nested deeper than the limit, if it is.
pub(super) fn too_deep(md: &str, path: &Path, first_line: usize) -> Option<Diagnostic> {
    let (offset, depth) = nested_too_deep(md)?;
    let line = first_line + crate::util::lines::line_at(md.as_bytes(), offset) - 1;
    Some(
        Diagnostic::error(
            path,
            format!("block quotes or lists nested {depth} levels deep"),
        )
        .at_line(line)
        .with_help(format!(
            "flatten the quotes or lists: the limit is {} levels one inside another",
            MAX_DEPTH
        )),
    )
}

pub(super) fn html_too_deep(path: &Path, line: usize, depth: usize) -> Diagnostic {
    Diagnostic::error(path, format!("HTML elements nested {depth} levels deep"))
        .at_line(line)
        .with_help(format!(
            "close the elements you open, or write the text in Markdown: the limit is {} HTML elements one inside another",
            MAX_HTML_DEPTH
        ))
}

/// One warning per removal (at most [`MAX_REPORTED`], then one that counts the rest).
pub(super) fn removal_warnings(path: &Path, removals: Vec<(usize, Removal)>) -> Vec<Diagnostic> {
    let more = removals.len().saturating_sub(MAX_REPORTED);
    let mut out: Vec<Diagnostic> = removals
        .into_iter()
        .take(MAX_REPORTED)
        .map(|(line, r)| removal_warning(path, line, &r))
        .collect();
    if more > 0 {
        out.push(
            Diagnostic::warning(path, format!("{more} more removals from the HTML"))
                .with_help("fix the ones above and build again to see the rest"),
        );
    }
    out
}

fn removal_warning(path: &Path, line: usize, r: &Removal) -> Diagnostic {
    Diagnostic::warning(path, r.message())
        .at_line(line)
        .with_help(r.help())
}
