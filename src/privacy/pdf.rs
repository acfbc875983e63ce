//! PDF: authors and locations in the document information, in XMP metadata and in embedded
//! JPEG images, including those inside compressed streams.
//!
//! Entry point: [`inspect`]. What is read:
//! - the whole file as bytes, for the document information (`/Author` not empty, any `/GPS…`
//!   key) and uncompressed XMP packets (found by `<x:xmpmeta`, read like any XMP);
//! - every stream: `FlateDecode` streams are inflated and searched the same way (this covers
//!   compressed object streams, `/Type /ObjStm`, which hold the document information in PDF
//!   1.5 and later, and compressed `/Metadata` streams); `DCTDecode` streams are embedded JPEG
//!   photos and are inspected as JPEGs (EXIF GPS, serial numbers...).
//!
//! What cannot be read is an error, not a pass: an encrypted PDF (its strings are encrypted), a
//! stream without `endstream` (a truncated file), a `FlateDecode` stream that does not inflate,
//! and an object or metadata stream with another filter (LZW, ASCII85...). Streams of other
//! kinds with other filters (fonts, JPEG 2000 or fax images) are skipped: they hold no document
//! metadata. `/Creator` is not reported: it names the program that made the file. PDFs are
//! never rewritten (see [`super::scrub`]).
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use super::{Finding, Risk, jpeg, meta};

