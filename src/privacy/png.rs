//! PNG: reads every chunk up to `IEND` (and whatever follows it) and rewrites the file without
//! metadata chunks.
//!
//! Entry points: [`inspect`] and [`scrub`]. `eXIf` is read as EXIF; text chunks are read with
//! their text inflated when compressed (`zTXt`, and `iTXt` with its compression flag set, with
//! `flate2`), so XMP in a compressed `iTXt` is read like plain XMP. A chunk that runs past the
//! end, a missing `IEND`, text that cannot be inflated, or data after `IEND` other than zero
//! padding is an error. Scrubbing copies image chunks (`IHDR`, `PLTE`, `IDAT`, colour and
//! transparency chunks...) byte for byte; `eXIf` is rewritten with the orientation alone (or
//! dropped when there is none); text chunks (`tEXt`, `zTXt`, `iTXt`, which hold XMP, raw EXIF
//! profiles, authors and comments) and anything after `IEND` are dropped.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use super::meta::{self, ExifInfo};
use super::{Finding, Risk};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// One chunk: its type, where it starts, its data, and the whole chunk (length, type, data
/// and CRC).
#[derive(Debug, Clone, Copy)]
struct Chunk<'a> {
    kind: [u8; 4],
    start: usize,
    data: &'a [u8],
    whole: &'a [u8],
}

/// The chunks from the signature to `IEND`, and the offset after `IEND`.
fn chunks(b: &[u8]) -> Result<(Vec<Chunk<'_>>, usize), String> {
    if !b.starts_with(SIGNATURE) {
        return Err("not a PNG file (no PNG signature)".into());
    }
    let mut out = Vec::new();
    let mut pos = SIGNATURE.len();
    while let Some(rest) = b.get(pos..).filter(|r| !r.is_empty()) {
        let Some(&[l0, l1, l2, l3, k0, k1, k2, k3]) = rest.get(..8) else {
            return Err("damaged PNG: ends inside a chunk header (the file is truncated)".into());
        };
        let kind = [k0, k1, k2, k3];
        let len = usize::try_from(u32::from_be_bytes([l0, l1, l2, l3])).ok();
        let data_end = len.and_then(|l| l.checked_add(8));
        let parts = data_end.and_then(|d| {
            let whole = rest.get(..d.checked_add(4)?)?;
            Some((whole, whole.get(8..d)?))
        });
        let Some((whole, data)) = parts else {
            return Err(format!(
                "damaged PNG: chunk at byte {pos} runs past the end (the file is truncated)"
            ));
        };
        out.push(Chunk {
            kind,
            start: pos,
            data,
            whole,
        });
        // whole.len() <= rest.len() = b.len() - pos, so this never saturates.
        pos = pos.saturating_add(whole.len());
        if &kind == b"IEND" {
            return Ok((out, pos));
        }
    }
    Err("damaged PNG: no `IEND` chunk (the file is truncated)".into())
}

fn is_text(kind: &[u8; 4]) -> bool {
    matches!(kind, b"tEXt" | b"zTXt" | b"iTXt")
}

/// A text chunk's keyword and its text, inflated when compressed.
fn text_of(c: &Chunk<'_>, data: &[u8]) -> Result<(String, Vec<u8>), String> {
    let mut r = super::boxes::Reader::new(data);
    let keyword = r.cstr();
    let compressed = match &c.kind {
        b"zTXt" => true,
        b"iTXt" => r.take(1)? == [1],
        _ => false,
    };
    if &c.kind != b"tEXt" {
        r.take(1)?; // compression method (iTXt: after the flag)
    }
    if &c.kind == b"iTXt" {
        let _language = r.cstr();
        let _translated = r.cstr();
    }
    if !compressed {
        return Ok((keyword, r.rest().to_vec()));
    }
    let text = meta::inflate(r.rest()).map_err(|e| {
        format!(
            "damaged PNG: the compressed `{keyword}` text at byte {} {e}",
            c.start
        )
    })?;
    Ok((keyword, text))
}

/// What one text chunk reveals.
fn text_findings(keyword: &str, text: &[u8]) -> Vec<Finding> {
    if keyword == "XML:com.adobe.xmp" {
        meta::xmp_findings(text)
    } else if keyword.starts_with("Raw profile type") {
        vec![Finding::new(
            Risk::Location,
            format!("PNG `{keyword}` text, an embedded profile that can hold GPS"),
        )]
    } else if matches!(keyword, "Author" | "Copyright") {
        vec![Finding::new(Risk::Owner, format!("PNG `{keyword}` text"))]
    } else {
        vec![Finding::new(Risk::Other, format!("PNG `{keyword}` text"))]
    }
}

