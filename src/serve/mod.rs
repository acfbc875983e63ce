//! `useit serve`: build, serve the site from memory, rebuild on every change and reload open
//! pages.
//!
//! Entry point: [`serve`]. The first build and every rebuild go through the same pipeline as
//! `useit build`, into an in-memory sink ([`rebuild`]). A watcher ([`watch`]) turns file
//! events into rebuild plans; a rebuild thread applies them and swaps the new site in whole
//! (an `Arc` behind a lock, held by [`State`]), so a request sees the old site or the new one,
//! never half of each. Open pages listen on a Server-Sent Events stream and reload after each
//! rebuild; when a rebuild fails, the last good site stays up and HTML pages carry an overlay
//! with the errors until the next good build ([`http`]). State lives in [`State`], owned by
//! the server: nothing global.

pub mod http;
pub mod rebuild;
pub mod watch;

use std::convert::Infallible;
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State as Extract};
use axum::http::Response;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::routing::get;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::diag::Diagnostics;
use crate::incremental::store::Snapshot;
use crate::pipeline::BuildOptions;
use crate::summary::Mode;
use rebuild::Rebuilder;

/// `useit serve` options.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Site root.
    pub root: PathBuf,
    /// Address to listen on (loopback unless asked otherwise).
    pub bind: std::net::IpAddr,
    /// Port; 0 picks a free one (printed).
    pub port: u16,
    /// Open the site in the browser.
    pub open: bool,
    /// Include drafts.
    pub drafts: bool,
    /// `--now`; fixed when serve starts either way.
    pub now: Option<String>,
    /// Overrides the base URL (default: the server's own address).
    pub base_url: Option<String>,
    /// Debounce of file events.
    pub debounce: Duration,
    /// Colour in terminal messages.
    pub colour: bool,
}

/// What the server shares between requests and the rebuild thread.
pub struct State {
    site: RwLock<Arc<Snapshot>>,
    overlay: RwLock<Option<Arc<str>>>,
    reload: broadcast::Sender<u64>,
}

impl State {
    fn site(&self) -> Arc<Snapshot> {
        self.site.read().map(|s| s.clone()).unwrap_or_default()
    }

    fn overlay(&self) -> Option<Arc<str>> {
        self.overlay.read().ok().and_then(|o| o.clone())
    }

    fn publish(&self, site: Option<Arc<Snapshot>>, errors: Option<String>, generation: u64) {
        let mut old = None;
        if let Some(site) = site
            && let Ok(mut s) = self.site.write()
        {
            old = Some(std::mem::replace(&mut *s, site));
        }
        if let Ok(mut o) = self.overlay.write() {
            *o = errors.map(|e| Arc::from(http::overlay(&e)));
        }
        let _ = self.reload.send(generation);
        // The previous site is freed after the new one is served.
        drop(old);
    }
}

/// The rebuild thread, with the pipeline's stack size ([`crate::STACK_BYTES`]).
fn rebuild_thread() -> std::thread::Builder {
    std::thread::Builder::new()
        .name("rebuild".into())
        .stack_size(crate::STACK_BYTES)
}

/// Runs the server until interrupted. Errors are setup failures (the address is taken, the
/// watcher cannot start); content errors never stop it.
pub fn serve(opts: ServeOptions) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(run(opts))
}

