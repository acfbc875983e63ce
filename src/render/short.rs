//! Short addresses in the output: where each one's redirect page is and leads to in every
//! language, and the `_redirects` file for hosts that read it.
//!
//! Entry points: [`redirect_path`], [`target_path`], [`redirects_file`], [`short_link_of`].
//! The files are written by the jobs `short_link.rs` and `redirects.rs`.

use std::fmt::Write as _;

use super::context::Renderer;
use super::views::item_path;
use crate::model::ItemId;
use crate::model::short::ShortLink;

/// Site path of short link `l`'s redirect page in language `lang` (`ur/survey/`).
pub fn redirect_path(r: &Renderer<'_>, l: &ShortLink, lang: usize) -> String {
    r.in_lang(lang, &l.path)
}

/// Site path of the page short link `l` leads to in language `lang`: its target's version in
/// that language, or the target's page for that language when it has no translation.
pub fn target_path(r: &Renderer<'_>, l: &ShortLink, lang: usize) -> String {
    item_path(r.site, r.config, l.target, lang)
}

/// `_redirects` (Netlify, Cloudflare Pages and others): a permanent redirect of every short
/// address in every language, with and without its final `/`, base path included. Hosts
/// that do not read it serve the redirect pages instead.
pub fn redirects_file(r: &Renderer<'_>) -> String {
    let mut out = String::new();
    for l in &r.site.short_links {
        for lang in r.languages() {
            let from = r.config.url(&redirect_path(r, l, lang));
            let to = r.config.url(&target_path(r, l, lang));
            let bare = from.trim_end_matches('/');
            let _ = writeln!(out, "{bare} {to} 301");
            let _ = writeln!(out, "{from} {to} 301");
        }
    }
    out
}

/// The shortest short address of item `id` (any language version of it), if it has one.
pub fn short_link_of<'r>(r: &'r Renderer<'_>, id: ItemId) -> Option<&'r ShortLink> {
    let orig = r.site.items[id].original.unwrap_or(id);
    r.site
        .short_links
        .iter()
        .filter(|l| l.target == orig)
        .min_by_key(|l| (l.path.len(), l.path.as_str()))
}
