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
pub mod i18n;
pub mod incremental;
pub mod load;
pub mod markdown;
pub mod media;
pub mod model;
pub mod new;
pub mod privacy;
pub mod render;
pub mod serve;
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
    /// Missing translations of UI strings are errors, not notes.
    pub strict_i18n: bool,
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
    /// What the image pipeline did.
    pub images: media::Stats,
    /// Languages built.
    pub languages: Vec<String>,
    /// Wall time.
    pub millis: u128,
    /// Toolkit downloads: files hashed or taken from the cache, ZIPs built or reused.
    pub toolkits: toolkits::Stats,
    /// Warnings and notes.
    pub diags: Diagnostics,
    /// Source media files whose metadata was checked (see [`privacy`]).
    pub media_checked: usize,
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
        let files = if verb == "Checked" {
            format!("{} files to copy, nothing written", self.copied)
        } else {
            format!("{} files copied", self.copied)
        };
        format!(
            "{verb} {} pages ({}) in {} language{} ({}), {files}, images: {} decoded, {} from cache, {} ms",
            self.pages,
            kinds.join(", "),
            self.languages.len(),
            if self.languages.len() == 1 { "" } else { "s" },
            self.languages.join(", "),
            self.images.decoded,
            self.images.cached,
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
    if let Some(dir) = &opts.output {
        guard_output(&opts.root, dir).map_err(one)?;
    }
    // With errors already found, still render (so `check` lists template and link problems
    // too) but write nothing.
    let sink = |ok: bool| match &opts.output {
        Some(dir) if ok => Output::stage(dir),
        _ => Ok(Output::discard()),
    };
    let (mut summary, out) = pipeline(opts, Input::Fresh, sink)?;
    if let Some(dir) = &opts.output {
        out.commit(dir)
            .map_err(|e| one(Diagnostic::general(Severity::Error, e.to_string())))?;
    }
    summary.millis = started.elapsed().as_millis();
    Ok(summary)
}

/// Where the pipeline's sources come from.
pub(crate) enum Input<'a> {
    /// Load and parse everything (`build`, `check`).
    Fresh,
    /// Loaded and parsed by a caller that keeps them between builds (`serve`).
    Kept {
        /// The sources (for the model's list of assets).
        sources: &'a load::Sources,
        /// Every text source, parsed, sorted by path.
        parsed: Vec<model::build::ParsedFile>,
        /// Problems found loading them and their privacy check, kept up to date by the caller.
        report: SourceReport,
    },
}

/// The pipeline shared by `build`, `check` and `serve`: load, model, render into the sink
/// that `sink` makes (it is told whether the build is still free of errors), process images.
/// Returns the summary and the filled sink, which the caller commits; on failure the sink has
/// been aborted.
pub(crate) fn pipeline(
    opts: &BuildOptions,
    input: Input<'_>,
    sink: impl FnOnce(bool) -> Result<Output, util::fs::FsError>,
) -> Result<(Summary, Output), Diagnostics> {
    let started = Instant::now();
    let (prepared, ds) = prepare(opts, input)?;
    let rendered = render_stage(opts, &prepared, ds, Stage::Full(None), sink, started)?;
    let (summary, out, _) = full_render(rendered)?;
    Ok((summary, out))
}

/// The outcome of a [`Stage::Full`] render, which never gives up as a patched one may.
pub(crate) fn full_render(r: Option<Rendered>) -> Result<Rendered, Diagnostics> {
    r.ok_or_else(|| {
        one(Diagnostic::general(
            Severity::Error,
            "internal error: a full render gave up; please report this",
        ))
    })
}

/// What the model stage makes: everything rendering reads besides the sources.
pub(crate) struct Prepared {
    config: Config,
    now: Now,
    /// The model (patched in place by serve when only bodies changed).
    pub(crate) site: model::Site,
    downloads: toolkits::Downloads,
    locales: std::sync::Arc<i18n::fluent::Locales>,
    theme: render::Theme,
    dates: i18n::dates::Dates,
    /// Problems of the model, the downloads and the UI strings.
    model_ds: Diagnostics,
    downloads_ds: Diagnostics,
    locale_ds: Diagnostics,
}

/// Problems of the sources themselves (loading, privacy) and the count of media files whose
/// metadata was checked: what [`render_stage`] needs besides the [`Prepared`] model.
pub(crate) struct SourceReport {
    pub(crate) diags: Diagnostics,
    pub(crate) media_checked: usize,
}

