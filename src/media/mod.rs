//! Media stage: every content image, published as resized, metadata-free WebP and JPEG (or PNG).
//!
//! Entry point: [`Media`]. During render, pages ask for an image with [`Media::request`]: the
//! file is read, hashed (SHA-256 of its bytes and the image settings) and its header probed
//! (format, size, EXIF orientation, alpha) without decoding the pixels, so the page can be
//! written with exact `width`/`height`/`srcset` at once, and a job is queued. After render,
//! [`Media::process`] runs the queued jobs in parallel: each is decoded, turned upright,
//! resized and re-encoded without any metadata, through a cache keyed by that hash
//! ([`images`]), then written to `images/<hash>-<width>.<ext>` (`publish.rs`). A page's share
//! preview asks for its picture cropped to 1200 x 630 ([`Use::Card`]) or, without one, for its
//! title drawn on a card ([`Use::Title`], [`title_card`]). Output names never contain the
//! source file name, so a person's name in a file name cannot leak.
//!
//! Problems (missing or unreadable file, unsupported format, an image over the pixel limit, a
//! path outside `content/`) become diagnostics on the page that uses the image.

pub mod ffmpeg;
pub mod images;
mod publish;
mod source;
pub mod title_card;
pub mod video;
pub mod vtt;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicUsize;

use serde::Serialize;

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::util::escape::xml;
use images::{Probe, Problem, Settings};
pub use source::resolve;

/// A published image as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct Picture {
    /// Largest fallback (JPEG or PNG) file: the `src`.
    pub url: String,
    /// Text alternative; empty for a decorative image.
    pub alt: String,
    /// Width of the largest file, for the `width` attribute.
    pub width: u32,
    /// Height of the largest file.
    pub height: u32,
    /// `srcset` of the fallback files.
    pub srcset: String,
    /// `srcset` of the WebP files.
    pub webp_srcset: String,
    /// MIME type of the fallback: `image/jpeg` or `image/png`.
    #[serde(rename = "type")]
    pub mime: &'static str,
}

impl Picture {
    /// The `<picture>` element; `eager` for the first image of a page (no lazy loading).
    pub fn html(&self, sizes: &str, class: Option<&str>, eager: bool) -> String {
        let class = class
            .map(|c| format!(" class=\"{}\"", xml(c)))
            .unwrap_or_default();
        let lazy = if eager {
            ""
        } else {
            " loading=\"lazy\" decoding=\"async\""
        };
        format!(
            "<picture><source type=\"image/webp\" srcset=\"{webp}\" sizes=\"{sizes}\"><img{class} src=\"{src}\" srcset=\"{set}\" sizes=\"{sizes}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\"{lazy}></picture>",
            webp = xml(&self.webp_srcset),
            sizes = xml(sizes),
            src = xml(&self.url),
            set = xml(&self.srcset),
            w = self.width,
            h = self.height,
            alt = xml(&self.alt),
        )
    }
}

/// `sizes` of an image in the text column.
pub const SIZES_COLUMN: &str = "(min-width: 45rem) 42rem, 100vw";

/// What one build did with images.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Images decoded and encoded this build.
    pub decoded: usize,
    /// Images whose files came from the cache.
    pub cached: usize,
    /// Share-preview pictures (cropped images and title cards) made this build.
    pub previews_made: usize,
    /// Share-preview pictures that came from the cache.
    pub previews_cached: usize,
}

/// What a page asks of an image file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Use {
    /// The picture in the page, at every configured width, WebP and JPEG (or PNG).
    Picture,
    /// The share-preview picture (`og:image`): one JPEG cropped to 1.91:1 ([`images::Card`]).
    Card,
    /// The share-preview picture of a page without one: its title (the request's `src`) drawn
    /// on a card ([`title_card`]), right to left when `rtl`.
    Title {
        /// The title's language is written right to left.
        rtl: bool,
    },
}

/// One queued title card: what to draw and the page that first asked for it.
#[derive(Debug, Clone)]
struct TitleJob {
    title: String,
    rtl: bool,
    page: PathBuf,
}

