//! useit: the static-site generator of the USE-IT! Greater Icknield portal.
//!
//! The crate reads as its pipeline: [`load`] finds and reads sources, [`model`] turns them into
//! plain data, [`render`] applies the theme's templates, [`write`] stages the output and swaps
//! it in atomically. [`build`] runs the whole pipeline; `check` is the same with a discarding
//! sink.

pub mod cli;
pub mod config;
pub mod diag;
pub mod highlight;
pub mod load;
pub mod markdown;
pub mod model;
pub mod new;
pub mod render;
pub mod toolkits;
pub mod util;
pub mod write;

use std::path::PathBuf;
use std::time::Instant;

use config::{Config, Now};
use diag::{Diagnostic, Diagnostics, Severity};
use model::Kind;
use write::Output;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Site root (holds `site.yaml`).
    pub root: PathBuf,
    /// Output folder; `None` checks without writing.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Include drafts.
    pub drafts: bool,
    /// `--now`.
    pub now: Option<String>,
    /// `SOURCE_DATE_EPOCH`, read by the caller.
    pub source_date_epoch: Option<String>,
    /// Print progress for long builds.
    pub progress: bool,
    /// Treat warnings as errors (`--strict`).
    pub strict: bool,
}

/// A successful build.
#[derive(Debug)]
pub struct Summary {
    /// Items per kind.
    pub counts: Vec<(Kind, usize)>,
    /// HTML pages and other rendered files.
    pub pages: usize,
    /// Files copied as they are.
    pub copied: usize,
    /// Languages built.
    pub languages: Vec<String>,
    /// Wall time.
    pub millis: u128,
    /// Toolkit downloads: files hashed or taken from the cache, ZIPs built or reused.
    pub toolkits: toolkits::Stats,
    /// Warnings and notes.
    pub diags: Diagnostics,
}

impl Summary {
    /// The one line a build prints.
    pub fn line(&self, verb: &str) -> String {
        let kinds: Vec<String> = self
            .counts
            .iter()
            .map(|(k, n)| {
                format!(
                    "{n} {}",
                    if *n == 1 {
                        k.name().to_string()
                    } else {
                        plural(*k)
                    }
                )
            })
            .collect();
        format!(
            "{verb} {} pages ({}) in {} language{} ({}), {} files copied, {} ms",
            self.pages,
            kinds.join(", "),
            self.languages.len(),
            if self.languages.len() == 1 { "" } else { "s" },
            self.languages.join(", "),
            self.copied,
            self.millis
        )
    }
}

fn plural(k: Kind) -> String {
    match k {
        Kind::Story => "stories".into(),
        Kind::Opportunity => "opportunities".into(),
        k => format!("{}s", k.name()),
    }
}

/// Runs the pipeline. On failure, returns every diagnostic; the previous output is untouched.
pub fn build(opts: &BuildOptions) -> Result<Summary, Diagnostics> {
    let started = Instant::now();
    let config = Config::load(&opts.root, opts.base_url.as_deref())?;
    let now = Now::resolve(
        opts.now.as_deref(),
        opts.source_date_epoch.as_deref(),
        &config.tz,
    )
    .map_err(|m| one(Diagnostic::general(Severity::Error, m)))?;
    let (sources, mut ds) = load::load(&opts.root);
    let (site, model_ds) = model::build::build(
        sources,
        model::build::Options {
            config: &config,
            now: &now,
            drafts: opts.drafts,
        },
    );
    ds.extend(model_ds);
    let (downloads, dl_ds) = toolkits::prepare(&opts.root, &site, &config, opts.output.is_some());
    ds.extend(dl_ds);
    if opts.strict {
        ds.escalate_warnings();
    }
    let theme = match render::Theme::load(&opts.root, &config.site.theme) {
        Ok(t) => Some(t),
        Err(t) => {
            ds.extend(t);
            None
        }
    };
    let Some(theme) = theme.filter(|_| !ds.has_errors()) else {
        return Err(ds);
    };
    let out = match &opts.output {
        Some(dir) => Output::stage(dir)
            .map_err(|e| one(Diagnostic::general(Severity::Error, e.to_string())))?,
        None => Output::discard(),
    };
    let renderer = render::pages::Renderer {
        site: &site,
        config: &config,
        theme: &theme,
        root: &opts.root,
        now: &now,
        progress: opts.progress,
        downloads: &downloads,
    };
    let report = render::pages::render_all(&renderer, &out);
    ds.extend(report.diags);
    if opts.strict {
        ds.escalate_warnings();
    }
    for dup in out.duplicates() {
        ds.push(Diagnostic::general(
            Severity::Error,
            format!("two pages are written to the same file `{dup}`"),
        ));
    }
    if ds.has_errors() {
        out.abort();
        return Err(ds);
    }
    if let Some(dir) = &opts.output {
        out.commit(dir)
            .map_err(|e| one(Diagnostic::general(Severity::Error, e.to_string())))?;
    }
    Ok(Summary {
        counts: site.counts(),
        pages: report.pages,
        copied: report.copied,
        languages: vec![config.site.language.clone()],
        millis: started.elapsed().as_millis(),
        toolkits: downloads.stats,
        diags: ds,
    })
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::default();
    ds.push(d);
    ds
}
