//! Which files are media, and what their metadata reveals.
//!
//! Entry points: [`Format::of`] (by file extension) and [`inspect_file`] / [`inspect_bytes`],
//! which dispatch to the container readers.

use std::io::Cursor;
use std::path::Path;

use super::docs::{self, Office};
use super::{Finding, heif, jpeg, mp4, png, webp};

/// A file format whose metadata the source check reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.jpg`, `.jpeg`.
    Jpeg,
    /// `.png`.
    Png,
    /// `.webp`.
    Webp,
    /// `.heic`, `.heif`, `.avif`: read only.
    Heif,
    /// `.mp4`, `.m4v`, `.mov`, `.3gp`.
    Video,
    /// `.docx`, `.xlsx`, `.pptx`, `.odt`, `.ods`, `.odp`.
    Office(Office),
    /// `.pdf`: read only.
    Pdf,
}

impl Format {
    /// The format a file's extension says, if it is one the check reads.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jpg" | "jpeg" => Format::Jpeg,
            "png" => Format::Png,
            "webp" => Format::Webp,
            "heic" | "heif" | "avif" => Format::Heif,
            "mp4" | "m4v" | "mov" | "3gp" => Format::Video,
            "docx" | "xlsx" | "pptx" => Format::Office(Office::Ooxml),
            "odt" | "ods" | "odp" => Format::Office(Office::Odf),
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }

    /// True when `useit scrub` can clean this format.
    pub fn scrubbable(self) -> bool {
        !matches!(self, Format::Heif | Format::Pdf)
    }
}

/// Reads a file from disk and reports its metadata (videos are read by seeking).
pub fn inspect_file(path: &Path) -> Result<Vec<Finding>, String> {
    let format = Format::of(path).ok_or("not a media file")?;
    if format == Format::Video {
        let mut f = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
        return mp4::inspect(&mut f);
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    inspect_bytes(format, &bytes)
}

/// Reports the metadata of a file held in memory (e.g. a file staged in git).
pub fn inspect_bytes(format: Format, b: &[u8]) -> Result<Vec<Finding>, String> {
    match format {
        Format::Jpeg => jpeg::inspect(b),
        Format::Png => png::inspect(b),
        Format::Webp => webp::inspect(b),
        Format::Heif => heif::inspect(b),
        Format::Video => mp4::inspect(&mut Cursor::new(b)),
        Format::Office(o) => docs::inspect(b, o),
        Format::Pdf => docs::inspect_pdf(b),
    }
}
