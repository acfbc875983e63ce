//! The pipeline every command runs, in three functions: `load_model` (configuration, "now",
//! sources with their privacy check, the model), `prepare` (plus downloads, UI strings and
//! theme) and `render_stage` (render into a sink, process images, gather every problem, apply
//! `--strict` through [`Diagnostics::finish`]). `build` and `check` run it once through `run`;
//! `serve` keeps the sources and the prepared model between builds (see
//! [`crate::serve::rebuild`]). [`BuildOptions`] says what to build.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use crate::config::{Config, Now};
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::i18n;
use crate::load;
use crate::media;
use crate::model;
use crate::privacy;
use crate::render;
use crate::summary::Summary;
use crate::toolkits;
use crate::util;
use crate::util::fs::FsError;
use crate::write::Output;

/// What to build and how.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Site root (holds `site.yaml`).
    pub root: PathBuf,
    /// Output folder; `None` checks without writing.
    pub output: Option<PathBuf>,
    /// Take over an existing output folder that was not made by useit (`--force`; see
    /// [`crate::write::guard_output`]).
    pub force: bool,
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
    /// Check links to other sites too, each with this timeout (`useit check --external`).
    pub external: Option<std::time::Duration>,
}

/// Where the pipeline's sources come from.
pub(crate) enum Input<'a> {
    /// Load and parse everything (`build`, `check`, `i18n`).
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

/// Problems of the sources themselves (loading, privacy) and the count of media files whose
/// metadata was checked: what [`render_stage`] needs besides the [`Prepared`] model.
pub(crate) struct SourceReport {
    pub(crate) diags: Diagnostics,
    pub(crate) media_checked: usize,
}

/// A failure of the file system (staging, committing) as the pipeline reports it.
pub(crate) fn failure(e: FsError) -> Diagnostics {
    Diagnostics::one(Diagnostic::general(Severity::Error, e.to_string()))
}

/// The pipeline of `build` and `check`: load, model, render into the sink that `sink` makes
/// (it is told whether the build is still free of errors), process images. Returns the
/// summary and the filled sink, which the caller commits; on failure the sink has been
/// aborted.
pub(crate) fn run(
    opts: &BuildOptions,
    sink: impl FnOnce(bool) -> Result<Output, FsError>,
) -> Result<(Summary, Output), Diagnostics> {
    let started = Instant::now();
    let (prepared, report) = prepare(opts, Input::Fresh)?;
    let rendered = render_stage(opts, &prepared, report, Stage::Full(None), sink, started)?;
    let (summary, out, _) = full_render(rendered)?;
    Ok((summary, out))
}

/// The outcome of a [`Stage::Full`] render, which never gives up as a patched one may.
pub(crate) fn full_render(r: Option<Rendered>) -> Result<Rendered, Diagnostics> {
    r.ok_or_else(|| {
        Diagnostics::one(Diagnostic::general(
            Severity::Error,
            "internal error: a full render gave up; please report this",
        ))
    })
}

/// What the first stages give (see [`load_model`]).
pub(crate) struct Loaded {
    pub(crate) config: Config,
    pub(crate) now: Now,
    pub(crate) site: model::Site,
    /// Problems of the sources and how many media files were checked.
    pub(crate) report: SourceReport,
    /// Problems of the model.
    pub(crate) model_ds: Diagnostics,
}