/// The metadata a PDF carries.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    if !b.starts_with(b"%PDF") {
        return Err("not a PDF file (no %PDF header)".into());
    }
    if find(b, b"/Encrypt", 0).is_some() {
        return Err(
            "the PDF is encrypted, so its document information cannot be read; \
                    export it again without a password or encryption"
                .into(),
        );
    }
    let mut out = text_findings(b);
    let mut from = 0;
    while let Some(p) = find(b, b"stream", from) {
        from = past(p, 6);
        if p.checked_sub(3).and_then(|s| b.get(s..p)) == Some(&b"end"[..]) {
            continue;
        }
        let Some(start) = data_start(b, from) else {
            continue;
        };
        let end = find(b, b"endstream", start).ok_or_else(|| {
            format!("the stream at byte {p} has no `endstream`: the PDF is truncated")
        })?;
        let data = trim_eol(b.get(start..end).unwrap_or_default());
        let dict = b.get(p.saturating_sub(4096)..p).unwrap_or_default();
        let dict = rfind(dict, b"obj")
            .and_then(|i| dict.get(i..))
            .unwrap_or(dict);
        out.extend(stream_findings(dict, data, p)?);
        from = past(end, 9);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// What one stream holds, given its dictionary.
fn stream_findings(dict: &[u8], data: &[u8], at: usize) -> Result<Vec<Finding>, String> {
    let filters = filters(dict);
    let mut bytes = data.to_vec();
    for (i, f) in filters.iter().enumerate() {
        match f.as_str() {
            "FlateDecode" | "Fl" => {
                bytes = meta::inflate(&bytes)
                    .map_err(|e| format!("the compressed stream at byte {at} {e}"))?;
            }
            "DCTDecode" | "DCT" if filters.len().checked_sub(1) == Some(i) => {
                let found = jpeg::inspect(&bytes)
                    .map_err(|e| format!("the JPEG image in the stream at byte {at}: {e}"))?;
                return Ok(found
                    .into_iter()
                    .map(|x| Finding::new(x.risk, format!("embedded JPEG: {}", x.detail)))
                    .collect());
            }
            other => {
                let holds_metadata =
                    find(dict, b"/ObjStm", 0).is_some() || find(dict, b"/Metadata", 0).is_some();
                if holds_metadata {
                    return Err(format!(
                        "the metadata stream at byte {at} uses the `{other}` filter, which the \
                         check cannot read; export the PDF again (e.g. File → Export as PDF)"
                    ));
                }
                return Ok(Vec::new());
            }
        }
    }
    if filters.is_empty() {
        // Already searched as part of the whole file.
        return Ok(Vec::new());
    }
    Ok(text_findings(&bytes))
}

/// The names in a stream dictionary's `/Filter` (one name or an array).
fn filters(dict: &[u8]) -> Vec<String> {
    let Some(i) = rfind(dict, b"/Filter") else {
        return Vec::new();
    };
    let rest = dict
        .get(past(i, 7)..)
        .unwrap_or_default()
        .trim_ascii_start();
    let value = if rest.starts_with(b"[") {
        rest.split(|&c| c == b']').next().unwrap_or_default()
    } else {
        let end = rest
            .iter()
            .skip(1)
            .position(|&c| c == b'/' || c == b'>' || c.is_ascii_whitespace())
            .map_or(rest.len(), |e| past(e, 1));
        rest.get(..end).unwrap_or(rest)
    };
    String::from_utf8_lossy(value)
        .split('/')
        .skip(1)
        .map(|n| n.trim_matches(|c: char| c.is_ascii_whitespace() || c == '[' || c == ']'))
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// The document information and XMP found in some PDF bytes (the file, or an inflated stream).
fn text_findings(b: &[u8]) -> Vec<Finding> {
    let mut out = Vec::new();
    let key = b"/Author";
    let mut i = 0;
    while let Some(p) = find(b, key, i) {
        let rest = b.get(past(p, key.len())..).unwrap_or_default();
        let rest = rest.trim_ascii_start();
        let empty =
            rest.starts_with(b"()") || rest.starts_with(b"<>") || rest.starts_with(b"<FEFF>");
        if !empty && (rest.starts_with(b"(") || rest.starts_with(b"<")) {
            out.push(Finding::new(Risk::Author, "PDF /Author"));
            break;
        }
        i = past(p, key.len());
    }
    if find(b, b"/GPS", 0).is_some() {
        out.push(Finding::new(Risk::Location, "PDF /GPS field"));
    }
    if find(b, b"<dc:creator>", 0).is_some() {
        out.push(Finding::new(Risk::Author, "PDF XMP dc:creator"));
    }
    let mut from = 0;
    while let Some(p) = find(b, b"<x:xmpmeta", from) {
        let end = find(b, b"</x:xmpmeta>", p).unwrap_or(b.len());
        for f in meta::xmp_findings(b.get(p..end).unwrap_or_default()) {
            let risk = if f.risk == Risk::Owner {
                Risk::Author
            } else {
                f.risk
            };
            out.push(Finding::new(risk, format!("PDF {}", f.detail)));
        }
        from = end.max(past(p, 1));
    }
    out
}

/// Where a stream's data starts: after `stream` and its end of line.
fn data_start(b: &[u8], after: usize) -> Option<usize> {
    match b.get(after..)?.get(..2)? {
        [b'\r', b'\n'] => Some(past(after, 2)),
        [b'\n', _] | [b'\r', _] => Some(past(after, 1)),
        _ => None,
    }
}

fn trim_eol(mut d: &[u8]) -> &[u8] {
    while let [rest @ .., b'\r' | b'\n'] = d {
        d = rest;
    }
    d
}

/// `at + n` for an offset found inside the file: a slice is never longer than `isize::MAX`,
/// so this cannot saturate, and a saturated offset would only end a search (`get` gives
/// `None`), never read the wrong bytes.
fn past(at: usize, n: usize) -> usize {
    at.saturating_add(n)
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| past(p, from))
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use std::io::Write;

    fn deflate(b: &[u8]) -> Vec<u8> {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b).unwrap();
        z.finish().unwrap()
    }

    #[test]
    fn reads_compressed_object_streams_and_xmp() {
        let objstm = deflate(b"1 0 << /Author (Real Person) /GPSLatitude (52.48) >>");
        let mut pdf =
            b"%PDF-1.7\n5 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend(&objstm);
        pdf.extend(b"\nendstream\nendobj\n6 0 obj << /Type /Metadata >>\nstream\n");
        pdf.extend(br#"<x:xmpmeta><rdf:Description photoshop:City="Birmingham"/></x:xmpmeta>"#);
        pdf.extend(b"\nendstream\nendobj\n%%EOF\n");
        let d: Vec<String> = inspect(&pdf)
            .unwrap()
            .into_iter()
            .map(|f| f.detail)
            .collect();
        for want in ["PDF /Author", "PDF /GPS field", "PDF XMP photoshop:City"] {
            assert!(d.iter().any(|x| x == want), "{want} not in {d:?}");
        }
    }

    #[test]
    fn unreadable_pdfs_are_errors() {
        let lzw =
            b"%PDF-1.7\n1 0 obj << /Type /ObjStm /Filter /LZWDecode >>\nstream\nxx\nendstream";
        assert!(inspect(lzw).unwrap_err().contains("`LZWDecode` filter"));
        let bad = b"%PDF-1.7\n1 0 obj << /Filter /FlateDecode >>\nstream\nnot zlib\nendstream";
        assert!(inspect(bad).unwrap_err().contains("cannot be inflated"));
        let cut = b"%PDF-1.7\n1 0 obj << /Filter /FlateDecode >>\nstream\nxx";
        assert!(inspect(cut).unwrap_err().contains("truncated"));
        assert!(inspect(b"%PDF-1.7 trailer << /Encrypt 5 0 R >>").is_err());
    }

    #[test]
    fn streams_and_keys_at_the_very_end_are_read_without_panics() {
        for b in [
            &b"%PDF"[..],
            b"%PDFstream",
            b"%PDFendstream",
            b"%PDF/Filter",
            b"%PDF/Author",
            b"%PDF<x:xmpmeta",
            b"%PDF << /Filter [/FlateDecode >>stream\r",
        ] {
            assert!(inspect(b).is_ok(), "{b:?}");
        }
        let e = inspect(b"%PDF << /Filter /FlateDecode >>stream\r\n").unwrap_err();
        assert!(
            e.contains("the stream at byte 31 has no `endstream`"),
            "{e}"
        );
        assert_eq!(trim_eol(b"ab\r\n\n"), b"ab");
        assert_eq!(filters(b"/Filter [/A /B] /Filter/DCT>>"), ["DCT"]);
    }
}