/// One queued image: its source, the page that first asked for it, and what to make.
#[derive(Debug, Clone)]
struct Job {
    source: PathBuf,
    probe: Probe,
    page: PathBuf,
    line: Option<usize>,
    /// `None`: the picture's widths; else the share-preview file.
    card: Option<images::Card>,
}

impl Job {
    /// Its cache entry's key.
    fn key(&self) -> &str {
        self.card.as_ref().map_or(&self.probe.key, |c| &c.key)
    }
}

/// The image pipeline of one build. Owned by the build; nothing global.
#[derive(Debug)]
pub struct Media {
    root: PathBuf,
    cache: PathBuf,
    settings: Settings,
    base_path: String,
    probes: Mutex<HashMap<PathBuf, Result<Probe, Problem>>>,
    jobs: Mutex<BTreeMap<String, Job>>,
    /// Title cards by key.
    titles: Mutex<BTreeMap<String, TitleJob>>,
    /// The theme's fonts folder, read on the first title card ([`title_card::Fonts`]).
    fonts_dir: PathBuf,
    fonts: std::sync::OnceLock<Result<title_card::Fonts, String>>,
    /// The site's name, at the foot of every title card.
    site_title: String,
    diags: Mutex<Vec<Diagnostic>>,
    /// The build's processed videos (their posters are images of this pipeline).
    videos: std::sync::Arc<video::Videos>,
    decoded: AtomicUsize,
    cached: AtomicUsize,
    previews_made: AtomicUsize,
    previews_cached: AtomicUsize,
}

impl Media {
    /// The pipeline for the site at `root`; processed files are cached in
    /// `root/.useit-cache/images/`.
    pub fn new(root: &Path, config: &Config) -> Media {
        Media {
            root: root.to_path_buf(),
            cache: root.join(".useit-cache").join("images"),
            settings: Settings::from_config(config),
            base_path: config.base_path.clone(),
            probes: Mutex::new(HashMap::new()),
            jobs: Mutex::new(BTreeMap::new()),
            titles: Mutex::new(BTreeMap::new()),
            fonts_dir: root.join("themes").join(&config.site.theme).join("fonts"),
            fonts: std::sync::OnceLock::new(),
            site_title: config.site.title.clone(),
            diags: Mutex::new(Vec::new()),
            videos: Default::default(),
            decoded: AtomicUsize::new(0),
            cached: AtomicUsize::new(0),
            previews_made: AtomicUsize::new(0),
            previews_cached: AtomicUsize::new(0),
        }
    }

    /// The pipeline, with the build's processed videos.
    pub fn with_videos(self, videos: std::sync::Arc<video::Videos>) -> Media {
        Media { videos, ..self }
    }

    /// The build's processed videos.
    pub fn videos(&self) -> &video::Videos {
        &self.videos
    }

    /// Asks for `src`, written in `page` (a source file relative to the root) at `line`, as a
    /// picture with `alt`. `None` when it cannot be published; the reason is recorded as a
    /// diagnostic on `page`.
    pub fn request(
        &self,
        page: &Path,
        line: Option<usize>,
        src: &str,
        alt: &str,
    ) -> Option<Picture> {
        self.ask(page, line, src, alt, Use::Picture)
    }

    /// Like [`Media::request`], for `use_`: the share-preview file is one JPEG, its `srcset`s
    /// empty; an image narrower than [`images::CARD_MIN_WIDTH`] is a warning.
    pub fn ask(
        &self,
        page: &Path,
        line: Option<usize>,
        src: &str,
        alt: &str,
        use_: Use,
    ) -> Option<Picture> {
        if let Use::Title { rtl } = use_ {
            return self.title_card(page, src, rtl);
        }
        // A poster frame the build made (see [`Media::ask_made`]), asked through a recorder.
        if Path::new(src).starts_with(self.root.join(video::CACHE_DIR)) {
            return self.ask_made(page, line, Path::new(src), alt, use_);
        }
        let (source, probe) = self.probed(page, line, src)?;
        self.queue(page, line, (src, alt), use_, source, probe)
    }