/// The first stages every command shares: configuration, "now", the sources (loaded and
/// checked for privacy, or as `input` keeps them) and the model. `Err` when the configuration
/// or "now" is broken.
pub(crate) fn load_model(
    opts: &BuildOptions,
    input: Input<'_>,
    phases: &mut util::Phases,
) -> Result<Loaded, Diagnostics> {
    let config = Config::load(&opts.root, opts.base_url.as_deref())?;
    let now = Now::resolve(
        opts.now.as_deref(),
        opts.source_date_epoch.as_deref(),
        &config.tz,
    )
    .map_err(|m| Diagnostics::one(Diagnostic::general(Severity::Error, m)))?;
    let model_opts = model::build::Options {
        config: &config,
        now: &now,
        drafts: opts.drafts,
    };
    phases.mark("config");
    let (report, (site, model_ds)) = match input {
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
    let mut model_ds = model_ds;
    model_ds.extend(name_limits(&site));
    Ok(Loaded {
        config,
        now,
        site,
        report,
        model_ds,
    })
}

/// Errors for items whose output files would have a name (one path component) longer than
/// the file system allows: found by `check` too, and named by their source file.
fn name_limits(site: &model::Site) -> Vec<Diagnostic> {
    let mut ds = Vec::new();
    for it in &site.items {
        let ics = matches!(it.data, model::Data::Event(..)).then(|| format!("{}.ics", it.slug));
        let long = crate::write::long_component(&it.path).or_else(|| {
            ics.as_deref()
                .filter(|n| n.len() > crate::write::MAX_NAME_BYTES)
        });
        if let Some(name) = long {
            ds.push(
                Diagnostic::error(
                    &it.source,
                    format!(
                        "the output file name made from this file's name is {} bytes, {}",
                        name.len(),
                        crate::write::LONG_NAME
                    ),
                )
                .with_help(
                    "shorten the file name (or its `slug`): the page's address is made from it",
                ),
            );
        }
    }
    ds
}

/// What the model stage makes: everything rendering reads besides the sources.
pub(crate) struct Prepared {
    config: Config,
    now: Now,
    /// The model (patched in place by serve when only bodies changed).
    pub(crate) site: model::Site,
    downloads: toolkits::Downloads,
    locales: Arc<i18n::fluent::Locales>,
    theme: render::Theme,
    dates: i18n::dates::Dates,
    /// The videos of the published pages, processed (see [`media::video`]).
    videos: Arc<media::video::Videos>,
    /// Problems of the model, the videos, the downloads and the UI strings.
    model_ds: Diagnostics,
    downloads_ds: Diagnostics,
    locale_ds: Diagnostics,
}

/// [`load_model`], then downloads, UI strings and theme; `Err` with every problem found when
/// the theme cannot be loaded or the configuration is broken.
pub(crate) fn prepare(
    opts: &BuildOptions,
    input: Input<'_>,
) -> Result<(Prepared, SourceReport), Diagnostics> {
    let mut phases = util::Phases::new("prepare");
    let Loaded {
        config,
        now,
        site,
        report,
        mut model_ds,
    } = load_model(opts, input, &mut phases)?;
    let (downloads, downloads_ds) =
        toolkits::prepare(&opts.root, &site, &config, opts.output.is_some());
    let (locales, mut locale_ds) =
        i18n::fluent::Locales::load(&opts.root, &config, opts.strict_i18n);
    locale_ds.extend(i18n::vocab::check(&config, &locales, opts.strict_i18n));
    let locales = Arc::new(locales);
    let theme = match render::Theme::load(&opts.root, &config.site.theme, &locales) {
        Ok(t) => t,
        Err(t) => {
            let mut ds = report.diags;
            ds.extend(model_ds);
            ds.extend(downloads_ds);
            ds.extend(locale_ds);
            ds.extend(t);
            return Err(match ds.finish(opts.strict) {
                Ok(ds) | Err(ds) => ds,
            });
        }
    };
    locale_ds.extend(theme.missing_emblem(&config));
    let dates = i18n::dates::Dates::new(&config);
    phases.mark("downloads, locales, theme");
    phases.print();
    let prepared = Prepared {
        config,
        now,
        // Before `site` and `model_ds` move in: the videos' problems join the model's.
        videos: Arc::new(media::video::prepare(&opts.root, &site, &mut model_ds)),
        site,
        downloads,
        locales,
        theme,
        dates,
        model_ds,
        downloads_ds,
        locale_ds,
    };
    Ok((prepared, report))
}

/// How [`render_stage`] renders.
pub(crate) enum Stage<'a> {
    /// Every file; with the state serve keeps, files whose inputs are unchanged are reused.
    Full(Option<&'a crate::incremental::memo::Incremental>),
    /// Only what an edit of these items' bodies changed (see [`render::run::render_patch`]).
    Patch(
        &'a crate::incremental::memo::Incremental,
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
    sink: impl FnOnce(bool) -> Result<Output, FsError>,
    started: Instant,
) -> Result<Option<Rendered>, Diagnostics> {
    let mut phases = util::Phases::new("render stage");
    ds.extend(p.model_ds.clone());
    ds.extend(p.downloads_ds.clone());
    ds.extend(p.locale_ds.clone());
    let failed = ds.fails(opts.strict);
    let incremental = match &stage {
        Stage::Full(inc) => *inc,
        Stage::Patch(inc, ..) => Some(*inc),
    };
    // `build` and `check` render even so, to list template and link problems too; serve
    // shows the problems found so far at once (after a broken front matter, rendering would
    // redo every listing the item dropped out of, for a site it would not serve).
    if incremental.is_some() && failed {
        return Err(match ds.finish(opts.strict) {
            Ok(ds) | Err(ds) => ds,
        });
    }
    let out = sink(!failed).map_err(failure)?;
    let media = media::Media::new(&opts.root, &p.config).with_videos(p.videos.clone());
    let renderer = renderer(opts, p, &media, incremental);
    let Some((mut report, carried)) = render_files(&renderer, &out, stage) else {
        return Ok(None);
    };
    phases.mark("render");
    let rendered = std::mem::take(&mut report.diags);
    // A name too long for the file system is reported by its source ([`name_limits`]); the
    // sink's own refusal of the same file names no source, and is dropped then.
    let named = ds
        .iter()
        .any(|d| d.message.contains(crate::write::LONG_NAME));
    ds.extend(
        rendered.into_iter().filter(|d| {
            !(named && d.path.is_none() && d.message.contains(crate::write::LONG_NAME))
        }),
    );
    // A patched render asked for the same images as the build it patches (or it would have
    // given up): the image files and what processing them reported are carried over.
    let patched = carried.is_some();
    let (images, image_ds) = match carried {
        Some(c) => c,
        None if failed || ds.has_errors() => (media::Stats::default(), media.take_diags()),
        None => (media.process(&out), media.take_diags()),
    };
    ds.extend(image_ds.iter().cloned());
    let external = written_checks(opts, p, &out, &mut ds);
    let ds = match ds.finish(opts.strict) {
        Ok(ds) => ds,
        Err(ds) => {
            out.abort();
            return Err(ds);
        }
    };
    if !patched && !matches!(out, Output::Discard(_)) {
        // A patched render asks only for the images of the pages it renders; `check` changes
        // nothing on disk, the image cache included.
        media.prune();
    }
    phases.mark("images");
    phases.print();
    let mut summary = summary(p, &report, images, ds, media_checked, started);
    summary.external = external;
    let kept = report.state.map(|render| {
        Box::new(Kept {
            render,
            images,
            image_ds,
        })
    });
    Ok(Some((summary, out, kept)))
}

/// The renderer of the prepared site `p`.
fn renderer<'a>(
    opts: &'a BuildOptions,
    p: &'a Prepared,
    media: &'a media::Media,
    incremental: Option<&'a crate::incremental::memo::Incremental>,
) -> render::context::Renderer<'a> {
    render::context::Renderer {
        site: &p.site,
        config: &p.config,
        theme: &p.theme,
        root: &opts.root,
        now: &p.now,
        progress: opts.progress,
        media,
        downloads: &p.downloads,
        dates: &p.dates,
        locales: &p.locales,
        site_views: (0..p.config.site.languages.len())
            .map(|_| OnceLock::new())
            .collect(),
        incremental,
        images_changed: Default::default(),
        bodies: p.site.items.iter().map(|_| OnceLock::new()).collect(),
        digests: OnceLock::new(),
    }
}

