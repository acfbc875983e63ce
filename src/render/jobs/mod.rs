//! Every kind of output file, one file each, and [`KINDS`], the one table of them that listing,
//! keying, running and counting go through.
//!
//! Adding an output kind: write `jobs/<kind>.rs` with its `KIND` (what it lists, its output
//! path and key, its render function; see [`crate::render::job`]) and add its name as one row
//! of the `job_kinds!` table below, which declares the module and puts its `KIND` in
//! [`KINDS`]. A kind without a key says why in its row (`Key::None`).

use super::job::{Args, Count, Cx, Job, JobKind, Key, Plan};
use super::output::JobResult;
use crate::incremental::keys::{Keys, Reads};

/// The one table of job kinds: each row declares the module `jobs/<row>.rs` and puts its
/// `KIND` in [`KINDS`], in this order (the order their jobs are listed).
macro_rules! job_kinds {
    ($($kind:ident),* $(,)?) => {
        $(mod $kind;)*
        /// Every job kind, in the order their jobs are listed.
        pub(super) const KINDS: &[JobKind] = &[$($kind::KIND),*];
    };
}

job_kinds![
    item,
    fallback,
    home,
    listing,
    taxonomy,
    term,
    not_found,
    event_calendar,
    survey,
    flyer,
    short_link,
    redirects,
    feed_calendar,
    static_file,
    download,
    bundle,
    manifest,
    search,
    digest,
    digest_text,
];

/// Every job of the site.
pub fn list(p: &Plan<'_>) -> Vec<Job> {
    let mut jobs = Vec::new();
    let mut args: Vec<Args> = Vec::new();
    for (kind, k) in KINDS.iter().enumerate() {
        (k.list)(p, &mut args);
        jobs.extend(args.drain(..).map(|args| Job { kind, args }));
    }
    jobs
}

/// The output file of `job` and the key of its inputs; `None` for kinds without a key.
pub fn key(p: &Plan<'_>, job: &Job, k: &Keys<'_>, reads: &mut Reads) -> Option<(String, u64)> {
    match KINDS[job.kind].key {
        Key::Of(f) => Some(f(p, job.args, k, reads)),
        Key::None(_) => None,
    }
}

/// Renders `job`.
pub fn render(p: &Plan<'_>, job: &Job, cx: &Cx<'_>) -> JobResult {
    (KINDS[job.kind].render)(p, job.args, cx)
}

/// How many of `jobs` count as `count`.
pub fn count(jobs: &[Job], count: Count) -> usize {
    jobs.iter().filter(|j| KINDS[j.kind].count == count).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_named_once_and_every_page_kind_is_keyed() {
        let mut names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KINDS.len(), "two job kinds share a name");
        for k in KINDS {
            if k.count == Count::Page {
                assert!(
                    matches!(k.key, Key::Of(_)),
                    "`{}` renders HTML pages but has no key: serve would never reuse them",
                    k.name
                );
            }
        }
    }
}
