//! WebP: reads the RIFF chunks and rewrites them without `EXIF` and `XMP ` chunks.
//!
//! Entry points: [`inspect`] and [`scrub`]. Every chunk within the RIFF size is read (a chunk
//! running past it, or stray bytes after the last one, is an error), and data after the RIFF
//! size is an error unless it is zero padding. Image chunks are copied byte for byte; `EXIF` is
//! rewritten with the orientation alone (or dropped), `XMP `, unknown chunks and anything after
//! the RIFF data are dropped, and the `VP8X` flags and the RIFF size are updated to match.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use super::meta::{self, ExifInfo};
use super::{Finding, Risk};

/// One chunk: its FourCC, its data, and the whole chunk (header, data and padding).
#[derive(Debug, Clone, Copy)]
struct Chunk<'a> {
    kind: [u8; 4],
    data: &'a [u8],
    whole: &'a [u8],
}

/// The chunks that make up a WebP image; any other chunk is dropped by scrubbing.
const IMAGE_CHUNKS: [&[u8; 4]; 7] = [
    b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP",
];

/// A little-endian 32-bit size as a `usize`.
fn le_size(b: [u8; 4]) -> Option<usize> {
    usize::try_from(u32::from_le_bytes(b)).ok()
}

/// The chunks inside the RIFF size, and where the RIFF data ends.
fn chunks(file: &[u8]) -> Result<(Vec<Chunk<'_>>, usize), String> {
    let head = file
        .get(..12)
        .filter(|h| h.starts_with(b"RIFF") && h.ends_with(b"WEBP"));
    let Some(&[_, _, _, _, s0, s1, s2, s3, ..]) = head else {
        return Err("not a WebP file (no RIFF WEBP header)".into());
    };
    let size = le_size([s0, s1, s2, s3]);
    let riff_end = size.and_then(|s| s.checked_add(8));
    let b = riff_end.filter(|&e| e >= 12).and_then(|e| file.get(..e));
    let (Some(b), Some(riff_end)) = (b, riff_end) else {
        return Err(format!(
            "damaged WebP: the RIFF size says {} bytes, the file has fewer (it is truncated)",
            u32::from_le_bytes([s0, s1, s2, s3])
        ));
    };
    let mut out = Vec::new();
    let mut rest = b.get(12..).unwrap_or_default();
    while !rest.is_empty() {
        // b.len() >= rest.len() always, so this cannot saturate.
        let pos = b.len().saturating_sub(rest.len());
        let Some(&[k0, k1, k2, k3, l0, l1, l2, l3]) = rest.get(..8) else {
            return Err(format!(
                "damaged WebP: {} stray bytes at byte {pos} (the file is truncated)",
                rest.len()
            ));
        };
        let len = le_size([l0, l1, l2, l3]);
        let data_end = len.and_then(|l| l.checked_add(8));
        let Some((data_end, data)) = data_end.and_then(|e| Some((e, rest.get(8..e)?))) else {
            return Err(format!(
                "damaged WebP: chunk at byte {pos} runs past the end (the file is truncated)"
            ));
        };
        // An odd-sized chunk has one byte of padding, which the RIFF data may lack at its end.
        let end = data_end.saturating_add(data.len() & 1).min(rest.len());
        let (whole, after) = rest.split_at_checked(end).unwrap_or((rest, &[]));
        out.push(Chunk {
            kind: [k0, k1, k2, k3],
            data,
            whole,
        });
        rest = after;
    }
    Ok((out, riff_end))
}

/// EXIF chunks normally hold bare TIFF data; some writers add the JPEG `Exif\0\0` prefix.
fn tiff(data: &[u8]) -> &[u8] {
    data.strip_prefix(b"Exif\0\0").unwrap_or(data)
}

fn analyse(list: &[Chunk<'_>]) -> (Vec<Finding>, ExifInfo) {
    let mut findings = Vec::new();
    let mut exif = None;
    for c in list {
        match &c.kind {
            b"EXIF" => {
                let info = meta::exif_findings(tiff(c.data));
                findings.extend(info.findings.iter().cloned());
                exif.get_or_insert(info);
            }
            b"XMP " => findings.extend(meta::xmp_findings(c.data)),
            k if !IMAGE_CHUNKS.contains(&k) => {
                let name = String::from_utf8_lossy(k);
                findings.push(Finding::new(Risk::Other, format!("WebP `{name}` chunk")));
            }
            _ => {}
        }
    }
    (findings, exif.unwrap_or_default())
}

/// The metadata a WebP file carries.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    let (list, end) = chunks(b)?;
    let mut found = analyse(&list).0;
    found.extend(meta::appended(b, end)?);
    Ok(found)
}

