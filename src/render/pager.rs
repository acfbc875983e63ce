//! Pagination of listings and term pages: how many pages a list makes, the site path of each
//! page, which entries a page shows (used by both its key and its render) and the paginator
//! templates get.

use serde::Serialize;
use tera::Context;

use super::context::Renderer;
use super::items::ItemView;
use super::listings::Entries;
use crate::incremental::recorder::Recorder;

#[derive(Serialize)]
struct PageLink {
    number: usize,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct Paginator<'a> {
    items: Vec<ItemView<'a>>,
    number: usize,
    total_pages: usize,
    total_items: usize,
    prev_url: Option<String>,
    next_url: Option<String>,
    pages: Vec<PageLink>,
}

/// How many pages a list of `n` entries makes (at least one).
pub fn pages_of(r: &Renderer<'_>, n: usize) -> usize {
    n.div_ceil(r.config.site.paginate).max(1)
}

/// Site path of page `page` of the listing at `base` (without language prefix) in `lang`.
pub fn page_path(r: &Renderer<'_>, lang: usize, base: &str, page: usize) -> String {
    if page == 1 {
        r.in_lang(lang, base)
    } else {
        r.in_lang(lang, &format!("{base}page/{page}/"))
    }
}

/// Entries shown on page `page` of a listing of `len`.
pub fn page_range(r: &Renderer<'_>, len: usize, page: usize) -> std::ops::Range<usize> {
    let per = r.config.site.paginate;
    ((page - 1) * per).min(len)..(page * per).min(len)
}

/// Inserts the `paginator` of page `page` of `entries` (listed at `base`, without language
/// prefix) into `ctx`.
pub fn paginate(
    r: &Renderer<'_>,
    (lang, base, page): (usize, &str, usize),
    entries: &Entries<'_>,
    ctx: &mut Context,
    rec: &Recorder,
) {
    let base = r.in_lang(lang, base);
    let total = pages_of(r, entries.len());
    let url_of = |n: usize| {
        if n == 1 {
            r.config.url(&base)
        } else {
            r.config.url(&format!("{base}page/{n}/"))
        }
    };
    let v = r.views(lang, rec);
    let range = page_range(r, entries.len(), page);
    let items: Vec<ItemView<'_>> = match entries {
        Entries::Items(ids) => ids[range].iter().map(|&i| v.item(i, None, false)).collect(),
        Entries::Events(es) => es[range]
            .iter()
            .map(|&(i, n)| v.item_at(i, Some(n), None, false))
            .collect(),
    };
    // A window of page links, never one per page: pagers stay small on huge sites.
    let mut numbers: Vec<usize> = vec![1, total];
    numbers.extend(page.saturating_sub(2).max(1)..=(page + 2).min(total));
    numbers.sort_unstable();
    numbers.dedup();
    let pages: Vec<PageLink> = numbers
        .into_iter()
        .map(|n| PageLink {
            number: n,
            url: url_of(n),
            current: n == page,
        })
        .collect();
    let paginator = Paginator {
        items,
        number: page,
        total_pages: total,
        total_items: entries.len(),
        prev_url: (page > 1).then(|| url_of(page - 1)),
        next_url: (page < total).then(|| url_of(page + 1)),
        pages,
    };
    ctx.insert("paginator", &paginator);
}
