//! The image pipeline: metadata stripped (every output read back in Rust: EXIF, JPEG segments,
//! PNG and WebP chunks), upright, resized to the widths asked for, cached, and never a file
//! derived from a person who may not be shown.
//!
//! The plain images are made by the tests with the `image` crate. The "spy" photo, with EXIF
//! camera and orientation, XMP, IPTC and a comment (and, in `spy-located.jpg`, EXIF GPS and a
//! serial number), is committed in `tests/fixtures/media/` (made with exiftool by `make.sh`
//! there); no outside tool runs here. `scripts/check-media` reads the built portal's images with
//! exiftool in `.ci/run`.

use std::path::Path;

use image::{GenericImageView, Rgb, RgbImage, Rgba, RgbaImage};

use crate::harness::{SiteTest, tree};
use crate::media;

const RED: [u8; 3] = [230, 20, 20];
const BLUE: [u8; 3] = [20, 40, 220];

fn jpeg(img: &RgbImage) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    img.write_to(&mut buf, image::ImageFormat::Jpeg)
        .expect("encode jpeg");
    buf.into_inner()
}

fn solid(w: u32, h: u32, c: [u8; 3]) -> Vec<u8> {
    jpeg(&RgbImage::from_pixel(w, h, Rgb(c)))
}

/// A 400 x 200 JPEG stored sideways: blue with a red top-left corner, tagged "rotate 90° clockwise"
/// and carrying camera, XMP, IPTC and a comment. (A location or serial number in a source is
/// refused by the source check before images are processed: see
/// `a_located_photo_is_refused_then_published_clean_after_scrub`.)
fn spy_photo(site: &SiteTest, rel: &str) {
    spy_photo_from(site, rel, "spy.jpg");
}

/// Writes the fixture `spy` (`spy.jpg` or `spy-located.jpg`) to `rel` and checks it carries
/// what the tests expect to see removed.
fn spy_photo_from(site: &SiteTest, rel: &str, spy: &str) -> Vec<u8> {
    let bytes = media::fixture(spy);
    let fields = media::exif_fields(&bytes);
    for want in [("Make", "\"SpyCam\""), ("Model", "\"Tracker9000\"")] {
        assert!(
            fields.iter().any(|(t, v)| (t.as_str(), v.as_str()) == want),
            "{spy} should carry EXIF {want:?}: {fields:?}"
        );
    }
    assert_eq!(media::orientation(&bytes), Some(6), "{spy}: rotate 90 CW");
    let segments = media::jpeg_segments(&bytes);
    let has = |marker: u8, head: &[u8], value: &[u8]| {
        segments
            .iter()
            .any(|(m, p)| *m == marker && p.starts_with(head) && media::contains(p, value))
    };
    assert!(
        has(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\0",
            b"SecretPhotographer"
        ),
        "{spy} should carry XMP dc:creator"
    );
    assert!(
        has(0xED, b"Photoshop 3.0\0", b"SecretByline"),
        "{spy} should carry IPTC By-line"
    );
    assert!(
        has(0xFE, b"", b"SecretComment"),
        "{spy} should carry a comment"
    );
    let image = image::load_from_memory(&bytes).expect("decode the spy photo");
    assert_eq!(image.dimensions(), (400, 200), "{spy} is stored sideways");
    site.write(rel, &bytes);
    bytes
}

