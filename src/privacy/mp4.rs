//! MP4 and QuickTime (MOV): walks the box tree for location, device and XMP metadata.
//!
//! Entry point: [`inspect`]. Every top-level box is checked for a size that fits the file
//! (checked arithmetic: an overflowing or overlong size is an error naming the box, never a
//! panic); the metadata-bearing ones (`moov`, `moof`, `meta`, `udta`, `uuid`) are read into
//! memory and walked at every depth (`udta`, `meta`, `keys`/`ilst`, `©xyz`, `loci`, XMP in
//! `uuid` or `XMP_`); the media data is skipped by seeking, so large videos are checked
//! quickly. Scrubbing videos is a stream copy with ffmpeg (see [`super::scrub`]).
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use std::io::{Read, Seek, SeekFrom};

use super::boxes::{self, BoxRef};
use super::meta;
use super::{Finding, Risk};

/// Boxes whose payload is a list of boxes.
const CONTAINERS: [&[u8; 4]; 14] = [
    b"moov", b"trak", b"mdia", b"minf", b"stbl", b"dinf", b"udta", b"meta", b"ilst", b"edts",
    b"moof", b"traf", b"mvex", b"tref",
];

/// Top-level boxes that are read and walked.
const READ_TOP: [&[u8; 4]; 5] = [b"moov", b"moof", b"uuid", b"meta", b"udta"];

/// How deep boxes may nest before the file is refused.
const MAX_DEPTH: usize = 32;

/// Reads the boxes of a video and reports what its metadata reveals.
pub fn inspect<R: Read + Seek>(r: &mut R) -> Result<Vec<Finding>, String> {
    let io = |e: std::io::Error| format!("cannot read the video: {e}");
    let size = r.seek(SeekFrom::End(0)).map_err(io)?;
    let mut pos = 0u64;
    let mut findings = Vec::new();
    while let Some(left) = size.checked_sub(pos).filter(|&l| l > 0) {
        let (kind, len, header) = top_box(r, pos, left).map_err(|e| {
            if pos == 0 {
                format!("not an MP4/QuickTime file (no valid box at the start: {e})")
            } else {
                format!("damaged video: {e}")
            }
        })?;
        let name = boxes::name(&kind);
        let overflow = || format!("damaged video: box `{name}` at byte {pos} overflows");
        if READ_TOP.contains(&&kind) {
            let n = len.checked_sub(header).ok_or_else(overflow)?;
            let n = usize::try_from(n).map_err(|_| {
                format!("box `{name}` at byte {pos} is too large to read ({n} bytes)")
            })?;
            let mut payload = vec![0u8; n];
            r.read_exact(&mut payload).map_err(io)?;
            let b = BoxRef {
                kind,
                at: pos,
                payload: &payload,
                payload_at: pos.checked_add(header).ok_or_else(overflow)?,
            };
            walk(&b, &mut findings, 0).map_err(|e| format!("damaged video: {e}"))?;
        }
        // len <= left = size - pos, so this never fails.
        pos = pos.checked_add(len).ok_or_else(overflow)?;
    }
    findings.sort();
    findings.dedup();
    Ok(findings)
}

/// The header of the box at `pos`: (type, size, header size); the size fits in `left`.
fn top_box<R: Read + Seek>(r: &mut R, pos: u64, left: u64) -> Result<([u8; 4], u64, u64), String> {
    let io = |e: std::io::Error| format!("cannot read the box at byte {pos}: {e}");
    if left < 8 {
        return Err(format!("{left} stray bytes at byte {pos}"));
    }
    r.seek(SeekFrom::Start(pos)).map_err(io)?;
    let mut head = [0u8; 16];
    r.read_exact(&mut head[..8]).map_err(io)?;
    let kind = [head[4], head[5], head[6], head[7]];
    let (len, header) = match u32::from_be_bytes([head[0], head[1], head[2], head[3]]) {
        0 => (left, 8),
        1 if left >= 16 => {
            r.read_exact(&mut head[8..]).map_err(io)?;
            (
                u64::from_be_bytes([
                    head[8], head[9], head[10], head[11], head[12], head[13], head[14], head[15],
                ]),
                16,
            )
        }
        1 => {
            return Err(format!(
                "box `{}` at byte {pos} ends inside its header",
                boxes::name(&kind)
            ));
        }
        n => (u64::from(n), 8),
    };
    if len < header || len > left {
        return Err(format!(
            "box `{}` at byte {pos} declares {len} bytes, but only {left} are left",
            boxes::name(&kind)
        ));
    }
    Ok((kind, len, header))
}

/// Looks at one box (and its children, for containers).
fn walk(b: &BoxRef<'_>, out: &mut Vec<Finding>, depth: usize) -> Result<(), String> {
    let (kind, payload) = (&b.kind, b.payload);
    match kind {
        b"\xa9xyz" => out.push(Finding::new(Risk::Location, "QuickTime ©xyz")),
        b"loci" => out.push(Finding::new(Risk::Location, "3GPP loci")),
        b"\xa9mak" | b"\xa9mod" => {
            out.push(Finding::new(
                Risk::Device,
                format!("QuickTime {}", boxes::name(kind)),
            ));
        }
        b"keys" => keys(payload, out),
        b"uuid" if contains(payload, b"<x:xmpmeta") || contains(payload, b"<rdf:RDF") => {
            out.extend(meta::xmp_findings(payload));
        }
        b"XMP_" => out.extend(meta::xmp_findings(payload)),
        k if k[0] == 0xa9 && k != b"\xa9too" && depth > 0 => {
            out.push(Finding::new(
                Risk::Other,
                format!("QuickTime {}", boxes::name(k)),
            ));
        }
        _ => {}
    }
    if !CONTAINERS.contains(&kind) {
        return Ok(());
    }
    if depth > MAX_DEPTH {
        return Err(format!(
            "boxes nested more than {MAX_DEPTH} deep at byte {}",
            b.at
        ));
    }
    // ISO `meta` is a full box (4 bytes of version and flags); QuickTime's is not.
    let skip: usize = if kind == b"meta" && payload.get(..4) == Some(&[0u8, 0, 0, 0][..]) {
        4
    } else {
        0
    };
    let list = payload.get(skip..).unwrap_or_default();
    let inside = |e: String| format!("{e} (inside `{}` at byte {})", boxes::name(kind), b.at);
    // Saturating is harmless: the base only names bytes in messages.
    let base = b.payload_at.saturating_add(skip as u64);
    for child in boxes::children(list, base).map_err(inside)? {
        // depth <= MAX_DEPTH here (checked above), so this cannot saturate.
        walk(&child, out, depth.saturating_add(1))?;
    }
    Ok(())
}

