//! Videos: every video file of a published page, copied without its metadata, with a poster
//! frame and its length, through a cache; its caption files checked.
//!
//! Entry point: [`prepare`], after the model (the videos withheld for consent are already
//! gone): each video file is hashed, and its cache entry (`video-cache/<key>/`: the stripped
//! `video.mp4` or `.webm`, `poster.png`, `probe.txt`) is used, or made with ffmpeg
//! ([`super::ffmpeg`]). The cache sits beside `content/` and may be committed: a machine
//! without ffmpeg then builds the site from it, as Hugo's `resources/_gen` lets a machine
//! without the asset tools build. Pages ask [`Videos::get`] for a video's facts; after render
//! [`Videos::publish`] copies the files into the output as `videos/<key>.<ext>` and
//! `videos/<hash>.vtt` (no source file name reaches the output).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::ffmpeg::{self, Failure};
use super::vtt;
use crate::diag::Diagnostic;
use crate::load::frontmatter::field_line;
use crate::model::kinds::video::{Container, VideoFm};
use crate::model::{Data, Site};
use crate::write::Output;

/// The cache's folder under the site root.
pub const CACHE_DIR: &str = "video-cache";

/// The output folder of videos and captions.
pub const OUT_DIR: &str = "videos/";

/// The largest video file the build reads (it is hashed whole).
const MAX_BYTES: u64 = 2_000_000_000;

/// Changes when what is made of a video changes (so old entries are made again).
const VERSION: &[u8] = b"useit video 1\n";

/// What the site knows of one processed video file.
#[derive(Debug, Clone, PartialEq)]
pub struct Processed {
    /// Its cache key (hex), also its output name.
    pub key: String,
    /// MP4 or WebM.
    pub container: Container,
    /// Size of the published file in bytes.
    pub bytes: u64,
    /// Length in milliseconds.
    pub duration_ms: u64,
    /// Picture width.
    pub width: u32,
    /// Picture height.
    pub height: u32,
    /// The cache entry's folder.
    pub dir: PathBuf,
}

impl Processed {
    /// The published file, relative to the output.
    pub fn output(&self) -> String {
        format!("{OUT_DIR}{}.{}", self.key, self.container.ext())
    }

    /// The poster frame in the cache.
    pub fn poster(&self) -> PathBuf {
        self.dir.join("poster.png")
    }
}

/// Every video and caption file of the build.
#[derive(Debug, Default)]
pub struct Videos {
    by_source: BTreeMap<PathBuf, Processed>,
    /// Caption sources (relative to the root) by their output path.
    captions: BTreeMap<PathBuf, String>,
    root: PathBuf,
    /// Videos processed with ffmpeg this build.
    pub made: usize,
    /// Videos taken from the cache.
    pub cached: usize,
}

impl Videos {
    /// The processed video `source` (relative to the root), if it could be processed.
    pub fn get(&self, source: &Path) -> Option<&Processed> {
        self.by_source.get(source)
    }

    /// The output path of caption file `source`, if it is valid.
    pub fn caption(&self, source: &Path) -> Option<&str> {
        self.captions.get(source).map(String::as_str)
    }

    /// What pages show of every video and caption file (their published names), for the
    /// keys of serve's rebuilds: a video or caption replaced under the same name renders again
    /// the pages that show it.
    pub fn key(&self) -> Vec<(&Path, &str)> {
        self.by_source
            .iter()
            .map(|(s, p)| (s.as_path(), p.key.as_str()))
            .chain(self.captions.iter().map(|(s, n)| (s.as_path(), n.as_str())))
            .collect()
    }

