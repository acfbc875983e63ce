//! WebP: reads the RIFF chunks and rewrites them without `EXIF` and `XMP ` chunks.
//!
//! Entry points: [`inspect`] and [`scrub`]. Every chunk within the RIFF size is read (a chunk
//! running past it, or stray bytes after the last one, is an error), and data after the RIFF
//! size is an error unless it is zero padding. Image chunks are copied byte for byte; `EXIF` is
//! rewritten with the orientation alone (or dropped), `XMP `, unknown chunks and anything after
//! the RIFF data are dropped, and the `VP8X` flags and the RIFF size are updated to match.

use super::meta::{self, ExifInfo};
use super::{Finding, Risk};

/// One chunk: its FourCC and where it lies (header, data and padding).
#[derive(Debug, Clone, Copy)]
struct Chunk {
    kind: [u8; 4],
    start: usize,
    len: usize,
    end: usize,
}

impl Chunk {
    fn data<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        &b[self.start + 8..self.start + 8 + self.len]
    }
}

/// The chunks that make up a WebP image; any other chunk is dropped by scrubbing.
const IMAGE_CHUNKS: [&[u8; 4]; 7] = [
    b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP",
];

/// The chunks inside the RIFF size, and where the RIFF data ends.
fn chunks(file: &[u8]) -> Result<(Vec<Chunk>, usize), String> {
    if file.len() < 12 || &file[..4] != b"RIFF" || &file[8..12] != b"WEBP" {
        return Err("not a WebP file (no RIFF WEBP header)".into());
    }
    let size = u32::from_le_bytes([file[4], file[5], file[6], file[7]]) as usize;
    let riff_end = size.checked_add(8).filter(|&e| e >= 12 && e <= file.len());
    let riff_end = riff_end.ok_or_else(|| {
        format!(
            "damaged WebP: the RIFF size says {size} bytes, the file has fewer (it is truncated)"
        )
    })?;
    let b = &file[..riff_end];
    let mut out = Vec::new();
    let mut pos = 12;
    while pos < b.len() {
        let Some(h) = b.get(pos..pos + 8) else {
            return Err(format!(
                "damaged WebP: {} stray bytes at byte {pos} (the file is truncated)",
                b.len() - pos
            ));
        };
        let kind = [h[0], h[1], h[2], h[3]];
        let len = u32::from_le_bytes([h[4], h[5], h[6], h[7]]) as usize;
        let data_end = pos.checked_add(8).and_then(|p| p.checked_add(len));
        let Some(data_end) = data_end.filter(|&e| e <= b.len()) else {
            return Err(format!(
                "damaged WebP: chunk at byte {pos} runs past the end (the file is truncated)"
            ));
        };
        let end = (data_end + (len & 1)).min(b.len());
        out.push(Chunk {
            kind,
            start: pos,
            len,
            end,
        });
        pos = end;
    }
    Ok((out, riff_end))
}

/// EXIF chunks normally hold bare TIFF data; some writers add the JPEG `Exif\0\0` prefix.
fn tiff(data: &[u8]) -> &[u8] {
    data.strip_prefix(b"Exif\0\0").unwrap_or(data)
}

fn analyse(b: &[u8], list: &[Chunk]) -> (Vec<Finding>, ExifInfo) {
    let mut findings = Vec::new();
    let mut exif = None;
    for c in list {
        match &c.kind {
            b"EXIF" => {
                let info = meta::exif_findings(tiff(c.data(b)));
                findings.extend(info.findings.iter().cloned());
                exif.get_or_insert(info);
            }
            b"XMP " => findings.extend(meta::xmp_findings(c.data(b))),
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
    let mut found = analyse(b, &list).0;
    found.extend(meta::appended(b, end)?);
    Ok(found)
}

/// The file without its metadata, unknown chunks or anything after the RIFF data, and what was
/// removed; the same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let (list, end) = chunks(b)?;
    let (mut findings, exif) = analyse(b, &list);
    if end < b.len() {
        let n = b.len() - end;
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
                    body.extend_from_slice(&(data.len() as u32).to_le_bytes());
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
                body.extend_from_slice(&b[c.start..c.end]);
            }
        }
    }
    if let Some(at) = vp8x
        && let Some(flags) = body.get_mut(at + 8)
    {
        *flags &= !0x0c;
        if exif_written {
            *flags |= 0x08;
        }
    }
    let mut out = Vec::with_capacity(body.len() + 12);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(body.len() as u32 + 4).to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend(body);
    if out == b {
        return Ok((b.to_vec(), Vec::new()));
    }
    Ok((out, findings))
}

#[cfg(test)]
mod tests {
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
        assert_eq!(list[0].data(&out)[0], 0x08);
        assert_eq!(analyse(&out, &list).1.orientation, Some(6));
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
}
