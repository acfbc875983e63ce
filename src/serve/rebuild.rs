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

use rayon::prelude::*;

use super::watch::Plan;
use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{self, Sources};
use crate::model::build::{ParsedFile, parse_one};
use crate::render::memo::Incremental;
use crate::write::{Output, Snapshot};
use crate::{BuildOptions, Input, Summary};

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
}

/// A successful (re)build.
pub struct Built {
    /// The new site.
    pub site: Arc<Snapshot>,
    /// What the pipeline reports (counts, warnings).
    pub summary: Summary,
    /// Site paths added, changed or removed since the previous site.
    pub changed: Vec<String>,
    /// Files reused of files produced; Markdown renderings reused and made.
    pub reused: (usize, usize, (usize, usize)),
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
        self.refresh(&sources);
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
    pub fn build(&mut self) -> Result<Built, Diagnostics> {
        let mut phases = crate::util::Phases::new("rebuild");
        let mut diags = Diagnostics::default();
        if !self.opts.root.join("content").is_dir() {
            diags.push(load::missing_content());
        }
        diags.extend(self.load_diags.iter().cloned());
        let input = Input::Kept {
            sources: &self.sources,
            diags,
            parsed: self.parsed.par_iter().map(|(_, p)| p.clone()).collect(),
            privacy: crate::privacy::SourceCheck {
                media: self
                    .privacy
                    .keys()
                    .filter(|p| self.sources.assets.binary_search(p).is_ok())
                    .count(),
                diags: {
                    let mut ds = Diagnostics::default();
                    ds.extend(self.privacy.values().flatten().cloned());
                    ds
                },
            },
        };
        phases.mark("input");
        self.incremental.start();
        let previous = self.last.clone();
        let sink = |_: bool| Ok(Output::memory(previous.clone()));
        let (summary, out) = crate::pipeline(&self.opts, input, Some(&self.incremental), sink)?;
        phases.mark("pipeline");
        let reused = (out.reused(), out.files(), self.incremental.counts());
        self.incremental.commit();
        let (site, fresh) = out.into_snapshot().unwrap_or_default();
        let site = Arc::new(site);
        phases.mark("snapshot");
        let changed = previous.unwrap_or_default().changed(&site, &fresh);
        phases.mark("diff");
        if std::env::var_os("USEIT_SERVE_DEBUG").is_some() {
            let mut fresh = fresh;
            fresh.sort();
            eprintln!("made again: {:?}", &fresh[..fresh.len().min(40)]);
        }
        self.last = Some(site.clone());
        phases.mark("last");
        phases.print();
        Ok(Built {
            site,
            summary,
            changed,
            reused,
        })
    }

    /// Forgets what was loaded at or under each of `paths` and reads it again.
    fn refresh(&mut self, paths: &[PathBuf]) {
        // Byte comparison (paths are relative and written the same way everywhere): this runs
        // for every kept file on every rebuild.
        let prefixes: Vec<&[u8]> = paths
            .iter()
            .map(|c| c.as_os_str().as_encoded_bytes())
            .collect();
        let under = |p: &Path| {
            let b = p.as_os_str().as_encoded_bytes();
            prefixes.iter().any(|c| {
                b.starts_with(c)
                    && (b.len() == c.len()
                        || b.get(c.len())
                            .is_some_and(|&x| std::path::is_separator(x as char)))
            })
        };
        self.sources.files.retain(|f| !under(&f.rel));
        self.sources.assets.retain(|a| !under(a));
        self.parsed.retain(|p, _| !under(p));
        self.privacy.retain(|p, _| !under(p));
        let gone: Vec<PathBuf> = self
            .incremental
            .files()
            .filter(|p| under(p))
            .map(Path::to_path_buf)
            .collect();
        for p in gone {
            self.incremental.set_file(&p, None);
        }
        self.load_diags
            .retain(|d| d.path.as_deref().is_none_or(|p| !under(p)));
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
        self.sources.files.extend(files);
        self.sources.files.sort_by(|a, b| a.rel.cmp(&b.rel));
        self.sources.assets.extend(assets);
        self.sources.assets.sort();
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
