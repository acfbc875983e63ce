//! Serve, rebuild half: the build pipeline run again after a change, redoing only what the
//! change affects, with a result equal to a full build byte for byte.
//!
//! Entry point: [`Rebuilder`]. It keeps the loaded sources and each file's parse result, the
//! last good site in memory ([`Snapshot`]) and the render's [`Incremental`] state. A rebuild
//! re-reads and re-parses only the changed files, assembles the (cheap) model from every
//! parsed file, and runs the same [`crate::pipeline`] as `useit build` into an in-memory sink
//! that reuses each page whose fingerprint (its template and the JSON of its whole template
//! context) is unchanged. Outputs no longer produced disappear because every snapshot is made
//! afresh. Correctness does not rest on a dependency list: a page is reused only when its
//! inputs are equal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use super::watch::Plan;
use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::incremental::memo::Incremental;
use crate::incremental::store::Snapshot;
use crate::load::{self, Sources};
use crate::model::ItemId;
use crate::model::build::{ParsedFile, parse_one, set_body};
use crate::pipeline::{self, BuildOptions, Input, Kept, Prepared, SourceReport, Stage};
use crate::summary::Summary;
use crate::util::drop_later;
use crate::write::Output;

/// The sources, parse results and last site of a serve session.
pub struct Rebuilder {
    opts: BuildOptions,
    sources: Sources,
    parsed: BTreeMap<PathBuf, ParsedFile>,
    /// The privacy check's findings per checked source (see [`crate::privacy::check_one`]).
    privacy: BTreeMap<PathBuf, Vec<Diagnostic>>,
    load_diags: Vec<Diagnostic>,
    incremental: Incremental,
    last: Option<Arc<Snapshot>>,
    /// The model and render state of the last good build (its model as of that build: the
    /// next build patches it or assembles a new one).
    kept: Option<(Prepared, Box<Kept>)>,
    /// Set by [`Rebuilder::apply`]: the changed files, when every change was an edit of an
    /// item's Markdown body (front matter and everything else unchanged).
    bodies: Option<Vec<PathBuf>>,
}

/// A successful (re)build.
pub struct Built {
    /// The new site.
    pub site: Arc<Snapshot>,
    /// What the pipeline reports (counts, warnings).
    pub summary: Summary,
    /// Site paths added, changed or removed since the previous site.
    pub changed: Vec<String>,
    /// Files made again (not taken from the previous site).
    pub made_again: usize,
    /// Files of the new site.
    pub files: usize,
    /// Markdown renderings reused and made.
    pub markdown: (usize, usize),
}

impl Rebuilder {
    /// Loads and parses every source of the site `opts.root` (`opts.output` is ignored).
    pub fn new(opts: BuildOptions) -> Rebuilder {
        let mut r = Rebuilder {
            opts,
            sources: Sources::default(),
            parsed: BTreeMap::new(),
            privacy: BTreeMap::new(),
            load_diags: Vec::new(),
            incremental: Incremental::default(),
            last: None,
            kept: None,
            bodies: None,
        };
        r.refresh(&[PathBuf::from("content"), PathBuf::from("toolkits")]);
        r.read_templates();
        r
    }

    /// The last good site, if any.
    pub fn last(&self) -> Option<Arc<Snapshot>> {
        self.last.clone()
    }

    /// Takes in a batch of changes: re-reads changed sources and templates; a configuration
    /// change drops everything kept, so the next build renders every page.
    pub fn apply(&mut self, plan: &Plan) {
        let mut phases = crate::util::Phases::new("apply");
        let sources: Vec<PathBuf> = plan.sources.iter().cloned().collect();
        // What the changed files were, to tell an edit of bodies alone.
        let before: Option<Vec<(ParsedFile, Option<u64>)>> =
            (!plan.config && !plan.theme && plan.locales.is_empty())
                .then(|| {
                    sources
                        .iter()
                        .map(|p| Some((self.parsed.get(p)?.clone(), self.incremental.head(p))))
                        .collect()
                })
                .flatten();
        self.refresh(&sources);
        let names = before
            .is_some()
            .then(|| crate::model::build::name_matcher(self.parsed.values()));
        // The name check runs in the model: a patch (which skips it) must leave its findings
        // as they were.
        let same_mentions = |old: &ParsedFile, new: &ParsedFile| {
            names.as_ref().is_some_and(|m| {
                crate::model::build::body_mentions(m, old)
                    == crate::model::build::body_mentions(m, new)
            })
        };
        self.bodies = before
            .filter(|before| {
                before.iter().all(|(old, head)| {
                    self.parsed.get(&old.0).is_some_and(|new| {
                        head.is_some()
                            && self.incremental.head(&old.0) == *head
                            && crate::model::build::body_only_change(old, new)
                            && same_mentions(old, new)
                    })
                })
            })
            .map(|b| b.into_iter().map(|(p, _)| p.0).collect());
        phases.mark("refresh");
        phases.print();
        if plan.theme || plan.config {
            self.read_templates();
        }
        // Page keys hold each language's UI strings, so a locale edit re-renders the pages of
        // that language (and of every language after an edit of the default one's).
        if plan.config {
            self.incremental.clear();
            self.last = None;
        }
    }