/// The QuickTime `keys` box lists metadata keys such as `com.apple.quicktime.location.ISO6709`.
fn keys(payload: &[u8], out: &mut Vec<Finding>) {
    let text = String::from_utf8_lossy(payload);
    if text.contains("location") {
        out.push(Finding::new(Risk::Location, "QuickTime location key"));
    }
    if text.contains("quicktime.make") || text.contains("quicktime.model") {
        out.push(Finding::new(Risk::Device, "QuickTime make/model keys"));
    }
    if text.contains("quicktime.author") || text.contains("quicktime.artist") {
        out.push(Finding::new(Risk::Owner, "QuickTime author key"));
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::arithmetic_side_effects,
        clippy::cast_possible_truncation
    )]

    use super::*;
    use std::io::Cursor;

    fn bx(kind: &[u8; 4], payload: &[u8]) -> Vec<u8> {
        let mut v = ((payload.len() + 8) as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(payload);
        v
    }

    #[test]
    fn finds_quicktime_location_in_udta() {
        let udta = bx(
            b"udta",
            &bx(b"\xa9xyz", b"\x00\x12\x15\xc7+52.4862-001.8904/"),
        );
        let file = [
            bx(b"ftyp", b"isom\0\0\0\0"),
            bx(b"mdat", &[0; 100]),
            bx(b"moov", &[bx(b"mvhd", &[0; 20]), udta].concat()),
        ]
        .concat();
        let f = inspect(&mut Cursor::new(file)).unwrap();
        assert_eq!(f, [Finding::new(Risk::Location, "QuickTime ©xyz")]);
    }

    #[test]
    fn finds_xyz_in_ilst_and_refuses_overflowing_sizes() {
        let ilst = bx(
            b"ilst",
            &bx(
                b"\xa9xyz",
                &bx(b"data", b"\0\0\0\x01\0\0\0\0+52.48-001.89/"),
            ),
        );
        let meta = bx(
            b"meta",
            &[&[0, 0, 0, 0][..], &bx(b"hdlr", &[0; 20]), &ilst].concat(),
        );
        let file = [bx(b"ftyp", b"isom"), bx(b"moov", &bx(b"udta", &meta))].concat();
        let f = inspect(&mut Cursor::new(file)).unwrap();
        assert!(
            f.contains(&Finding::new(Risk::Location, "QuickTime ©xyz")),
            "{f:?}"
        );
        let mut huge = bx(b"ftyp", b"isom");
        huge.extend([0, 0, 0, 1, b'm', b'd', b'a', b't']);
        huge.extend(u64::MAX.to_be_bytes());
        let e = inspect(&mut Cursor::new(huge)).unwrap_err();
        assert!(e.contains("box `mdat` at byte 12 declares"), "{e}");
        let bad_child = [bx(b"ftyp", b"isom"), bx(b"moov", &[0xff; 12])].concat();
        assert!(inspect(&mut Cursor::new(bad_child)).is_err());
    }

    #[test]
    fn a_size_of_0xffffffff_and_a_largesize_near_u64_max_are_located_errors() {
        let mut file = bx(b"ftyp", b"isom");
        file.extend([0xff, 0xff, 0xff, 0xff, b'm', b'o', b'o', b'v', 0, 0, 0, 0]);
        let e = inspect(&mut Cursor::new(file)).unwrap_err();
        assert!(e.starts_with("damaged video: box `moov` at byte 12"), "{e}");
        assert!(
            e.contains("declares 4294967295 bytes, but only 12 are left"),
            "{e}"
        );
        let mut file = bx(b"ftyp", b"isom");
        file.extend([0, 0, 0, 1, b'm', b'o', b'o', b'v']);
        file.extend((u64::MAX - 11).to_be_bytes());
        let e = inspect(&mut Cursor::new(file)).unwrap_err();
        assert!(
            e.contains(&format!("declares {} bytes", u64::MAX - 11)),
            "{e}"
        );
        let file = [bx(b"ftyp", b"isom"), bx(b"moov", &[0, 0, 0, 1, b'u', b'd'])].concat();
        let e = inspect(&mut Cursor::new(file)).unwrap_err();
        assert!(e.contains("inside `moov` at byte 12"), "{e}");
    }

    #[test]
    fn encoder_tag_alone_is_clean_and_garbage_is_an_error() {
        let ilst = bx(b"ilst", &bx(b"\xa9too", b"Lavf"));
        let meta = bx(b"meta", &[&[0, 0, 0, 0][..], &ilst].concat());
        let file = [bx(b"ftyp", b"isom"), bx(b"moov", &bx(b"udta", &meta))].concat();
        assert!(inspect(&mut Cursor::new(file)).unwrap().is_empty());
        assert!(inspect(&mut Cursor::new(b"\xff\xff\xff\xffjunkjunk".to_vec())).is_err());
    }
}
