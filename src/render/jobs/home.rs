//! The home page of each language: the home text and the first few upcoming events, open
//! opportunities, stories and toolkits, and the open survey. [`shown`] says which, for both
//! the key and the render.

use crate::incremental::keys::{Keys, Reads};
use crate::model::kinds::Status;
use crate::model::{Data, Entry, ItemId, Site};
use crate::render::context::{Versions, in_other_language};
use crate::render::items::ItemView;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_language};
use crate::render::output::{JobResult, file_of, nothing};

/// The home pages: one job per language, argument the language.
pub(super) const KIND: JobKind = JobKind {
    name: "home",
    count: Count::Page,
    list: per_language,
    key: Key::Of(key),
    render,
};

/// Upcoming events the home page shows.
const EVENTS: usize = 3;
/// Open opportunities the home page shows.
const OPPORTUNITIES: usize = 4;
/// Stories the home page shows.
const STORIES: usize = 3;
/// Toolkits the home page shows.
const TOOLKITS: usize = 4;

/// What the home page shows besides its own text.
struct Shown<'s> {
    /// The next events that still take place as announced (not cancelled or postponed).
    events: Vec<Entry>,
    opportunities: &'s [ItemId],
    stories: &'s [ItemId],
    toolkits: &'s [ItemId],
    /// The first open survey.
    survey: Option<ItemId>,
}

/// The first `n` of `list` (all of them when there are fewer).
fn first<T>(list: &[T], n: usize) -> &[T] {
    &list[..list.len().min(n)]
}

fn shown(site: &Site) -> Shown<'_> {
    let l = &site.lists;
    Shown {
        events: l
            .upcoming_events
            .iter()
            .copied()
            .filter(|&(i, _)| {
                !matches!(&site.items[i].data, Data::Event(fm, _) if fm.status != Status::Scheduled)
            })
            .take(EVENTS)
            .collect(),
        opportunities: first(&l.open_opportunities, OPPORTUNITIES),
        stories: first(&l.stories, STORIES),
        toolkits: first(&l.toolkits, TOOLKITS),
        survey: l
            .surveys
            .iter()
            .copied()
            .find(|&s| matches!(&site.items[s].data, Data::Survey(_, o) if o.open)),
    }
}

fn key(p: &Plan<'_>, [lang, ..]: Args, k: &Keys<'_>, reads: &mut Reads) -> (String, u64) {
    let site = p.r.site;
    let path = p.r.in_lang(lang, "");
    let s = shown(site);
    let mut m = k
        .page(lang, "home.html", &path)
        .mix(&site.home().map(|h| k.view(h, reads)));
    for &(i, n) in &s.events {
        m = m.mix(&(k.summary(i), n));
    }
    for list in [s.opportunities, s.stories, s.toolkits, s.survey.as_slice()] {
        for &i in list {
            m = m.mix(&k.summary(i));
        }
        m = m.mix(&0xfeu8);
    }
    (file_of(&path), m.finish())
}

fn render(p: &Plan<'_>, [lang, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let Some(home) = r.site.home() else {
        return nothing();
    };
    let id = r.site.items[home].in_lang(lang, home);
    let it = &r.site.items[id];
    let v = r.views(lang, cx.rec);
    let (mut content, mut diags) = r.body(it, true, lang, cx.h, cx.rec);
    if lang > 0 && it.lang != lang {
        // No translation of the home text yet: it is shown in the default language.
        diags.clear();
        let l = &r.config.site.languages[it.lang];
        content = in_other_language(content, &l.code, l.dir.as_str());
    }
    let path = r.in_lang(lang, "");
    let mut ctx = r.context(lang, &path, &Versions::All);
    let all = r.langs(&Versions::All);
    let mut share = crate::render::share::page(r.site, r.config, lang, &path, &all);
    crate::render::share::with_title_card(&v, &mut share, &it.source, lang);
    ctx.insert("share", &share);
    ctx.insert("page", &v.item(id, Some(content), true));
    let s = shown(r.site);
    let list = |ids: &[ItemId]| -> Vec<ItemView<'_>> {
        ids.iter().map(|&i| v.item(i, None, false)).collect()
    };
    let next: Vec<ItemView<'_>> = s
        .events
        .iter()
        .map(|&(i, n)| v.item_at(i, Some(n), None, false))
        .collect();
    ctx.insert("upcoming_events", &next);
    ctx.insert("open_opportunities", &list(s.opportunities));
    ctx.insert("latest_stories", &list(s.stories));
    ctx.insert("toolkits", &list(s.toolkits));
    ctx.insert("survey", &s.survey.map(|s| v.item(s, None, false)));
    if let Err(d) = r.write_html(cx.out, &path, "home.html", &ctx) {
        diags.extend(d);
    }
    (
        diags,
        Some(r.sitemap_entry(lang, &path, None, &Versions::All)),
    )
}
