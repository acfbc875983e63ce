//! Media fixtures and readers of image and video containers for `images.rs` and `privacy.rs`.
//!
//! The photos and the video carrying metadata are committed in `tests/fixtures/media/`, made
//! once with ffmpeg and exiftool by `tests/fixtures/media/make.sh`: the tests copy them and read
//! every file in Rust (EXIF with `kamadak-exif`, JPEG segments, PNG chunks, WebP chunks, MP4
//! boxes), so `cargo test` needs neither tool. `scripts/check-media` repeats the checks with
//! exiftool and ffmpeg in `.ci/run`.

use std::path::Path;

use crate::harness::repo_root;

/// The bytes of `tests/fixtures/media/<name>`.
pub(crate) fn fixture(name: &str) -> Vec<u8> {
    let path = repo_root().join("tests/fixtures/media").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// Whether `needle` occurs anywhere in `bytes`.
pub(crate) fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// The EXIF block of an image (JPEG, PNG, WebP), read by `kamadak-exif`; `None` when there is
/// none. Panics when there is one that cannot be read.
pub(crate) fn exif(bytes: &[u8]) -> Option<exif::Exif> {
    match exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) {
        Ok(exif) => Some(exif),
        Err(exif::Error::NotFound(_)) => None,
        Err(e) => panic!("unreadable EXIF: {e}"),
    }
}