/// The `images` fixture with its pictures made.
fn images_site() -> SiteTest {
    let site = SiteTest::new("images");
    spy_photo(&site, "content/stories/spy.jpg");
    let stall = RgbaImage::from_fn(240, 120, |x, _| {
        Rgba([200, 120, 40, if x < 120 { 255 } else { 0 }])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    stall
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("png");
    site.write("content/stories/stall.png", png.into_inner());
    site.write(
        "content/stories/pattern.jpg",
        solid(600, 100, [90, 160, 90]),
    );
    site.write(
        "content/champions/ada/photo.jpg",
        solid(500, 500, [240, 200, 60]),
    );
    site
}

fn image_files(out: &Path) -> Vec<(String, Vec<u8>)> {
    tree(out)
        .into_iter()
        .filter(|(p, _)| p.starts_with("images/"))
        .collect()
}

/// No trace of the source's metadata, in Rust.
fn assert_no_metadata(name: &str, bytes: &[u8]) {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    for needle in [
        &b"Exif\0\0"[..],
        b"EXIF",
        b"GPS",
        b"SpyCam",
        b"Tracker9000",
        b"SN99887766",
        b"http://ns.adobe.com",
        b"Photoshop 3.0",
        b"Secret",
        b"XMP ",
        b"ICCP",
    ] {
        assert!(
            !has(needle),
            "{name} contains {:?}",
            String::from_utf8_lossy(needle)
        );
    }
    let exif = exif_of(bytes);
    assert!(exif.is_none(), "{name} has an EXIF block");
    media::assert_only_pixels(name, bytes);
}

/// The EXIF block of an image, read by the `image` crate's decoders.
fn exif_of(bytes: &[u8]) -> Option<Vec<u8>> {
    use image::ImageDecoder;
    let reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let mut dec = reader.into_decoder().ok()?;
    dec.exif_metadata().ok().flatten()
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 40)
}

#[test]
fn a_located_photo_is_refused_then_published_clean_after_scrub() {
    let site = images_site();
    let located = spy_photo_from(&site, "content/stories/spy.jpg", "spy-located.jpg");
    let fields = media::exif_fields(&located);
    for want in ["GPS:GPSLatitude", "GPS:GPSLongitude", "BodySerialNumber"] {
        assert!(
            fields.iter().any(|(t, _)| t == want),
            "spy-located.jpg should carry EXIF {want}: {fields:?}"
        );
    }
    site.build(&[])
        .failure()
        .stderr_has("error: content/stories/spy.jpg: this file carries a location (EXIF GPS)");
    assert!(
        !site.out.exists(),
        "nothing derived from the located photo is written"
    );
    let root = site.src("").to_string_lossy().into_owned();
    site.run(&["scrub", "--root", &root]).success();
    site.build_ok(&[]);
    for (name, bytes) in image_files(&site.out) {
        assert_no_metadata(&name, &bytes);
    }
}

#[test]
fn photos_are_stripped_upright_resized_and_cached() {
    let site = images_site();
    let run = site
        .build_ok(&[])
        .stdout_has("images: 4 decoded, 0 from cache");
    // The source carries a photographer's name: the source check warns (the output never has it).
    assert_eq!(
        run.stderr_lines("warning:"),
        [
            "warning: content/stories/spy.jpg: this file names an owner's name (IPTC By-line, XMP dc:creator)"
        ],
        "{}",
        run.stderr
    );
    assert!(run.stderr_lines("error:").is_empty());
    let files = image_files(&site.out);
    // spy: 200x400 upright -> 100, 150, 200; stall 240 wide -> 100, 150, 240 (png);
    // pattern 600 -> 100, 150, 300; ada 500 -> 100, 150, 300: two formats each. Beside them, the
    // share-preview pictures (`-card.jpg`, `-title.jpg`), checked for metadata with the rest.
    let share = |n: &str| n.ends_with("-card.jpg") || n.ends_with("-title.jpg");
    assert!(
        files.iter().any(|f| share(&f.0)),
        "no share-preview picture"
    );
    assert_eq!(
        files.iter().filter(|f| !share(&f.0)).count(),
        4 * 3 * 2,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let sources: Vec<Vec<u8>> = ["content/stories/spy.jpg", "content/stories/stall.png"]
        .iter()
        .map(|r| std::fs::read(site.src(r)).unwrap())
        .collect();
    for (name, bytes) in &files {
        assert_no_metadata(name, bytes);
        assert!(
            !sources.contains(bytes),
            "{name} is a copy of a source file"
        );
        assert!(
            !name.contains("spy") && !name.contains("stall"),
            "{name} reveals the source name"
        );
    }

    let page = site.html("stories/market/index.html");
    let hero = "figure.hero picture img";
    assert_eq!(page.attr(hero, "width"), "200");
    assert_eq!(
        page.attr(hero, "height"),
        "400",
        "turned upright: width and height swapped"
    );
    assert_eq!(
        page.attrs(hero, "loading"),
        Vec::<String>::new(),
        "the first image is not lazy"
    );
    assert_eq!(
        page.attr(hero, "alt"),
        "A red awning over a blue market stall"
    );
    let webp = page.attr("figure.hero picture source[type='image/webp']", "srcset");
    let widths: Vec<&str> = webp
        .split(", ")
        .map(|s| s.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(widths, ["100w", "150w", "200w"], "{webp}");
    let src = page.attr(hero, "src");
    assert!(
        src.starts_with("/images/") && src.ends_with("-200.jpg"),
        "{src}"
    );
    let upright = image::load_from_memory(
        &std::fs::read(site.out_path(src.trim_start_matches('/'))).unwrap(),
    )
    .unwrap();
    assert_eq!(upright.dimensions(), (200, 400));
    let px = |x, y| {
        let p = upright.get_pixel(x, y).0;
        [p[0], p[1], p[2]]
    };
    assert!(
        close(px(185, 10), RED),
        "top-right corner is red once upright: {:?}",
        px(185, 10)
    );
    assert!(
        close(px(10, 10), BLUE),
        "top-left corner is blue: {:?}",
        px(10, 10)
    );
    assert!(close(px(100, 390), BLUE));
    for (name, bytes) in files.iter().filter(|f| !share(&f.0)) {
        let img = image::load_from_memory(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let w = name.rsplit('-').next().unwrap().split('.').next().unwrap();
        assert_eq!(img.width().to_string(), w, "{name}");
    }

    let body = page.attrs(".prose picture img", "loading");
    assert_eq!(body, ["lazy", "lazy"], "body images load lazily");
    assert_eq!(
        page.attrs(".prose picture img", "alt"),
        ["A drawing of the stall", ""]
    );
    assert!(
        page.attrs(".prose picture img", "src")[0].ends_with("-240.png"),
        "alpha keeps a PNG fallback"
    );
    assert_eq!(
        page.attrs("aside.champion-card picture img", "alt"),
        ["Ada smiling"]
    );
    let champ = site.html("champions/ada/index.html");
    assert_eq!(champ.attrs("img.portrait", "loading"), Vec::<String>::new());
    assert_eq!(champ.attr("img.portrait", "width"), "300");

    // An unchanged site decodes nothing, and writes the same bytes.
    let before = tree(&site.out);
    site.build_ok(&[])
        .stdout_has("images: 0 decoded, 4 from cache");
    assert!(
        before == tree(&site.out),
        "a rebuild from the cache is byte-identical"
    );

    // A changed image is decoded again; the stale cache entry is pruned.
    site.write("content/stories/pattern.jpg", solid(600, 100, [20, 20, 20]));
    site.build_ok(&[])
        .stdout_has("images: 1 decoded, 3 from cache");
    let entries = std::fs::read_dir(site.src(".useit-cache/images"))
        .unwrap()
        .count();
    let shares = image_files(&site.out)
        .iter()
        .filter(|f| share(&f.0))
        .count();
    assert_eq!(
        entries,
        4 + shares,
        "one cache entry per image and per share picture in use"
    );
}

fn bad_image(file: &str, bytes: Vec<u8>, want: &str) {
    let site = images_site();
    site.write(file, bytes);
    let run = site.build(&[]).failure().no_panic().stderr_has(want);
    assert!(run.stderr.contains("help:"), "{}", run.stderr);
    assert!(!site.out.exists(), "no output after a failed build");
    site.check(&[]).failure().no_panic().stderr_has(want);
}

#[test]
fn a_file_that_is_not_an_image_is_an_error() {
    bad_image(
        "content/stories/stall.png",
        b"these are not the pixels you are looking for".to_vec(),
        "error: content/stories/market.md:11: image `stall.png` (content/stories/stall.png): not a JPEG, PNG or WebP image",
    );
}

#[test]
fn a_truncated_image_is_an_error() {
    let whole = solid(600, 400, [10, 100, 200]);
    bad_image(
        "content/stories/pattern.jpg",
        whole[..whole.len() / 3].to_vec(),
        "the image cannot be read, it may be damaged or cut short",
    );
}

#[test]
fn a_huge_image_is_refused_from_its_header() {
    // A small JPEG whose header claims 20000 x 20000: refused before any pixel is decoded.
    let mut bytes = solid(64, 64, [1, 2, 3]);
    let sof = bytes
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("baseline JPEG");
    bytes[sof + 5..sof + 9].copy_from_slice(&[0x4E, 0x20, 0x4E, 0x20]);
    bad_image(
        "content/champions/ada/photo.jpg",
        bytes,
        "error: content/champions/ada/index.md:5: image `photo.jpg` (content/champions/ada/photo.jpg): the image is 20000 x 20000 pixels, more than the limit of 40000000",
    );
}

#[test]
fn images_outside_content_and_without_alt_are_errors() {
    let site = images_site();
    site.write(
        "content/stories/market.md",
        "---\ntitle: M\ndate: 2026-10-01\nsummary: S\n---\n![The config](../../site.yaml)\n\n![](stall.png)\n\n![Far](https://elsewhere.example/a.jpg)\n",
    );
    site.build(&[])
        .failure()
        .no_panic()
        .stderr_has("error: content/stories/market.md:6: image `../../site.yaml` points outside the content folder")
        .stderr_has("error: content/stories/market.md:8: image `stall.png` has no alt text")
        .stderr_has("help: describe the picture for people who cannot see it")
        .stderr_has("error: content/stories/market.md:10: image `https://elsewhere.example/a.jpg` is not a file of the site");
}

#[test]
fn decorative_front_matter_image_has_empty_alt() {
    let site = images_site();
    let story = site.source_text("content/stories/market.md");
    site.write(
        "content/stories/market.md",
        story.replace(
            "image_alt: A red awning over a blue market stall",
            "image_alt: \"\"\nimage_decorative: true",
        ),
    );
    site.build_ok(&[]);
    let page = site.html("stories/market/index.html");
    assert_eq!(page.attr("figure.hero img", "alt"), "");
}

/// Distinctive colours, one per person, to find any file derived from their photo.
const PEOPLE: [(&str, [u8; 3], bool); 4] = [
    ("amina", [30, 200, 60], true),
    ("winifred-marsh", [250, 0, 250], false),
    ("ezekiel-stone", [255, 140, 0], false),
    ("sparrow", [0, 230, 255], false),
];

#[test]
fn photos_of_people_who_may_not_be_shown_never_reach_the_output() {
    let site = SiteTest::new("consent");
    for (slug, colour, _) in PEOPLE {
        let index = format!("content/champions/{slug}/index.md");
        let text = std::fs::read_to_string(site.src(&index)).unwrap();
        let text = text.replacen("role:", "photo: photo.jpg\nphoto_alt: A portrait\nrole:", 1);
        site.write(&index, text);
        site.write(
            &format!("content/champions/{slug}/photo.jpg"),
            solid(400, 400, colour),
        );
    }
    site.write(
        "content/stories/amina-story.md",
        "---\ntitle: With Amina\ndate: 2026-09-02\nsummary: S\nchampion: amina\n---\nText.\n",
    );
    let run = site
        .build_ok(&[])
        .stdout_has("images: 1 decoded")
        .stderr_has("warning: content/champions/sparrow/index.md:4: an anonymous champion's `photo` is never published");
    assert!(!run.stderr.contains("panicked"));
    let files = tree(&site.out);
    let sources: Vec<Vec<u8>> = PEOPLE
        .iter()
        .filter(|(_, _, allowed)| !allowed)
        .map(|(s, _, _)| {
            std::fs::read(site.src(&format!("content/champions/{s}/photo.jpg"))).unwrap()
        })
        .collect();
    let mut shown = 0;
    for (path, bytes) in &files {
        let lower = path.to_lowercase();
        for secret in ["winifred", "marsh", "ezekiel", "photo.jpg"] {
            assert!(
                !lower.contains(secret),
                "file name {path} mentions {secret}"
            );
            let text = String::from_utf8_lossy(bytes).to_lowercase();
            assert!(!text.contains(secret), "{path} mentions {secret:?}");
        }
        assert!(
            !sources.contains(bytes),
            "{path} is a copy of a hidden person's photo"
        );
        if let Ok(img) = image::load_from_memory(bytes) {
            let p = img.to_rgb8().get_pixel(img.width() / 2, img.height() / 2).0;
            for (slug, colour, allowed) in PEOPLE {
                if close(p, colour) {
                    assert!(allowed, "{path} is derived from {slug}'s photo");
                    shown += 1;
                }
            }
        }
    }
    assert!(
        shown >= 2,
        "the consented champion's photo is published (WebP and JPEG)"
    );
    let sparrow = site.html("champions/sparrow/index.html");
    assert_eq!(sparrow.count("img"), 0);
    let story = site.html("stories/back-to-medicine/index.html");
    assert_eq!(story.count("aside.champion-card img"), 0);
    let amina = site.html("stories/amina-story/index.html");
    assert_eq!(amina.count("aside.champion-card img"), 1);
}
