//! The page of each content item (story, event, champion...), home pages excepted.

use crate::incremental::keys::{Keys, Reads};
use crate::model::{ItemId, Kind};
use crate::render::context::Versions;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_item};
use crate::render::output::{JobResult, file_of};

/// The item pages: one job per item, argument the item.
pub(super) const KIND: JobKind = JobKind {
    name: "item page",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    per_item(p, jobs, |it| it.kind != Kind::Home);
}

/// The template of item `id`'s page.
fn template(p: &Plan<'_>, id: ItemId) -> String {
    format!("{}.html", p.r.site.items[id].kind.name())
}

fn key(p: &Plan<'_>, [id, ..]: Args, k: &Keys<'_>, reads: &mut Reads) -> (String, u64) {
    let it = &p.r.site.items[id];
    let key = k
        .page(it.lang, &template(p, id), &it.path)
        .mix(&k.view(id, reads))
        .finish();
    (file_of(&it.path), key)
}

fn render(p: &Plan<'_>, [id, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let it = &r.site.items[id];
    let v = r.views(it.lang, cx.rec);
    let shared = r.shared_body(id, !v.has_lead_image(id), cx.h, cx.rec);
    let (mut content, mut diags) = (shared.html, shared.diags);
    let versions = Versions::Items(it.translations.clone());
    let mut ctx = r.context(it.lang, &it.path, &versions);
    diags.extend(crate::render::videos::insert(r, &v, id, &mut content, &mut ctx, cx));
    let view = v.item(id, Some(content), true);
    ctx.insert("share", &crate::render::share::item(&v, id, &view));
    ctx.insert("page", &view);
    if let Err(d) = r.write_html(cx.out, &it.path, &template(p, id), &ctx) {
        diags.extend(d);
    }
    let lastmod = it.updated.or(if it.kind == Kind::Event {
        None
    } else {
        it.date
    });
    (
        diags,
        Some(r.sitemap_entry(it.lang, &it.path, lastmod, &versions)),
    )
}
