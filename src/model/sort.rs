//! Listing orders: total and stable (ties broken by slug), computed once per build.

use std::cmp::Ordering;

use super::{Data, Entry, Item, ItemId, Kind, Lists};

/// Orders every listing of the site.
pub fn lists(items: &[Item]) -> Lists {
    let ids = |k: Kind| -> Vec<ItemId> {
        (0..items.len())
            .filter(|&i| items[i].kind == k && items[i].lang == 0)
            .collect()
    };
    let by = |mut v: Vec<ItemId>, f: &dyn Fn(&Item, &Item) -> Ordering| {
        v.sort_by(|&a, &b| f(&items[a], &items[b]).then_with(|| items[a].slug.cmp(&items[b].slug)));
        v
    };
    let newest = |a: &Item, b: &Item| b.date.cmp(&a.date);
    let closes = |i: &Item| match &i.data {
        Data::Opportunity(f, _) => f.closes.map(|d| d.0),
        Data::Survey(f, _) => Some(f.closes.0),
        _ => None,
    };
    let is_open = |i: &Item| match &i.data {
        Data::Opportunity(_, o) | Data::Survey(_, o) => o.open,
        _ => false,
    };
    let mut upcoming: Vec<Entry> = Vec::new();
    let mut past: Vec<Entry> = Vec::new();
    for id in ids(Kind::Event) {
        if let Data::Event(fm, t) = &items[id].data {
            // A cancelled event is never listed as coming: it is with the past ones.
            let off = fm.status == crate::model::kinds::Status::Cancelled;
            for (n, o) in t.occurrences.iter().enumerate() {
                if o.past || off {
                    past.push((id, n))
                } else {
                    upcoming.push((id, n))
                }
            }
        }
    }
    let occ_start = |&(id, n): &Entry| match &items[id].data {
        Data::Event(_, t) => Some(t.occurrences[n].start.timestamp()),
        _ => None,
    };
    let tie = |a: &Entry, b: &Entry| items[a.0].slug.cmp(&items[b.0].slug).then(a.1.cmp(&b.1));
    upcoming.sort_by(|a, b| occ_start(a).cmp(&occ_start(b)).then_with(|| tie(a, b)));
    past.sort_by(|a, b| occ_start(b).cmp(&occ_start(a)).then_with(|| tie(a, b)));
    let (open, closed): (Vec<_>, Vec<_>) = ids(Kind::Opportunity)
        .into_iter()
        .partition(|&i| is_open(&items[i]));
    // Open: closing soonest first, open-ended last.
    let soonest = |a: &Item, b: &Item| match (closes(a), closes(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => newest(a, b),
    };
    let menu = |i: &Item| match &i.data {
        Data::Page(f) => f.menu,
        _ => None,
    };
    Lists {
        stories: by(ids(Kind::Story), &newest),
        champions: by(ids(Kind::Champion), &|a, b| {
            a.title.to_lowercase().cmp(&b.title.to_lowercase())
        }),
        upcoming_events: upcoming,
        past_events: past,
        open_opportunities: by(open, &soonest),
        closed_opportunities: by(closed, &|a, b| closes(b).cmp(&closes(a))),
        surveys: by(ids(Kind::Survey), &|a, b| {
            is_open(b).cmp(&is_open(a)).then(soonest(a, b))
        }),
        toolkits: by(ids(Kind::Toolkit), &|a, b| {
            a.title.to_lowercase().cmp(&b.title.to_lowercase())
        }),
        menu_pages: by(
            ids(Kind::Page)
                .into_iter()
                .filter(|&i| menu(&items[i]).is_some())
                .collect(),
            &|a, b| menu(a).cmp(&menu(b)),
        ),
        pages: by(ids(Kind::Page), &|a, b| a.title.cmp(&b.title)),
    }
}
