//! `useit scrub [PATH...]`: removes location, device, serial, owner and maker-note metadata
//! from source media in place, without re-encoding.
//!
//! Entry point: [`run`]. Images and office documents are rewritten by their container module
//! and written atomically (temporary file beside the original, then rename); videos are
//! stream-copied by ffmpeg. A file that has nothing to remove is not touched, so a second run
//! reports nothing and leaves every byte as it was. `dry_run` reports without writing.

use std::path::{Path, PathBuf};
use std::process::Command;

use rayon::prelude::*;
use walkdir::WalkDir;

use super::inspect::{self, Format};
use super::{Finding, describe, docs, jpeg, png, webp};
use crate::diag::{Diagnostic, Diagnostics};

/// What to scrub.
#[derive(Debug, Clone)]
pub struct ScrubOptions {
    /// Site root; paths are relative to it, and the default is its `content/` and `toolkits/`.
    pub root: PathBuf,
    /// Files or folders; empty means the whole site.
    pub paths: Vec<PathBuf>,
    /// Report only.
    pub dry_run: bool,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct ScrubReport {
    /// One line per file that had (or would have) metadata removed, sorted by path.
    pub lines: Vec<String>,
    /// Media files looked at.
    pub checked: usize,
    /// Files changed (or that would be, with `dry_run`).
    pub changed: usize,
    /// Files that could not be cleaned.
    pub diags: Diagnostics,
}

/// Scrubs every media file under the given paths.
pub fn run(opts: &ScrubOptions) -> ScrubReport {
    let mut report = ScrubReport::default();
    let files = collect(opts, &mut report.diags);
    report.checked = files.len();
    let results: Vec<(String, Result<Vec<Finding>, Diagnostic>)> = files
        .par_iter()
        .map(|(shown, full, format)| {
            (
                shown.clone(),
                scrub_file(shown, full, *format, opts.dry_run),
            )
        })
        .collect();
    for (shown, r) in results {
        match r {
            Ok(removed) if removed.is_empty() => {}
            Ok(removed) => {
                report.changed += 1;
                let verb = if opts.dry_run {
                    "would remove"
                } else {
                    "removed"
                };
                report
                    .lines
                    .push(format!("{shown}: {verb} {}", describe(&removed)));
            }
            Err(d) => report.diags.push(d),
        }
    }
    report
}

/// The media files to scrub: (path as shown, full path, format), sorted.
fn collect(opts: &ScrubOptions, ds: &mut Diagnostics) -> Vec<(String, PathBuf, Format)> {
    let starts: Vec<PathBuf> = if opts.paths.is_empty() {
        ["content", "toolkits"]
            .iter()
            .map(|t| opts.root.join(t))
            .filter(|p| p.exists())
            .collect()
    } else {
        opts.paths
            .iter()
            .map(|p| {
                let in_root = opts.root.join(p);
                if p.is_relative() && in_root.exists() {
                    in_root
                } else {
                    p.clone()
                }
            })
            .collect()
    };
    let mut out = Vec::new();
    for start in starts {
        if !start.exists() {
            ds.push(
                Diagnostic::error(&start, "no such file or folder").with_help(
                    "give a path inside the site, e.g. content/champions/amina/photo.jpg",
                ),
            );
            continue;
        }
        let walk = WalkDir::new(&start).sort_by_file_name().into_iter();
        for entry in walk
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        {
            let Ok(entry) = entry else { continue };
            if !entry.file_type().is_file() {
                continue;
            }
            if let Some(format) = Format::of(entry.path()) {
                let full = entry.path().to_path_buf();
                let shown = full
                    .strip_prefix(&opts.root)
                    .unwrap_or(&full)
                    .display()
                    .to_string();
                out.push((shown, full, format));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

fn scrub_file(
    shown: &str,
    full: &Path,
    format: Format,
    dry_run: bool,
) -> Result<Vec<Finding>, Diagnostic> {
    let fail = |m: String| Diagnostic::error(shown, m);
    if format == Format::Video {
        return scrub_video(shown, full, dry_run);
    }
    let bytes = std::fs::read(full).map_err(|e| fail(format!("cannot read: {e}")))?;
    let (clean, removed) = match format {
        Format::Jpeg => jpeg::scrub(&bytes),
        Format::Png => png::scrub(&bytes),
        Format::Webp => webp::scrub(&bytes),
        Format::Office(o) => docs::scrub(&bytes, o),
        Format::Heif | Format::Pdf | Format::Video => {
            return read_only(shown, format, &bytes);
        }
    }
    .map_err(fail)?;
    if clean != bytes && !dry_run {
        write_atomic(full, &clean).map_err(fail)?;
    }
    Ok(if clean == bytes { Vec::new() } else { removed })
}

/// HEIF and PDF are inspected only: what they carry is reported with the manual fix.
fn read_only(shown: &str, format: Format, bytes: &[u8]) -> Result<Vec<Finding>, Diagnostic> {
    let found = inspect::inspect_bytes(format, bytes).map_err(|e| Diagnostic::error(shown, e))?;
    let relevant: Vec<&Finding> = found
        .iter()
        .filter(|f| f.risk.blocks() || f.risk.warns())
        .collect();
    if relevant.is_empty() {
        return Ok(Vec::new());
    }
    let (d, help) = if format == Format::Pdf {
        (
            Diagnostic::warning(
                shown,
                format!("cannot remove {} from a PDF safely", describe(relevant)),
            ),
            "export the PDF again from the program that made it, with the author removed \
             (e.g. File → Properties → Author), then replace this file",
        )
    } else {
        (
            Diagnostic::error(
                shown,
                format!(
                    "cannot remove {} from a HEIC/HEIF photo in place",
                    describe(relevant)
                ),
            ),
            "export the photo as JPEG (on a phone: Settings → Camera → Formats → Most \
             Compatible), replace this file, then run `useit scrub` on it",
        )
    };
    Err(d.with_help(help))
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = temp_beside(path, "");
    let perms = std::fs::metadata(path).map(|m| m.permissions()).ok();
    std::fs::write(&tmp, bytes).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    if let Some(p) = perms {
        let _ = std::fs::set_permissions(&tmp, p);
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot replace the file: {e}")
    })
}

fn temp_beside(path: &Path, ext: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.useit-scrub{ext}"))
}

/// Videos: nothing to do when nothing is found; otherwise an ffmpeg stream copy without any
/// metadata, checked again before it replaces the original.
fn scrub_video(shown: &str, full: &Path, dry_run: bool) -> Result<Vec<Finding>, Diagnostic> {
    let fail = |m: String| Diagnostic::error(shown, m);
    let found = inspect::inspect_file(full).map_err(fail)?;
    if found.is_empty() || dry_run {
        return Ok(found);
    }
    let ext = full
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let tmp = temp_beside(full, &ext);
    let output = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-y", "-i"])
        .arg(full)
        .args([
            "-map",
            "0",
            "-map_metadata",
            "-1",
            "-map_chapters",
            "-1",
            "-c",
            "copy",
        ])
        .args([
            "-fflags",
            "+bitexact",
            "-flags:v",
            "+bitexact",
            "-flags:a",
            "+bitexact",
        ])
        .arg(&tmp)
        .output();
    let output = match output {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(fail(format!("carries {}, and ffmpeg is needed to remove it", describe(&found)))
                .with_help("install ffmpeg (Debian/Ubuntu: `apt-get install ffmpeg`; macOS: `brew install ffmpeg`), then run `useit scrub` again"));
        }
        Err(e) => return Err(fail(format!("cannot run ffmpeg: {e}"))),
    };
    let cleanup = || {
        let _ = std::fs::remove_file(&tmp);
    };
    if !output.status.success() {
        cleanup();
        let msg = String::from_utf8_lossy(&output.stderr);
        return Err(fail(format!(
            "ffmpeg could not copy the video: {}",
            msg.trim()
        )));
    }
    match inspect::inspect_file(&tmp) {
        Ok(left) if left.is_empty() => {}
        Ok(left) => {
            cleanup();
            return Err(fail(format!("ffmpeg left {} in the copy", describe(&left))));
        }
        Err(e) => {
            cleanup();
            return Err(fail(format!("the copy made by ffmpeg cannot be read: {e}")));
        }
    }
    std::fs::rename(&tmp, full).map_err(|e| {
        cleanup();
        fail(format!("cannot replace the file: {e}"))
    })?;
    Ok(found)
}
