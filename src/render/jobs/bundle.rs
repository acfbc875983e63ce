//! The ZIP bundle of each toolkit (made by [`crate::toolkits`]), linked from its cache or
//! written from memory.

use crate::model::Data;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_item};
use crate::render::output::{JobResult, nothing, written};
use crate::toolkits::BundleBytes;

/// The toolkit bundles: argument the toolkit.
pub(super) const KIND: JobKind = JobKind {
    name: "toolkit bundle",
    count: Count::File,
    list,
    key: Key::None("the bundle is made (or taken from its cache) before rendering"),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    per_item(p, jobs, |it| matches!(it.data, Data::Toolkit(..)) && it.original.is_none());
}

fn render(p: &Plan<'_>, [id, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let it = &p.r.site.items[id];
    let toolkit = p.r.downloads.toolkits.get(&id);
    let Some(b) = toolkit.and_then(|t| t.bundle.as_ref()) else {
        return nothing();
    };
    let rel = format!("{}{}", it.path, b.name);
    written(match &b.bytes {
        BundleBytes::Cached(path) => cx.out.link(path, &rel),
        BundleBytes::Memory(bytes) => cx.out.write(&rel, bytes),
    })
}
