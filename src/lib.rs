//! useit: the static-site generator of the USE-IT! Greater Icknield portal.
//!
//! The crate reads as its pipeline ([`pipeline`]): [`load`] finds and reads sources, [`model`]
//! turns them into plain data, [`render`] applies the theme's templates, [`mod@write`] stages the
//! output and swaps it in atomically. [`build`] runs the whole pipeline; `check` is the same
//! with a discarding sink, `serve` keeps the site in memory and rebuilds it on change.
//!
//! `docs/architecture.md` describes the modules, the stages and how data flows between them.

pub mod cli;
pub mod config;
pub mod diag;
pub mod highlight;
pub mod i18n;
pub mod incremental;
pub mod init;
pub mod links;
pub mod load;
pub mod markdown;
pub mod media;
pub mod model;
pub mod new;
pub mod pipeline;
pub mod privacy;
pub mod render;
pub mod search;
pub mod serve;
pub mod summary;
pub mod toolkits;
pub mod util;
pub mod write;

use std::time::Instant;

/// The stack size of every thread that runs the pipeline (64 MiB): the main work thread
/// ([`with_big_stack`]), rayon's workers ([`init_threads`]) and serve's rebuild thread. Input
/// limits (nesting depth, field and file sizes) keep recursion shallow; this is the second line
/// of defence, so that a deep structure the limits miss is still no stack overflow.
pub const STACK_BYTES: usize = 64 * 1024 * 1024;

/// Sets up rayon's global pool with [`STACK_BYTES`] a worker (once; later calls do nothing).
pub fn init_threads() {
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(STACK_BYTES)
        .build_global();
}

/// Runs `f` on a new thread with a [`STACK_BYTES`] stack and returns its result; `None` when
/// the thread could not start or panicked.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    init_threads();
    std::thread::Builder::new()
        .name("useit".into())
        .stack_size(STACK_BYTES)
        .spawn(f)
        .ok()?
        .join()
        .ok()
}

use diag::Diagnostics;
pub use pipeline::BuildOptions;
pub use summary::{Mode, Summary};
use write::Output;

/// Runs the pipeline. On failure, returns every diagnostic; the previous output is untouched.
pub fn build(opts: &BuildOptions) -> Result<Summary, Diagnostics> {
    let started = Instant::now();
    if let Some(dir) = &opts.output {
        let replaced =
            write::guard_output(&opts.root, dir, opts.force).map_err(Diagnostics::one)?;
        if !replaced.is_empty() {
            eprintln!(
                "note: --force: {} was not made by useit; the build replaces what it holds: {}",
                dir.display(),
                diag::clip(&replaced.join(", "), 2000)
            );
        }
    }
    // With errors already found, still render (so `check` lists template and link problems
    // too) but write nothing.
    let sink = |ok: bool| match &opts.output {
        Some(dir) if ok => Output::stage(dir),
        _ => Ok(Output::discard()),
    };
    let (mut summary, out) = pipeline::run(opts, sink)?;
    if let Some(dir) = &opts.output {
        out.commit(dir).map_err(pipeline::failure)?;
    }
    summary.millis = started.elapsed().as_millis();
    Ok(summary)
}

/// `useit i18n`: translation coverage of the site's sources (nothing is rendered or written).
pub fn i18n_report(opts: &BuildOptions) -> Result<i18n::report::Coverage, Diagnostics> {
    let mut phases = util::Phases::new("i18n");
    let loaded = pipeline::load_model(opts, pipeline::Input::Fresh, &mut phases)?;
    let mut ds = loaded.report.diags;
    ds.extend(loaded.model_ds);
    let (locales, locale_ds) = i18n::fluent::Locales::load(&opts.root, &loaded.config, false);
    ds.extend(locale_ds);
    ds.finish(false)?;
    let hashes = i18n::source::current_hashes(&opts.root, &loaded.site);
    Ok(i18n::report::coverage(
        &loaded.site,
        &loaded.config,
        &locales,
        &hashes,
    ))
}
