//! PNG: reads the chunk list and rewrites it without metadata chunks.
//!
//! Entry points: [`inspect`] and [`scrub`]. Image chunks (`IHDR`, `PLTE`, `IDAT`, colour and
//! transparency chunks...) are copied byte for byte; `eXIf` is rewritten with the orientation
//! alone (or dropped when there is none); text chunks (`tEXt`, `zTXt`, `iTXt`, which hold XMP,
//! raw EXIF profiles, authors and comments) are dropped.

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

fn chunks(b: &[u8]) -> Result<Vec<Chunk>, String> {
    if !b.starts_with(SIGNATURE) {
        return Err("not a PNG file (no PNG signature)".into());
    }
    let mut out = Vec::new();
    let mut pos = SIGNATURE.len();
    while pos < b.len() {
        let head = b
            .get(pos..pos + 8)
            .ok_or("damaged PNG: ends inside a chunk header")?;
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = [head[4], head[5], head[6], head[7]];
        let end = pos
            .checked_add(12 + len)
            .filter(|&e| e <= b.len())
            .ok_or_else(|| format!("damaged PNG: chunk at byte {pos} runs past the end"))?;
        out.push(Chunk {
            kind,
            start: pos,
            end,
        });
        pos = end;
        if &kind == b"IEND" {
            break;
        }
    }
    Ok(out)
}

fn is_text(kind: &[u8; 4]) -> bool {
    matches!(kind, b"tEXt" | b"zTXt" | b"iTXt")
}

fn analyse(b: &[u8], list: &[Chunk]) -> (Vec<Finding>, ExifInfo) {
    let mut findings = Vec::new();
    let mut exif = None;
    for c in list {
        let data = c.data(b);
        if &c.kind == b"eXIf" {
            let info = meta::exif_findings(data);
            findings.extend(info.findings.iter().cloned());
            exif.get_or_insert(info);
        } else if is_text(&c.kind) {
            let keyword_len = data.iter().position(|&x| x == 0).unwrap_or(data.len());
            let keyword = String::from_utf8_lossy(&data[..keyword_len]);
            let compressed =
                &c.kind == b"zTXt" || (&c.kind == b"iTXt" && data.get(keyword_len + 1) == Some(&1));
            if keyword == "XML:com.adobe.xmp" && !compressed {
                findings.extend(meta::xmp_findings(data));
            } else if keyword.starts_with("Raw profile type") || keyword == "XML:com.adobe.xmp" {
                findings.push(Finding::new(
                    Risk::Location,
                    format!("PNG `{keyword}` text, an embedded profile that can hold GPS"),
                ));
            } else if matches!(&*keyword, "Author" | "Copyright") {
                findings.push(Finding::new(Risk::Owner, format!("PNG `{keyword}` text")));
            } else {
                findings.push(Finding::new(Risk::Other, format!("PNG `{keyword}` text")));
            }
        }
    }
    (findings, exif.unwrap_or_default())
}

/// The metadata a PNG file carries.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    chunks(b).map(|list| analyse(b, &list).0)
}

/// The file without its metadata, and what was removed; the same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let list = chunks(b)?;
    let (findings, exif) = analyse(b, &list);
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
    if let Some(last) = list.last()
        && &last.kind == b"IEND"
    {
        out.extend_from_slice(&b[last.end..]);
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
        assert_eq!(analyse(&out, &chunks(&out).unwrap()).1.orientation, Some(3));
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
