//! `toolkits/index.json`: the machine-readable list of toolkits and their files.

use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, written};

/// The toolkit manifest: one job when the site has toolkits, no arguments.
pub(super) const KIND: JobKind = JobKind {
    name: "toolkit manifest",
    count: Count::File,
    list,
    key: Key::None("one small file, made from the download facts in a few steps"),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    if !p.r.site.lists.toolkits.is_empty() {
        jobs.push([0; 4]);
    }
}

fn render(p: &Plan<'_>, _: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let json = crate::toolkits::manifest::json(r.site, r.config, r.downloads);
    written(cx.out.write("toolkits/index.json", &json))
}
