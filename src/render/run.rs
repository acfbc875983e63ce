//! Rendering every output file in parallel, or after an edit of bodies alone only those that
//! show them; feeds and the sitemap come last.
//!
//! Entry points: [`render_all`], [`render_patch`]. Jobs are plain values listed up front from
//! the table of job kinds ([`super::jobs::KINDS`]); each job builds only the views it needs (a
//! listing page builds views of its own items), so memory stays flat however many pages the
//! site has.

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::context::Renderer;
use super::job::{Count, Cx, Job, Plan};
use super::jobs;
use super::output::JobResult;
use crate::diag::Diagnostics;
use crate::highlight::Highlighter;
use crate::incremental::keys::{Keys, Reads, Tables};
use crate::incremental::recorder::Recorder;
use crate::incremental::reuse::keyed;
use crate::model::ItemId;
use crate::write::Output;

/// What rendering produced besides the files.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems found.
    pub diags: Diagnostics,
    /// HTML pages rendered.
    pub pages: usize,
    /// Files copied.
    pub copied: usize,
    /// Calendar files written.
    pub calendars: usize,
    /// What a keyed render leaves for [`render_patch`] in the next build.
    pub state: Option<RenderState>,
}

/// What a keyed render (serve) leaves for the next build, so that an edit of bodies alone
/// redoes only the files whose keys read those bodies ([`render_patch`]).
#[derive(Debug)]
pub struct RenderState {
    jobs: Vec<Job>,
    results: Vec<JobResult>,
    /// Per item: the jobs whose key read its whole text (see [`Reads`]).
    readers: Vec<Vec<u32>>,
    tables: Tables,
    listing_keys: Vec<u64>,
}

/// The listings and jobs of the site for `r`.
fn plan<'p>(r: &'p Renderer<'p>) -> (Plan<'p>, Vec<Job>) {
    let plan = Plan {
        r,
        listings: super::listings::listings(r.site, r.config),
        listing_keys: Vec::new(),
    };
    let jobs = jobs::list(&plan);
    (plan, jobs)
}

/// Renders every output file into `out`; feeds and the sitemap come last. With a kept
/// [`crate::incremental::memo::Incremental`] (serve), files whose inputs are unchanged are
/// taken from the previous site and the report carries the [`RenderState`] for
/// [`render_patch`].
pub fn render_all<'r>(r: &'r Renderer<'r>, out: &Output) -> Report {
    let mut phases = crate::util::Phases::new("render");
    let (mut plan, jobs) = plan(r);
    phases.mark("listings and jobs");
    let own = Highlighter::default();
    let highlighter = r.incremental.map_or(&own, |i| i.highlighter());
    let keys = r
        .incremental
        .filter(|_| out.wants_fingerprints())
        .map(|inc| Keys::new(inc, r));
    if let Some(k) = &keys {
        plan.listing_keys = plan.listings.iter().map(|l| k.listing(r.site, l)).collect();
    }
    phases.mark(if keys.as_ref().is_some_and(|k| k.links_changed) {
        "keys (link table changed)"
    } else {
        "keys"
    });
    let done = AtomicUsize::new(0);
    let step = (jobs.len() / 10).max(1);
    let by_kind = phases.on().then(KindTimes::default);
    let runs: Vec<(JobResult, Vec<ItemId>)> = jobs
        .par_iter()
        .map(|job| {
            let started = by_kind.as_ref().map(|_| std::time::Instant::now());
            let res = run(&plan, job, out, highlighter, keys.as_ref());
            if let (Some(k), Some(t)) = (&by_kind, started) {
                k.add(job.kind, t.elapsed());
            }
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if r.progress && jobs.len() > 2000 && n.is_multiple_of(step) {
                eprintln!("  rendered {n} of {} files", jobs.len());
            }
            res
        })
        .collect();
    phases.mark("jobs");
    let mut readers = vec![
        Vec::new();
        if keys.is_some() {
            r.site.items.len()
        } else {
            0
        }
    ];
    let results: Vec<JobResult> = runs
        .into_iter()
        .enumerate()
        .map(|(pos, (res, reads))| {
            for id in reads {
                readers[id].push(pos as u32);
            }
            res
        })
        .collect();
    let mut report = report(r, &jobs, &results, out, highlighter, keys.as_ref());
    report.state = keys.map(|k| RenderState {
        jobs,
        results,
        readers,
        tables: k.into_tables(),
        listing_keys: plan.listing_keys,
    });
    phases.mark("report and feeds");
    phases.print();
    if let Some(k) = by_kind {
        k.print();
    }
    report
}

/// Time spent in each kind of job, summed over the threads (`USEIT_SERVE_DEBUG` only).
struct KindTimes(Vec<(std::sync::atomic::AtomicU64, AtomicUsize)>);

impl Default for KindTimes {
    fn default() -> Self {
        KindTimes(jobs::KINDS.iter().map(|_| Default::default()).collect())
    }
}

