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
    /// What `data/` says of an organisation or a development (its own page only).
    about: Option<AboutView>,
}

/// An organisation or development of `data/` in one language.
#[derive(Serialize)]
pub struct AboutView {
    summary: String,
    url: Option<String>,
    /// A development's offers to residents.
    offers: Vec<String>,
    /// The organisations behind a development, linked when they have a page.
    organisations: Vec<AboutLink>,
    /// Its text in the page language was not checked by a reader of it.
    unreviewed: bool,
}

/// A named record, linked when it has a page.
#[derive(Serialize)]
pub struct AboutLink {
    name: String,
    url: Option<String>,
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
    let code = r.config.site.languages[lang].code.as_str();
    let data = &r.config.data;
    let name = match (slug, crate::i18n::vocab::Vocab::of_taxonomy(slug)) {
        (_, Some(v)) => r.strings(lang).name(v, &term.slug, &term.name),
        ("organisations", _) => data
            .organisation(&term.slug)
            .map_or(term.name.clone(), |i| {
                data.organisations[i].1.text_in(code).0.to_string()
            }),
        ("developments", _) => data.development(&term.slug).map_or(term.name.clone(), |i| {
            data.developments[i].1.text_in(code).0.to_string()
        }),
        _ => term.name.clone(),
    };
    TermView {
        slug: term.slug.clone(),
        name,
        url: r
            .config
            .url(&r.in_lang(lang, &format!("{slug}/{}/", term.slug))),
        count: term.items.len(),
        about: None,
    }
}

/// Like [`term_view`], with what `data/` says of the term when it is an organisation or a
/// development (for its own page).
pub fn term_page_view(r: &Renderer<'_>, lang: usize, slug: &str, term: &Term) -> TermView {
    let code = r.config.site.languages[lang].code.as_str();
    let data = &r.config.data;
    let unreviewed = |t: &std::collections::BTreeMap<String, crate::config::data::Text>| {
        t.get(code).is_some_and(|t| !t.reviewed)
    };
    let about = match slug {
        "organisations" => data.organisation(&term.slug).map(|i| {
            let o = &data.organisations[i].1;
            AboutView {
                summary: o.text_in(code).1.to_string(),
                url: o.url.clone(),
                offers: Vec::new(),
                organisations: Vec::new(),
                unreviewed: unreviewed(&o.translations),
            }
        }),
        "developments" => data
            .development(&term.slug)
            .map(|i| &data.developments[i].1)
            .map(|d| AboutView {
                summary: d.text_in(code).1.to_string(),
                url: d.url.clone(),
                offers: d.offers_in(code).to_vec(),
                organisations: d
                    .organisations
                    .iter()
                    .filter_map(|id| {
                        data.organisation(id)
                            .map(|i| (id, &data.organisations[i].1))
                    })
                    .map(|(id, o)| AboutLink {
                        name: o.text_in(code).0.to_string(),
                        url: has_page(r, "organisations", id).then(|| {
                            r.config
                                .url(&r.in_lang(lang, &format!("organisations/{id}/")))
                        }),
                    })
                    .collect(),
                unreviewed: unreviewed(&d.translations),
            }),
        _ => None,
    };
    TermView {
        about,
        ..term_view(r, lang, slug, term)
    }
}

/// Whether the term `id` of the taxonomy `slug` has a page (something names it).
fn has_page(r: &Renderer<'_>, slug: &str, id: &str) -> bool {
    r.site
        .taxonomies
        .iter()
        .find(|t| t.slug == slug)
        .is_some_and(|t| {
            t.terms
                .binary_search_by(|x| x.slug.as_str().cmp(id))
                .is_ok()
        })
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