/// Config, "now", model, downloads, UI strings and theme; `Err` with every problem found when
/// the theme cannot be loaded or the configuration is broken.
pub(crate) fn prepare(
    opts: &BuildOptions,
    input: Input<'_>,
) -> Result<(Prepared, SourceReport), Diagnostics> {
    let mut phases = util::Phases::new("prepare");
    let config = Config::load(&opts.root, opts.base_url.as_deref())?;
    let now = Now::resolve(
        opts.now.as_deref(),
        opts.source_date_epoch.as_deref(),
        &config.tz,
    )
    .map_err(|m| one(Diagnostic::general(Severity::Error, m)))?;
    let model_opts = model::build::Options {
        config: &config,
        now: &now,
        drafts: opts.drafts,
    };
    phases.mark("config");
    let (
        SourceReport {
            diags: mut ds,
            media_checked,
        },
        (site, model_ds),
    ) = match input {
        Input::Fresh => {
            let (sources, mut ds) = load::load(&opts.root);
            let check = privacy::check_sources(&opts.root, &sources);
            ds.extend(check.diags);
            let model = model::build::build(sources, model_opts);
            let report = SourceReport {
                diags: ds,
                media_checked: check.media,
            };
            (report, model)
        }
        Input::Kept {
            sources,
            parsed,
            report,
        } => (
            report,
            model::build::assemble(parsed, &sources.assets, model_opts),
        ),
    };
    phases.mark("model");
    let (downloads, downloads_ds) =
        toolkits::prepare(&opts.root, &site, &config, opts.output.is_some());
    let (locales, locale_ds) = i18n::fluent::Locales::load(&opts.root, &config, opts.strict_i18n);
    let locales = std::sync::Arc::new(locales);
    let theme = match render::Theme::load(&opts.root, &config.site.theme, &locales) {
        Ok(t) => t,
        Err(t) => {
            ds.extend(model_ds);
            ds.extend(downloads_ds);
            if opts.strict {
                ds.escalate_warnings();
            }
            ds.extend(locale_ds);
            ds.extend(t);
            return Err(ds);
        }
    };
    let dates = i18n::dates::Dates::new(&config);
    phases.mark("downloads, locales, theme");
    phases.print();
    let prepared = Prepared {
        config,
        now,
        site,
        downloads,
        locales,
        theme,
        dates,
        model_ds,
        downloads_ds,
        locale_ds,
    };
    let report = SourceReport {
        diags: ds,
        media_checked,
    };
    Ok((prepared, report))
}

/// How [`render_stage`] renders.
pub(crate) enum Stage<'a> {
    /// Every file; with the state serve keeps, files whose inputs are unchanged are reused.
    Full(Option<&'a incremental::memo::Incremental>),
    /// Only what an edit of these items' bodies changed (see [`render::run::render_patch`]).
    Patch(
        &'a incremental::memo::Incremental,
        Box<Kept>,
        Vec<model::ItemId>,
    ),
}

/// What serve keeps of its last good build for a patched rebuild.
#[derive(Debug)]
pub(crate) struct Kept {
    render: render::run::RenderState,
    images: media::Stats,
    image_ds: Vec<Diagnostic>,
}

/// A successful [`render_stage`]: the summary, the filled sink and, for serve, what the next
/// build can patch.
pub(crate) type Rendered = (Summary, Output, Option<Box<Kept>>);

/// Renders the prepared site into the sink `sink` makes, processes images and gathers every
/// problem. `Ok(None)` when a patched render found the edit to change more than bodies (see
/// [`Stage::Patch`]); the caller renders in full then.
pub(crate) fn render_stage(
    opts: &BuildOptions,
    p: &Prepared,
    SourceReport {
        diags: mut ds,
        media_checked,
    }: SourceReport,
    stage: Stage<'_>,
    sink: impl FnOnce(bool) -> Result<Output, util::fs::FsError>,
    started: Instant,
) -> Result<Option<Rendered>, Diagnostics> {
    let mut phases = util::Phases::new("render stage");
    ds.extend(p.model_ds.clone());
    ds.extend(p.downloads_ds.clone());
    if opts.strict {
        ds.escalate_warnings();
    }
    ds.extend(p.locale_ds.clone());
    let incremental = match &stage {
        Stage::Full(inc) => *inc,
        Stage::Patch(inc, ..) => Some(*inc),
    };
    // `build` and `check` render even so, to list template and link problems too; serve
    // shows the problems found so far at once (after a broken front matter, rendering would
    // redo every listing the item dropped out of, for a site it would not serve).
    if incremental.is_some() && ds.has_errors() {
        return Err(ds);
    }
    let out = sink(!ds.has_errors())
        .map_err(|e| one(Diagnostic::general(Severity::Error, e.to_string())))?;
    let media = media::Media::new(&opts.root, &p.config);
    let renderer = render::context::Renderer {
        site: &p.site,
        config: &p.config,
        theme: &p.theme,
        root: &opts.root,
        now: &p.now,
        progress: opts.progress,
        media: &media,
        downloads: &p.downloads,
        dates: &p.dates,
        locales: &p.locales,
        site_views: p
            .config
            .site
            .languages
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect(),
        incremental,
        images_changed: Default::default(),
    };
    let (report, carried) = match stage {
        Stage::Full(_) => (render::run::render_all(&renderer, &out), None),
        Stage::Patch(_, kept, changed) => {
            let Kept {
                render,
                images,
                image_ds,
            } = *kept;
            match render::run::render_patch(&renderer, &out, render, &changed) {
                Some(report) => (report, Some((images, image_ds))),
                None => return Ok(None),
            }
        }
    };
    phases.mark("render");
    ds.extend(report.diags);
    // A patched render asked for the same images as the build it patches (or it would have
    // given up): the image files and what processing them reported are carried over.
    let patched = carried.is_some();
    let (images, image_ds) = match carried {
        Some(c) => c,
        None if ds.has_errors() => (media::Stats::default(), media.take_diags()),
        None => (media.process(&out), media.take_diags()),
    };
    ds.extend(image_ds.iter().cloned());
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
    if !patched {
        // A patched render asks only for the images of the pages it renders.
        media.prune();
    }
    phases.mark("images");
    phases.print();
    let summary = Summary {
        counts: p.site.counts(),
        pages: report.pages,
        copied: report.copied,
        images,
        languages: p
            .config
            .site
            .languages
            .iter()
            .map(|l| l.code.clone())
            .collect(),
        millis: started.elapsed().as_millis(),
        toolkits: p.downloads.stats,
        diags: ds,
        media_checked,
    };
    let kept = report.state.map(|render| {
        Box::new(Kept {
            render,
            images,
            image_ds,
        })
    });
    Ok(Some((summary, out, kept)))
}

