//! Load stage: find the site's source files and read them as UTF-8 text.
//!
//! Entry point: [`load`]. It walks `content/` and `toolkits/`, reads every Markdown and YAML
//! file in parallel (BOM stripped), and returns them with the other files (assets) it saw.
//! Unreadable files, folders named like content files and invalid UTF-8 become diagnostics.

pub mod frontmatter;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diag::{Diagnostic, Diagnostics};
use crate::util::fs;

/// One text source file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root, e.g. `content/stories/a.md`.
    pub rel: PathBuf,
    /// The file's text, without a byte-order mark.
    pub text: String,
}

/// Everything the load stage found.
#[derive(Debug, Default)]
pub struct Sources {
    /// Markdown and YAML files, sorted by path.
    pub files: Vec<SourceFile>,
    /// Other files under `content/` and `toolkits/` (images, downloads), relative to the root.
    pub assets: Vec<PathBuf>,
}

/// Walks `content/` and `toolkits/` under `root` and reads the text files.
pub fn load(root: &Path) -> (Sources, Diagnostics) {
    let mut ds = Diagnostics::default();
    let mut texts = Vec::new();
    let mut assets = Vec::new();
    for top in ["content", "toolkits"] {
        let dir = root.join(top);
        if !dir.exists() {
            if top == "content" {
                ds.push(missing_content());
            }
            continue;
        }
        walk(root, Path::new(top), &mut texts, &mut assets, &mut ds);
    }
    let (files, read_ds) = read_all(root, texts);
    ds.extend(read_ds);
    (Sources { files, assets }, ds)
}

/// The error for a site without `content/`.
pub fn missing_content() -> Diagnostic {
    Diagnostic::error("content", "the content folder is missing")
        .with_help("create `content/` with at least `content/_index.md`")
}

/// Walks `start` (relative to `root`: `content`, `toolkits` or any file or folder inside them),
/// sorting what it finds into text files to read and other files (assets), by path.
pub fn walk(
    root: &Path,
    start: &Path,
    texts: &mut Vec<PathBuf>,
    assets: &mut Vec<PathBuf>,
    ds: &mut Diagnostics,
) {
    let top = if start.starts_with("content") {
        "content"
    } else {
        "toolkits"
    };
    for entry in WalkDir::new(root.join(start)).sort_by_file_name() {
        let entry =
            match entry {
                Ok(e) => e,
                Err(e) => {
                    let p = e
                        .path()
                        .map(|p| rel_to(root, p))
                        .unwrap_or_else(|| top.into());
                    ds.push(Diagnostic::error(p, format!("cannot read: {e}")).with_help(
                        "check the file's permissions (it must be readable by the build)",
                    ));
                    continue;
                }
            };
        let rel = rel_to(root, entry.path());
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') && rel != Path::new(top) {
            continue;
        }
        let is_text = if top == "content" {
            name.ends_with(".md")
        } else {
            rel.components().count() == 3
                && (name == "toolkit.yaml"
                    || name == "index.md"
                    || crate::util::lang::language_suffix(&rel)
                        .is_some_and(|(o, _)| o.ends_with("index.md")))
        };
        if let Some(d) = refuse_entry(root, &entry, &rel) {
            ds.push(d);
            continue;
        }
        if entry.file_type().is_dir() {
            if is_text {
                ds.push(
                    Diagnostic::error(
                        &rel,
                        "this is a folder, but its name says it is a content file",
                    )
                    .with_help("rename the folder, or move its files up and make it a file"),
                );
            }
            continue;
        }
        if is_text {
            texts.push(rel)
        } else {
            assets.push(rel)
        }
    }
}

/// The error for an entry the build must not read: a symbolic link resolving outside the
/// site folder (its target would be published), or a named pipe, socket or device (reading it
/// would block or never end). Nothing is opened.
fn refuse_entry(root: &Path, entry: &walkdir::DirEntry, rel: &Path) -> Option<Diagnostic> {
    let mut kind = entry.file_type();
    if kind.is_symlink() {
        // A link to nothing leaks nothing: reading it reports it (as "cannot read").
        let target = std::fs::metadata(entry.path()).ok()?;
        if !fs::is_within(entry.path(), root) {
            return Some(
                Diagnostic::error(rel, "this symbolic link points outside the site folder")
                    .with_help("copy the file into the site instead of linking to it"),
            );
        }
        kind = target.file_type();
    }
    let what = fs::special_kind(kind)?;
    Some(
        Diagnostic::error(
            rel,
            format!("this is {what}, not a regular file; it was not read"),
        )
        .with_help("replace it with a regular file, or move it out of the site folder"),
    )
}

/// Reads `texts` in parallel; unreadable files become diagnostics.
pub fn read_all(root: &Path, texts: Vec<PathBuf>) -> (Vec<SourceFile>, Diagnostics) {
    let mut ds = Diagnostics::default();
    let results: Vec<Result<SourceFile, Diagnostic>> = texts
        .into_par_iter()
        .map(|rel| read_text(root, rel))
        .collect();
    let mut files = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(d) => ds.push(d),
        }
    }
    (files, ds)
}

fn rel_to(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).unwrap_or(p).to_path_buf()
}

/// Reads one file as UTF-8, naming the line of the first invalid byte.
pub fn read_text(root: &Path, rel: PathBuf) -> Result<SourceFile, Diagnostic> {
    let bytes = fs::read_regular(&root.join(&rel), fs::MAX_SOURCE_BYTES).map_err(|e| {
        Diagnostic::error(&rel, e).with_help(
            "check that the file exists and is readable, a regular file of at most 10 MB",
        )
    })?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(SourceFile { rel, text })
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = crate::util::lines::line_at(bytes, valid);
            Err(Diagnostic::error(
                &rel,
                format!("not valid UTF-8 text (byte {valid} cannot be decoded)"),
            )
            .at_line(line)
            .with_help("save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), b"---\ntitle: caf\xe9\n---\n").unwrap();
        let d = read_text(dir.path(), "a.md".into()).unwrap_err();
        assert_eq!(d.line, Some(2));
        assert!(d.message.contains("UTF-8"));
    }

    #[test]
    fn strips_bom() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "\u{feff}---\n").unwrap();
        assert_eq!(read_text(dir.path(), "a.md".into()).unwrap().text, "---\n");
    }
}
