//! The redirect page of every short address and alias in every language (see
//! [`crate::render::short`]): `/survey/`, `/ur/survey/`. Not in the sitemap, nor in the search
//! index (the page marks no main content for it).

use crate::incremental::keys::{Keys, Reads};
use crate::model::short::ShortLink;
use crate::render::context::Versions;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, file_of};
use crate::render::short::{redirect_path, target_path};

/// The redirect pages: one job per short link and language, arguments the link and the
/// language.
pub(super) const KIND: JobKind = JobKind {
    name: "short link",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

const TEMPLATE: &str = "redirect.html";

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    for i in 0..p.r.site.short_links.len() {
        jobs.extend(p.r.languages().map(|lang| [i, lang, 0, 0]));
    }
}

fn key(p: &Plan<'_>, [i, lang, ..]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let l = &p.r.site.short_links[i];
    let path = redirect_path(p.r, l, lang);
    let target = target_path(p.r, l, lang);
    let key = k
        .page(lang, TEMPLATE, &path)
        .mix(&target)
        .mix(&k.summary(l.target))
        .finish();
    (file_of(&path), key)
}

fn render(p: &Plan<'_>, [i, lang, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let l = &r.site.short_links[i];
    let path = redirect_path(r, l, lang);
    let target = target_path(r, l, lang);
    if let Some(d) = listing_clash(p, l) {
        return (if lang == 0 { vec![d] } else { Vec::new() }, None);
    }
    let version = r.site.items[l.target].in_lang(lang, l.target);
    let mut ctx = r.context(lang, &path, &Versions::Items(Vec::new()));
    ctx.insert("target_url", &r.config.url(&target));
    ctx.insert("target_href", &r.config.permalink(&target));
    ctx.insert("target_title", &r.site.items[version].title);
    let d = r.write_html(cx.out, &path, TEMPLATE, &ctx).err();
    (d.unwrap_or_default(), None)
}

/// The error for a short address that is the address of a listing page (`events/`,
/// `events/page/2/`, `events/past/`), which the render stage makes.
fn listing_clash(p: &Plan<'_>, l: &ShortLink) -> Option<crate::diag::Diagnostic> {
    let path = l.path.as_str();
    let hit = p.listings.iter().find(|x| {
        path == x.path || path.strip_prefix(x.path.as_str()).is_some_and(|rest| rest.starts_with("page/"))
    })?;
    let shown = path.trim_end_matches('/');
    Some(
        crate::diag::Diagnostic::error(
            &l.source,
            format!("the short address `{shown}` is the address of the listing `/{}`", hit.path),
        )
        .at_line_if(l.line)
        .with_help("choose another short address: the build makes that listing page itself"),
    )
}
