//! JPEG: reads every byte of the file (the marker segments before, between and after the
//! scans, the entropy-coded data, and anything appended after the end-of-image marker) and
//! rewrites it without metadata.
//!
//! Entry points: [`inspect`] and [`scrub`]. Entropy-coded data is skipped by looking for the
//! next marker (`FF` followed by neither `00` nor a restart marker). Data after the primary
//! image's end-of-image marker is read too: an appended JPEG (an MPF secondary image or a
//! second photo) is inspected as a JPEG, an appended MP4 (a Google or Samsung "motion photo")
//! as a video; anything else is an error, since it cannot be vouched for.
//!
//! Scrubbing keeps every segment that decoding needs (JFIF, ICC colour profile, Adobe,
//! quantisation and Huffman tables, frame and scan headers) and the entropy-coded data byte for
//! byte, so the pixels of the primary image are unchanged; it drops EXIF (rewritten with the
//! orientation alone), XMP, Photoshop/IPTC (APP13), MPF (APP2) and other application segments,
//! comments, and everything after the primary image (appended images, motion-photo videos,
//! trailers), and says so.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use std::io::Cursor;

use super::meta::{self, ExifInfo};
use super::{Finding, Risk, mp4};

const EXIF_ID: &[u8] = b"Exif\0\0";
const XMP_ID: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXT_ID: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";
const MPF_ID: &[u8] = b"MPF\0";
/// The pseudo-marker of entropy-coded data (`FF 00` is never a marker).
const ENTROPY: u8 = 0x00;

/// One marker segment (its marker byte and its bytes, header included), or a run of
/// entropy-coded data after a scan header (marker [`ENTROPY`]).
#[derive(Debug, Clone, Copy)]
struct Segment<'a> {
    marker: u8,
    whole: &'a [u8],
}

impl<'a> Segment<'a> {
    /// The bytes after the marker and the length.
    fn payload(&self) -> &'a [u8] {
        self.whole.get(4..).unwrap_or_default()
    }
}

/// The segments from the start-of-image marker to the end-of-image marker, and the offset just
/// after the latter.
fn segments(b: &[u8]) -> Result<(Vec<Segment<'_>>, usize), String> {
    if !b.starts_with(&[0xff, 0xd8]) {
        return Err("not a JPEG file (no start-of-image marker)".into());
    }
    let mut segs = Vec::new();
    let mut pos = 2usize;
    loop {
        let start = pos;
        if b.get(pos) != Some(&0xff) {
            return Err(format!("damaged JPEG: no marker at byte {pos}"));
        }
        // pos < b.len() while b.get(pos) is Some, so pos + 1 never saturates.
        while b.get(pos) == Some(&0xff) {
            pos = pos.saturating_add(1);
        }
        let Some(&marker) = b.get(pos) else {
            return Err("damaged JPEG: ends inside a marker (the file is truncated)".into());
        };
        pos = pos.saturating_add(1);
        match marker {
            0xd9 => return Ok((segs, pos)),
            0xd8 => {
                return Err(format!(
                    "damaged JPEG: a second start of image at byte {start}"
                ));
            }
            0xd0..=0xd7 | 0x01 => continue,
            _ => {}
        }
        let len = pos
            .checked_add(2)
            .and_then(|e| b.get(pos..e))
            .and_then(|l| Some(usize::from(u16::from_be_bytes(l.try_into().ok()?))))
            .ok_or("damaged JPEG: ends inside a segment header (the file is truncated)")?;
        // Normalise: a segment is FF, marker, length, payload (fill bytes are dropped); the
        // marker and one FF lie just before `pos`.
        let end = pos.checked_add(len).filter(|_| len >= 2);
        let whole = end.and_then(|e| b.get(pos.checked_sub(2)?..e));
        let (Some(end), Some(whole)) = (end, whole) else {
            return Err(format!(
                "damaged JPEG: segment at byte {start} runs past the end (the file is truncated)"
            ));
        };
        segs.push(Segment { marker, whole });
        pos = end;
        if marker == 0xda {
            let data_end = entropy_end(b, pos)?;
            let whole = b.get(pos..data_end).unwrap_or_default();
            segs.push(Segment {
                marker: ENTROPY,
                whole,
            });
            pos = data_end;
        }
    }
}

/// Where the entropy-coded data starting at `from` ends: at the next marker.
fn entropy_end(b: &[u8], from: usize) -> Result<usize, String> {
    let truncated = || {
        format!(
            "damaged JPEG: the image data from byte {from} has no end marker (the file is truncated)"
        )
    };
    let mut i = from;
    loop {
        let next = b
            .get(i..)
            .and_then(|rest| rest.iter().position(|&x| x == 0xff))
            .and_then(|p| i.checked_add(p));
        let j = next.ok_or_else(truncated)?;
        let after = j.checked_add(1).ok_or_else(truncated)?;
        match b.get(after) {
            None => return Err(truncated()),
            // after < b.len() here, so after + 1 never saturates.
            Some(0x00 | 0xd0..=0xd7) => i = after.saturating_add(1),
            Some(0xff) => i = after,
            Some(_) => return Ok(j),
        }
    }
}