    /// Like [`Media::ask`] for a file the build made itself (a video's poster frame in the
    /// video cache), at `file` (absolute).
    pub fn ask_made(
        &self,
        page: &Path,
        line: Option<usize>,
        file: &Path,
        alt: &str,
        use_: Use,
    ) -> Option<Picture> {
        let probe = self.cached_probe(file, |full| self.probe_bytes(full))?;
        match probe {
            Ok(p) => {
                let shown = file.to_string_lossy();
                self.queue(page, line, (&shown, alt), use_, file.to_path_buf(), p)
            }
            Err((msg, help)) => {
                self.report(
                    Diagnostic::error(page, format!("poster {}: {msg}", file.display()))
                        .with_help(help)
                        .at_line_if(line),
                );
                None
            }
        }
    }

    /// Queues the job of an image whose header is read; `src` as written, for messages.
    fn queue(
        &self,
        page: &Path,
        line: Option<usize>,
        (src, alt): (&str, &str),
        use_: Use,
        source: PathBuf,
        probe: Probe,
    ) -> Option<Picture> {
        let (pic, card) = match use_ {
            Use::Picture | Use::Title { .. } => (self.picture(&probe, alt), None),
            Use::Card => {
                if probe.width < images::CARD_MIN_WIDTH {
                    self.report(self.narrow(page, line, src, &probe));
                }
                let card = images::card_for(&probe);
                (self.card_picture(&card, alt), Some(card))
            }
        };
        let job = Job {
            source,
            probe,
            page: page.to_path_buf(),
            line,
            card,
        };
        if let Ok(mut jobs) = self.jobs.lock() {
            jobs.entry(job.key().to_string()).or_insert(job);
        }
        Some(pic)
    }

    /// The title card of `title` (asked for by `page`), queued; `None` when the theme has no
    /// fonts (the page then has no preview picture).
    fn title_card(&self, page: &Path, title: &str, rtl: bool) -> Option<Picture> {
        let fonts = self
            .fonts
            .get_or_init(|| title_card::Fonts::load(&self.fonts_dir))
            .as_ref()
            .ok()?;
        let key = title_card::key(fonts, &self.site_title, title, rtl);
        let (width, height) = title_card::SIZE;
        let pic = Picture {
            url: format!("{}{}", self.base_path, title_card::name(&key)),
            alt: String::new(),
            width,
            height,
            srcset: String::new(),
            webp_srcset: String::new(),
            mime: "image/jpeg",
        };
        if let Ok(mut titles) = self.titles.lock() {
            titles.entry(key).or_insert_with(|| TitleJob {
                title: title.to_string(),
                rtl,
                page: page.to_path_buf(),
            });
        }
        Some(pic)
    }

    /// The warning for an image too narrow for a share preview.
    fn narrow(&self, page: &Path, line: Option<usize>, src: &str, p: &Probe) -> Diagnostic {
        Diagnostic::warning(
            page,
            format!(
                "image `{src}` is {} x {} pixels: as the share preview (what WhatsApp and \
                 Facebook show of the page) it needs to be at least {} pixels wide, or it is \
                 shown small or not at all",
                p.width,
                p.height,
                images::CARD_MIN_WIDTH
            ),
        )
        .with_help(format!(
            "use a picture at least {} x {} pixels (previews are {} x {})",
            images::CARD_MIN_WIDTH,
            images::CARD_MIN_WIDTH * images::CARD_SIZE.1 / images::CARD_SIZE.0,
            images::CARD_SIZE.0,
            images::CARD_SIZE.1
        ))
        .at_line_if(line)
    }

    /// The source and header of `src` written in `page`, or `None` with the problem reported.
    fn probed(&self, page: &Path, line: Option<usize>, src: &str) -> Option<(PathBuf, Probe)> {
        let located = |d: Diagnostic| d.at_line_if(line);
        let source = match resolve(page, src) {
            Ok(s) => s,
            Err((msg, help)) => {
                self.report(located(Diagnostic::error(page, msg).with_help(help)));
                return None;
            }
        };
        let probe = self.cached_probe(&source, |s| self.probe(s))?;
        match probe {
            Ok(p) => Some((source, p)),
            Err((msg, help)) => {
                self.report(located(
                    Diagnostic::error(page, format!("image `{src}` ({}): {msg}", source.display()))
                        .with_help(help),
                ));
                None
            }
        }
    }