/// Folders of the site that an output folder must never replace or sit in.
const SOURCE_DIRS: [&str; 6] = ["content", "themes", "toolkits", "locales", "src", ".git"];

/// Refuses output folders whose swap would destroy sources: the site folder itself or one
/// above it, a source folder or one inside it, or an existing folder that holds something other
/// than a built site.
fn guard_output(root: &std::path::Path, out: &std::path::Path) -> Result<(), Diagnostic> {
    let abs = |p: &std::path::Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        // Canonicalize the longest existing ancestor, keep the rest as written.
        let mut existing = p.as_path();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_os_string());
                    existing = parent;
                }
                _ => break,
            }
        }
        let mut base = existing
            .canonicalize()
            .unwrap_or_else(|_| existing.to_path_buf());
        base.extend(rest.iter().rev());
        base
    };
    let (root, out_abs) = (abs(root), abs(out));
    let refuse = |why: String| {
        Diagnostic::general(
            Severity::Error,
            format!("refusing to build into {}: {why}", out.display()),
        )
        .with_help("choose a separate folder for the output, such as `public`")
    };
    if root.starts_with(&out_abs) {
        return Err(refuse(
            "it holds the site's sources, which the build would replace".into(),
        ));
    }
    for dir in SOURCE_DIRS {
        if out_abs.starts_with(root.join(dir)) {
            return Err(refuse(format!("it is inside the source folder `{dir}/`")));
        }
    }
    if out_abs.is_dir() {
        let mut entries = std::fs::read_dir(&out_abs).map_err(|e| refuse(e.to_string()))?;
        let empty = entries.next().is_none();
        let built = out_abs.join("index.html").is_file() || out_abs.join("404.html").is_file();
        if !empty && !built {
            return Err(refuse(
                "it is not empty and does not look like a site built by useit".into(),
            ));
        }
    } else if out_abs.exists() {
        return Err(refuse("it is a file".into()));
    }
    Ok(())
}

/// `useit i18n`: translation coverage of the site's sources (nothing is rendered or written).
pub fn i18n_report(opts: &BuildOptions) -> Result<i18n::report::Coverage, Diagnostics> {
    let (config, _now, site, mut ds, _) = load_model(opts)?;
    let (locales, locale_ds) = i18n::fluent::Locales::load(&opts.root, &config, false);
    ds.extend(locale_ds);
    if ds.has_errors() {
        return Err(ds);
    }
    Ok(i18n::report::coverage(&site, &config, &locales))
}

/// What the first stages give: configuration, "now", the model, problems so far, and how many
/// source media files were checked.
type Loaded = (Config, Now, model::Site, Diagnostics, usize);

/// The first stages every command shares: configuration, "now", sources (with the source
/// media check) and the model.
fn load_model(opts: &BuildOptions) -> Result<Loaded, Diagnostics> {
    let config = Config::load(&opts.root, opts.base_url.as_deref())?;
    let now = Now::resolve(
        opts.now.as_deref(),
        opts.source_date_epoch.as_deref(),
        &config.tz,
    )
    .map_err(|m| one(Diagnostic::general(Severity::Error, m)))?;
    let (sources, mut ds) = load::load(&opts.root);
    let source_check = privacy::check_sources(&opts.root, &sources);
    ds.extend(source_check.diags);
    let (site, model_ds) = model::build::build(
        sources,
        model::build::Options {
            config: &config,
            now: &now,
            drafts: opts.drafts,
        },
    );
    ds.extend(model_ds);
    Ok((config, now, site, ds, source_check.media))
}

fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::default();
    ds.push(d);
    ds
}
