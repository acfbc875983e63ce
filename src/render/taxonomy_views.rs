//! Template views of taxonomies and their terms, for the taxonomy index and term pages.

use serde::Serialize;

use super::context::Renderer;
use crate::model::Term;

/// A term for templates.
#[derive(Serialize)]
pub struct TermView {
    slug: String,
    name: String,
    url: String,
    count: usize,
}

/// A taxonomy for templates.
#[derive(Serialize)]
pub struct TaxonomyView {
    slug: &'static str,
    name: String,
    url: String,
    terms: Vec<TermView>,
}

/// Term `term` of the taxonomy with slug `slug` in `lang`.
pub fn term_view(r: &Renderer<'_>, lang: usize, slug: &str, term: &Term) -> TermView {
    TermView {
        slug: term.slug.clone(),
        name: match crate::i18n::vocab::Vocab::of_taxonomy(slug) {
            Some(v) => r.strings(lang).name(v, &term.slug, &term.name),
            None => term.name.clone(),
        },
        url: r
            .config
            .url(&r.in_lang(lang, &format!("{slug}/{}/", term.slug))),
        count: term.items.len(),
    }
}

/// Taxonomy `t` in `lang`; its terms only when `with_terms` (the index page).
pub fn taxonomy_view(r: &Renderer<'_>, lang: usize, t: usize, with_terms: bool) -> TaxonomyView {
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
