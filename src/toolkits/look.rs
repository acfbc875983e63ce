//! One toolkit file looked at: does it exist inside its toolkit folder, how big is it, what
//! format its content is and its SHA-256, taken from the cache when its size and modification
//! time are unchanged.
//!
//! Entry point: [`look`], run in parallel over every listed file by [`super::prepare`].
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use std::fs::Metadata;
use std::path::Path;
use std::time::UNIX_EPOCH;

use super::bundle;
use super::cache::{Cache, FileEntry};
use super::facts::{FileFacts, human_size};
use super::format::{self, Format};
use crate::diag::Diagnostic;
use crate::load::frontmatter::{FieldAt, field_line};
use crate::model::ItemId;

/// One listed file of one toolkit.
pub(super) struct Job<'a> {
    pub(super) id: ItemId,
    pub(super) index: usize,
    pub(super) source: &'a Path,
    pub(super) text: String,
    pub(super) dir: &'a Path,
    pub(super) name: &'a str,
}

/// The outcome of looking at one file.
pub(super) struct Looked {
    pub(super) facts: Option<(FileFacts, FileEntry)>,
    pub(super) hashed: bool,
    pub(super) diags: Vec<Diagnostic>,
}

/// The cache's key for a file: its path with `/` separators.
pub(super) fn rel_key(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// `d` at the line of the file's `path:` in the toolkit's front matter.
fn at(d: Diagnostic, j: &Job<'_>) -> Diagnostic {
    d.at_line_if(field_line(
        &j.text,
        FieldAt::new("path").in_entry("path", j.name),
    ))
}

/// Size, hash and format of one file, from the cache when its size and time are unchanged.
pub(super) fn look(root: &Path, j: &Job<'_>, old: &Cache, limit: u64) -> Looked {
    let mut out = Looked {
        facts: None,
        hashed: false,
        diags: Vec::new(),
    };
    match examine(root, j, old, limit, &mut out) {
        Ok(facts) => out.facts = Some(facts),
        Err(Some(d)) => out.diags.push(at(d, j)),
        Err(None) => {}
    }
    out
}

/// Why a file gives no facts: a problem at its `path:`, or `None` when the model reports it.
type Refused = Option<Diagnostic>;

fn examine(
    root: &Path,
    j: &Job<'_>,
    old: &Cache,
    limit: u64,
    out: &mut Looked,
) -> Result<(FileFacts, FileEntry), Refused> {
    let rel = j.dir.join(j.name);
    let full = root.join(&rel);
    let meta = metadata(root, j, &full)?;
    let size = meta.len();
    if size > limit {
        out.diags.push(at(
            Diagnostic::warning(j.source, format!(
                "file `{}` is {}, over the toolkit file limit of {}",
                j.name,
                human_size(size),
                human_size(limit)
            ))
            .with_help("make it smaller (lower-resolution images, or split it), or raise `toolkit_file_limit` in site.yaml; residents download on mobile data"),
            j,
        ));
    }
    let mtime_ns = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        // A time past the year 2554 saturates, which only costs a cache hit.
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    let cached = old
        .files
        .get(&rel_key(&rel))
        .filter(|c| c.size == size && c.mtime_ns == mtime_ns && mtime_ns != 0)
        .and_then(|c| format::by_id(&c.format).map(|f| (c, f)));
    let (sha256, fmt) = match cached {
        Some((c, f)) => (c.sha256.clone(), f),
        None => {
            out.hashed = true;
            hash_and_identify(j, &full)?
        }
    };
    // A cached format still has to match the (possibly renamed) file's extension.
    if format::by_extension(j.name) != Some(fmt) {
        return Err(Some(
            Diagnostic::error(
                j.source,
                format!(
                    "`{}` is named as another format than its content ({})",
                    j.name, fmt.name
                ),
            )
            .with_help(format!("rename it to end in .{}", fmt.extension())),
        ));
    }
    let entry = FileEntry {
        size,
        mtime_ns,
        sha256: sha256.clone(),
        format: fmt.id.to_string(),
    };
    let facts = FileFacts {
        size,
        sha256,
        format: fmt,
    };
    Ok((facts, entry))
}

/// The metadata of the file `full`, which must be a file inside its toolkit folder (a symbolic
/// link only to a file inside it).
fn metadata(root: &Path, j: &Job<'_>, full: &Path) -> Result<Metadata, Refused> {
    let escapes = Path::new(j.name)
        .components()
        .any(|c| !matches!(c, std::path::Component::Normal(_)));
    // Missing or escaping: reported by the model.
    let link = std::fs::symlink_metadata(full).map_err(|_| None)?;
    if escapes {
        return Err(None);
    }
    if link.file_type().is_symlink() {
        // A link to nothing is outside too.
        let inside =
            std::fs::metadata(full).is_ok() && crate::util::fs::is_within(full, &root.join(j.dir));
        if !inside {
            return Err(Some(
                Diagnostic::error(
                    j.source,
                    format!(
                        "file `{}` is a symbolic link to a file outside the toolkit folder",
                        j.name
                    ),
                )
                .with_help(format!(
                    "put the file itself in {} instead of a link",
                    j.dir.display()
                )),
            ));
        }
    }
    match std::fs::metadata(full) {
        Ok(m) if m.is_file() => Ok(m),
        Ok(m) if m.is_dir() => Err(Some(
            Diagnostic::error(j.source, format!("`{}` is a folder, not a file", j.name))
                .with_help("list files only; the build zips the whole toolkit itself"),
        )),
        Ok(m) => {
            let what = crate::util::fs::special_kind(m.file_type()).unwrap_or("not a regular file");
            Err(Some(
                Diagnostic::error(
                    j.source,
                    format!(
                        "`{}` is {what}, not a regular file; it was not opened",
                        j.name
                    ),
                )
                .with_help("list regular files only: replace it with the file itself"),
            ))
        }
        Err(e) => Err(Some(
            Diagnostic::error(j.source, format!("cannot read `{}`: {e}", j.name))
                .with_help("check that the file exists and is readable"),
        )),
    }
}

/// Reads the file, hashes it and tells its format from its content.
fn hash_and_identify(j: &Job<'_>, full: &Path) -> Result<(String, &'static Format), Refused> {
    let bytes = crate::util::fs::read_regular(full, u64::MAX).map_err(|e| {
        Some(
            Diagnostic::error(j.source, format!("`{}`: {e}", j.name))
                .with_help("check the file's permissions"),
        )
    })?;
    let sha = bundle::sha256(&bytes);
    format::identify(j.name, &bytes)
        .map(|f| (sha, f))
        .map_err(|(msg, help)| Some(Diagnostic::error(j.source, msg).with_help(help)))
}