    /// Builds the site from what is kept; on success the result becomes the last good site.
    /// After an edit of bodies alone, the last good model is patched and only the files that
    /// show those bodies are rendered (`Stage::Patch`); otherwise the model is assembled
    /// again from every parsed file and each file whose inputs are unchanged is reused.
    pub fn build(&mut self) -> Result<Built, Diagnostics> {
        let started = Instant::now();
        let mut phases = crate::util::Phases::new("rebuild");
        self.incremental.start();
        phases.mark("start");
        let previous = self.last.clone();
        let sink = |_: bool| Ok(Output::memory(previous.clone()));
        match (self.bodies.take(), self.kept.take()) {
            (Some(bodies), Some((mut prepared, kept))) => {
                let changed: Vec<ItemId> = bodies
                    .iter()
                    .filter_map(|p| set_body(&mut prepared.site, self.parsed.get(p)?))
                    .collect();
                phases.mark("patch model");
                let stage = Stage::Patch(&self.incremental, kept, changed);
                let report = self.source_report();
                match pipeline::render_stage(&self.opts, &prepared, report, stage, sink, started) {
                    Ok(Some((summary, out, kept))) => {
                        phases.mark("render");
                        self.kept = kept.map(|k| (prepared, k));
                        return Ok(self.finish(summary, out, previous, phases));
                    }
                    // It changed more than bodies after all: build in full below.
                    Ok(None) => {
                        self.incremental.forget_pending();
                        drop_later(prepared);
                    }
                    Err(ds) => {
                        drop_later(prepared);
                        return Err(ds);
                    }
                }
            }
            (_, Some(old)) => drop_later(old),
            _ => {}
        }
        let input = Input::Kept {
            sources: &self.sources,
            parsed: self.parsed.par_iter().map(|(_, p)| p.clone()).collect(),
            report: self.source_report(),
        };
        phases.mark("input");
        let (prepared, report) = pipeline::prepare(&self.opts, input)?;
        phases.mark("model");
        let stage = Stage::Full(Some(&self.incremental));
        let built = pipeline::render_stage(&self.opts, &prepared, report, stage, sink, started)?;
        let (summary, out, kept) = pipeline::full_render(built)?;
        phases.mark("render");
        self.kept = kept.map(|k| (prepared, k));
        Ok(self.finish(summary, out, previous, phases))
    }

    /// Problems found loading the sources, and the privacy check of every source.
    fn source_report(&self) -> SourceReport {
        let mut ds = Diagnostics::default();
        if !self.opts.root.join("content").is_dir() {
            ds.push(load::missing_content());
        }
        ds.extend(self.load_diags.iter().cloned());
        ds.extend(self.privacy.values().flatten().cloned());
        let media = self
            .privacy
            .keys()
            .filter(|p| self.sources.assets.binary_search(p).is_ok())
            .count();
        SourceReport {
            diags: ds,
            media_checked: media,
        }
    }

    /// Makes the filled sink the last good site.
    fn finish(
        &mut self,
        summary: Summary,
        out: Output,
        previous: Option<Arc<Snapshot>>,
        mut phases: crate::util::Phases,
    ) -> Built {
        self.incremental.commit();
        let markdown = self.incremental.counts();
        phases.mark("commit");
        let (site, fresh) = out.into_snapshot().unwrap_or_default();
        let site = Arc::new(site);
        phases.mark("snapshot");
        let changed = previous.unwrap_or_default().changed(&site, &fresh);
        phases.mark("diff");
        if std::env::var_os("USEIT_SERVE_DEBUG").is_some() {
            let mut fresh = fresh.clone();
            fresh.sort();
            eprintln!("made again: {:?}", &fresh[..fresh.len().min(40)]);
        }
        self.last = Some(site.clone());
        phases.print();
        Built {
            made_again: fresh.len(),
            files: site.files.len(),
            markdown,
            site,
            summary,
            changed,
        }
    }

