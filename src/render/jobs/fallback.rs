//! Fallback pages: an item without a translation into a language still has a page at that
//! language's URL (the path a translation would have, [`item_path`]), with the language's
//! navigation, labels, dates and facts box, and the original's title, summary and body marked
//! with the original's `lang` and `dir` under a notice that links to the original.
//!
//! The body is the one the original's own page shows, rendered once
//! ([`crate::render::context::Renderer::shared_body`]), with its `@/` links led to the
//! language's pages ([`crate::render::context::Renderer::relink`]), never rendered again. A
//! fallback page is not a translation: its canonical link is the original's, `hreflang` lists
//! only real translations, and it is left out of the sitemap. Items withheld for consent are not in the model, so they get none.

use serde::Serialize;

use crate::incremental::keys::{Keys, Reads};
use crate::model::{ItemId, Kind};
use crate::render::context::{Versions, in_other_language};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, file_of};
use crate::render::views::item_path;

/// One job per untranslated (item, language), arguments the original and the language.
pub(super) const KIND: JobKind = JobKind {
    name: "fallback page",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

/// The original's language, for the notice: `{code, dir, endonym, url}`.
#[derive(Serialize)]
struct Original<'a> {
    code: &'a str,
    dir: &'static str,
    endonym: &'a str,
    url: String,
}

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    let site = p.r.site;
    for (id, it) in site.items.iter().enumerate() {
        if it.kind == Kind::Home || it.original.is_some() {
            continue;
        }
        for lang in p.r.languages() {
            if it.translations.get(lang).copied().flatten().is_none() {
                jobs.push([id, lang, 0, 0]);
            }
        }
    }
}

/// The template of item `id`'s page, which its fallback pages share.
fn template(p: &Plan<'_>, id: ItemId) -> String {
    format!("{}.html", p.r.site.items[id].kind.name())
}

fn path(p: &Plan<'_>, id: ItemId, lang: usize) -> String {
    item_path(p.r.site, p.r.config, id, lang)
}

fn key(p: &Plan<'_>, [id, lang, ..]: Args, k: &Keys<'_>, reads: &mut Reads) -> (String, u64) {
    let path = path(p, id, lang);
    let key = k
        .page(lang, &template(p, id), &path)
        .mix(&k.view(id, reads))
        .mix("fallback")
        .finish();
    (file_of(&path), key)
}

fn render(p: &Plan<'_>, [id, lang, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let it = &r.site.items[id];
    let own = &r.config.site.languages[it.lang];
    let (code, dir) = (own.code.as_str(), own.dir.as_str());
    let v = r.views(lang, cx.rec);
    // The original's page reports the body's problems; its fallback pages do not repeat them.
    // The body is the original's HTML, rendered once, with its `@/` links led to this
    // language's pages.
    let eager = !v.has_lead_image(id);
    let shared = r.shared_body(id, eager, cx.h, cx.rec);
    let body = r.relink(shared.html, &shared.links, (it.lang, lang), cx.rec);
    let path = path(p, id, lang);
    let mut ctx = r.context(lang, &path, &Versions::Items(it.translations.clone()));
    ctx.insert("canonical_url", &r.config.permalink(&it.path));
    ctx.insert("original", &format!(" lang=\"{code}\" dir=\"{dir}\""));
    let original = Original {
        code,
        dir,
        endonym: &own.endonym,
        url: r.config.url(&it.path),
    };
    ctx.insert("fallback_of", &original);
    let mut body = body;
    // The original's page reports the videos' problems.
    let _ = crate::render::videos::insert(r, &v, id, &mut body, &mut ctx, cx);
    let content = (!body.is_empty()).then(|| in_other_language(body, code, dir));
    let view = v.item(id, content, true);
    ctx.insert("share", &crate::render::share::item(&v, id, &view));
    ctx.insert("page", &view);
    let template = template(p, id);
    let diags = r.write_html(cx.out, &path, &template, &ctx).err();
    (diags.unwrap_or_default(), None)
}
