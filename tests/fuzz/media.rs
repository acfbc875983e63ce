//! The media-metadata readers (JPEG, PNG, WebP, MP4, HEIF, PDF, office documents): arbitrary
//! bytes, and mutated copies of valid files (flipped bytes, truncations, insertions, box and
//! segment sizes set to zero, huge or overflowing values). Each read gives findings or an
//! error message, never a panic; the diagnostic names the file; a file `scrub` cleaned reads
//! back without anything that blocks a build.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use useit::privacy::inspect::{Format, inspect_bytes};
use useit::privacy::{diagnose, jpeg, png, webp};

use super::config;

/// A valid file of each format, with metadata where the format has some.
static SAMPLES: LazyLock<Vec<(&'static str, Vec<u8>)>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &str| std::fs::read(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let jpg = read("tests/fixtures/media/located.jpg");
    let tiff = exif_tiff(&jpg);
    vec![
        ("photo.jpg", jpg),
        ("photo.png", read("tests/fixtures/media/located.png")),
        ("clip.mp4", read("tests/fixtures/media/located.mp4")),
        ("photo.webp", webp_with_xmp()),
        ("photo.heic", heif_with_exif(&tiff)),
        ("doc.pdf", b"%PDF-1.4\n1 0 obj\n<< /Author (Jane Doe) /Creator (Writer) >>\nendobj\ntrailer\n<< /Info 1 0 R >>\n%%EOF\n".to_vec()),
        ("sheet.docx", read("toolkits/unlock-your-inner-social-entrepreneur/idea-sheet.docx")),
        ("sheet.ods", read("toolkits/finance-basics/pricing-worksheet.ods")),
    ]
});

/// The TIFF block of the first `Exif` APP1 segment of a JPEG.
fn exif_tiff(jpg: &[u8]) -> Vec<u8> {
    let at = jpg
        .windows(6)
        .position(|w| w == b"Exif\0\0")
        .expect("an Exif segment");
    let len = usize::from(u16::from_be_bytes([jpg[at - 2], jpg[at - 1]]));
    jpg[at + 6..at - 2 + len].to_vec()
}

fn boxed(kind: &[u8; 4], parts: &[&[u8]]) -> Vec<u8> {
    let payload = parts.concat();
    let size = u32::try_from(payload.len() + 8).expect("a small box");
    [&size.to_be_bytes()[..], kind, &payload].concat()
}

/// A HEIF file whose `meta` box lists one `Exif` item stored in `mdat`.
fn heif_with_exif(tiff: &[u8]) -> Vec<u8> {
    let ftyp = boxed(b"ftyp", &[b"heic", &[0; 4], b"mif1heic"]);
    let hdlr = boxed(b"hdlr", &[&[0; 8], b"pict", &[0; 12], b"\0"]);
    let infe = boxed(
        b"infe",
        &[&[2, 0, 0, 0], &1u16.to_be_bytes(), &[0, 0], b"Exif", b"\0"],
    );
    let iinf = boxed(b"iinf", &[&[0; 4], &1u16.to_be_bytes(), &infe]);
    let exif = [&[0u8; 4][..], tiff].concat();
    let iloc_len = 8 + 4 + 2 + 2 + 2 + 2 + 2 + 4 + 4;
    let meta_len = 8 + 4 + hdlr.len() + iinf.len() + iloc_len;
    let offset = u32::try_from(ftyp.len() + meta_len + 8).expect("small");
    let length = u32::try_from(exif.len()).expect("small");
    let iloc = boxed(
        b"iloc",
        &[
            &[0; 4],
            &[0x44, 0x00],
            &1u16.to_be_bytes(),
            &1u16.to_be_bytes(),
            &[0, 0],
            &1u16.to_be_bytes(),
            &offset.to_be_bytes(),
            &length.to_be_bytes(),
        ],
    );
    let meta = boxed(b"meta", &[&[0; 4], &hdlr, &iinf, &iloc]);
    [ftyp, meta, boxed(b"mdat", &[&exif])].concat()
}

/// A lossless WebP (made by the `image` crate) with an XMP chunk naming a place.
fn webp_with_xmp() -> Vec<u8> {
    let img = image::RgbImage::from_fn(8, 8, |x, y| image::Rgb([x as u8 * 30, y as u8 * 30, 0]));
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .encode(&img, 8, 8, image::ExtendedColorType::Rgb8)
        .expect("encode");
    let xmp = b"<x:xmpmeta><rdf:Description exif:GPSLatitude=\"52,29.0N\" exif:GPSLongitude=\"1,55.0W\"/></x:xmpmeta>";
    let chunk = [
        &b"XMP "[..],
        &u32::try_from(xmp.len()).unwrap().to_le_bytes(),
        xmp,
    ]
    .concat();
    out.extend_from_slice(&chunk);
    let riff = u32::try_from(out.len() - 8).unwrap();
    out[4..8].copy_from_slice(&riff.to_le_bytes());
    out
}

/// One change to a file.
#[derive(Debug, Clone)]
pub(crate) enum Mutation {
    /// Byte at (fraction of the length) set to a value.
    Set(f64, u8),
    /// Cut at a fraction of the length.
    Truncate(f64),
    /// Bytes inserted at a fraction of the length.
    Insert(f64, Vec<u8>),
    /// The size field of the n-th thing that looks like a box or segment header set to a value.
    Size(usize, u64),
    /// The n-th box header given a 64-bit size (`size` 1) and this largesize.
    LargeSize(usize, u64),
}

