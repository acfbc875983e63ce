//! Image processing: probe a header, then decode, turn upright, resize and re-encode without
//! metadata, through a cache on disk.
//!
//! Entry points: [`probe`] (header only: format, size, EXIF orientation, alpha; refuses an
//! image over the pixel limit before any pixel is decoded) and [`cached_files`] (the encoded
//! files of one image, from the cache or made now). Every file is encoded from decoded pixels
//! by the `image` crate (JPEG, PNG) and libwebp (lossy WebP), so nothing from the source file
//! survives but the picture: no EXIF, GPS, XMP, IPTC, ICC or comments.
//!
//! Cache: `<cache>/<key>/` holds `<width>.<ext>` files and a `done` marker; `key` is the
//! SHA-256 of the source bytes and the settings, so any change to either makes a new entry.
//! An entry is written into a temporary folder and renamed into place, so a crashed or
//! concurrent build never sees half an entry.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::FilterType;
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits,
};
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::util::hash::hex;

/// Bumped whenever the encoding changes, so old cache entries are not reused.
const PIPELINE_VERSION: &str = "useit-images-1";

/// Bumped whenever the share-preview crop or encoding changes.
const CARD_VERSION: &str = "useit-card-1";

/// The size share previews show (Open Graph's 1.91:1; WhatsApp, Facebook and X crop to it).
pub const CARD_SIZE: (u32, u32) = (1200, 630);

/// Narrower than this, WhatsApp and Facebook show a preview's picture small or not at all.
pub const CARD_MIN_WIDTH: u32 = 600;

/// The share-preview file of an image: cropped around its centre to [`CARD_SIZE`]'s shape, at
/// most that size (never enlarged), one JPEG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// SHA-256 (hex) of [`CARD_VERSION`] and the image's [`Probe::key`].
    pub key: String,
    /// Width of the file.
    pub width: u32,
    /// Height of the file.
    pub height: u32,
}

/// The card of the image `p`.
pub fn card_for(p: &Probe) -> Card {
    let (cw, ch) = CARD_SIZE;
    let fits = u64::from(p.height) * u64::from(cw) / u64::from(ch);
    let width = cw
        .min(p.width)
        .min(u32::try_from(fits).unwrap_or(u32::MAX))
        .max(1);
    let height =
        u32::try_from((u64::from(width) * u64::from(ch) + u64::from(cw) / 2) / u64::from(cw))
            .unwrap_or(1)
            .max(1);
    let mut hash = Sha256::new();
    hash.update(CARD_VERSION.as_bytes());
    hash.update([0]);
    hash.update(p.key.as_bytes());
    Card {
        key: hex(&hash.finalize()),
        width,
        height,
    }
}

/// Site path of a card: `images/<first 20 hex digits of its key>-card.jpg`.
pub fn card_name(key: &str) -> String {
    format!("images/{}-card.jpg", &key[..20.min(key.len())])
}

/// The card file of the image at `source` (from the cache, or made now), and whether the
/// image had to be decoded.
pub fn cached_card(
    source: &Path,
    probe: &Probe,
    card: &Card,
    s: &Settings,
    cache: &Path,
) -> Result<(PathBuf, bool), Problem> {
    let dir = cache.join(&card.key);
    let file = dir.join("card.jpg");
    if dir.join("done").is_file() {
        return Ok((file, false));
    }
    let bytes = read_source(source)?;
    let img =
        decode(&bytes, probe, s)?.resize_to_fill(card.width, card.height, FilterType::Lanczos3);
    let px = on_white(&img);
    let encoded = jpeg(px.as_raw(), card.width, card.height, s.quality)?;
    store_entry(cache, &card.key, &[("card.jpg".to_string(), encoded)])?;
    Ok((file, true))
}

/// The pixels of `img` over a white background (a JPEG has no transparency).
pub fn on_white(img: &DynamicImage) -> image::RgbImage {
    let rgba = img.to_rgba8();
    image::RgbImage::from_fn(img.width(), img.height(), |x, y| {
        let p = rgba.get_pixel(x, y);
        let a = u16::from(p[3]);
        let mix =
            |c: u8| u8::try_from((u16::from(c) * a + 255 * (255 - a) + 127) / 255).unwrap_or(255);
        image::Rgb([mix(p[0]), mix(p[1]), mix(p[2])])
    })
}