/// What the chunks hold, and the EXIF orientation; an error for text that cannot be read.
fn analyse(list: &[Chunk<'_>]) -> Result<(Vec<Finding>, ExifInfo), String> {
    let mut findings = Vec::new();
    let mut exif = None;
    for c in list {
        let data = c.data;
        if &c.kind == b"eXIf" {
            let info = meta::exif_findings(data);
            findings.extend(info.findings.iter().cloned());
            exif.get_or_insert(info);
        } else if is_text(&c.kind) {
            let (keyword, text) = text_of(c, data)?;
            findings.extend(text_findings(&keyword, &text));
        }
    }
    Ok((findings, exif.unwrap_or_default()))
}

/// The metadata a PNG file carries.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    let (list, end) = chunks(b)?;
    let mut found = analyse(&list)?.0;
    found.extend(meta::appended(b, end)?);
    Ok(found)
}

/// The file without its metadata chunks or anything after `IEND`, and what was removed; the
/// same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let (list, end) = chunks(b)?;
    let (mut findings, exif) = analyse(&list)?;
    findings.extend(meta::appended(b, end).unwrap_or_else(|_| {
        // end <= b.len(): it is the end of a chunk inside b.
        let n = b.len().saturating_sub(end);
        vec![Finding::new(
            Risk::Other,
            format!("{n} bytes appended after the image"),
        )]
    }));
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(SIGNATURE);
    let mut exif_written = false;
    for c in &list {
        if &c.kind == b"eXIf" {
            if let (Some(o), false) = (exif.orientation, exif_written) {
                out.extend(chunk(b"eXIf", &meta::orientation_tiff(o))?);
                exif_written = true;
            }
        } else if !is_text(&c.kind) {
            out.extend_from_slice(c.whole);
        }
    }
    if out == b {
        return Ok((b.to_vec(), Vec::new()));
    }
    Ok((out, findings))
}

/// A complete chunk with its CRC; data over 4 GiB is an error, never a wrapped length.
fn chunk(kind: &[u8; 4], data: &[u8]) -> Result<Vec<u8>, String> {
    let len = u32::try_from(data.len()).map_err(|_| {
        format!(
            "a `{}` chunk of {} bytes is more than a PNG chunk can hold",
            String::from_utf8_lossy(kind),
            data.len()
        )
    })?;
    let mut v = Vec::with_capacity(data.len().saturating_add(12));
    v.extend_from_slice(&len.to_be_bytes());
    v.extend_from_slice(kind);
    v.extend_from_slice(data);
    let crc = crc32(v.get(4..).unwrap_or_default());
    v.extend_from_slice(&crc.to_be_bytes());
    Ok(v)
}

/// CRC-32 (ISO 3309, as PNG uses it), bit by bit: chunks written here are tiny.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn crc_matches_the_png_spec() {
        // The CRC of an empty IEND chunk, as in every PNG file.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn drops_text_keeps_orientation_and_is_idempotent() {
        let mut b = SIGNATURE.to_vec();
        b.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]).unwrap());
        b.extend(chunk(b"tEXt", b"Author\0Real Person").unwrap());
        b.extend(chunk(b"eXIf", &meta::orientation_tiff(3)).unwrap());
        b.extend(chunk(b"IDAT", b"pixels").unwrap());
        b.extend(chunk(b"IEND", b"").unwrap());
        let (out, removed) = scrub(&b).unwrap();
        assert_eq!(removed, [Finding::new(Risk::Owner, "PNG `Author` text")]);
        assert_eq!(
            analyse(&chunks(&out).unwrap().0).unwrap().1.orientation,
            Some(3)
        );
        assert!(!out.windows(6).any(|w| w == b"Person"));
        let (again, removed) = scrub(&out).unwrap();
        assert_eq!((again, removed.len()), (out, 0));
    }

    #[test]
    fn damaged_files_are_errors() {
        let mut b = SIGNATURE.to_vec();
        b.extend([0, 0, 1, 0, b'I', b'D', b'A', b'T', 1]);
        assert!(inspect(&b).is_err());
    }

    #[test]
    fn truncated_headers_and_overlong_lengths_are_located_errors() {
        let mut b = SIGNATURE.to_vec();
        b.extend(chunk(b"IHDR", &[0; 13]).unwrap());
        let e = inspect(&[&b[..], &[0, 0, 0]].concat()).unwrap_err();
        assert!(e.contains("ends inside a chunk header"), "{e}");
        let e = inspect(&b).unwrap_err();
        assert!(e.contains("no `IEND` chunk"), "{e}");
        b.extend([0xff, 0xff, 0xff, 0xff, b'I', b'D', b'A', b'T', 0, 0, 0, 0]);
        let e = inspect(&b).unwrap_err();
        assert!(e.contains("chunk at byte 33 runs past the end"), "{e}");
    }
}
