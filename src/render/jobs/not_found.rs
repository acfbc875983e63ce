//! The 404 page of each language.

use crate::incremental::keys::{Keys, Reads};
use crate::render::context::Versions;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_language};
use crate::render::output::JobResult;

/// The 404 pages: one job per language, argument the language.
pub(super) const KIND: JobKind = JobKind {
    name: "404",
    count: Count::Page,
    list: per_language,
    key: Key::Of(key),
    render,
};

const TEMPLATE: &str = "404.html";

fn key(p: &Plan<'_>, [lang, ..]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let path = p.r.in_lang(lang, TEMPLATE);
    let key = k.page(lang, TEMPLATE, &path).finish();
    (path, key)
}

fn render(p: &Plan<'_>, [lang, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let path = p.r.in_lang(lang, TEMPLATE);
    let ctx = p.r.context(lang, &path, &Versions::All);
    let d = p.r.write_html(cx.out, &path, TEMPLATE, &ctx).err();
    (d.unwrap_or_default(), None)
}