/// [`store`] with the error worded for a build.
pub fn store_entry(cache: &Path, key: &str, files: &[(String, Vec<u8>)]) -> Result<(), Problem> {
    store(cache, key, files).map_err(|e| {
        (
            format!("cannot write the image cache {}: {e}", cache.display()),
            "check the disk space and permissions, or delete the .useit-cache folder".into(),
        )
    })
}

/// Image settings from `site.yaml`.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Target widths, ascending.
    pub widths: Vec<u32>,
    /// Lossy quality, 1 to 100.
    pub quality: u8,
    /// Largest accepted width times height.
    pub max_pixels: u64,
}

impl Settings {
    /// The settings of a validated configuration.
    pub fn from_config(c: &Config) -> Settings {
        Settings {
            widths: c.site.image_widths.clone(),
            quality: c.site.image_quality,
            max_pixels: c.site.image_max_pixels,
        }
    }

    fn tag(&self) -> String {
        format!(
            "{PIPELINE_VERSION};widths={:?};quality={}",
            self.widths, self.quality
        )
    }
}

/// What the header of an image says, and the files it will become.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// SHA-256 (hex) of the source bytes and the settings.
    pub key: String,
    /// Width once upright.
    pub width: u32,
    /// Height once upright.
    pub height: u32,
    /// Has an alpha channel: the fallback is PNG, not JPEG.
    pub alpha: bool,
    /// Output widths, ascending; never more than `width`.
    pub widths: Vec<u32>,
}

impl Probe {
    /// Extension of the fallback files.
    pub fn fallback_ext(&self) -> &'static str {
        if self.alpha { "png" } else { "jpg" }
    }

    /// MIME type of the fallback files.
    pub fn fallback_mime(&self) -> &'static str {
        if self.alpha {
            "image/png"
        } else {
            "image/jpeg"
        }
    }
}

/// What is wrong and how to fix it.
pub type Problem = (String, String);

fn unsupported() -> Problem {
    (
        "not a JPEG, PNG or WebP image (or the file is damaged)".into(),
        "save the picture as JPEG (photos) or PNG (drawings) and try again".into(),
    )
}

fn damaged(e: impl std::fmt::Display) -> Problem {
    (
        format!("the image cannot be read, it may be damaged or cut short: {e}"),
        "open it in an image editor and save it again, or replace the file".into(),
    )
}

/// Reads the header of `bytes`: format, size, orientation and alpha. Decodes no pixels.
pub fn probe(bytes: &[u8], s: &Settings) -> Result<Probe, Problem> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(damaged)?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        _ => return Err(unsupported()),
    }
    if reader.format() == Some(ImageFormat::Jpeg) && !jpeg_is_complete(bytes) {
        return Err(damaged("the JPEG data ends before the end-of-image marker"));
    }
    reader.no_limits();
    let mut dec = reader.into_decoder().map_err(damaged)?;
    let (w, h) = dec.dimensions();
    if w == 0 || h == 0 {
        return Err(damaged("it has no pixels"));
    }
    let pixels = u64::from(w) * u64::from(h);
    if pixels > s.max_pixels {
        return Err((
            format!(
                "the image is {w} x {h} pixels, more than the limit of {} (`image_max_pixels` in site.yaml)",
                s.max_pixels
            ),
            "make the picture smaller (2000 pixels wide is plenty for the web) before adding it"
                .into(),
        ));
    }
    let turned = matches!(
        dec.orientation()
            .unwrap_or(image::metadata::Orientation::NoTransforms),
        image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH
    );
    let (width, height) = if turned { (h, w) } else { (w, h) };
    let alpha = dec.color_type().has_alpha();
    let mut hash = Sha256::new();
    hash.update(s.tag().as_bytes());
    hash.update([0]);
    hash.update(bytes);
    let key = hex(&hash.finalize());
    Ok(Probe {
        key,
        width,
        height,
        alpha,
        widths: widths_for(width, &s.widths),
    })
}

