//! Toolkit documents: authors and companies in the metadata of office files and PDFs.
//!
//! Entry points: [`inspect`] and [`scrub`]. OOXML (DOCX, XLSX, PPTX) keeps them in
//! `docProps/core.xml` and `docProps/app.xml`, ODF (ODT, ODS, ODP) in `meta.xml`; scrubbing
//! empties those fields and copies every other zip entry unchanged (compressed bytes, order,
//! and the uncompressed `mimetype` first, as ODF needs). PDFs are only inspected, by
//! [`super::pdf`]: rewriting one safely needs a PDF library, so the fix is to export it again
//! without the author.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;

use super::{Finding, Risk};

/// Which office format a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Office {
    /// DOCX, XLSX, PPTX.
    Ooxml,
    /// ODT, ODS, ODP.
    Odf,
}

impl Office {
    /// The metadata entries and the elements in them that name people or companies.
    fn fields(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Office::Ooxml => &[
                ("docProps/core.xml", &["dc:creator", "cp:lastModifiedBy"]),
                ("docProps/app.xml", &["Company", "Manager"]),
            ],
            Office::Odf => &[(
                "meta.xml",
                &["meta:initial-creator", "dc:creator", "meta:printed-by"],
            )],
        }
    }
}

/// The authors and companies an office file names.
pub fn inspect(b: &[u8], office: Office) -> Result<Vec<Finding>, String> {
    Ok(scrub(b, office)?.1)
}

/// The file with those fields emptied, and what was removed; the same bytes when nothing was.
pub fn scrub(b: &[u8], office: Office) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let bad = |e: zip::result::ZipError| format!("damaged document (not a valid zip): {e}");
    let mut zip = zip::ZipArchive::new(Cursor::new(b)).map_err(bad)?;
    let mut findings = Vec::new();
    let mut replace = Vec::new();
    for (entry, names) in office.fields() {
        let Ok(mut f) = zip.by_name(entry) else {
            continue;
        };
        let xml = read_entry(&mut f, entry, super::meta::MAX_INFLATED)?;
        let (clean, removed) = blank_elements(&xml, names);
        for name in removed {
            findings.push(Finding::new(Risk::Author, name.to_string()));
        }
        if clean != xml {
            replace.push((entry.to_string(), clean));
        }
    }
    if replace.is_empty() {
        return Ok((b.to_vec(), findings));
    }
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(b.len())));
    for i in 0..zip.len() {
        let name = zip
            .by_index_raw(i)
            .map_err(bad)?
            .name()
            .map_err(bad)?
            .to_string();
        if let Some((_, xml)) = replace.iter().find(|(n, _)| *n == name) {
            let f = zip.by_index(i).map_err(bad)?;
            let mut opts = SimpleFileOptions::default().compression_method(f.compression());
            if let Some(t) = f.last_modified() {
                opts = opts.last_modified_time(t);
            }
            drop(f);
            w.start_file(name, opts).map_err(bad)?;
            w.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
        } else {
            w.raw_copy_file(zip.by_index_raw(i).map_err(bad)?)
                .map_err(bad)?;
        }
    }
    let out = w.finish().map_err(bad)?.into_inner();
    Ok((out, findings))
}

/// The text of a zip entry; an error when it is damaged or inflates to more than `limit`
/// bytes (a zip bomb posing as a metadata entry).
fn read_entry(f: &mut impl Read, entry: &str, limit: u64) -> Result<String, String> {
    let mut xml = String::new();
    f.take(limit.saturating_add(1))
        .read_to_string(&mut xml)
        .map_err(|e| format!("cannot read {entry}: {e}"))?;
    if u64::try_from(xml.len()).map_or(true, |n| n > limit) {
        return Err(format!(
            "{entry} inflates to more than {} MiB, more than any document's metadata",
            limit >> 20
        ));
    }
    Ok(xml)
}

/// Empties the text of every `<name ...>text</name>` element; returns the names emptied.
fn blank_elements<'a>(xml: &str, names: &[&'a str]) -> (String, Vec<&'a str>) {
    let mut out = xml.to_string();
    let mut removed = Vec::new();
    for name in names {
        let open = format!("<{name}");
        let close = format!("</{name}>");
        let mut from = 0;
        while let Some((next, emptied)) = blank_next(&mut out, from, &open, &close) {
            if emptied && !removed.contains(name) {
                removed.push(*name);
            }
            from = next;
        }
    }
    (out, removed)
}

