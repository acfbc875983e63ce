//! Privacy at the source: the repository must be as safe as the published site.
//!
//! Stage: runs beside [`crate::load`], on the files it found, before the model is built.
//! Entry points:
//! - [`check_sources`]: every source image, video and toolkit document is inspected (in
//!   parallel) for a location, a camera serial number or an author; champion sources are
//!   scanned for phone numbers, e-mail and street addresses;
//! - [`scrub::run`] (`useit scrub`): removes that metadata in place, without re-encoding;
//! - [`hook`] (`useit hooks install`, `useit check --staged`): the pre-commit hook.
//!
//! The readers and writers of each container live in their own module ([`jpeg`], [`png`],
//! [`webp`], [`mp4`] with [`boxes`] (the ISO box walker it shares with [`heif`]), [`pdf`],
//! [`docs`]); [`meta`] reads EXIF, XMP and IPTC payloads.

pub mod boxes;
pub mod contact;
pub mod docs;
pub mod heif;
pub mod hook;
pub mod inspect;
pub mod jpeg;
pub mod meta;
pub mod mp4;
pub mod pdf;
pub mod png;
pub mod scrub;
pub mod webp;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Sources;

/// What a piece of metadata reveals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Risk {
    /// Where the photo or video was taken (or a city, country...).
    Location,
    /// A camera or lens serial number, or a maker note that may hold one.
    Serial,
    /// The name of the camera's owner or of the photographer.
    Owner,
    /// The author or company named in a document.
    Author,
    /// Camera make and model.
    Device,
    /// Any other metadata that scrubbing removes (dates, software, comments...).
    Other,
}

impl Risk {
    /// How the risk reads in a message, e.g. "a location".
    pub fn noun(self) -> &'static str {
        match self {
            Risk::Location => "a location",
            Risk::Serial => "a camera serial number",
            Risk::Owner => "an owner's name",
            Risk::Author => "an author or company",
            Risk::Device => "the camera make and model",
            Risk::Other => "other metadata",
        }
    }

    /// True when a source file carrying this must not be committed (an error).
    pub fn blocks(self) -> bool {
        matches!(self, Risk::Location | Risk::Serial)
    }

    /// True when a source file carrying this deserves a warning.
    pub fn warns(self) -> bool {
        matches!(self, Risk::Owner | Risk::Author)
    }
}

/// One piece of metadata found in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Finding {
    /// What it reveals.
    pub risk: Risk,
    /// Where it sits, e.g. "EXIF GPS" or "XMP photoshop:City".
    pub detail: String,
}

impl Finding {
    /// A finding.
    pub fn new(risk: Risk, detail: impl Into<String>) -> Self {
        Self {
            risk,
            detail: detail.into(),
        }
    }
}

/// Groups findings as "a location (EXIF GPS, XMP photoshop:City), a camera serial number (...)".
pub fn describe<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> String {
    let mut v: Vec<&Finding> = findings.into_iter().collect();
    v.sort();
    v.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let risk = v[i].risk;
        let details: Vec<&str> = v[i..]
            .iter()
            .take_while(|f| f.risk == risk)
            .map(|f| f.detail.as_str())
            .collect();
        i += details.len();
        parts.push(format!("{} ({})", risk.noun(), details.join(", ")));
    }
    parts.join(", ")
}

/// The result of the source check.
#[derive(Debug, Default)]
pub struct SourceCheck {
    /// Media files (images, videos, documents) inspected.
    pub media: usize,
    /// Errors and warnings.
    pub diags: Diagnostics,
}

/// Inspects every media asset and every champion source that the load stage found.
pub fn check_sources(root: &Path, sources: &Sources) -> SourceCheck {
    let media: Vec<&PathBuf> = sources
        .assets
        .iter()
        .filter(|p| inspect::Format::of(p).is_some())
        .collect();
    let results: Vec<Option<Vec<Diagnostic>>> = media
        .par_iter()
        .map(|rel| check_one(root, rel, None))
        .collect();
    let mut diags = Diagnostics::default();
    diags.extend(results.into_iter().flatten().flatten());
    for f in &sources.files {
        diags.extend(check_one(root, &f.rel, Some(&f.text)).into_iter().flatten());
    }
    SourceCheck {
        media: media.len(),
        diags,
    }
}

/// Checks one source: a media asset (`text: None`) for metadata, a champion source for
/// contact details. `None` when the file is neither (nothing to check); otherwise its
/// problems. For callers that check files one by one as they change (`serve`).
pub fn check_one(root: &Path, rel: &Path, text: Option<&str>) -> Option<Vec<Diagnostic>> {
    match text {
        None => inspect::Format::of(rel).map(|_| {
            diagnose(rel, inspect::inspect_file(&root.join(rel)))
                .into_iter()
                .collect()
        }),
        Some(t) => contact::is_champion_source(rel).then(|| contact::scan(rel, t)),
    }
}

/// The diagnostic for one inspected file, if any.
pub fn diagnose(rel: &Path, result: Result<Vec<Finding>, String>) -> Option<Diagnostic> {
    let findings = match result {
        Ok(f) => f,
        Err(e) => {
            return Some(
                Diagnostic::error(rel, format!("cannot read the whole file: {e}"))
                    .with_help("the check cannot vouch for what it cannot read: re-export the file from the program that made it (or run the `useit scrub` the message names)"),
            );
        }
    };
    let fix = format!(
        "run `useit scrub {}` to remove it (the picture, video or text itself stays exactly as \
         it is); the repository may be public",
        rel.display()
    );
    let blocking: Vec<&Finding> = findings.iter().filter(|f| f.risk.blocks()).collect();
    if !blocking.is_empty() {
        return Some(
            Diagnostic::error(rel, format!("this file carries {}", describe(blocking)))
                .with_help(fix),
        );
    }
    let warn: Vec<&Finding> = findings.iter().filter(|f| f.risk.warns()).collect();
    if !warn.is_empty() {
        let help = if inspect::Format::of(rel).is_some_and(inspect::Format::scrubbable) {
            fix
        } else {
            "remove it in the program that made the file (e.g. File → Properties), then save again"
                .into()
        };
        return Some(
            Diagnostic::warning(rel, format!("this file names {}", describe(warn))).with_help(help),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_grouped_findings() {
        let f = [
            Finding::new(Risk::Serial, "EXIF BodySerialNumber"),
            Finding::new(Risk::Location, "EXIF GPS"),
            Finding::new(Risk::Location, "XMP photoshop:City"),
            Finding::new(Risk::Location, "EXIF GPS"),
        ];
        assert_eq!(
            describe(&f),
            "a location (EXIF GPS, XMP photoshop:City), a camera serial number (EXIF BodySerialNumber)"
        );
    }

    #[test]
    fn location_is_an_error_author_a_warning_device_nothing() {
        let rel = Path::new("content/a.jpg");
        let d = diagnose(rel, Ok(vec![Finding::new(Risk::Location, "EXIF GPS")])).unwrap();
        assert_eq!(d.severity, crate::diag::Severity::Error);
        assert!(d.help.unwrap().contains("useit scrub content/a.jpg"));
        let d = diagnose(
            Path::new("toolkits/t/a.docx"),
            Ok(vec![Finding::new(Risk::Author, "dc:creator")]),
        )
        .unwrap();
        assert_eq!(d.severity, crate::diag::Severity::Warning);
        assert!(diagnose(rel, Ok(vec![Finding::new(Risk::Device, "EXIF Make")])).is_none());
    }
}