impl KindTimes {
    fn add(&self, kind: usize, took: std::time::Duration) {
        if let Some((us, n)) = self.0.get(kind) {
            let micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
            us.fetch_add(micros, Ordering::Relaxed);
            n.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// One line, the costliest kind first: `render jobs by kind (thread time): page 812.0 ms
    /// (1200 jobs), ...`.
    fn print(&self) {
        let mut rows: Vec<(u64, usize, &str)> = self
            .0
            .iter()
            .zip(jobs::KINDS)
            .map(|((us, n), k)| {
                (
                    us.load(Ordering::Relaxed),
                    n.load(Ordering::Relaxed),
                    k.name,
                )
            })
            .filter(|(_, n, _)| *n > 0)
            .collect();
        rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(b.2)));
        let parts: Vec<String> = rows
            .iter()
            .map(|(us, n, name)| format!("{name} {:.1} ms ({n} jobs)", *us as f64 / 1000.0))
            .collect();
        eprintln!("render jobs by kind (thread time): {}", parts.join(", "));
    }
}

/// Renders after an edit that changed the bodies of items `changed` and nothing else (no
/// front matter, no other file, template, UI string or setting), given the state the last
/// good render left: only the files whose keys read those items' text are rendered, and every
/// other file is taken from the previous site as it is. `None` when the edit changed more
/// than that after all (other jobs, or other images asked for); the caller then renders
/// everything with [`render_all`] into a new sink.
pub fn render_patch<'r>(
    r: &'r Renderer<'r>,
    out: &Output,
    state: RenderState,
    changed: &[ItemId],
) -> Option<Report> {
    let mut phases = crate::util::Phases::new("render patch");
    let inc = r.incremental?;
    let (mut plan, jobs) = plan(r);
    if jobs != state.jobs {
        return None;
    }
    plan.listing_keys = state.listing_keys;
    phases.mark("listings and jobs");
    let highlighter = inc.highlighter();
    let members = crate::incremental::keys::family_members(r.site, changed);
    let keys = Keys::patched(inc, r, state.tables, &members);
    // Jobs without a key (files copied, survey extras, the manifest) never show a body.
    let mut todo: Vec<usize> = members
        .iter()
        .flat_map(|&m| state.readers[m].iter().map(|&p| p as usize))
        .collect();
    todo.sort_unstable();
    todo.dedup();
    phases.mark("keys");
    let redone: Vec<(usize, JobResult)> = todo
        .par_iter()
        .map(|&p| (p, run(&plan, &jobs[p], out, highlighter, Some(&keys)).0))
        .collect();
    if r.images_changed.load(Ordering::Relaxed) {
        return None;
    }
    let mut results = state.results;
    for (p, res) in redone {
        results[p] = res;
    }
    phases.mark("jobs");
    let mut report = report(r, &jobs, &results, out, highlighter, Some(&keys));
    if r.images_changed.load(Ordering::Relaxed) {
        return None;
    }
    phases.mark("report and feeds");
    out.keep_the_rest();
    phases.mark("keep the rest");
    report.state = Some(RenderState {
        jobs,
        results,
        readers: state.readers,
        tables: keys.into_tables(),
        listing_keys: plan.listing_keys,
    });
    phases.print();
    Some(report)
}

/// Runs `job`, or takes its output file from the previous site when its key is unchanged and
/// every look-up it made gives the same answer (see [`keyed`]). Also returns the items whose
/// whole text the key read.
fn run(
    p: &Plan<'_>,
    job: &Job,
    out: &Output,
    h: &Highlighter,
    keys: Option<&Keys<'_>>,
) -> (JobResult, Vec<ItemId>) {
    let unrecorded = || {
        let rec = Recorder::off();
        jobs::render(p, job, &Cx { out, h, rec: &rec })
    };
    let Some(k) = keys else {
        return (unrecorded(), Vec::new());
    };
    let mut reads = Reads::default();
    let res = match jobs::key(p, job, k, &mut reads) {
        Some((rel, key)) => keyed(p.r, &rel, key, k, out, |rec| {
            jobs::render(p, job, &Cx { out, h, rec })
        }),
        None => unrecorded(),
    };
    (res, reads.into_sorted())
}

/// The report of the jobs' `results`, after writing the feeds and the sitemap.
fn report(
    r: &Renderer<'_>,
    jobs: &[Job],
    results: &[JobResult],
    out: &Output,
    highlighter: &Highlighter,
    keys: Option<&Keys<'_>>,
) -> Report {
    let mut report = Report::default();
    let mut sitemap = Vec::new();
    for (d, entry) in results {
        report.diags.extend(d.iter().cloned());
        sitemap.extend(entry.iter().cloned());
    }
    report.calendars = jobs::count(jobs, Count::Calendar);
    report.copied = jobs::count(jobs, Count::File);
    report.pages = jobs::count(jobs, Count::Page);
    let feeds = super::feeds::write_all(r, &sitemap, out, highlighter, keys);
    report.diags.extend(feeds);
    report
}
