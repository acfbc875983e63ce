//! The pages of each taxonomy term (a neighbourhood, a theme, a tag) in every language,
//! paginated.

use std::borrow::Cow;

use crate::incremental::keys::{Keys, Reads};
use crate::render::context::Versions;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::listings::Entries;
use crate::render::output::{JobResult, file_of};
use crate::render::pager::{page_path, page_range, pages_of, paginate};
use crate::render::taxonomy_views::{taxonomy_view, term_page_view};

/// The term pages: arguments the language, the taxonomy, the term and the page number.
pub(super) const KIND: JobKind = JobKind {
    name: "term",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    for lang in p.r.languages() {
        for (t, tax) in p.r.site.taxonomies.iter().enumerate() {
            for (ti, term) in tax.terms.iter().enumerate() {
                let pages = 1..=pages_of(p.r, term.items.len());
                jobs.extend(pages.map(|page| [lang, t, ti, page]));
            }
        }
    }
}

/// The term's folder, without language prefix.
fn base(p: &Plan<'_>, t: usize, ti: usize) -> String {
    let tax = &p.r.site.taxonomies[t];
    format!("{}/{}/", tax.slug, tax.terms[ti].slug)
}

fn key(p: &Plan<'_>, [lang, t, ti, page]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let term = &p.r.site.taxonomies[t].terms[ti];
    let path = page_path(p.r, lang, &base(p, t, ti), page);
    let m = k.page(lang, "term.html", &path).mix(&term.name).mix(&page);
    let entries = Entries::Items(Cow::Borrowed(&term.items));
    let m = k.entries(m, &entries, page_range(p.r, term.items.len(), page));
    (file_of(&path), m.finish())
}

fn render(p: &Plan<'_>, [lang, t, ti, page]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let tax = &r.site.taxonomies[t];
    let term = &tax.terms[ti];
    let base = base(p, t, ti);
    let path = page_path(r, lang, &base, page);
    let mut ctx = r.context(lang, &path, &Versions::All);
    let entries = Entries::Items(Cow::Borrowed(&term.items));
    paginate(r, (lang, &base, page), &entries, &mut ctx, cx.rec);
    ctx.insert("taxonomy", &taxonomy_view(r, lang, t, false));
    ctx.insert("term", &term_page_view(r, lang, tax.slug, term));
    let d = r
        .write_html(cx.out, &path, "term.html", &ctx)
        .err()
        .unwrap_or_default();
    let entry = (page == 1).then(|| r.sitemap_entry(lang, &path, None, &Versions::All));
    (d, entry)
}
