//! Sources read whole (issue 18): the source check reads every byte of a photo or video, so
//! metadata hidden after a JPEG's image data (a second photo, an MPF secondary image, a
//! motion-photo video), in a compressed PNG text chunk, deep in an MP4's box tree or in a HEIF
//! item is found; a file that cannot be read fully (an overflowing box size, a truncated HEIF)
//! is an error, not a pass; `useit scrub` removes it all without changing the pixels.
//!
//! Every fixture is built here in Rust from the committed `tests/fixtures/media/` files and
//! images encoded with the `image` crate, so `cargo test` needs neither exiftool nor ffmpeg
//! (the scrub of the nested video runs ffmpeg: it is in `tests/external/video.rs`).

use std::io::{Cursor, Write};

use useit::privacy::inspect::{Format, inspect_bytes};

use crate::harness::SiteTest;
use crate::media;
use crate::media::{PLACE, bx, nested_mp4, xyz_udta};

const APPENDED: &str = "content/stories/appended.jpg";
const MPF: &str = "content/stories/mpf.jpg";
const MOTION: &str = "content/stories/motion.jpg";
const XMP_PNG: &str = "content/stories/xmp.png";
const NESTED: &str = "content/stories/nested.mp4";
const OVERFLOW: &str = "content/stories/overflow.mp4";
const HEIC: &str = "content/stories/gps.heic";
const TRUNCATED: &str = "content/stories/truncated.heic";
const PDF: &str = "content/stories/flyer.pdf";

/// Values that `located.jpg` carries (in EXIF and XMP): none may survive a scrub.
const LOCATED_VALUES: [&[u8]; 4] = [b"Canon", b"123456", b"Birmingham", b"Exif\0\0"];

