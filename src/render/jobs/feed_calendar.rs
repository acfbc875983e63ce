//! The subscribable calendars of upcoming events: all of them, and one per event category.

use crate::incremental::keys::{Keys, Reads};
use crate::incremental::mix::Mix;
use crate::model::kinds::Category;
use crate::model::{Data, ItemId, Site};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::listings::{CATEGORIES, calendar_path};
use crate::render::output::{JobResult, written};

/// The feed calendars: argument 0 for all upcoming events, else 1 + the category's index in
/// [`CATEGORIES`].
pub(super) const KIND: JobKind = JobKind {
    name: "feed calendar",
    count: Count::Calendar,
    list,
    key: Key::Of(key),
    render,
};

fn list(_: &Plan<'_>, jobs: &mut Vec<Args>) {
    jobs.extend((0..=CATEGORIES.len()).map(|c| [c, 0, 0, 0]));
}

/// The category of argument `c`.
fn category(c: usize) -> Option<Category> {
    c.checked_sub(1).map(|c| CATEGORIES[c])
}

/// Whether event `id` is in category `c` (`None`: every event is).
fn is_in(site: &Site, id: ItemId, c: Option<Category>) -> bool {
    c.is_none_or(|c| matches!(&site.items[id].data, Data::Event(fm, _) if fm.category == c))
}

fn key(p: &Plan<'_>, [c, ..]: Args, k: &Keys<'_>, reads: &mut Reads) -> (String, u64) {
    let (site, c) = (p.r.site, category(c));
    let rel = calendar_path(c);
    let mut m = Mix::new().mix(&k.global(0)).mix(&rel);
    for &(id, _) in &site.lists.upcoming_events {
        if is_in(site, id, c) {
            m = m.mix(&k.family(id, reads));
        }
    }
    (rel, m.finish())
}

fn render(p: &Plan<'_>, [c, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let (r, category) = (p.r, category(c));
    let mut ids: Vec<ItemId> = r
        .site
        .lists
        .upcoming_events
        .iter()
        .map(|&(id, _)| id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.retain(|&id| is_in(r.site, id, category));
    let what = match category {
        None => "calendar-events".to_string(),
        Some(c) => format!("category-{}", c.slug()),
    };
    let name = format!("{}: {}", r.config.site.title, r.strings(0).tr(&what));
    let ics = crate::render::ics::feed_calendar(r.site, &ids, r.config, r.now, &name);
    written(cx.out.write(&calendar_path(category), ics.as_bytes()))
}