/// The EXIF fields of an image as `(tag name, value)`, e.g. `("Make", "\"Canon\"")`; GPS tags
/// are named `GPS…` by `kamadak-exif`. Empty when the image has no EXIF block.
pub(crate) fn exif_fields(bytes: &[u8]) -> Vec<(String, String)> {
    exif(bytes)
        .map(|e| {
            e.fields()
                .map(|f| {
                    let name = if f.tag.context() == exif::Context::Gps {
                        format!("GPS:{}", f.tag)
                    } else {
                        f.tag.to_string()
                    };
                    (name, f.display_value().to_string())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The EXIF orientation of the primary image (1 to 8), if any.
pub(crate) fn orientation(bytes: &[u8]) -> Option<u32> {
    exif(bytes)?
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)?
        .value
        .get_uint(0)
}

/// The segments of a JPEG as (marker, payload), from SOI to EOI; the entropy-coded data after
/// each SOS is skipped. Panics on a malformed file.
pub(crate) fn jpeg_segments(bytes: &[u8]) -> Vec<(u8, &[u8])> {
    assert!(bytes.starts_with(&[0xFF, 0xD8]), "not a JPEG");
    let mut out = vec![(0xD8, &bytes[..0])];
    let mut i = 2;
    loop {
        assert!(i < bytes.len() && bytes[i] == 0xFF, "no marker at byte {i}");
        while bytes[i] == 0xFF {
            i += 1;
        }
        let marker = bytes[i];
        i += 1;
        if marker == 0xD9 {
            out.push((marker, &bytes[..0]));
            return out;
        }
        if (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            out.push((marker, &bytes[..0]));
        } else {
            let len = usize::from(u16::from_be_bytes([bytes[i], bytes[i + 1]]));
            assert!(
                len >= 2 && i + len <= bytes.len(),
                "segment at {i} too long"
            );
            out.push((marker, &bytes[i + 2..i + len]));
            i += len;
        }
        if marker == 0xDA || (0xD0..=0xD7).contains(&marker) {
            // Entropy-coded data: runs to the next marker that is not a stuffed 0xFF00.
            while !(bytes[i] == 0xFF && bytes[i + 1] != 0x00 && bytes[i + 1] != 0xFF) {
                i += 1;
            }
        }
    }
}

/// The chunks of a PNG as (type, data). Panics on a malformed file.
pub(crate) fn png_chunks(bytes: &[u8]) -> Vec<([u8; 4], &[u8])> {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let mut out = Vec::new();
    let mut i = 8;
    while i + 12 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = bytes[i + 4..i + 8].try_into().unwrap();
        out.push((kind, &bytes[i + 8..i + 8 + len]));
        i += 12 + len;
    }
    assert_eq!(i, bytes.len(), "PNG ends inside a chunk");
    out
}

/// The chunks of a WebP (RIFF) file as (FourCC, data). Panics on a malformed file.
pub(crate) fn webp_chunks(bytes: &[u8]) -> Vec<([u8; 4], &[u8])> {
    assert!(
        bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP",
        "not a WebP"
    );
    let mut out = Vec::new();
    let mut i = 12;
    while i + 8 <= bytes.len() {
        let kind: [u8; 4] = bytes[i..i + 4].try_into().unwrap();
        let len = u32::from_le_bytes(bytes[i + 4..i + 8].try_into().unwrap()) as usize;
        out.push((kind, &bytes[i + 8..i + 8 + len]));
        i += 8 + len + len % 2;
    }
    assert_eq!(i, bytes.len(), "WebP ends inside a chunk");
    out
}

/// Asserts an output image holds pixels and nothing else: a JPEG has only the segments that
/// code the image (and a bare JFIF APP0), a PNG only IHDR, PLTE, tRNS, IDAT and IEND, a WebP
/// only its bitstream, alpha and a VP8X header that announces no ICC, EXIF or XMP.
pub(crate) fn assert_only_pixels(name: &str, bytes: &[u8]) {
    if name.ends_with(".jpg") || name.ends_with(".jpeg") {
        for (marker, payload) in jpeg_segments(bytes) {
            let pixels = matches!(marker, 0xC0..=0xCF | 0xD0..=0xDA | 0xDB | 0xDD);
            let jfif = marker == 0xE0 && payload.starts_with(b"JFIF\0");
            assert!(
                pixels || jfif,
                "{name} has a JPEG segment 0xFF{marker:02X} that is not pixel data: {:?}",
                String::from_utf8_lossy(&payload[..payload.len().min(40)])
            );
        }
    } else if name.ends_with(".png") {
        for (kind, _) in png_chunks(bytes) {
            assert!(
                [b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"].contains(&&kind),
                "{name} has a PNG chunk {}",
                String::from_utf8_lossy(&kind)
            );
        }
    } else if name.ends_with(".webp") {
        for (kind, data) in webp_chunks(bytes) {
            assert!(
                [b"VP8 ", b"VP8L", b"VP8X", b"ALPH"].contains(&&kind),
                "{name} has a WebP chunk {}",
                String::from_utf8_lossy(&kind)
            );
            if &kind == b"VP8X" {
                assert_eq!(data[0] & 0x2C, 0, "{name}: VP8X announces ICC, EXIF or XMP");
            }
        }
    } else {
        panic!("{name}: not a JPEG, PNG or WebP file name");
    }
    assert!(exif(bytes).is_none(), "{name} has an EXIF block");
}

/// The boxes of an MP4/QuickTime file, depth first, as (path, payload): `moov/udta/loci`.
pub(crate) fn mp4_boxes(bytes: &[u8]) -> Vec<(String, &[u8])> {
    fn walk<'a>(bytes: &'a [u8], parent: &str, out: &mut Vec<(String, &'a [u8])>) {
        let mut i = 0;
        while i + 8 <= bytes.len() {
            let mut len = u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
            let kind = &bytes[i + 4..i + 8];
            let mut header = 8;
            if len == 1 {
                len = u64::from_be_bytes(bytes[i + 8..i + 16].try_into().unwrap()) as usize;
                header = 16;
            } else if len == 0 {
                len = bytes.len() - i;
            }
            assert!(
                len >= header && i + len <= bytes.len(),
                "box at {parent}/{i} runs past its parent"
            );
            let name: String = kind.iter().map(|&b| char::from(b)).collect();
            let path = if parent.is_empty() {
                name
            } else {
                format!("{parent}/{name}")
            };
            let payload = &bytes[i + header..i + len];
            out.push((path.clone(), payload));
            let children = match kind {
                b"moov" | b"trak" | b"mdia" | b"minf" | b"stbl" | b"udta" | b"edts" | b"dinf"
                | b"ilst" => Some(payload),
                // ISO `meta` is a full box (4 bytes of version and flags); QuickTime's is not.
                b"meta" if payload.len() >= 8 && &payload[4..8] == b"hdlr" => Some(payload),
                b"meta" if payload.len() >= 12 => Some(&payload[4..]),
                _ if parent.ends_with("ilst") => Some(payload),
                _ => None,
            };
            if let Some(children) = children {
                walk(children, &path, out);
            }
            i += len;
        }
    }
    let mut out = Vec::new();
    walk(bytes, "", &mut out);
    out
}

/// The boxes of a video that hold a location, device or XMP: `loci`, `©xyz`, `©mak`, `©mod`,
/// `keys` (QuickTime metadata keys such as `com.apple.quicktime.location.ISO6709`), `XMP_` and
/// XMP `uuid` boxes.
pub(crate) fn mp4_metadata_boxes(bytes: &[u8]) -> Vec<String> {
    mp4_boxes(bytes)
        .into_iter()
        .filter(|(path, payload)| {
            let kind = path.rsplit('/').next().unwrap();
            matches!(
                kind,
                "loci" | "\u{a9}xyz" | "\u{a9}mak" | "\u{a9}mod" | "keys" | "XMP_"
            ) || (kind == "uuid" && contains(payload, b"x:xmpmeta"))
        })
        .map(|(path, _)| path)
        .collect()
}

/// What a stream copy keeps of a video: the media data (`mdat`) and the sample sizes (`stsz`).
pub(crate) fn mp4_samples(path: &Path) -> Vec<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let samples: Vec<(String, Vec<u8>)> = mp4_boxes(&bytes)
        .into_iter()
        .filter(|(p, _)| p == "mdat" || p.ends_with("/stsz"))
        .map(|(p, b)| (p, b.to_vec()))
        .collect();
    assert!(
        samples.iter().any(|(p, b)| p == "mdat" && !b.is_empty()),
        "{} has no media data",
        path.display()
    );
    samples
}

/// The location planted in the hand-built boxes: no byte of it may survive a scrub.
pub(crate) const PLACE: &[u8] = b"+52.4862-001.8904/";

/// An ISOBMFF box.
pub(crate) fn bx(kind: &[u8; 4], payload: &[u8]) -> Vec<u8> {
    let mut v = ((payload.len() + 8) as u32).to_be_bytes().to_vec();
    v.extend_from_slice(kind);
    v.extend_from_slice(payload);
    v
}

/// `udta/meta/ilst/©xyz/data` holding [`PLACE`].
pub(crate) fn xyz_udta() -> Vec<u8> {
    let data = bx(b"data", &[&[0, 0, 0, 1, 0, 0, 0, 0][..], PLACE].concat());
    let ilst = bx(b"ilst", &bx(b"\xa9xyz", &data));
    let hdlr = bx(b"hdlr", &[&[0u8; 8][..], b"mdir", &[0; 13]].concat());
    bx(
        b"udta",
        &bx(b"meta", &[&[0, 0, 0, 0][..], &hdlr, &ilst].concat()),
    )
}

/// The committed `located.mp4` with [`xyz_udta`] added at the end of its `moov` (the last box,
/// so no media offset moves).
pub(crate) fn nested_mp4() -> Vec<u8> {
    let mut v = fixture("located.mp4");
    let boxes = mp4_boxes(&v);
    let (moov_path, moov) = boxes
        .iter()
        .rfind(|(p, _)| !p.contains('/'))
        .expect("boxes");
    assert_eq!(moov_path, "moov", "moov is the last box of located.mp4");
    let at = v.len() - moov.len() - 8;
    let extra = xyz_udta();
    let size = (moov.len() + 8 + extra.len()) as u32;
    v[at..at + 4].copy_from_slice(&size.to_be_bytes());
    v.extend(extra);
    v
}