/// True for application and comment segments that decoding does not need.
fn is_metadata(marker: u8, p: &[u8]) -> bool {
    match marker {
        0xe0 => !(p.starts_with(b"JFIF\0") || p.starts_with(b"JFXX\0")),
        0xe2 => !p.starts_with(b"ICC_PROFILE\0"),
        0xee => !p.starts_with(b"Adobe"),
        0xe1 | 0xe3..=0xed | 0xef | 0xfe => true,
        _ => false,
    }
}

/// What the metadata segments hold.
fn analyse(segs: &[Segment<'_>]) -> (Vec<Finding>, ExifInfo) {
    let mut findings = Vec::new();
    let mut first_exif = None;
    for s in segs {
        let p = s.payload();
        match s.marker {
            0xe1 if p.starts_with(EXIF_ID) => {
                let info = meta::exif_findings(p.strip_prefix(EXIF_ID).unwrap_or_default());
                findings.extend(info.findings.iter().cloned());
                first_exif.get_or_insert(info);
            }
            0xe1 if p.starts_with(XMP_ID) || p.starts_with(XMP_EXT_ID) => {
                findings.extend(meta::xmp_findings(p));
            }
            0xe2 if p.starts_with(MPF_ID) => {
                findings.push(Finding::new(Risk::Other, "MPF index of appended images"));
            }
            0xed => findings.extend(meta::iptc_findings(p)),
            0xfe => findings.push(Finding::new(Risk::Other, "JPEG comment")),
            m if is_metadata(m, p) => {
                // 0xe0..=0xef only: 0xfe is matched above, so this never saturates.
                let n = m.saturating_sub(0xe0);
                findings.push(Finding::new(Risk::Other, format!("JPEG APP{n} segment")));
            }
            _ => {}
        }
    }
    (findings, first_exif.unwrap_or_default())
}

/// The findings of an appended part, named after it.
fn tag(found: Vec<Finding>, what: &str) -> impl Iterator<Item = Finding> + '_ {
    found
        .into_iter()
        .map(move |x| Finding::new(x.risk, format!("{what}: {}", x.detail)))
}

/// What the data after the primary image holds: (findings, and an error for data that could
/// not be read). Appended JPEGs and an appended MP4 are read; zero padding is harmless.
fn appended(b: &[u8], from: usize) -> (Vec<Finding>, Result<(), String>) {
    let mut out = Vec::new();
    let total = b.len().saturating_sub(from);
    if total > 0 {
        out.push(Finding::new(
            Risk::Other,
            format!("{total} bytes appended after the image"),
        ));
    }
    let mut pos = from;
    let mut n = 1u32;
    while let Some(rest) = b.get(pos..).filter(|r| !r.is_empty()) {
        if rest.starts_with(&[0xff, 0xd8]) {
            // Saturating is harmless: n only names the image in messages.
            n = n.saturating_add(1);
            let what = format!("appended image {n}");
            match segments(rest) {
                Ok((segs, len)) => {
                    out.extend(tag(analyse(&segs).0, &what));
                    // len <= rest.len() = b.len() - pos, so this never saturates.
                    pos = pos.saturating_add(len);
                }
                Err(e) => return (out, Err(format!("{what} at byte {pos}: {e}"))),
            }
        } else if rest.get(4..8) == Some(&b"ftyp"[..]) {
            let r =
                mp4::inspect(&mut Cursor::new(rest)).map(|f| out.extend(tag(f, "appended video")));
            let e =
                r.map_err(|e| format!("the video appended at byte {pos} (a motion photo): {e}"));
            return (out, e);
        } else if rest.first() == Some(&0) {
            // Zero padding, harmless; at most rest.len() bytes, so this never saturates.
            pos = pos.saturating_add(rest.iter().take_while(|&&x| x == 0).count());
        } else {
            let e = format!(
                "{} bytes at byte {pos}, after the end of the image, are neither a JPEG nor an MP4 \
                 video, so the check cannot tell whether they hold a location",
                rest.len()
            );
            return (out, Err(e));
        }
    }
    (out, Ok(()))
}

/// The metadata a JPEG file carries, in the image and in anything appended to it.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    let (segs, end) = segments(b)?;
    let mut found = analyse(&segs).0;
    let (more, readable) = appended(b, end);
    readable.map_err(|e| format!("{e}; `useit scrub` removes everything after the image"))?;
    found.extend(more);
    Ok(found)
}