/// What rendering the files gives: the render's report and, for a patched render, the images
/// and image problems carried over from the build it patches.
type Files = (render::run::Report, Option<(media::Stats, Vec<Diagnostic>)>);

/// Renders every file ([`Stage::Full`]) or the files a body edit changed ([`Stage::Patch`]),
/// then the search index of the site as it stands (see [`crate::search`]); `None` when the
/// patched render gave up.
fn render_files(
    r: &render::context::Renderer<'_>,
    out: &Output,
    stage: Stage<'_>,
) -> Option<Files> {
    let mut files = render_pages(r, out, stage)?;
    files.0.diags.extend(crate::search::run(out, r.config));
    Some(files)
}

/// The pages of [`render_files`].
fn render_pages(
    r: &render::context::Renderer<'_>,
    out: &Output,
    stage: Stage<'_>,
) -> Option<Files> {
    match stage {
        Stage::Full(_) => Some((render::run::render_all(r, out), None)),
        Stage::Patch(_, kept, changed) => {
            let Kept {
                render,
                images,
                image_ds,
            } = *kept;
            let report = render::run::render_patch(r, out, render, &changed)?;
            Some((report, Some((images, image_ds))))
        }
    }
}

/// The summary of a successful render of `p`.
fn summary(
    p: &Prepared,
    report: &render::run::Report,
    images: media::Stats,
    diags: Diagnostics,
    media_checked: usize,
    started: Instant,
) -> Summary {
    Summary {
        counts: p.site.counts(),
        pages: report.pages,
        copied: report.copied,
        images,
        videos: (p.videos.made, p.videos.cached),
        languages: p
            .config
            .site
            .languages
            .iter()
            .map(|l| l.code.clone())
            .collect(),
        millis: started.elapsed().as_millis(),
        toolkits: p.downloads.stats,
        diags,
        media_checked,
        skipped: crate::summary::Skipped::of(&p.site),
        external: None,
    }
}

/// The checks of what the sink was handed: no file written twice, then every link (once
/// everything is written, images too, and only on a site with no errors: a page missing
/// because of an error would be reported again as a broken link). Returns the report of
/// `--external`.
fn written_checks(
    opts: &BuildOptions,
    p: &Prepared,
    out: &Output,
    ds: &mut Diagnostics,
) -> Option<String> {
    for dup in out.duplicates() {
        ds.push(Diagnostic::general(
            Severity::Error,
            format!("two pages are written to the same file `{dup}`"),
        ));
    }
    for (file, under) in out.folder_clashes() {
        ds.push(p.theme.folder_clash(&file, &under));
    }
    let (links, files) = out.links().filter(|_| !ds.has_errors())?;
    let (link_ds, external) =
        crate::links::site::check(links, &files, &p.site, &p.config, opts.external);
    ds.extend(link_ds);
    external
}
