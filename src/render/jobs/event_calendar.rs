//! The `.ics` calendar file of each event (every occurrence, in every language version).

use crate::incremental::keys::{Keys, Reads};
use crate::incremental::mix::Mix;
use crate::model::Kind;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_item};
use crate::render::output::{JobResult, written};

/// The event calendars: one job per event in the default language, argument the event.
pub(super) const KIND: JobKind = JobKind {
    name: "event calendar",
    count: Count::Calendar,
    list,
    key: Key::Of(key),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    per_item(p, jobs, |it| it.kind == Kind::Event && it.lang == 0);
}

fn key(p: &Plan<'_>, [id, ..]: Args, k: &Keys<'_>, reads: &mut Reads) -> (String, u64) {
    let rel = crate::render::events::ics_path(&p.r.site.items[id]);
    let key = Mix::new()
        .mix(&k.global(0))
        .mix(&rel)
        .mix(&k.family(id, reads))
        .finish();
    (rel, key)
}

fn render(p: &Plan<'_>, [id, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let ics = crate::render::ics::event_calendar(r.site, id, r.config, r.now);
    let path = crate::render::events::ics_path(&r.site.items[id]);
    written(cx.out.write(&path, ics.as_bytes()))
}