fn at(b: &[u8], f: f64) -> usize {
    ((b.len() as f64) * f) as usize
}

/// Offsets of what looks like a box header (big-endian size, four-letter type) or a JPEG
/// segment length (after a marker).
fn headers(b: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..b.len().saturating_sub(8) {
        let size = u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
        let kind = &b[i + 4..i + 8];
        if (8..=b.len() - i).contains(&size)
            && kind
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b' ' || *c == 0xa9)
        {
            out.push((i, 4));
        }
        if b[i] == 0xff && (0xc0..=0xfe).contains(&b[i + 1]) {
            out.push((i + 2, 2));
        }
    }
    out
}

/// `b` with the change `m` made.
pub(crate) fn apply(mut b: Vec<u8>, m: &Mutation) -> Vec<u8> {
    match m {
        Mutation::Set(f, v) => {
            let i = at(&b, *f);
            if let Some(x) = b.get_mut(i) {
                *x = *v;
            }
        }
        Mutation::Truncate(f) => b.truncate(at(&b, *f)),
        Mutation::Insert(f, bytes) => {
            let i = at(&b, *f);
            b.splice(i..i, bytes.iter().copied());
        }
        Mutation::Size(n, v) => {
            let hs = headers(&b);
            if let Some(&(i, width)) = hs.get(n % hs.len().max(1)) {
                let be = v.to_be_bytes();
                b[i..i + width].copy_from_slice(&be[8 - width..]);
                if width == 4 && *v == 1 && i + 16 <= b.len() {
                    b[i + 8..i + 16].copy_from_slice(&u64::MAX.to_be_bytes());
                }
            }
        }
        Mutation::LargeSize(n, v) => {
            let boxes: Vec<usize> = headers(&b)
                .into_iter()
                .filter(|&(_, w)| w == 4)
                .map(|(i, _)| i)
                .collect();
            if let Some(&i) = boxes.get(n % boxes.len().max(1))
                && i + 16 <= b.len()
            {
                b[i..i + 4].copy_from_slice(&1u32.to_be_bytes());
                b[i + 8..i + 16].copy_from_slice(&v.to_be_bytes());
            }
        }
    }
    b
}

/// Any one change, with the sizes that break readers most often.
pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    let sizes = prop::sample::select(
        &[
            0u64,
            1,
            2,
            7,
            8,
            9,
            16,
            0xffff,
            0x7fff_ffff,
            0x8000_0000,
            0xffff_fff8,
            0xffff_ffff,
        ][..],
    );
    let large = prop::sample::select(
        &[
            0u64,
            15,
            16,
            17,
            0xffff_ffff,
            1 << 32,
            i64::MAX as u64,
            1 << 63,
            u64::MAX - 16,
            u64::MAX - 8,
            u64::MAX - 1,
            u64::MAX,
        ][..],
    );
    prop_oneof![
        3 => (0.0..1.0f64, any::<u8>()).prop_map(|(f, v)| Mutation::Set(f, v)),
        1 => (0.0..1.0f64).prop_map(Mutation::Truncate),
        1 => (0.0..1.0f64, prop::collection::vec(any::<u8>(), 1..32)).prop_map(|(f, v)| Mutation::Insert(f, v)),
        3 => (any::<usize>(), sizes).prop_map(|(n, v)| Mutation::Size(n, v)),
        1 => (any::<usize>(), large).prop_map(|(n, v)| Mutation::LargeSize(n, v)),
    ]
}

/// Reads `bytes` as the format of `name`; fails on a panic, an empty message, a diagnostic
/// that does not name the file, or a scrubbed copy that still blocks.
fn check(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let rel = Path::new("content/stories").join(name);
    let format = Format::of(&rel).expect("a media name");
    let result = inspect_bytes(format, bytes);
    if let Err(e) = &result {
        prop_assert!(!e.trim().is_empty(), "{}: empty error", name);
    }
    if let Some(d) = diagnose(&rel, result) {
        prop_assert_eq!(d.path.as_deref(), Some(rel.as_path()), "{:?}", d);
    }
    let scrub = match format {
        Format::Jpeg => jpeg::scrub,
        Format::Png => png::scrub,
        Format::Webp => webp::scrub,
        _ => return Ok(()),
    };
    if let Ok((clean, _)) = scrub(bytes) {
        let again = inspect_bytes(format, &clean);
        let blocking = again.as_ref().map(|f| f.iter().any(|f| f.risk.blocks()));
        prop_assert_eq!(
            blocking,
            Ok(false),
            "{}: the scrubbed copy still blocks",
            name
        );
    }
    Ok(())
}

#[test]
fn the_samples_carry_metadata_the_readers_find() {
    for (name, bytes) in SAMPLES.iter() {
        let format = Format::of(Path::new(name)).expect("a media name");
        let found = inspect_bytes(format, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        // The portal's own documents are clean; every other sample carries metadata.
        if !name.starts_with("sheet") {
            assert!(!found.is_empty(), "{name}: no metadata found in the sample");
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn arbitrary_bytes_are_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..600), which in 0usize..8) {
        let name = SAMPLES[which].0;
        check(name, &bytes)?;
        // The same bytes behind each format's magic number.
        let magic = &SAMPLES[which].1[..12];
        check(name, &[magic, &bytes].concat())?;
    }

    #[test]
    fn mutated_samples_are_read_or_refused(which in 0usize..8, ms in prop::collection::vec(mutation(), 1..5)) {
        let (name, sample) = &SAMPLES[which];
        let bytes = ms.iter().fold(sample.clone(), apply);
        check(name, &bytes)?;
    }
}
