//! The printable flyer of every event and opportunity that has a short address, in every
//! language it is written in (see [`crate::render::flyer`]; surveys have theirs among their
//! extras).

use crate::incremental::keys::{Keys, Reads};
use crate::model::{Data, ItemId};
use crate::render::flyer::{flyer_path, write_flyer};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, file_of};

/// The flyers: one job per language version of a short-linked event or opportunity,
/// argument the version.
pub(super) const KIND: JobKind = JobKind {
    name: "flyer",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    let site = p.r.site;
    let mut ids: Vec<ItemId> = site
        .short_links
        .iter()
        .filter(|l| matches!(site.items[l.target].data, Data::Event(..) | Data::Opportunity(..)))
        .flat_map(|l| site.items[l.target].translations.iter().flatten().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    jobs.extend(ids.into_iter().map(|id| [id, 0, 0, 0]));
}

fn key(p: &Plan<'_>, [id, ..]: Args, k: &Keys<'_>, reads: &mut Reads) -> (String, u64) {
    let it = &p.r.site.items[id];
    let path = flyer_path(&it.path);
    let key = k
        .page(it.lang, "flyer.html", &path)
        .mix(&k.view(id, reads))
        .mix(&format!("{:?}", p.r.site.short_links))
        .finish();
    (file_of(&path), key)
}

fn render(p: &Plan<'_>, [id, ..]: Args, cx: &Cx<'_>) -> JobResult {
    (write_flyer(p.r, id, None, cx.out, cx.rec), None)
}