/// The file without its metadata or anything after the primary image, and what was removed;
/// the same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let (segs, end) = segments(b)?;
    let (mut findings, exif) = analyse(&segs);
    let (more, readable) = appended(b, end);
    findings.extend(more);
    if readable.is_err() {
        findings.push(Finding::new(
            Risk::Other,
            "appended data that could not be read",
        ));
    }
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&[0xff, 0xd8]);
    let mut exif_written = false;
    for s in &segs {
        let p = s.payload();
        if s.marker == 0xe1 && p.starts_with(EXIF_ID) && !exif_written {
            if let Some(o) = exif.orientation {
                let mut payload = EXIF_ID.to_vec();
                payload.extend(meta::orientation_tiff(o));
                out.extend_from_slice(&[0xff, 0xe1]);
                let len = u16::try_from(payload.len())
                    .ok()
                    .and_then(|n| n.checked_add(2));
                let len = len.ok_or("the rewritten EXIF segment would be over 64 KiB")?;
                out.extend_from_slice(&len.to_be_bytes());
                out.extend(payload);
                exif_written = true;
            }
        } else if !is_metadata(s.marker, p) {
            out.extend_from_slice(s.whole);
        }
    }
    out.extend_from_slice(&[0xff, 0xd9]);
    if out == b {
        return Ok((b.to_vec(), Vec::new()));
    }
    Ok((out, findings))
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

    fn seg(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut v = vec![0xff, marker];
        v.extend_from_slice(&(payload.len() as u16 + 2).to_be_bytes());
        v.extend_from_slice(payload);
        v
    }

    #[test]
    fn drops_metadata_keeps_orientation_and_scan_and_is_idempotent() {
        let mut exif = EXIF_ID.to_vec();
        exif.extend(meta::orientation_tiff(8));
        let mut b = vec![0xff, 0xd8];
        b.extend(seg(0xe0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        b.extend(seg(0xfe, b"taken at 12 Soho Road"));
        b.extend(seg(0xe1, &exif));
        b.extend(seg(0xed, b"Photoshop 3.0\0"));
        b.extend(seg(0xdb, &[0; 65]));
        b.extend([0xff, 0xda, 0, 2, 1, 2, 3, 0xff, 0xd9]);
        let (out, removed) = scrub(&b).unwrap();
        assert!(removed.iter().any(|f| f.detail == "JPEG comment"));
        assert!(!out.windows(4).any(|w| w == b"Soho"));
        assert!(out.ends_with(&[0xff, 0xda, 0, 2, 1, 2, 3, 0xff, 0xd9]));
        let (segs, _) = segments(&out).unwrap();
        assert_eq!(
            segs.iter().map(|s| s.marker).collect::<Vec<_>>(),
            [0xe0, 0xe1, 0xdb, 0xda, ENTROPY]
        );
        assert_eq!(analyse(&segs).1.orientation, Some(8));
        let (again, removed) = scrub(&out).unwrap();
        assert_eq!(again, out);
        assert!(removed.is_empty());
    }

    #[test]
    fn scan_data_is_skipped_and_appended_data_is_read() {
        let img = b"\xff\xd8\xff\xda\x00\x02\x01\xff\x00\xff\xd0\x02\xff\xd9";
        let (segs, end) = segments(img).unwrap();
        assert_eq!((segs.len(), end), (2, img.len()));
        let mut b = img.to_vec();
        b.extend(&img[..2]);
        b.extend(seg(0xfe, b"second"));
        b.extend(&img[2..]);
        let found = inspect(&b).unwrap();
        assert!(
            found
                .iter()
                .any(|f| f.detail == "appended image 2: JPEG comment"),
            "{found:?}"
        );
        let (out, _) = scrub(&b).unwrap();
        assert_eq!(out, img);
        b.extend(b"junk");
        assert!(inspect(&b).unwrap_err().contains("4 bytes at byte"));
        assert!(scrub(&b).is_ok());
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        for b in [
            &b""[..],
            b"\xff\xd8",
            b"\xff\xd8\xff\xe1\x00",
            b"\xff\xd8\xff\xe1\xff\xff",
            b"\xff\xd8\xff\xda\x00\x02\x01\x02",
            b"\xff\xd8\xff\xda\x00\x02\x01\xff",
        ] {
            assert!(inspect(b).is_err(), "{b:?}");
        }
        let e = inspect(b"\xff\xd8\xff\xe1\x00").unwrap_err();
        assert!(e.contains("ends inside a segment header"), "{e}");
        let e = inspect(b"\xff\xd8\xff\xe1\xff\xff\0").unwrap_err();
        assert!(e.contains("segment at byte 2 runs past the end"), "{e}");
        let e = inspect(b"\xff\xd8\xff\xe1\0\x01\xff\xd9").unwrap_err();
        assert!(e.contains("segment at byte 2 runs past the end"), "{e}");
        let e = inspect(b"\xff\xd8\xff\xda\0\x02\x01\xff\x00").unwrap_err();
        assert!(
            e.contains("the image data from byte 6 has no end marker"),
            "{e}"
        );
        let e = inspect(b"\xff\xd8\xff\xff").unwrap_err();
        assert!(e.contains("ends inside a marker"), "{e}");
    }
}
