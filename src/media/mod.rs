//! Media stage: every content image, published as resized, metadata-free WebP and JPEG (or PNG).
//!
//! Entry point: [`Media`]. During render, pages ask for an image with [`Media::request`]: the
//! file is read, hashed (SHA-256 of its bytes and the image settings) and its header probed
//! (format, size, EXIF orientation, alpha) without decoding the pixels, so the page can be
//! written with exact `width`/`height`/`srcset` at once, and a job is queued. After render,
//! [`Media::process`] runs the queued jobs in parallel: each is decoded, turned upright,
//! resized and re-encoded without any metadata, through a cache keyed by that hash
//! ([`images`]), then written to `images/<hash>-<width>.<ext>`. Output names never contain the
//! source file name, so a person's name in a file name cannot leak.
//!
//! Problems (missing or unreadable file, unsupported format, an image over the pixel limit, a
//! path outside `content/`) become diagnostics on the page that uses the image.

pub mod images;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::util::escape::xml;
use crate::write::Output;
use images::{Probe, Problem, Settings};

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
}

/// One queued image: its source and the page that first asked for it.
#[derive(Debug, Clone)]
struct Job {
    source: PathBuf,
    probe: Probe,
    page: PathBuf,
    line: Option<usize>,
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
    diags: Mutex<Vec<Diagnostic>>,
    decoded: AtomicUsize,
    cached: AtomicUsize,
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
            diags: Mutex::new(Vec::new()),
            decoded: AtomicUsize::new(0),
            cached: AtomicUsize::new(0),
        }
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
        let located = |d: Diagnostic| d.at_line_if(line);
        let source = match resolve(page, src) {
            Ok(s) => s,
            Err((msg, help)) => {
                self.report(located(Diagnostic::error(page, msg).with_help(help)));
                return None;
            }
        };
        let probe = {
            let cached = self.probes.lock().ok()?.get(&source).cloned();
            match cached {
                Some(p) => p,
                None => {
                    let p = self.probe(&source);
                    self.probes.lock().ok()?.insert(source.clone(), p.clone());
                    p
                }
            }
        };
        let probe = match probe {
            Ok(p) => p,
            Err((msg, help)) => {
                self.report(located(
                    Diagnostic::error(page, format!("image `{src}` ({}): {msg}", source.display()))
                        .with_help(help),
                ));
                return None;
            }
        };
        let pic = self.picture(&probe, alt);
        if let Ok(mut jobs) = self.jobs.lock() {
            jobs.entry(probe.key.clone()).or_insert(Job {
                source,
                probe,
                page: page.to_path_buf(),
                line,
            });
        }
        Some(pic)
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
        let bytes = std::fs::read(&full).map_err(|e| {
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

    /// Runs every queued job (in parallel), writing the files into `out`.
    pub fn process(&self, out: &Output) -> Stats {
        let jobs: Vec<Job> = self
            .jobs
            .lock()
            .map(|j| j.values().cloned().collect())
            .unwrap_or_default();
        jobs.par_iter().for_each(|job| {
            // A concurrent build sharing the cache may prune an entry between our check and our
            // copy (it uses other images, e.g. at another "now"): make the entry again once.
            let res = self.publish(job, out).or_else(|_| {
                images::forget(&self.cache, &job.probe.key);
                self.publish(job, out)
            });
            if let Err((msg, help)) = res {
                let d =
                    Diagnostic::error(&job.page, format!("image {}: {msg}", job.source.display()))
                        .with_help(help);
                self.report(d.at_line_if(job.line));
            }
        });
        Stats {
            decoded: self.decoded.load(Ordering::Relaxed),
            cached: self.cached.load(Ordering::Relaxed),
        }
    }

    /// The files of one image, from the cache or made now, copied into `out`.
    fn publish(&self, job: &Job, out: &Output) -> Result<(), Problem> {
        if matches!(out, Output::Discard(_)) {
            // `check`: decode to find damaged images, but write nothing, not even the cache.
            let source = self.root.join(&job.source);
            images::verify(&source, &job.probe, &self.settings)?;
            // Named to the sink (which keeps nothing), so the link check knows them.
            for &w in &job.probe.widths {
                for ext in [job.probe.fallback_ext(), "webp"] {
                    let _ = out.write(&images::output_name(&job.probe.key, w, ext), &[]);
                }
            }
            return Ok(());
        }
        let (files, decoded) = images::cached_files(
            &self.root.join(&job.source),
            &job.probe,
            &self.settings,
            &self.cache,
        )?;
        // Read every file before writing any, so a retry never writes a path twice. The
        // in-memory sink (serve) keeps the previous bytes of a cached file that has not changed.
        let mut read = Vec::with_capacity(files.len());
        for (width, ext, path) in files {
            let fail = |e: std::io::Error| {
                (
                    format!("cannot read the cached file {}: {e}", path.display()),
                    "delete the .useit-cache folder and build again".to_string(),
                )
            };
            let name = images::output_name(&job.probe.key, width, ext);
            let key = match out.wants_fingerprints() {
                true => Some(crate::write::file_stamp(&path).map_err(fail)?),
                false => None,
            };
            let bytes = match key {
                Some(k) if out.reusable(&name, k) => None,
                _ => Some(std::fs::read(&path).map_err(fail)?),
            };
            read.push((name, key, bytes));
        }
        for (name, key, bytes) in read {
            match (key, bytes) {
                // `reusable` said yes, and the previous site does not change during a build.
                (Some(k), None) => {
                    out.reuse(&name, k);
                }
                (key, bytes) => out
                    .write_keyed(&name, &bytes.unwrap_or_default(), key)
                    .map_err(|e| (e.to_string(), "check the disk space and permissions".into()))?,
            }
        }
        let counter = if decoded { &self.decoded } else { &self.cached };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Removes cache entries no image of this build used.
    pub fn prune(&self) {
        let used: HashSet<String> = self
            .jobs
            .lock()
            .map(|j| j.keys().cloned().collect())
            .unwrap_or_default();
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

/// The source of image `src` written in `page`: relative to the page's folder, and inside
/// `content/`. External images are refused (the site makes no third-party requests).
pub fn resolve(page: &Path, src: &str) -> Result<PathBuf, Problem> {
    if src.contains("://") || src.starts_with("//") || src.starts_with("data:") {
        return Err((
            format!("image `{src}` is not a file of the site"),
            "download the image, put it beside the page and give its file name: the portal makes no requests to other sites".into(),
        ));
    }
    let src = src.split(['?', '#']).next().unwrap_or(src);
    let mut out = PathBuf::new();
    let base = page.parent().unwrap_or(Path::new(""));
    for c in base.join(src).components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir => {}
            Component::ParentDir if out.pop() => {}
            _ => {
                return Err((
                    format!("image `{src}` points outside the content folder"),
                    "put the image beside the page and give its file name only".into(),
                ));
            }
        }
    }
    if !out.starts_with("content") || out == Path::new("content") {
        return Err((
            format!("image `{src}` points outside the content folder"),
            "put the image beside the page and give its file name only".into(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_beside_the_page_and_never_escape_content() {
        let page = Path::new("content/champions/amina/index.md");
        assert_eq!(
            resolve(page, "photo.jpg").unwrap(),
            Path::new("content/champions/amina/photo.jpg")
        );
        assert_eq!(
            resolve(page, "../shared/a.png").unwrap(),
            Path::new("content/champions/shared/a.png")
        );
        for bad in [
            "../../../site.yaml",
            "/etc/passwd",
            "https://example.org/a.jpg",
            "../../..",
        ] {
            assert!(resolve(page, bad).is_err(), "{bad}");
        }
    }

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