/// The file without its metadata, unknown chunks or anything after the RIFF data, and what was
/// removed; the same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let (list, end) = chunks(b)?;
    let (mut findings, exif) = analyse(&list);
    if let Some(n) = b.len().checked_sub(end).filter(|&n| n > 0) {
        findings.push(Finding::new(
            Risk::Other,
            format!("{n} bytes appended after the image"),
        ));
    }
    let mut body = Vec::with_capacity(b.len());
    let mut exif_written = false;
    let mut vp8x = None;
    for c in &list {
        match &c.kind {
            b"EXIF" => {
                if let (Some(o), false) = (exif.orientation, exif_written) {
                    let data = meta::orientation_tiff(o);
                    body.extend_from_slice(b"EXIF");
                    body.extend_from_slice(&size32(data.len())?.to_le_bytes());
                    body.extend(data);
                    exif_written = true;
                }
            }
            b"XMP " => {}
            k if !IMAGE_CHUNKS.contains(&k) => {}
            kind => {
                if kind == b"VP8X" {
                    vp8x = Some(body.len());
                }
                body.extend_from_slice(c.whole);
            }
        }
    }
    if let Some(at) = vp8x
        && let Some(flags) = at.checked_add(8).and_then(|i| body.get_mut(i))
    {
        *flags &= !0x0c;
        if exif_written {
            *flags |= 0x08;
        }
    }
    let riff_size = size32(body.len()).and_then(|n| n.checked_add(4).ok_or_else(too_big))?;
    let mut out = Vec::with_capacity(body.len().saturating_add(12));
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&riff_size.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend(body);
    if out == b {
        return Ok((b.to_vec(), Vec::new()));
    }
    Ok((out, findings))
}

/// A length as a RIFF size field: over 4 GiB is an error, never a wrapped size.
fn size32(len: usize) -> Result<u32, String> {
    u32::try_from(len).map_err(|_| too_big())
}

fn too_big() -> String {
    "the scrubbed WebP would be over 4 GiB, more than a RIFF size can hold".into()
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::cast_possible_truncation
    )]

    use super::*;

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut v = kind.to_vec();
        v.extend_from_slice(&(data.len() as u32).to_le_bytes());
        v.extend_from_slice(data);
        if data.len() % 2 == 1 {
            v.push(0);
        }
        v
    }

    fn riff(chunks: &[Vec<u8>]) -> Vec<u8> {
        let body: Vec<u8> = chunks.concat();
        let mut v = b"RIFF".to_vec();
        v.extend_from_slice(&(body.len() as u32 + 4).to_le_bytes());
        v.extend_from_slice(b"WEBP");
        v.extend(body);
        v
    }

    #[test]
    fn drops_xmp_keeps_orientation_fixes_flags() {
        let b = riff(&[
            chunk(b"VP8X", &[0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            chunk(b"VP8 ", b"pixels!"),
            chunk(b"EXIF", &meta::orientation_tiff(6)),
            chunk(b"XMP ", br#"<x photoshop:City="Birmingham"/>"#),
        ]);
        let (out, removed) = scrub(&b).unwrap();
        assert!(removed.iter().any(|f| f.detail == "XMP photoshop:City"));
        let list = chunks(&out).unwrap().0;
        let kinds: Vec<&[u8; 4]> = list.iter().map(|c| &c.kind).collect();
        assert_eq!(kinds, [b"VP8X", b"VP8 ", b"EXIF"]);
        assert_eq!(list[0].data[0], 0x08);
        assert_eq!(analyse(&list).1.orientation, Some(6));
        let (again, removed) = scrub(&out).unwrap();
        assert_eq!((again, removed.len()), (out, 0));
    }

    #[test]
    fn truncated_files_and_appended_data_are_errors() {
        let b = riff(&[chunk(b"VP8 ", b"pixels!")]);
        assert!(
            inspect(&b[..b.len() - 3])
                .unwrap_err()
                .contains("truncated")
        );
        let stray = riff(&[chunk(b"VP8 ", b"pixels!"), b"EXI".to_vec()]);
        assert!(inspect(&stray).unwrap_err().contains("stray bytes"));
        let appended = [&b[..], b"GPS data"].concat();
        assert!(inspect(&appended).unwrap_err().contains("8 bytes appended"));
        let (out, _) = scrub(&appended).unwrap();
        assert_eq!(out, b);
    }

    #[test]
    fn damaged_headers_and_overlong_sizes_are_located_errors() {
        let e = inspect(b"RIFF\x04\0\0\0WEB").unwrap_err();
        assert!(e.contains("not a WebP file"), "{e}");
        let e = inspect(b"RIFF\xff\xff\xff\xffWEBP").unwrap_err();
        assert!(e.contains("RIFF size says 4294967295 bytes"), "{e}");
        assert!(
            inspect(b"RIFF\x02\0\0\0WEBP")
                .unwrap_err()
                .contains("RIFF size")
        );
        let mut b = riff(&[chunk(b"VP8 ", b"pixels!")]);
        b[16..20].copy_from_slice(&u32::MAX.to_le_bytes());
        let e = inspect(&b).unwrap_err();
        assert!(e.contains("chunk at byte 12 runs past the end"), "{e}");
        assert_eq!(size32(1 << 32).unwrap_err(), too_big());
    }
}
