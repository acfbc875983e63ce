//! Listing orders: total and stable (ties broken by slug), computed once per build.

use std::cmp::Ordering;

use super::{Data, Item, ItemId, Kind, Lists};

/// Orders every listing of the site.
pub fn lists(items: &[Item]) -> Lists {
    let ids =
        |k: Kind| -> Vec<ItemId> { (0..items.len()).filter(|&i| items[i].kind == k).collect() };
    let by = |mut v: Vec<ItemId>, f: &dyn Fn(&Item, &Item) -> Ordering| {
        v.sort_by(|&a, &b| f(&items[a], &items[b]).then_with(|| items[a].slug.cmp(&items[b].slug)));
        v
    };
    let newest = |a: &Item, b: &Item| b.date.cmp(&a.date);
    let start = |i: &Item| match &i.data {
        Data::Event(_, t) => Some(t.start.timestamp()),
        _ => None,
    };
    let closes = |i: &Item| match &i.data {
        Data::Opportunity(f, _) => f.closes.map(|d| d.0),
        Data::Survey(f, _) => Some(f.closes.0),
        _ => None,
    };
    let is_open = |i: &Item| match &i.data {
        Data::Opportunity(_, o) | Data::Survey(_, o) => o.open,
        _ => false,
    };
    let is_past = |i: &Item| matches!(&i.data, Data::Event(_, t) if t.past);
    let events = ids(Kind::Event);
    let (past, upcoming): (Vec<_>, Vec<_>) = events.into_iter().partition(|&i| is_past(&items[i]));
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
        upcoming_events: by(upcoming, &|a, b| start(a).cmp(&start(b))),
        past_events: by(past, &|a, b| start(b).cmp(&start(a))),
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
