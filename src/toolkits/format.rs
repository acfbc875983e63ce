//! File formats of toolkit downloads, told from the file's content (magic bytes; for ZIP
//! containers the `mimetype` entry of OpenDocument files or the parts of Office Open XML ones),
//! then compared with the file's extension: a mismatch is an error, so a `.pdf` that is really a
//! Word document never reaches a resident's phone.
//!
//! Entry point: [`identify`].
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use std::io::{Cursor, Read};

use crate::util::mime;

/// A format the portal offers for download.
#[derive(Debug, PartialEq, Eq)]
pub struct Format {
    /// Stable machine name, e.g. `docx` (also the cache's value).
    pub id: &'static str,
    /// Name in plain words, e.g. `Word document`.
    pub name: &'static str,
    /// Media type.
    pub mime: &'static str,
    /// Extensions, the usual one first.
    pub extensions: &'static [&'static str],
    /// Already compressed: stored as-is in the toolkit ZIP.
    pub compressed: bool,
    /// Plain text: told apart by extension only.
    pub text: bool,
}

/// A format whose media type is that of its usual extension ([`crate::util::mime`]).
const fn f(
    id: &'static str,
    name: &'static str,
    extensions: &'static [&'static str],
    compressed: bool,
    text: bool,
) -> Format {
    // Evaluated at compile time (`FORMATS` is a static), so this panic is a build error.
    let Some(mime) = (match extensions.first() {
        Some(e) => mime::media_type(e),
        None => None,
    }) else {
        panic!("every toolkit format has an extension with a media type");
    };
    Format {
        id,
        name,
        mime,
        extensions,
        compressed,
        text,
    }
}

impl Format {
    /// The usual extension, e.g. `jpg` for JPEG images.
    pub fn extension(&self) -> &'static str {
        self.extensions.first().copied().unwrap_or(self.id)
    }
}

/// Every format the portal offers.
pub static FORMATS: &[Format] = &[
    f("pdf", "PDF", &["pdf"], false, false),
    f("docx", "Word document", &["docx"], true, false),
    f("xlsx", "Excel workbook", &["xlsx"], true, false),
    f("pptx", "PowerPoint presentation", &["pptx"], true, false),
    f("odt", "OpenDocument text", &["odt"], true, false),
    f("ods", "OpenDocument spreadsheet", &["ods"], true, false),
    f("odp", "OpenDocument presentation", &["odp"], true, false),
    f("doc", "Word 97-2003 document", &["doc"], false, false),
    f("xls", "Excel 97-2003 workbook", &["xls"], false, false),
    f(
        "ppt",
        "PowerPoint 97-2003 presentation",
        &["ppt"],
        false,
        false,
    ),
    f("rtf", "Rich Text document", &["rtf"], false, false),
    f("zip", "ZIP archive", &["zip"], true, false),
    f("png", "PNG image", &["png"], true, false),
    f("jpeg", "JPEG image", &["jpg", "jpeg"], true, false),
    f("csv", "CSV spreadsheet", &["csv"], false, true),
    f("txt", "Plain text", &["txt"], false, true),
    f("md", "Markdown text", &["md"], false, true),
];

/// The format with this id.
pub fn by_id(id: &str) -> Option<&'static Format> {
    FORMATS.iter().find(|f| f.id == id)
}

/// The format a file name's extension promises.
pub fn by_extension(name: &str) -> Option<&'static Format> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    FORMATS
        .iter()
        .find(|f| f.extensions.contains(&ext.as_str()))
}

/// What the bytes are.
#[derive(Debug, PartialEq, Eq)]
enum Content {
    /// A binary format recognised exactly.
    Is(&'static Format),
    /// An old Office (OLE2) file: Word, Excel or PowerPoint 97-2003.
    Ole,
    /// UTF-8 text without NUL bytes.
    Text,
    /// A ZIP that cannot be read.
    BrokenZip,
    /// Something else.
    Unknown,
}

fn sniff(bytes: &[u8]) -> Content {
    let id = |i| by_id(i).map_or(Content::Unknown, Content::Is);
    if bytes.starts_with(b"%PDF-") {
        id("pdf")
    } else if bytes.starts_with(b"PK\x03\x04") {
        sniff_zip(bytes)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Content::Ole
    } else if bytes.starts_with(b"{\\rtf") {
        id("rtf")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        id("png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        id("jpeg")
    } else if !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok() {
        Content::Text
    } else {
        Content::Unknown
    }
}

/// OpenDocument by its `mimetype` entry; Office Open XML by `[Content_Types].xml` and its parts.
fn sniff_zip(bytes: &[u8]) -> Content {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Content::BrokenZip;
    };
    let id = |i| by_id(i).map_or(Content::Unknown, Content::Is);
    if let Ok(mut m) = zip.by_name("mimetype") {
        let mut mime = String::new();
        // A media type is a short line; reading at most 1 KiB bounds a zip bomb posing as one.
        if (&mut m).take(1024).read_to_string(&mut mime).is_ok() {
            let mime = mime.trim();
            if let Some(f) = FORMATS.iter().find(|f| f.mime == mime) {
                return Content::Is(f);
            }
        }
    }
    let names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.to_string()))
        .collect();
    if names.iter().any(|n| n == "[Content_Types].xml") {
        for (dir, fmt) in [("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")] {
            if names.iter().any(|n| n.starts_with(dir)) {
                return id(fmt);
            }
        }
    }
    id("zip")
}

