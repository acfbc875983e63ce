//! `_redirects`: the short addresses as permanent redirects, for hosts that read the file
//! (see [`crate::render::short::redirects_file`]).

use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, nothing, written};
use crate::render::short::redirects_file;

/// The redirects file: one job, written only when the site has a short address.
pub(super) const KIND: JobKind = JobKind {
    name: "redirects file",
    count: Count::File,
    list,
    key: Key::None("one small file made from the short links alone"),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    if !p.r.site.short_links.is_empty() {
        jobs.push([0; 4]);
    }
}

fn render(p: &Plan<'_>, _: Args, cx: &Cx<'_>) -> JobResult {
    if p.r.site.short_links.is_empty() {
        return nothing();
    }
    written(cx.out.write("_redirects", redirects_file(p.r).as_bytes()))
}