/// A whole JPEG has its end-of-image marker after its last start-of-scan marker. (The JPEG
/// decoder pads a cut-short file with grey instead of failing; markers cannot occur inside
/// entropy-coded data, where `FF` is always followed by `00` or a restart marker.)
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last = |m: u8| bytes.windows(2).rposition(|w| w == [0xFF, m]);
    match (last(0xDA), last(0xD9)) {
        (Some(sos), Some(eoi)) => eoi > sos,
        _ => false,
    }
}

/// Output widths for an image `width` wide: every configured width below it, topped by its own
/// width or the largest configured one, whichever is smaller.
pub fn widths_for(width: u32, configured: &[u32]) -> Vec<u32> {
    let mut ws: Vec<u32> = configured.iter().copied().filter(|&w| w < width).collect();
    let top = configured.last().map_or(width, |&m| width.min(m));
    if ws.last() != Some(&top) {
        ws.push(top);
    }
    ws
}

/// Height of the file `w` wide, keeping the aspect ratio.
pub fn height_for(p: &Probe, w: u32) -> u32 {
    let h =
        (u64::from(p.height) * u64::from(w) + u64::from(p.width) / 2) / u64::from(p.width.max(1));
    u32::try_from(h).unwrap_or(u32::MAX).max(1)
}

/// Site path of one output file: `images/<first 20 hex digits of key>-<width>.<ext>`.
pub fn output_name(key: &str, width: u32, ext: &str) -> String {
    format!("images/{}-{width}.{ext}", &key[..20.min(key.len())])
}