/// Tells the format of `bytes` named `name`; `Err((message, help))` when the extension is not
/// offered or does not match the content.
pub fn identify(name: &str, bytes: &[u8]) -> Result<&'static Format, (String, String)> {
    let offered = || {
        FORMATS
            .iter()
            .map(Format::extension)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(ext) = by_extension(name) else {
        return Err((
            format!("`{name}` has no extension the portal offers for download"),
            format!("name the file with one of: {}", offered()),
        ));
    };
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let mismatch = |what: &str, rename: Option<&str>| {
        let help = match rename {
            Some(e) => format!(
                "rename it to `{stem}.{e}`, or save it again as {}",
                ext.name
            ),
            None => format!("save it again as {} (.{})", ext.name, ext.extension()),
        };
        Err((
            format!(
                "`{name}` is named as {} but its content is {what}",
                with_article(ext.name)
            ),
            help,
        ))
    };
    match sniff(bytes) {
        Content::Is(f) if f == ext => Ok(ext),
        Content::Is(f) => mismatch(&with_article(f.name), Some(f.extension())),
        Content::Ole if ["doc", "xls", "ppt"].contains(&ext.id) => Ok(ext),
        Content::Ole => mismatch("an Office 97-2003 file", None),
        Content::Text if ext.text => Ok(ext),
        Content::Text => mismatch("plain text", Some("txt")),
        Content::BrokenZip => mismatch("a damaged ZIP container", None),
        Content::Unknown => mismatch("not a format the portal recognises", None),
    }
}

fn with_article(name: &str) -> String {
    let vowel = name.starts_with(['A', 'E', 'I', 'O', 'U']);
    format!("{} {name}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in entries {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn told_from_content() {
        let odt = zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<x/>"),
        ]);
        let ods = zip_of(&[(
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        )]);
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<x/>"),
            ("word/document.xml", b"<x/>"),
        ]);
        let xlsx = zip_of(&[
            ("[Content_Types].xml", b"<x/>"),
            ("xl/workbook.xml", b"<x/>"),
        ]);
        let cases: [(&str, &[u8], &str); 7] = [
            ("a.pdf", b"%PDF-1.7\n...", "PDF"),
            ("a.odt", &odt, "OpenDocument text"),
            ("a.ods", &ods, "OpenDocument spreadsheet"),
            ("a.docx", &docx, "Word document"),
            ("a.XLSX", &xlsx, "Excel workbook"),
            ("a.csv", b"a,b\n1,2\n", "CSV spreadsheet"),
            ("a.txt", "caf\u{e9}\n".as_bytes(), "Plain text"),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(identify(name, bytes).map(|f| f.name), Ok(want), "{name}");
        }
    }

    #[test]
    fn mismatches_and_unknown_extensions_are_refused() {
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<x/>"),
            ("word/document.xml", b"<x/>"),
        ]);
        let (msg, help) = identify("plan.pdf", &docx).unwrap_err();
        assert_eq!(
            msg,
            "`plan.pdf` is named as a PDF but its content is a Word document"
        );
        assert!(help.contains("rename it to `plan.docx`"), "{help}");
        assert!(
            identify("sheet.xlsx", b"a,b\n")
                .unwrap_err()
                .0
                .contains("plain text")
        );
        assert!(identify("a.csv", b"%PDF-1.4").is_err());
        assert!(
            identify("a.odt", b"PK\x03\x04broken")
                .unwrap_err()
                .0
                .contains("damaged")
        );
        assert!(
            identify("a.exe", b"MZ")
                .unwrap_err()
                .0
                .contains("no extension")
        );
        assert!(identify("noext", b"x").is_err());
    }
}
