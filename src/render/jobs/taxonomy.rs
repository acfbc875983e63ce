//! The index page of each taxonomy (neighbourhoods, themes, tags) in every language, listing
//! its terms with their counts.

use crate::incremental::keys::{Keys, Reads};
use crate::render::context::Versions;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, file_of};
use crate::render::taxonomy_views::taxonomy_view;

/// The taxonomy index pages: arguments the language and the taxonomy.
pub(super) const KIND: JobKind = JobKind {
    name: "taxonomy index",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    for lang in p.r.languages() {
        jobs.extend((0..p.r.site.taxonomies.len()).map(|t| [lang, t, 0, 0]));
    }
}

fn path(p: &Plan<'_>, lang: usize, t: usize) -> String {
    p.r.in_lang(lang, &format!("{}/", p.r.site.taxonomies[t].slug))
}

fn key(p: &Plan<'_>, [lang, t, ..]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let path = path(p, lang, t);
    let mut m = k.page(lang, "taxonomy.html", &path);
    for term in &p.r.site.taxonomies[t].terms {
        m = m.mix(&term.slug).mix(&term.name).mix(&term.items.len());
    }
    (file_of(&path), m.finish())
}

fn render(p: &Plan<'_>, [lang, t, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let path = path(p, lang, t);
    let mut ctx = r.context(lang, &path, &Versions::All);
    ctx.insert("taxonomy", &taxonomy_view(r, lang, t, true));
    let d = r
        .write_html(cx.out, &path, "taxonomy.html", &ctx)
        .err()
        .unwrap_or_default();
    (d, Some(r.sitemap_entry(lang, &path, None, &Versions::All)))
}