/// One encoded file: width, extension, path in the cache.
pub type CachedFile = (u32, &'static str, PathBuf);

/// The encoded files of the image at `source` (the file `probe` was made from), and whether it
/// had to be decoded (false: every file came from the cache).
pub fn cached_files(
    source: &Path,
    probe: &Probe,
    s: &Settings,
    cache: &Path,
) -> Result<(Vec<CachedFile>, bool), Problem> {
    let dir = cache.join(&probe.key);
    let files: Vec<CachedFile> = probe
        .widths
        .iter()
        .flat_map(|&w| {
            [probe.fallback_ext(), "webp"].map(|ext| (w, ext, dir.join(format!("{w}.{ext}"))))
        })
        .collect();
    if dir.join("done").is_file() {
        return Ok((files, false));
    }
    let bytes = read_source(source)?;
    let encoded = encode_all(&bytes, probe, s)?;
    store_entry(cache, &probe.key, &encoded)?;
    Ok((files, true))
}

/// Decodes the whole image `source` (as [`decode`]) without storing anything: what `check`
/// does instead of [`cached_files`], so that a damaged image is found without writing the
/// cache.
pub fn verify(source: &Path, p: &Probe, s: &Settings) -> Result<(), Problem> {
    let bytes = read_source(source)?;
    decode(&bytes, p, s).map(|_| ())
}

fn read_source(source: &Path) -> Result<Vec<u8>, Problem> {
    crate::util::fs::read_regular(source, u64::MAX).map_err(|e| (e, "check the file".into()))
}

/// Decodes every pixel of `bytes` (turned upright), within memory limits derived from the
/// probed size and the `image_max_pixels` cap. A JPEG is first decoded strictly: data cut
/// short (even when an end marker was added after the cut) is an error, not grey rows.
fn decode(bytes: &[u8], p: &Probe, s: &Settings) -> Result<DynamicImage, Problem> {
    let side = p.width.max(p.height);
    if bytes.starts_with(&[0xFF, 0xD8]) {
        // Without its end marker, data cut short runs out before the last row (the decoder
        // would otherwise take an end marker added after a cut as the end, and fill in grey).
        let body = bytes.strip_suffix(&[0xFF, 0xD9]).unwrap_or(bytes);
        let opts = zune_jpeg::zune_core::options::DecoderOptions::default()
            .set_strict_mode(true)
            .set_max_width(side as usize)
            .set_max_height(side as usize);
        zune_jpeg::JpegDecoder::new_with_options(Cursor::new(body), opts)
            .decode()
            .map_err(|e| damaged(format!("{e:?}")))?;
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(damaged)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    // Whatever `image_max_pixels` says, decoding never allocates more than the cap allows.
    let pixels = s.max_pixels.min(crate::config::MAX_IMAGE_PIXELS);
    limits.max_alloc = Some(pixels.saturating_mul(8));
    reader.limits(limits);
    let mut dec = reader.into_decoder().map_err(damaged)?;
    let orientation = dec
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(dec).map_err(damaged)?;
    img.apply_orientation(orientation);
    Ok(img)
}

/// Decodes, turns upright and encodes every width: `(file name in the entry, bytes)`.
fn encode_all(bytes: &[u8], p: &Probe, s: &Settings) -> Result<Vec<(String, Vec<u8>)>, Problem> {
    let img = decode(bytes, p, s)?;
    let mut out = Vec::new();
    for &w in &p.widths {
        let h = height_for(p, w);
        let v = if (w, h) == (img.width(), img.height()) {
            img.clone()
        } else {
            img.resize_exact(w, h, FilterType::Lanczos3)
        };
        let (fallback, webp) = if p.alpha {
            let px = v.to_rgba8();
            (png(&px, w, h)?, webp(&px, w, h, true, s.quality)?)
        } else {
            let px = v.to_rgb8();
            (
                jpeg(&px, w, h, s.quality)?,
                webp(&px, w, h, false, s.quality)?,
            )
        };
        out.push((format!("{w}.{}", p.fallback_ext()), fallback));
        out.push((format!("{w}.webp"), webp));
    }
    Ok(out)
}

fn encode_failed(e: impl std::fmt::Display) -> Problem {
    (
        format!("the image cannot be encoded: {e}"),
        "save the picture again as a plain JPEG or PNG".into(),
    )
}

/// Baseline JPEG of RGB pixels at quality `q`, without metadata.
pub fn jpeg(px: &[u8], w: u32, h: u32, q: u8) -> Result<Vec<u8>, Problem> {
    let mut buf = Vec::new();
    JpegEncoder::new_with_quality(&mut buf, q)
        .write_image(px, w, h, ExtendedColorType::Rgb8)
        .map_err(encode_failed)?;
    Ok(buf)
}

fn png(px: &[u8], w: u32, h: u32) -> Result<Vec<u8>, Problem> {
    let mut buf = Vec::new();
    PngEncoder::new_with_quality(&mut buf, CompressionType::Best, PngFilter::Adaptive)
        .write_image(px, w, h, ExtendedColorType::Rgba8)
        .map_err(encode_failed)?;
    Ok(buf)
}

/// Lossy WebP through libwebp (the `image` crate writes only lossless WebP).
fn webp(px: &[u8], w: u32, h: u32, alpha: bool, q: u8) -> Result<Vec<u8>, Problem> {
    let enc = if alpha {
        webp::Encoder::from_rgba(px, w, h)
    } else {
        webp::Encoder::from_rgb(px, w, h)
    };
    let mut cfg =
        webp::WebPConfig::new().map_err(|()| encode_failed("libwebp cannot be set up"))?;
    cfg.lossless = 0;
    cfg.alpha_compression = 1;
    cfg.quality = f32::from(q);
    cfg.method = 4;
    let mem = enc
        .encode_advanced(&cfg)
        .map_err(|e| encode_failed(format!("{e:?}")))?;
    Ok(mem.to_vec())
}

/// Writes one cache entry atomically: a temporary folder renamed into place.
fn store(cache: &Path, key: &str, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    let tmp = cache.join(format!(
        ".tmp-{key}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp)?;
    for (name, bytes) in files {
        std::fs::write(tmp.join(name), bytes)?;
    }
    std::fs::write(tmp.join("done"), PIPELINE_VERSION)?;
    let dest = cache.join(key);
    if std::fs::rename(&tmp, &dest).is_err() {
        // Another build stored the same entry first; its files are identical.
        std::fs::remove_dir_all(&tmp)?;
        if !dest.join("done").is_file() {
            return Err(std::io::Error::other("cache entry incomplete"));
        }
    }
    Ok(())
}

/// Removes one cache entry (a damaged or vanished one, before making it again).
pub fn forget(cache: &Path, key: &str) {
    let _ = std::fs::remove_dir_all(cache.join(key));
}

/// Removes every cache entry not in `used`. Temporary folders (names starting with `.`) are
/// left alone: another build may be writing one.
pub fn prune(cache: &Path, used: &std::collections::HashSet<String>) {
    let Ok(rd) = std::fs::read_dir(cache) else {
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') && !used.contains(&name) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            widths: vec![320, 640, 960],
            quality: 75,
            max_pixels: 10_000_000,
        }
    }

    fn jpeg_bytes(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, _| image::Rgb([(x % 256) as u8, 80, 160]));
        jpeg(img.as_raw(), w, h, 90).unwrap()
    }

    #[test]
    fn widths_never_upscale() {
        assert_eq!(widths_for(2000, &[320, 640]), [320, 640]);
        assert_eq!(widths_for(500, &[320, 640]), [320, 500]);
        assert_eq!(widths_for(200, &[320, 640]), [200]);
        assert_eq!(widths_for(640, &[320, 640]), [320, 640]);
    }

    #[test]
    fn probe_reads_the_header_and_keys_on_bytes_and_settings() {
        let bytes = jpeg_bytes(700, 350);
        let p = probe(&bytes, &settings()).unwrap();
        assert_eq!((p.width, p.height, p.alpha), (700, 350, false));
        assert_eq!(p.widths, [320, 640, 700]);
        assert_eq!(height_for(&p, 320), 160);
        let mut other = settings();
        other.quality = 50;
        assert_ne!(probe(&bytes, &other).unwrap().key, p.key);
        assert_eq!(probe(&bytes, &settings()).unwrap().key, p.key);
    }

    #[test]
    fn bad_images_are_refused_without_panicking() {
        let s = settings();
        assert!(probe(b"not an image at all", &s).is_err());
        assert!(probe(b"GIF89a\x01\x00\x01\x00", &s).is_err());
        let big = jpeg_bytes(4000, 3000);
        let e = probe(&big, &s).unwrap_err();
        assert!(e.0.contains("4000 x 3000"), "{e:?}");
        let good = jpeg_bytes(400, 300);
        let cut = &good[..good.len() / 2];
        let e = probe(cut, &s).unwrap_err();
        assert!(e.0.contains("cut short"), "{e:?}");
    }

    #[test]
    fn cards_are_cropped_to_the_preview_shape_and_never_enlarged() {
        let s = settings();
        let size = |w, h| {
            let c = card_for(&probe(&jpeg_bytes(w, h), &s).unwrap());
            (c.width, c.height)
        };
        assert_eq!(size(2400, 1800), (1200, 630));
        assert_eq!(size(1600, 630), (1200, 630));
        assert_eq!(size(800, 800), (800, 420));
        assert_eq!(size(1300, 400), (761, 400));
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.jpg");
        std::fs::write(&src, jpeg_bytes(1500, 1000)).unwrap();
        let p = probe(&std::fs::read(&src).unwrap(), &s).unwrap();
        let card = card_for(&p);
        assert_ne!(card.key, p.key);
        let cache = dir.path().join("cache");
        let (file, decoded) = cached_card(&src, &p, &card, &s, &cache).unwrap();
        assert!(decoded);
        let img = image::open(&file).unwrap();
        assert_eq!((img.width(), img.height()), (1200, 630));
        assert!(
            !cached_card(&src, &p, &card, &s, &cache).unwrap().1,
            "from the cache"
        );
    }

    #[test]
    fn encodes_every_width_and_caches() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.jpg");
        std::fs::write(&src, jpeg_bytes(700, 350)).unwrap();
        let s = settings();
        let p = probe(&std::fs::read(&src).unwrap(), &s).unwrap();
        let cache = dir.path().join("cache");
        let (files, decoded) = cached_files(&src, &p, &s, &cache).unwrap();
        assert!(decoded);
        assert_eq!(files.len(), 6);
        for (w, ext, path) in &files {
            let img = image::open(path).unwrap();
            assert_eq!(img.width(), *w, "{ext}");
        }
        let (_, decoded) = cached_files(&src, &p, &s, &cache).unwrap();
        assert!(!decoded, "second time from the cache");
        prune(&cache, &Default::default());
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 0);
    }
}