    /// Forgets what was loaded at or under each of `paths` and reads it again. Everything kept
    /// is sorted by path, so what lies under a path is one range, found by binary search.
    fn refresh(&mut self, paths: &[PathBuf]) {
        for p in paths {
            let gone = subtree(&self.sources.files, |f| &f.rel, p);
            for f in self.sources.files.drain(gone) {
                self.incremental.set_file(&f.rel, None);
            }
            let gone = subtree(&self.sources.assets, |a| a, p);
            self.sources.assets.drain(gone);
            forget_under(&mut self.parsed, p);
            forget_under(&mut self.privacy, p);
            self.load_diags
                .retain(|d| d.path.as_deref().is_none_or(|d| !d.starts_with(p)));
        }
        let (mut texts, mut assets, mut ds) = (Vec::new(), Vec::new(), Diagnostics::default());
        for p in paths {
            if self.opts.root.join(p).symlink_metadata().is_ok() {
                load::walk(&self.opts.root, p, &mut texts, &mut assets, &mut ds);
            }
        }
        let (files, read_ds) = load::read_all(&self.opts.root, texts);
        ds.extend(read_ds);
        for f in &files {
            self.incremental.set_file(&f.rel, Some(&f.text));
        }
        let root = &self.opts.root;
        let checks: Vec<(PathBuf, Option<Vec<Diagnostic>>)> = assets
            .par_iter()
            .map(|a: &PathBuf| (a.clone(), crate::privacy::check_one(root, a, None)))
            .chain(files.par_iter().map(|f| {
                (
                    f.rel.clone(),
                    crate::privacy::check_one(root, &f.rel, Some(&f.text)),
                )
            }))
            .collect();
        self.privacy
            .extend(checks.into_iter().filter_map(|(p, d)| Some((p, d?))));
        let parsed: Vec<ParsedFile> = files.par_iter().cloned().map(parse_one).collect();
        self.parsed
            .extend(parsed.into_iter().map(|p| (p.0.clone(), p)));
        insert_sorted(&mut self.sources.files, files, |f| &f.rel);
        insert_sorted(&mut self.sources.assets, assets, |a| a);
        self.load_diags.extend(ds);
        self.load_diags
            .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    }

    /// Reads the theme's template sources for the page fingerprints.
    fn read_templates(&mut self) {
        let theme = Config::load(&self.opts.root, self.opts.base_url.as_deref())
            .map(|c| c.site.theme)
            .unwrap_or_default();
        let dir = self.opts.root.join("themes").join(theme).join("templates");
        let mut sources = Vec::new();
        for e in walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if e.file_type().is_file() {
                let name = e
                    .path()
                    .strip_prefix(&dir)
                    .unwrap_or(e.path())
                    .to_string_lossy()
                    .replace('\\', "/");
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                sources.push((name, text));
            }
        }
        self.incremental.set_templates(&sources);
    }
}

/// The range of `sorted` (by `key`, in path order) at or under `dir`: path order puts a
/// folder's contents right after it.
fn subtree<T>(sorted: &[T], key: impl Fn(&T) -> &Path, dir: &Path) -> std::ops::Range<usize> {
    let start = sorted.partition_point(|x| key(x) < dir);
    let len = sorted[start..].partition_point(|x| key(x).starts_with(dir));
    start..start + len
}

/// Adds `new` to `sorted` (by `key`), keeping it sorted: one by one for a few, else by sorting.
fn insert_sorted<T>(sorted: &mut Vec<T>, new: Vec<T>, key: impl Fn(&T) -> &Path) {
    if new.len() > 16 {
        sorted.extend(new);
        sorted.sort_by(|a, b| key(a).cmp(key(b)));
        return;
    }
    for x in new {
        let at = sorted.partition_point(|y| key(y) < key(&x));
        sorted.insert(at, x);
    }
}

/// Removes the entries of `map` at or under `dir`.
fn forget_under<V>(map: &mut BTreeMap<PathBuf, V>, dir: &Path) {
    let gone: Vec<PathBuf> = map
        .range(dir.to_path_buf()..)
        .take_while(|(p, _)| p.starts_with(dir))
        .map(|(p, _)| p.clone())
        .collect();
    for p in gone {
        map.remove(&p);
    }
}
