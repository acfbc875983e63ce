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

use super::meta::{self, ExifInfo};
use super::{Finding, Risk};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// One chunk: its type and where it lies (length, type, data and CRC).
#[derive(Debug, Clone, Copy)]
struct Chunk {
    kind: [u8; 4],
    start: usize,
    end: usize,
}

impl Chunk {
    fn data<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        &b[self.start + 8..self.end - 4]
    }
}

/// The chunks from the signature to `IEND`, and the offset after `IEND`.
fn chunks(b: &[u8]) -> Result<(Vec<Chunk>, usize), String> {
    if !b.starts_with(SIGNATURE) {
        return Err("not a PNG file (no PNG signature)".into());
    }
    let mut out = Vec::new();
    let mut pos = SIGNATURE.len();
    while pos < b.len() {
        let head = b
            .get(pos..pos + 8)
            .ok_or("damaged PNG: ends inside a chunk header (the file is truncated)")?;
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = [head[4], head[5], head[6], head[7]];
        let end = pos
            .checked_add(len)
            .and_then(|e| e.checked_add(12))
            .filter(|&e| e <= b.len())
            .ok_or_else(|| {
                format!(
                    "damaged PNG: chunk at byte {pos} runs past the end (the file is truncated)"
                )
            })?;
        out.push(Chunk {
            kind,
            start: pos,
            end,
        });
        pos = end;
        if &kind == b"IEND" {
            return Ok((out, end));
        }
    }
    Err("damaged PNG: no `IEND` chunk (the file is truncated)".into())
}

fn is_text(kind: &[u8; 4]) -> bool {
    matches!(kind, b"tEXt" | b"zTXt" | b"iTXt")
}

/// A text chunk's keyword and its text, inflated when compressed.
fn text_of(c: &Chunk, data: &[u8]) -> Result<(String, Vec<u8>), String> {
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
fn analyse(b: &[u8], list: &[Chunk]) -> Result<(Vec<Finding>, ExifInfo), String> {
    let mut findings = Vec::new();
    let mut exif = None;
    for c in list {
        let data = c.data(b);
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
    let mut found = analyse(b, &list)?.0;
    found.extend(meta::appended(b, end)?);
    Ok(found)
}

/// The file without its metadata chunks or anything after `IEND`, and what was removed; the
/// same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let (list, end) = chunks(b)?;
    let (mut findings, exif) = analyse(b, &list)?;
    findings.extend(meta::appended(b, end).unwrap_or_else(|_| {
        let n = b.len() - end;
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
                out.extend(chunk(b"eXIf", &meta::orientation_tiff(o)));
                exif_written = true;
            }
        } else if !is_text(&c.kind) {
            out.extend_from_slice(&b[c.start..c.end]);
        }
    }
    if out == b {
        return Ok((b.to_vec(), Vec::new()));
    }
    Ok((out, findings))
}

/// A complete chunk with its CRC.
fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(data.len() + 12);
    v.extend_from_slice(&(data.len() as u32).to_be_bytes());
    v.extend_from_slice(kind);
    v.extend_from_slice(data);
    let crc = crc32(&v[4..]);
    v.extend_from_slice(&crc.to_be_bytes());
    v
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
    use super::*;

    #[test]
    fn crc_matches_the_png_spec() {
        // The CRC of an empty IEND chunk, as in every PNG file.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn drops_text_keeps_orientation_and_is_idempotent() {
        let mut b = SIGNATURE.to_vec();
        b.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
        b.extend(chunk(b"tEXt", b"Author\0Real Person"));
        b.extend(chunk(b"eXIf", &meta::orientation_tiff(3)));
        b.extend(chunk(b"IDAT", b"pixels"));
        b.extend(chunk(b"IEND", b""));
        let (out, removed) = scrub(&b).unwrap();
        assert_eq!(removed, [Finding::new(Risk::Owner, "PNG `Author` text")]);
        assert_eq!(
            analyse(&out, &chunks(&out).unwrap().0)
                .unwrap()
                .1
                .orientation,
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
}