/// A 32 x 16 gradient without any metadata, encoded by the `image` crate.
fn clean(format: image::ImageFormat) -> Vec<u8> {
    let img = image::RgbImage::from_fn(32, 16, |x, y| image::Rgb([x as u8 * 8, y as u8 * 16, 90]));
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

/// The TIFF payload of `located.jpg`'s EXIF segment (GPS, serial numbers...).
fn located_tiff() -> Vec<u8> {
    let jpeg = media::fixture("located.jpg");
    let (_, exif) = media::jpeg_segments(&jpeg)
        .into_iter()
        .find(|(m, p)| *m == 0xe1 && p.starts_with(b"Exif\0\0"))
        .expect("located.jpg has EXIF");
    exif[6..].to_vec()
}

/// A minimal HEIC: `ftyp`, a `meta` whose `iinf` lists one `Exif` item that `iloc` places in
/// the `mdat` after it.
fn heic() -> Vec<u8> {
    let item = [&[0, 0, 0, 6][..], b"Exif\0\0", &located_tiff()].concat();
    let ftyp = bx(b"ftyp", b"heic\0\0\0\0mif1heic");
    let infe = bx(
        b"infe",
        &[&[2, 0, 0, 0, 0, 1, 0, 0][..], b"Exif", b"\0"].concat(),
    );
    let iinf = bx(b"iinf", &[&[0, 0, 0, 0, 0, 1][..], &infe].concat());
    let hdlr = bx(b"hdlr", &[&[0u8; 8][..], b"pict", &[0; 13]].concat());
    let iloc_len = 8 + 4 + 2 + 2 + 2 + 2 + 2 + 4 + 4;
    let meta_len = 8 + 4 + hdlr.len() + iinf.len() + iloc_len;
    let offset = (ftyp.len() + meta_len + 8) as u32;
    let iloc = bx(
        b"iloc",
        &[
            &[0, 0, 0, 0, 0x44, 0x00, 0, 1, 0, 1, 0, 0, 0, 1][..],
            &offset.to_be_bytes(),
            &(item.len() as u32).to_be_bytes(),
        ]
        .concat(),
    );
    let meta = bx(b"meta", &[&[0, 0, 0, 0][..], &hdlr, &iinf, &iloc].concat());
    assert_eq!(meta.len(), meta_len);
    [ftyp, meta, bx(b"mdat", &item)].concat()
}

/// A clean PNG with an XMP packet (a city and a GPS latitude) in a compressed `iTXt` chunk.
fn xmp_png() -> Vec<u8> {
    let xmp = br#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description photoshop:City="Birmingham" exif:GPSLatitude="52,29.172N"/></rdf:RDF></x:xmpmeta>"#;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(xmp).expect("deflate");
    let data = [
        &b"XML:com.adobe.xmp\0\x01\x00\0\0"[..],
        &z.finish().expect("deflate"),
    ]
    .concat();
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(b"iTXt");
    chunk.extend_from_slice(&data);
    let crc = flate2::Crc::new();
    let mut crc = crc;
    crc.update(&chunk[4..]);
    chunk.extend_from_slice(&crc.sum().to_be_bytes());
    let png = clean(image::ImageFormat::Png);
    let after_ihdr = 8 + 25;
    [&png[..after_ihdr], &chunk, &png[after_ihdr..]].concat()
}

/// A clean JPEG with an MPF index (APP2) after its start marker, then `located.jpg` appended
/// as its secondary image.
fn mpf_jpeg() -> Vec<u8> {
    let jpeg = clean(image::ImageFormat::Jpeg);
    let mpf = [&b"MPF\0MM\0\x2a\0\0\0\x08\0\0"[..], &[0; 4]].concat();
    let mut seg = vec![0xff, 0xe2];
    seg.extend_from_slice(&(mpf.len() as u16 + 2).to_be_bytes());
    seg.extend(mpf);
    [&jpeg[..2], &seg, &jpeg[2..], &media::fixture("located.jpg")].concat()
}

/// A PDF whose only image is `located.jpg`, in a `DCTDecode` stream.
fn pdf_with_photo() -> Vec<u8> {
    let photo = media::fixture("located.jpg");
    let head = format!(
        "%PDF-1.4\n4 0 obj << /Type /XObject /Subtype /Image /Filter /DCTDecode /Length {} >>\nstream\n",
        photo.len()
    );
    [head.as_bytes(), &photo, b"\nendstream\nendobj\n%%EOF\n"].concat()
}

/// Writes every fixture into the privacy site.
fn make_sources(site: &SiteTest) {
    let jpeg = clean(image::ImageFormat::Jpeg);
    let video = [
        bx(b"ftyp", b"isom\0\0\x02\0isommp41"),
        bx(b"moov", &xyz_udta()),
    ]
    .concat();
    let mut overflow = bx(b"ftyp", b"isom\0\0\x02\0");
    overflow.extend([0, 0, 0, 1, b'm', b'd', b'a', b't']);
    overflow.extend(u64::MAX.to_be_bytes());
    let heic = heic();
    let files: [(&str, Vec<u8>); 9] = [
        (PDF, pdf_with_photo()),
        (
            APPENDED,
            [jpeg.clone(), media::fixture("located.jpg")].concat(),
        ),
        (MPF, mpf_jpeg()),
        (MOTION, [jpeg, video].concat()),
        (XMP_PNG, xmp_png()),
        (NESTED, nested_mp4()),
        (OVERFLOW, overflow),
        (TRUNCATED, heic[..heic.len() - 40].to_vec()),
        (HEIC, heic),
    ];
    for (rel, bytes) in files {
        site.write(rel, bytes);
    }
}

#[test]
fn hidden_locations_and_unreadable_containers_fail_the_check() {
    let site = SiteTest::new("privacy");
    make_sources(&site);
    let run = site.check(&[]).failure();
    for (file, says) in [
        (
            APPENDED,
            "this file carries a location (appended image 2: EXIF GPS, appended image 2: XMP photoshop:City), a camera serial number (appended image 2: EXIF BodySerialNumber",
        ),
        (
            MPF,
            "this file carries a location (appended image 2: EXIF GPS",
        ),
        (
            MOTION,
            "this file carries a location (appended video: QuickTime ©xyz)",
        ),
        (
            XMP_PNG,
            "this file carries a location (XMP exif:GPSLatitude, XMP photoshop:City)",
        ),
        (
            NESTED,
            "this file carries a location (3GPP loci, QuickTime ©xyz)",
        ),
        (
            OVERFLOW,
            "cannot read the whole file: damaged video: box `mdat` at byte 16 declares 18446744073709551615 bytes, but only 16 are left",
        ),
        (
            HEIC,
            "this file carries a location (EXIF GPS), a camera serial number (EXIF BodySerialNumber",
        ),
        (
            TRUNCATED,
            "cannot read the whole file: damaged HEIF/AVIF file: box `mdat`",
        ),
    ] {
        let want = format!("error: {file}: {says}");
        assert!(run.stderr.contains(&want), "no {want:?} in\n{}", run.stderr);
    }
    assert!(
        !run.stdout.contains("none carries a location"),
        "{}",
        run.stdout
    );
}

/// The pixels of an image, decoded by the `image` crate.
fn pixels(bytes: &[u8]) -> Vec<u8> {
    image::load_from_memory(bytes)
        .expect("decode")
        .to_rgba8()
        .into_raw()
}

#[test]
fn scrub_removes_appended_and_hidden_metadata_keeping_the_pixels() {
    let site = SiteTest::new("privacy");
    make_sources(&site);
    let images = [APPENDED, MPF, MOTION, XMP_PNG];
    let before: Vec<Vec<u8>> = images
        .iter()
        .map(|f| std::fs::read(site.src(f)).expect("read"))
        .collect();
    let root = site.root.to_string_lossy();
    let run = site
        .run(&[&["scrub", "--root", &root][..], &images].concat())
        .success();
    for (file, says) in [
        (APPENDED, "removed a location (appended image 2: EXIF GPS"),
        (MPF, "MPF index of appended images"),
        (
            MOTION,
            "removed a location (appended video: QuickTime ©xyz)",
        ),
        (
            XMP_PNG,
            "removed a location (XMP exif:GPSLatitude, XMP photoshop:City)",
        ),
    ] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("{file}: ")))
            .unwrap_or_default();
        assert!(
            line.contains(says),
            "{file}: no {says:?} in {line:?}\n{}",
            run.stdout
        );
        if file.ends_with(".jpg") {
            assert!(line.contains("bytes appended after the image"), "{line}");
        }
    }
    for (file, old) in images.iter().zip(&before) {
        let now = std::fs::read(site.src(file)).expect("read");
        let format = if file.ends_with(".png") {
            Format::Png
        } else {
            Format::Jpeg
        };
        let found = inspect_bytes(format, &now).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(found.is_empty(), "{file} still carries {found:?}");
        for marker in [PLACE, b"ftyp", b"MPF\0", b"XML:com.adobe.xmp", b"iTXt"]
            .into_iter()
            .chain(LOCATED_VALUES)
        {
            assert!(
                !media::contains(&now, marker),
                "{file} still holds {:?}",
                String::from_utf8_lossy(marker)
            );
        }
        assert!(pixels(old) == pixels(&now), "{file}: pixels changed");
    }
    site.run(&["scrub", "--root", &root, HEIC])
        .failure()
        .stderr_has(&format!(
            "error: {HEIC}: cannot remove a location (EXIF GPS)"
        ));
}

/// Every prefix of every fixture, and copies with bytes flipped, read by every reader of the
/// crate: errors are fine, a panic is not (checked arithmetic everywhere).
#[test]
fn no_damaged_file_makes_a_reader_panic() {
    let jpeg = [
        clean(image::ImageFormat::Jpeg),
        media::fixture("located.jpg"),
    ]
    .concat();
    let samples = [
        (Format::Jpeg, jpeg),
        (Format::Jpeg, mpf_jpeg()),
        (Format::Png, xmp_png()),
        (Format::Video, nested_mp4()),
        (Format::Heif, heic()),
        (Format::Pdf, pdf_with_photo()),
    ];
    for (format, bytes) in samples {
        let step = (bytes.len() / 700).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let mut flipped = bytes.clone();
            flipped[cut] ^= 0xff;
            for b in [&bytes[..cut], &flipped[..]] {
                let _ = inspect_bytes(format, b);
                let _ = useit::privacy::jpeg::scrub(b);
                let _ = useit::privacy::png::scrub(b);
            }
        }
    }
}