    /// The header of `source`, read once per build by `read`.
    fn cached_probe(
        &self,
        source: &Path,
        read: impl FnOnce(&Path) -> Result<Probe, Problem>,
    ) -> Option<Result<Probe, Problem>> {
        let cached = self.probes.lock().ok()?.get(source).cloned();
        Some(match cached {
            Some(p) => p,
            None => {
                let p = read(source);
                self.probes
                    .lock()
                    .ok()?
                    .insert(source.to_path_buf(), p.clone());
                p
            }
        })
    }

    fn card_picture(&self, card: &images::Card, alt: &str) -> Picture {
        Picture {
            url: format!("{}{}", self.base_path, images::card_name(&card.key)),
            alt: alt.to_string(),
            width: card.width,
            height: card.height,
            srcset: String::new(),
            webp_srcset: String::new(),
            mime: "image/jpeg",
        }
    }

    fn probe(&self, source: &Path) -> Result<Probe, Problem> {
        let full = self.root.join(source);
        let content = self.root.join("content");
        if std::fs::metadata(&full).is_err() {
            return Err((
                "the file does not exist".into(),
                "put the image beside the page and give its file name".into(),
            ));
        }
        if !crate::util::fs::is_within(&full, &content) {
            return Err((
                "the file is outside the content folder (through a link)".into(),
                "copy the image into the page's folder".into(),
            ));
        }
        self.probe_bytes(&full)
    }

    /// The header of the image at `full`.
    fn probe_bytes(&self, full: &Path) -> Result<Probe, Problem> {
        let bytes = std::fs::read(full).map_err(|e| {
            (
                format!("cannot read: {e}"),
                "check the file's permissions".into(),
            )
        })?;
        images::probe(&bytes, &self.settings)
    }

    fn picture(&self, p: &Probe, alt: &str) -> Picture {
        let url = |w: u32, ext: &str| {
            format!("{}{}", self.base_path, images::output_name(&p.key, w, ext))
        };
        let set = |ext: &str| {
            p.widths
                .iter()
                .map(|&w| format!("{} {w}w", url(w, ext)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let top = p.widths.last().copied().unwrap_or(p.width);
        Picture {
            url: url(top, p.fallback_ext()),
            alt: alt.to_string(),
            width: top,
            height: images::height_for(p, top),
            srcset: set(p.fallback_ext()),
            webp_srcset: set("webp"),
            mime: p.fallback_mime(),
        }
    }

    fn report(&self, d: Diagnostic) {
        if let Ok(mut ds) = self.diags.lock()
            && !ds.contains(&d)
        {
            ds.push(d);
        }
    }

    /// Removes cache entries no image of this build used.
    pub fn prune(&self) {
        let mut used: HashSet<String> = self
            .jobs
            .lock()
            .map(|j| j.keys().cloned().collect())
            .unwrap_or_default();
        if let Ok(t) = self.titles.lock() {
            used.extend(t.keys().cloned());
        }
        images::prune(&self.cache, &used);
    }

    /// The problems found, in a stable order.
    pub fn take_diags(&self) -> Vec<Diagnostic> {
        let mut ds = self
            .diags
            .lock()
            .map(|mut d| std::mem::take(&mut *d))
            .unwrap_or_default();
        ds.sort_by(|a, b| (&a.path, a.line, &a.message).cmp(&(&b.path, b.line, &b.message)));
        ds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_html_is_lazy_except_when_eager() {
        let p = Picture {
            url: "/i/a-640.jpg".into(),
            alt: "A \"quote\"".into(),
            width: 640,
            height: 480,
            srcset: "/i/a-320.jpg 320w, /i/a-640.jpg 640w".into(),
            webp_srcset: "/i/a-320.webp 320w, /i/a-640.webp 640w".into(),
            mime: "image/jpeg",
        };
        let lazy = p.html(SIZES_COLUMN, None, false);
        assert!(
            lazy.contains(r#"loading="lazy" decoding="async""#),
            "{lazy}"
        );
        assert!(lazy.contains(r#"width="640" height="480""#));
        assert!(lazy.contains("alt=\"A &quot;quote&quot;\""), "{lazy}");
        let eager = p.html(SIZES_COLUMN, Some("hero"), true);
        assert!(!eager.contains("loading="), "{eager}");
        assert!(eager.contains(r#"<img class="hero""#));
    }
}