    /// Copies every video and caption file into `out`.
    pub fn publish(&self, out: &Output) -> Vec<Diagnostic> {
        let mut ds = Vec::new();
        for (source, p) in &self.by_source {
            let file = p.dir.join(format!("video.{}", p.container.ext()));
            if let Err(e) = out.copy(&file, &p.output()) {
                ds.push(Diagnostic::error(
                    source,
                    format!("cannot publish the video: {e}"),
                ));
            }
        }
        for (source, rel) in &self.captions {
            if let Err(e) = out.copy(&self.root.join(source), rel) {
                ds.push(Diagnostic::error(
                    source,
                    format!("cannot publish the captions: {e}"),
                ));
            }
        }
        ds
    }
}

/// One video file of a page, with where it is written.
struct Wanted<'a> {
    page: &'a Path,
    video: &'a VideoFm,
    source: PathBuf,
    container: Container,
}

/// The cache key of a video's bytes.
fn key_of(bytes: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(VERSION);
    h.update(bytes);
    crate::util::hash::hex(&h.finalize())[..20].to_string()
}

/// A processed video and whether it was made this build (not taken from the cache), or the
/// error on its page.
type Outcome = Result<(Processed, bool), Diagnostic>;

/// The videos of every published page of `site`: processed (or taken from the cache under
/// `root`) in parallel, their captions checked. Problems are diagnostics on the page, at
/// the video's line, or on the caption file at its line, added to `ds`.
pub fn prepare(root: &Path, site: &Site, ds: &mut crate::diag::Diagnostics) -> Videos {
    let mut wanted: BTreeMap<PathBuf, Wanted<'_>> = BTreeMap::new();
    let mut captions: BTreeMap<PathBuf, (&Path, &VideoFm)> = BTreeMap::new();
    for it in site.items.iter().filter(|it| it.original.is_none()) {
        let videos = match &it.data {
            Data::Story(fm, _) => &fm.videos,
            Data::Champion(fm) => &fm.videos,
            _ => continue,
        };
        let dir = it.source.parent().unwrap_or(Path::new(""));
        for v in videos {
            for file in v.captions.values() {
                captions.entry(dir.join(file)).or_insert((&it.source, v));
            }
            let Some(file) = &v.file else { continue };
            let Some(container) = Container::of(file) else {
                continue;
            };
            let source = dir.join(file);
            wanted.entry(source.clone()).or_insert(Wanted {
                page: &it.source,
                video: v,
                source,
                container,
            });
        }
    }
    let results: Vec<(PathBuf, Outcome)> = wanted
        .into_par_iter()
        .map(|(s, w)| (s, process(root, &w)))
        .collect();
    let mut videos = Videos {
        root: root.to_path_buf(),
        ..Videos::default()
    };
    for (source, r) in results {
        match r {
            Ok((p, made)) => {
                if made {
                    videos.made += 1;
                } else {
                    videos.cached += 1;
                }
                videos.by_source.insert(source, p);
            }
            Err(d) => ds.push(d),
        }
    }
    for (file, (page, v)) in captions {
        let length = v
            .file
            .as_ref()
            .and_then(|f| videos.get(&page.parent().unwrap_or(Path::new("")).join(f)))
            .map(|p| p.duration_ms);
        match check_captions(root, &file, length) {
            Ok((name, warning)) => {
                ds.extend(warning);
                videos.captions.insert(file, name);
            }
            Err(d) => ds.push(d),
        }
    }
    videos
}

/// The caption file's output path, and a warning when a cue ends after the video; or the
/// error in it, at its line.
fn check_captions(
    root: &Path,
    file: &Path,
    length: Option<u64>,
) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    let bytes = crate::util::fs::read_regular(&root.join(file), 10 << 20)
        .map_err(|e| Diagnostic::error(file, format!("cannot read the captions: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Diagnostic::error(file, "the captions are not UTF-8 text")
            .with_help("save the file as UTF-8 in the subtitle editor")
    })?;
    let end = vtt::check(text).map_err(|(line, msg)| {
        Diagnostic::error(file, format!("not valid WebVTT: {msg}"))
            .at_line(line)
            .with_help("fix the line in a text or subtitle editor; a browser shows no captions at all from a file it cannot read")
    })?;
    let name = format!(
        "{OUT_DIR}{}.vtt",
        &crate::util::hash::hex(&Sha256::digest(&bytes))[..20]
    );
    let late = length.filter(|&l| end > l + 500).map(|l| {
        Diagnostic::warning(
            file,
            format!(
                "the last caption ends at {}, after the video ends ({})",
                clock(end),
                clock(l)
            ),
        )
        .with_help("check that the captions belong to this video, and end the last cue by the end of the video")
    });
    Ok((name, late))
}

