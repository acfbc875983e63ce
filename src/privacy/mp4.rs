//! MP4 and QuickTime (MOV): walks the box tree for location, device and XMP metadata.
//!
//! Entry point: [`inspect`]. Only the `moov` box (and top-level `uuid`/`meta` boxes) are read
//! into memory; the media data is skipped by seeking, so large videos are checked quickly.
//! Scrubbing videos is a stream copy with ffmpeg (see [`super::scrub`]).

use std::io::{Read, Seek, SeekFrom};

use super::meta;
use super::{Finding, Risk};

/// Boxes whose payload is a list of boxes.
const CONTAINERS: [&[u8; 4]; 8] = [
    b"moov", b"trak", b"mdia", b"minf", b"udta", b"meta", b"ilst", b"edts",
];

/// Reads the boxes of a video and reports what its metadata reveals.
pub fn inspect<R: Read + Seek>(r: &mut R) -> Result<Vec<Finding>, String> {
    let size = r.seek(SeekFrom::End(0)).map_err(|e| e.to_string())?;
    let mut pos = 0u64;
    let mut findings = Vec::new();
    let mut seen_box = false;
    while pos + 8 <= size {
        r.seek(SeekFrom::Start(pos)).map_err(|e| e.to_string())?;
        let mut head = [0u8; 16];
        r.read_exact(&mut head[..8]).map_err(|e| e.to_string())?;
        let kind = [head[4], head[5], head[6], head[7]];
        let mut len = u64::from(u32::from_be_bytes([head[0], head[1], head[2], head[3]]));
        let mut header = 8;
        if len == 1 {
            r.read_exact(&mut head[8..]).map_err(|e| e.to_string())?;
            len = u64::from_be_bytes(head[8..16].try_into().unwrap_or_default());
            header = 16;
        } else if len == 0 {
            len = size - pos;
        }
        if len < header || pos + len > size {
            if !seen_box {
                return Err("not an MP4/QuickTime file (no valid box)".into());
            }
            return Err(format!(
                "damaged video: box at byte {pos} runs past the end"
            ));
        }
        seen_box = true;
        if matches!(&kind, b"moov" | b"uuid" | b"meta" | b"udta") {
            let mut payload = vec![0u8; (len - header) as usize];
            r.read_exact(&mut payload).map_err(|e| e.to_string())?;
            walk(&kind, &payload, &mut findings, 0);
        }
        pos += len;
    }
    findings.sort();
    findings.dedup();
    Ok(findings)
}

/// Looks at one box's payload (and its children, for containers).
fn walk(kind: &[u8; 4], payload: &[u8], out: &mut Vec<Finding>, depth: usize) {
    match kind {
        b"\xa9xyz" => out.push(Finding::new(Risk::Location, "QuickTime ©xyz")),
        b"loci" => out.push(Finding::new(Risk::Location, "3GPP loci")),
        b"\xa9mak" | b"\xa9mod" => {
            let name = String::from_utf8_lossy(&kind[1..]).into_owned();
            out.push(Finding::new(Risk::Device, format!("QuickTime ©{name}")));
        }
        b"keys" => keys(payload, out),
        b"uuid" if contains(payload, b"<x:xmpmeta") || contains(payload, b"<rdf:RDF") => {
            out.extend(meta::xmp_findings(payload));
        }
        b"XMP_" => out.extend(meta::xmp_findings(payload)),
        k if k[0] == 0xa9 && k != b"\xa9too" && depth > 0 => {
            let name = String::from_utf8_lossy(&k[1..]).into_owned();
            out.push(Finding::new(Risk::Other, format!("QuickTime ©{name}")));
        }
        _ => {}
    }
    if !CONTAINERS.contains(&kind) || depth > 16 {
        return;
    }
    // ISO `meta` is a full box (4 bytes of version and flags); QuickTime's is not.
    let mut pos = if kind == b"meta" && payload.get(..4) == Some(&[0u8, 0, 0, 0][..]) {
        4
    } else {
        0
    };
    while pos + 8 <= payload.len() {
        let len = u32::from_be_bytes([
            payload[pos],
            payload[pos + 1],
            payload[pos + 2],
            payload[pos + 3],
        ]) as usize;
        let child = [
            payload[pos + 4],
            payload[pos + 5],
            payload[pos + 6],
            payload[pos + 7],
        ];
        let end = if len == 0 { payload.len() } else { pos + len };
        if len != 0 && (len < 8 || end > payload.len()) {
            return;
        }
        walk(&child, &payload[pos + 8..end], out, depth + 1);
        pos = end;
    }
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
    fn encoder_tag_alone_is_clean_and_garbage_is_an_error() {
        let ilst = bx(b"ilst", &bx(b"\xa9too", b"Lavf"));
        let meta = bx(b"meta", &[&[0, 0, 0, 0][..], &ilst].concat());
        let file = [bx(b"ftyp", b"isom"), bx(b"moov", &bx(b"udta", &meta))].concat();
        assert!(inspect(&mut Cursor::new(file)).unwrap().is_empty());
        assert!(inspect(&mut Cursor::new(b"\xff\xff\xff\xffjunkjunk".to_vec())).is_err());
    }
}
