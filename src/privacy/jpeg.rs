//! JPEG: reads the marker segments before the image data and rewrites them without metadata.
//!
//! Entry points: [`inspect`] and [`scrub`]. Scrubbing keeps every byte from the start-of-scan
//! marker on (the compressed pixels) and every segment that decoding needs (JFIF, ICC colour
//! profile, Adobe, quantisation and Huffman tables, frame header); it drops EXIF (rewritten
//! with the orientation alone), XMP, Photoshop/IPTC (APP13) and comments.

use super::meta::{self, ExifInfo};
use super::{Finding, Risk};

const EXIF_ID: &[u8] = b"Exif\0\0";
const XMP_ID: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXT_ID: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";

/// One marker segment: its marker byte and where it lies (header included).
#[derive(Debug, Clone, Copy)]
struct Segment {
    marker: u8,
    start: usize,
    end: usize,
}

impl Segment {
    fn payload<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        &b[self.start + 4..self.end]
    }
}

/// The segments before the scan, and where the scan (or the end) starts.
fn segments(b: &[u8]) -> Result<(Vec<Segment>, usize), String> {
    if !b.starts_with(&[0xff, 0xd8]) {
        return Err("not a JPEG file (no start-of-image marker)".into());
    }
    let mut segs = Vec::new();
    let mut pos = 2;
    loop {
        let start = pos;
        if b.get(pos) != Some(&0xff) {
            return Err(format!("damaged JPEG: no marker at byte {pos}"));
        }
        while b.get(pos) == Some(&0xff) {
            pos += 1;
        }
        let Some(&marker) = b.get(pos) else {
            return Err("damaged JPEG: ends inside a marker".into());
        };
        if marker == 0xda || marker == 0xd9 {
            return Ok((segs, start));
        }
        if (0xd0..=0xd7).contains(&marker) || marker == 0x01 {
            pos += 1;
            continue;
        }
        let len = b
            .get(pos + 1..pos + 3)
            .map(|l| usize::from(u16::from_be_bytes([l[0], l[1]])))
            .ok_or("damaged JPEG: ends inside a segment header")?;
        let end = pos + 1 + len;
        if len < 2 || end > b.len() {
            return Err(format!(
                "damaged JPEG: segment at byte {start} runs past the end"
            ));
        }
        // Normalise: a segment is FF, marker, length, payload (fill bytes are dropped).
        segs.push(Segment {
            marker,
            start: pos - 1,
            end,
        });
        pos = end;
    }
}

/// What the metadata segments hold.
fn analyse(b: &[u8], segs: &[Segment]) -> (Vec<Finding>, ExifInfo) {
    let mut findings = Vec::new();
    let mut first_exif = None;
    for s in segs {
        let p = s.payload(b);
        match s.marker {
            0xe1 if p.starts_with(EXIF_ID) => {
                let info = meta::exif_findings(&p[EXIF_ID.len()..]);
                findings.extend(info.findings.iter().cloned());
                first_exif.get_or_insert(info);
            }
            0xe1 if p.starts_with(XMP_ID) || p.starts_with(XMP_EXT_ID) => {
                findings.extend(meta::xmp_findings(p));
            }
            0xed => findings.extend(meta::iptc_findings(p)),
            0xfe => findings.push(Finding::new(Risk::Other, "JPEG comment")),
            _ => {}
        }
    }
    (findings, first_exif.unwrap_or_default())
}

/// The metadata a JPEG file carries.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    let (segs, _) = segments(b)?;
    Ok(analyse(b, &segs).0)
}

/// The file without its metadata, and what was removed; the same bytes when nothing was.
pub fn scrub(b: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), String> {
    let (segs, scan) = segments(b)?;
    let (findings, exif) = analyse(b, &segs);
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&b[..2]);
    let mut exif_written = false;
    for s in &segs {
        let p = s.payload(b);
        let drop = match s.marker {
            0xe1 if p.starts_with(EXIF_ID) => {
                if let (Some(o), false) = (exif.orientation, exif_written) {
                    let mut payload = EXIF_ID.to_vec();
                    payload.extend(meta::orientation_tiff(o));
                    out.extend_from_slice(&[0xff, 0xe1]);
                    out.extend_from_slice(&(payload.len() as u16 + 2).to_be_bytes());
                    out.extend(payload);
                    exif_written = true;
                }
                true
            }
            0xe1 => p.starts_with(XMP_ID) || p.starts_with(XMP_EXT_ID),
            0xed | 0xfe => true,
            _ => false,
        };
        if !drop {
            out.extend_from_slice(&b[s.start..s.end]);
        }
    }
    out.extend_from_slice(&b[scan..]);
    if out == b {
        return Ok((b.to_vec(), Vec::new()));
    }
    Ok((out, findings))
}

#[cfg(test)]
mod tests {
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
            [0xe0, 0xe1, 0xdb]
        );
        assert_eq!(analyse(&out, &segs).1.orientation, Some(8));
        let (again, removed) = scrub(&out).unwrap();
        assert_eq!(again, out);
        assert!(removed.is_empty());
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        for b in [
            &b""[..],
            b"\xff\xd8",
            b"\xff\xd8\xff\xe1\x00",
            b"\xff\xd8\xff\xe1\xff\xff",
        ] {
            assert!(inspect(b).is_err(), "{b:?}");
        }
    }
}