async fn run(opts: ServeOptions) -> Result<(), String> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let addr = listener
        .local_addr()
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "warning: serving on {addr}, reachable from other machines: the preview shows drafts and unpublished work to anyone who can reach it"
        );
    }
    let url = format!("http://{addr}/");
    // Serve renders into memory and does not check links (see `crate::links`).
    let build = BuildOptions {
        root: opts.root.clone(),
        base_url: Some(opts.base_url.clone().unwrap_or_else(|| url.clone())),
        drafts: opts.drafts,
        now: Some(fixed_now(&opts)?),
        ..BuildOptions::default()
    };
    let (tx, _) = broadcast::channel(16);
    let state = Arc::new(State {
        site: RwLock::new(Arc::new(Snapshot::default())),
        overlay: RwLock::new(None),
        reload: tx,
    });
    let started = Instant::now();
    let mut rebuilder = Rebuilder::new(build);
    report(&state, rebuilder.build(), started, 0, opts.colour);
    let (mut watcher, events) = watch::Watcher::start(&opts.root, opts.debounce)
        .map_err(|e| format!("cannot watch {}: {e}", opts.root.display()))?;
    let rebuild_state = state.clone();
    let colour = opts.colour;
    let spawned = rebuild_thread().spawn(move || {
        let mut generation = 0;
        while let Ok(first) = events.recv() {
            let started = Instant::now();
            let mut paths = first;
            while let Ok(more) = events.try_recv() {
                paths.extend(more);
            }
            let plan = watch::plan(paths.iter().filter_map(|p| watch::classify(p)));
            if std::env::var_os("USEIT_SERVE_DEBUG").is_some() {
                eprintln!("{paths:?} -> {plan:?}");
            }
            if plan.is_empty() {
                continue;
            }
            watcher.watch_new_folders();
            rebuilder.apply(&plan);
            generation += 1;
            report(
                &rebuild_state,
                rebuilder.build(),
                started,
                generation,
                colour,
            );
        }
    });
    spawned.map_err(|e| format!("cannot start the rebuild thread: {e}"))?;
    let app = axum::Router::new()
        .route("/__useit/events", get(events_stream))
        .fallback(site_file)
        .with_state(state);
    println!("Serving {} at {url} (Ctrl-C to stop)", opts.root.display());
    if opts.open {
        open_browser(&url);
    }
    // Open event streams never end by themselves, so Ctrl-C stops at once, not gracefully.
    tokio::select! {
        r = axum::serve(listener, app).into_future() => r.map_err(|e| format!("the server stopped: {e}")),
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}

/// "Now" as a fixed RFC 3339 instant, so every rebuild (and a full build given the same
/// `--now`) agrees on it.
fn fixed_now(opts: &ServeOptions) -> Result<String, String> {
    let config = crate::config::Config::load(&opts.root, None).ok();
    let tz = config
        .map(|c| c.tz)
        .unwrap_or_else(|| jiff::tz::TimeZone::UTC);
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let now = crate::config::Now::resolve(opts.now.as_deref(), epoch.as_deref(), &tz)?;
    Ok(now.zoned.timestamp().to_string())
}

/// Publishes the outcome of a build to the server and open pages, and prints it.
fn report(
    state: &State,
    result: Result<rebuild::Built, Diagnostics>,
    started: Instant,
    generation: u64,
    colour: bool,
) {
    let ms = started.elapsed().as_millis();
    match result {
        Ok(built) => {
            // Served before anything is printed: once the line is there, the page is too.
            state.publish(Some(built.site.clone()), None, generation);
            if !built.summary.diags.is_empty() {
                eprint!("{}", built.summary.diags.render(colour));
            }
            if generation == 0 {
                println!("{}", built.summary.line(Mode::Serve));
            } else {
                println!(
                    "Rebuilt in {ms} ms: {} file{} changed, {} of {} made again",
                    built.changed.len(),
                    if built.changed.len() == 1 { "" } else { "s" },
                    built.made_again,
                    built.files,
                );
            }
            if std::env::var_os("USEIT_SERVE_DEBUG").is_some() {
                let (md_reused, md_made) = built.markdown;
                eprintln!(
                    "changed: {:?}{}; {} of {} files and {md_reused} Markdown renderings reused, {md_made} made",
                    &built.changed[..built.changed.len().min(12)],
                    if built.changed.len() > 12 {
                        " and more"
                    } else {
                        ""
                    },
                    built.files - built.made_again,
                    built.files,
                );
            }
        }
        Err(ds) => {
            state.publish(None, Some(ds.render(false)), generation);
            eprint!("{}", ds.render(colour));
            eprintln!("build failed; still serving the last good version");
        }
    }
}

async fn site_file(Extract(state): Extract<Arc<State>>, req: Request) -> Response<Body> {
    let site = state.site();
    let overlay = state.overlay();
    let view = http::View {
        site: &site,
        overlay: overlay.as_deref(),
    };
    http::respond(&view, req.method(), req.uri().path(), req.headers())
}

async fn events_stream(
    Extract(state): Extract<Arc<State>>,
) -> Sse<impl tokio_stream::Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(state.reload.subscribe()).filter_map(|g| {
        g.ok()
            .map(|g| Ok(Event::default().event("reload").data(g.to_string())))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(cmd).arg(url).spawn() {
        eprintln!("could not open a browser ({cmd}: {e}); open {url} yourself");
    }
}