/// Empties the text of the next `open` element at or after byte `from`: where to go on from
/// and whether text was removed, or `None` when there is no further complete element. Every
/// offset is at a char boundary (a match, or just after an ASCII `>`), and `get` is used, so a
/// wrong one would end the search, never panic.
fn blank_next(out: &mut String, from: usize, open: &str, close: &str) -> Option<(usize, bool)> {
    let start = from.checked_add(out.get(from..)?.find(open)?)?;
    let tag_end = start.checked_add(open.len())?;
    let after = out.get(tag_end..)?;
    let gt = after.find('>')?;
    let is_elem = after.starts_with('>') || after.starts_with(char::is_whitespace);
    let self_closing = after.get(..gt)?.ends_with('/');
    let body_start = tag_end.checked_add(gt)?.checked_add(1)?;
    if !is_elem || self_closing {
        return Some((body_start, false));
    }
    let len = out.get(body_start..)?.find(close)?;
    let body = body_start..body_start.checked_add(len)?;
    let emptied = !out.get(body.clone())?.trim().is_empty();
    if emptied {
        out.replace_range(body, "");
    }
    Some((body_start, emptied))
}

/// The authors and locations a PDF carries (see [`super::pdf`]).
pub fn inspect_pdf(b: &[u8]) -> Result<Vec<Finding>, String> {
    super::pdf::inspect(b)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_metadata_entry_over_the_limit_is_an_error() {
        let big = docx(&format!("<dc:creator>{}</dc:creator>", "x".repeat(3 << 20)));
        let mut zip = zip::ZipArchive::new(Cursor::new(&big)).unwrap();
        let mut f = zip.by_name("docProps/core.xml").unwrap();
        let e = read_entry(&mut f, "docProps/core.xml", 2 << 20).unwrap_err();
        assert_eq!(
            e,
            "docProps/core.xml inflates to more than 2 MiB, more than any document's metadata"
        );
        assert_eq!(inspect(&big, Office::Ooxml).unwrap().len(), 1);
    }

    #[test]
    fn unclosed_and_non_ascii_elements_end_the_search_without_panics() {
        let names = ["dc:creator"];
        let (out, removed) = blank_elements("<dc:creator>Zoë</dc:creator><dc:creator", &names);
        assert_eq!(
            (out.as_str(), removed),
            ("<dc:creator></dc:creator><dc:creator", vec!["dc:creator"])
        );
        for xml in [
            "<dc:creator",
            "<dc:creator>é",
            "<dc:creatorX>a</dc:creator>",
            "<dc:creator/>é",
        ] {
            assert_eq!(
                blank_elements(xml, &names),
                (xml.to_string(), vec![]),
                "{xml}"
            );
        }
    }

    fn docx(core: &str) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default();
        w.start_file("[Content_Types].xml", opts).unwrap();
        w.write_all(b"<Types/>").unwrap();
        w.start_file("docProps/core.xml", opts).unwrap();
        w.write_all(core.as_bytes()).unwrap();
        w.start_file("word/document.xml", opts).unwrap();
        w.write_all(b"<w:document>Text by Real Person</w:document>")
            .unwrap();
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn empties_ooxml_authors_keeps_the_rest_and_is_idempotent() {
        let b = docx(
            "<cp:coreProperties><dc:title>Plan</dc:title><dc:creator>Real Person</dc:creator>\
             <cp:lastModifiedBy>R. P.</cp:lastModifiedBy></cp:coreProperties>",
        );
        let found = inspect(&b, Office::Ooxml).unwrap();
        assert_eq!(found.len(), 2);
        let (out, _) = scrub(&b, Office::Ooxml).unwrap();
        let mut z = zip::ZipArchive::new(Cursor::new(&out)).unwrap();
        let mut core = String::new();
        z.by_name("docProps/core.xml")
            .unwrap()
            .read_to_string(&mut core)
            .unwrap();
        assert!(
            core.contains("<dc:title>Plan</dc:title><dc:creator></dc:creator>"),
            "{core}"
        );
        let mut doc = String::new();
        z.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut doc)
            .unwrap();
        assert!(
            doc.contains("Real Person"),
            "the document's own text is untouched"
        );
        let (again, removed) = scrub(&out, Office::Ooxml).unwrap();
        assert_eq!((again, removed.len()), (out, 0));
    }

    #[test]
    fn pdf_author() {
        assert_eq!(
            inspect_pdf(b"%PDF-1.4 << /Author (Someone) >>")
                .unwrap()
                .len(),
            1
        );
        assert!(
            inspect_pdf(b"%PDF-1.4 << /Author () >>")
                .unwrap()
                .is_empty()
        );
        assert!(inspect_pdf(b"junk").is_err());
    }
}
