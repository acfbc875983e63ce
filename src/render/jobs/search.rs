//! The search page of each language (`search/`, `ur/search/`): a plain GET form that works
//! without script, results as you type from the language's Pagefind bundle (see
//! [`crate::search`]) through the theme's own `search.js`, and, for readers without
//! JavaScript, the filter pages of opportunities and events.

use serde::Serialize;

use crate::incremental::keys::{Keys, Reads};
use crate::model::Kind;
use crate::render::context::{Renderer, Versions};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_language};
use crate::render::listings::Listing;
use crate::render::output::{JobResult, file_of};

/// The search pages: one job per language, argument the language.
pub(super) const KIND: JobKind = JobKind {
    name: "search",
    count: Count::Page,
    list: per_language,
    key: Key::Of(key),
    render,
};

const TEMPLATE: &str = "search.html";
const PATH: &str = "search/";

/// What the search page shows besides the form.
#[derive(Serialize)]
struct SearchView {
    /// URL of the language's Pagefind bundle folder.
    bundle_url: String,
    /// The bundles of the other languages, for "search all languages".
    others: Vec<BundleView>,
    /// URL of the page's script.
    script_url: String,
    /// The filter pages offered without JavaScript, one group per listing.
    groups: Vec<GroupView>,
}

#[derive(Serialize)]
struct BundleView {
    code: String,
    url: String,
}

#[derive(Serialize)]
struct GroupView {
    title: String,
    links: Vec<LinkView>,
}

#[derive(Serialize)]
struct LinkView {
    title: String,
    url: String,
    count: usize,
}

/// The main listings whose filter pages the search page offers: opportunities and events.
fn offered<'p>(p: &'p Plan<'_>) -> impl Iterator<Item = (usize, &'p Listing<'p>)> {
    p.listings
        .iter()
        .enumerate()
        .filter(|(_, l)| l.main && matches!(l.kind, Kind::Opportunity | Kind::Event))
}

fn key(p: &Plan<'_>, [lang, ..]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let path = p.r.in_lang(lang, PATH);
    let mut m = k.page(lang, TEMPLATE, &path);
    for (i, _) in offered(p) {
        m = m.mix(&p.listing_keys[i]);
    }
    (file_of(&path), m.finish())
}

fn group(r: &Renderer<'_>, lang: usize, l: &Listing<'_>) -> GroupView {
    let link = |title: String, path: &str, count: usize| LinkView {
        title,
        url: r.config.url(&r.in_lang(lang, path)),
        count,
    };
    let mut links = vec![link(r.section_title(l.kind, lang), &l.path, l.entries.len())];
    for g in &l.filters {
        links.extend(
            g.links
                .iter()
                .filter(|f| f.count > 0)
                .map(|f| link(r.label(lang, &f.title), &f.path, f.count)),
        );
    }
    GroupView {
        title: r.section_title(l.kind, lang),
        links,
    }
}

fn render(p: &Plan<'_>, [lang, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let path = r.in_lang(lang, PATH);
    let bundle = |code: &str| r.config.url(&crate::search::bundle_path(code));
    let languages = &r.config.site.languages;
    let view = SearchView {
        bundle_url: bundle(&languages[lang].code),
        others: languages
            .iter()
            .enumerate()
            .filter(|(l, _)| *l != lang)
            .map(|(_, l)| BundleView {
                code: l.code.clone(),
                url: bundle(&l.code),
            })
            .collect(),
        script_url: r.asset_url("search.js"),
        groups: offered(p).map(|(_, l)| group(r, lang, l)).collect(),
    };
    let mut ctx = r.context(lang, &path, &Versions::All);
    ctx.insert("search", &view);
    let d = r.write_html(cx.out, &path, TEMPLATE, &ctx).err();
    (d.unwrap_or_default(), None)
}