/// `m:ss` of milliseconds.
fn clock(ms: u64) -> String {
    format!("{}:{:02}", ms / 60_000, ms / 1000 % 60)
}

/// The processed video `w`, from the cache or made now (`true`); an error on the page at the
/// video's line otherwise.
fn process(root: &Path, w: &Wanted<'_>) -> Outcome {
    let fail = |msg: String, help: &str| {
        let text = std::fs::read_to_string(root.join(w.page)).unwrap_or_default();
        Diagnostic::error(w.page, format!("{}: {msg}", w.video.shown()))
            .with_help(help)
            .at_line_if(field_line(&text, w.video.at("file")))
    };
    let full = root.join(&w.source);
    if !crate::util::fs::is_within(&full, &root.join("content")) {
        return Err(fail(
            format!(
                "{} is outside the content folder (through a link)",
                w.source.display()
            ),
            "copy the video into the page's folder",
        ));
    }
    // A regular file only (a named pipe would block the build), of a size a page may offer.
    let bytes = crate::util::fs::read_regular(&full, MAX_BYTES).map_err(|e| {
        fail(
            format!("{}: {e}", w.source.display()),
            "give a video file (MP4 or WebM) beside the page, at most 2 GB",
        )
    })?;
    let key = key_of(&bytes);
    drop(bytes);
    let cache = root.join(CACHE_DIR);
    let dir = cache.join(&key);
    if let Some(p) = read_entry(&dir, &key, w.container) {
        return Ok((p, false));
    }
    let missing = |program: &str| {
        fail(
            format!(
                "{program} is needed to process it (remove its metadata, take its poster, read its length), and it is not installed"
            ),
            &format!(
                "install ffmpeg (Debian/Ubuntu: `apt-get install ffmpeg`; macOS: `brew install ffmpeg`) and build again; the result is kept in {CACHE_DIR}/, which can be committed so that machines without ffmpeg build the site too"
            ),
        )
    };
    let said = |f: Failure, what: &str, help: &str| match f {
        Failure::Missing(p) => missing(p),
        Failure::Failed(m) => fail(format!("{what}: {m}"), help),
    };
    let probed = ffmpeg::probe(&full).map_err(|f| {
        said(
            f,
            "ffprobe cannot read it",
            "check that the file plays; export it again as MP4 (H.264 video, AAC audio)",
        )
    })?;
    check_codecs(&probed, w.container).map_err(|m| {
        fail(
            m,
            "re-encode it, e.g. `ffmpeg -i IN -c:v libx264 -pix_fmt yuv420p -c:a aac OUT.mp4`",
        )
    })?;
    let made = fill(&cache, &key, &full, w.container, &probed);
    made.map_err(|f| {
        said(
            f,
            "ffmpeg could not process it",
            "check that the file plays",
        )
    })?;
    read_entry(&dir, &key, w.container)
        .map(|p| (p, true))
        .ok_or_else(|| {
            fail(
                "the video cache entry cannot be read back".into(),
                "delete the folder video-cache/ and build again",
            )
        })
}

