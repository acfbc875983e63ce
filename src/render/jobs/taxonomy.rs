//! The index page of each taxonomy (neighbourhoods, themes, tags) in every language, listing
//! its terms with their counts.

use serde::Serialize;

use crate::incremental::keys::{Keys, Reads};
use crate::model::Term;
use crate::render::context::{Renderer, Versions};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, file_of};

/// The taxonomy index pages: arguments the language and the taxonomy.
pub(super) const KIND: JobKind = JobKind {
    name: "taxonomy index",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

/// A term for templates.
#[derive(Serialize)]
pub(super) struct TermView {
    slug: String,
    name: String,
    url: String,
    count: usize,
}

/// A taxonomy for templates.
#[derive(Serialize)]
pub(super) struct TaxonomyView {
    slug: &'static str,
    name: String,
    url: String,
    terms: Vec<TermView>,
}

/// Term `term` of the taxonomy with slug `slug` in `lang`.
pub(super) fn term_view(r: &Renderer<'_>, lang: usize, slug: &str, term: &Term) -> TermView {
    TermView {
        slug: term.slug.clone(),
        name: term.name.clone(),
        url: r
            .config
            .url(&r.in_lang(lang, &format!("{slug}/{}/", term.slug))),
        count: term.items.len(),
    }
}

/// Taxonomy `t` in `lang`; its terms only when `with_terms` (the index page).
pub(super) fn taxonomy_view(
    r: &Renderer<'_>,
    lang: usize,
    t: usize,
    with_terms: bool,
) -> TaxonomyView {
    let tax = &r.site.taxonomies[t];
    let terms = if with_terms { &tax.terms[..] } else { &[] };
    TaxonomyView {
        slug: tax.slug,
        name: r.strings(lang).tr(&format!("taxonomy-{}", tax.slug)),
        url: r.config.url(&r.in_lang(lang, &format!("{}/", tax.slug))),
        terms: terms
            .iter()
            .map(|term| term_view(r, lang, tax.slug, term))
            .collect(),
    }
}

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
