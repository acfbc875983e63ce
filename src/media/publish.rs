//! Media stage, after render: the queued image jobs run in parallel ([`Media::process`]),
//! each file coming from the cache or made now, then copied into the output.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use rayon::prelude::*;

use super::images::{self, Problem};
use super::{Job, Media, Stats, TitleJob, title_card};
use crate::diag::Diagnostic;
use crate::write::Output;

impl Media {
    /// Runs every queued job (in parallel), writing the files into `out`, and copies the
    /// build's videos and captions there.
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
                images::forget(&self.cache, job.key());
                self.publish(job, out)
            });
            if let Err((msg, help)) = res {
                let d =
                    Diagnostic::error(&job.page, format!("image {}: {msg}", job.source.display()))
                        .with_help(help);
                self.report(d.at_line_if(job.line));
            }
        });
        let titles: Vec<(String, TitleJob)> = self
            .titles
            .lock()
            .map(|t| t.iter().map(|(k, j)| (k.clone(), j.clone())).collect())
            .unwrap_or_default();
        titles.par_iter().for_each(|(key, job)| {
            if let Err((msg, help)) = self.publish_title(key, job, out) {
                self.report(Diagnostic::error(&job.page, msg).with_help(help));
            }
        });
        for d in self.videos.publish(out) {
            self.report(d);
        }
        Stats {
            decoded: self.decoded.load(Ordering::Relaxed),
            cached: self.cached.load(Ordering::Relaxed),
            previews_made: self.previews_made.load(Ordering::Relaxed),
            previews_cached: self.previews_cached.load(Ordering::Relaxed),
        }
    }

    /// The title card `key`, from the cache or drawn now, copied into `out`.
    fn publish_title(&self, key: &str, job: &TitleJob, out: &Output) -> Result<(), Problem> {
        let name = title_card::name(key);
        if matches!(out, Output::Discard(_)) {
            let _ = out.write(&name, &[]);
            return Ok(());
        }
        let dir = self.cache.join(key);
        let file = dir.join("title.jpg");
        let drawn = !dir.join("done").is_file();
        if drawn {
            let fonts = match self.fonts.get() {
                Some(Ok(f)) => f,
                _ => {
                    return Err((
                        "the theme's fonts are missing".into(),
                        "restore the theme's fonts/ folder".into(),
                    ));
                }
            };
            let failed = |e: String| {
                (
                    format!("cannot draw the share picture of “{}”: {e}", job.title),
                    "report this as a bug of useit, with the title".to_string(),
                )
            };
            let img =
                title_card::draw(fonts, &self.site_title, &job.title, job.rtl).map_err(failed)?;
            let jpg = images::jpeg(
                img.as_raw(),
                img.width(),
                img.height(),
                self.settings.quality,
            )?;
            images::store_entry(&self.cache, key, &[("title.jpg".to_string(), jpg)])?;
        }
        self.copy(&[(name, file)], out)?;
        self.count(true, drawn);
        Ok(())
    }

    /// The files of one image, from the cache or made now, copied into `out`.
    fn publish(&self, job: &Job, out: &Output) -> Result<(), Problem> {
        if matches!(out, Output::Discard(_)) {
            // `check`: decode to find damaged images, but write nothing, not even the cache.
            let source = self.root.join(&job.source);
            images::verify(&source, &job.probe, &self.settings)?;
            // Named to the sink (which keeps nothing), so the link check knows them.
            for (name, _) in self.names(job, Vec::new()) {
                let _ = out.write(&name, &[]);
            }
            return Ok(());
        }
        let source = self.root.join(&job.source);
        let (files, decoded) = match &job.card {
            None => images::cached_files(&source, &job.probe, &self.settings, &self.cache)
                .map(|(f, d)| (f.into_iter().map(|(_, _, p)| p).collect(), d))?,
            Some(card) => {
                let (file, decoded) =
                    images::cached_card(&source, &job.probe, card, &self.settings, &self.cache)?;
                (vec![file], decoded)
            }
        };
        let decoded = self.copy(&self.names(job, files), out).map(|()| decoded)?;
        self.count(job.card.is_some(), decoded);
        Ok(())
    }

    /// Counts one image (a preview picture when `preview`), made now or from the cache.
    fn count(&self, preview: bool, made: bool) {
        let counter = match (preview, made) {
            (false, true) => &self.decoded,
            (false, false) => &self.cached,
            (true, true) => &self.previews_made,
            (true, false) => &self.previews_cached,
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The output names of a job's files, paired with `files` (the cached paths, in the same
    /// order; empty paths when there are none).
    fn names(&self, job: &Job, files: Vec<PathBuf>) -> Vec<(String, PathBuf)> {
        let names: Vec<String> = match &job.card {
            Some(card) => vec![images::card_name(&card.key)],
            None => job
                .probe
                .widths
                .iter()
                .flat_map(|&w| {
                    [job.probe.fallback_ext(), "webp"]
                        .map(|ext| images::output_name(&job.probe.key, w, ext))
                })
                .collect(),
        };
        let mut files = files.into_iter();
        names
            .into_iter()
            .map(|n| (n, files.next().unwrap_or_default()))
            .collect()
    }

    /// Copies cached files (output name, cached path) into `out`.
    fn copy(&self, files: &[(String, PathBuf)], out: &Output) -> Result<(), Problem> {
        // Read every file before writing any, so a retry never writes a path twice. The
        // in-memory sink (serve) keeps the previous bytes of a cached file that has not changed.
        let mut read = Vec::with_capacity(files.len());
        for (name, path) in files {
            let fail = |e: std::io::Error| {
                (
                    format!("cannot read the cached file {}: {e}", path.display()),
                    "delete the .useit-cache folder and build again".to_string(),
                )
            };
            let key = match out.wants_fingerprints() {
                true => Some(crate::write::file_stamp(path).map_err(fail)?),
                false => None,
            };
            let bytes = match key {
                Some(k) if out.reusable(name, k) => None,
                _ => Some(std::fs::read(path).map_err(fail)?),
            };
            read.push((name, key, bytes));
        }
        for (name, key, bytes) in read {
            match (key, bytes) {
                // `reusable` said yes, and the previous site does not change during a build.
                (Some(k), None) => {
                    out.reuse(name, k);
                }
                (key, bytes) => out
                    .write_keyed(name, &bytes.unwrap_or_default(), key)
                    .map_err(|e| (e.to_string(), "check the disk space and permissions".into()))?,
            }
        }
        Ok(())
    }
}