/// Makes the cache entry `key` under `cache` of the video at `full`: filled in a folder of
/// its own, then moved into place (a build stopped half-way leaves no entry).
fn fill(
    cache: &Path,
    key: &str,
    full: &Path,
    c: Container,
    probed: &ffmpeg::Probed,
) -> Result<(), Failure> {
    let dir = cache.join(key);
    let tmp = cache.join(format!(".tmp-{key}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| {
        Failure::Failed(format!(
            "cannot write the video cache {}: {e}",
            tmp.display()
        ))
    })?;
    let made = make_entry(full, &tmp, c, probed).and_then(|_| {
        if dir.exists() && read_entry(&dir, key, c).is_none() {
            // An entry left half-made (a build stopped while filling it).
            let _ = std::fs::remove_dir_all(&dir);
        }
        std::fs::rename(&tmp, &dir)
            .or_else(|e| {
                if dir.join("probe.txt").exists() {
                    Ok(())
                } else {
                    Err(e)
                }
            })
            .map_err(|e| Failure::Failed(format!("cannot fill the video cache: {e}")))
    });
    let _ = std::fs::remove_dir_all(&tmp);
    made
}

/// Fills `tmp` with the stripped video, its poster and its facts; the published size.
fn make_entry(
    full: &Path,
    tmp: &Path,
    c: Container,
    probed: &ffmpeg::Probed,
) -> Result<u64, Failure> {
    let video = tmp.join(format!("video.{}", c.ext()));
    ffmpeg::strip(full, &video, c)?;
    if c == Container::Mp4 {
        let left = crate::privacy::inspect::inspect_file(&video).map_err(Failure::Failed)?;
        if !left.is_empty() {
            return Err(Failure::Failed(format!(
                "the copy still carries {}",
                crate::privacy::describe(&left)
            )));
        }
    }
    let at = (probed.duration_ms / 3).min(1000);
    ffmpeg::poster(&video, at, &tmp.join("poster.png"))?;
    let bytes = std::fs::metadata(&video)
        .map_err(|e| Failure::Failed(e.to_string()))?
        .len();
    let facts = format!(
        "duration_ms={}\nwidth={}\nheight={}\nbytes={bytes}\n",
        probed.duration_ms, probed.width, probed.height
    );
    std::fs::write(tmp.join("probe.txt"), facts).map_err(|e| Failure::Failed(e.to_string()))?;
    Ok(bytes)
}

/// The codecs browsers play in each container.
fn check_codecs(p: &ffmpeg::Probed, c: Container) -> Result<(), String> {
    let (video, audio): (&[&str], &[&str]) = match c {
        Container::Mp4 => (&["h264"], &["aac", "mp3"]),
        Container::WebM => (&["vp8", "vp9", "av1"], &["opus", "vorbis"]),
    };
    if !video.contains(&p.video.as_str()) {
        return Err(format!(
            "its video is `{}`, which not every browser plays in {} (use {})",
            p.video,
            c.ext(),
            video.join(", ")
        ));
    }
    if let Some(a) = &p.audio
        && !audio.contains(&a.as_str())
    {
        return Err(format!(
            "its sound is `{a}`, which not every browser plays in {} (use {})",
            c.ext(),
            audio.join(" or ")
        ));
    }
    Ok(())
}

/// A complete cache entry, or `None`.
fn read_entry(dir: &Path, key: &str, c: Container) -> Option<Processed> {
    let facts = std::fs::read_to_string(dir.join("probe.txt")).ok()?;
    let get = |name: &str| -> Option<u64> {
        facts
            .lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix('='))?
            .parse()
            .ok()
    };
    let video = dir.join(format!("video.{}", c.ext()));
    let bytes = std::fs::metadata(&video).ok()?.len();
    if get("bytes")? != bytes || !dir.join("poster.png").is_file() {
        return None;
    }
    Some(Processed {
        key: key.to_string(),
        container: c,
        bytes,
        duration_ms: get("duration_ms")?,
        width: u32::try_from(get("width")?).ok()?,
        height: u32::try_from(get("height")?).ok()?,
        dir: dir.to_path_buf(),
    })
}
