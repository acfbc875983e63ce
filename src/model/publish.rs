//! Which parsed items are published: drafts and people without consent for the web are left
//! out (and listed in [`Site::unpublished`]), and of items whose URLs collide only the first
//! is kept.

use std::collections::HashMap;
use std::path::PathBuf;

use super::kinds::{Front, champion};
use super::parse::Raw;
use super::paths::{item_path, link_key};
use super::{Kind, Options, Site, taxonomy};
use crate::diag::{Diagnostic, Diagnostics};

/// Drops drafts and people who may not be shown; returns every champion slug with why it is
/// not published (`None`: published).
pub(crate) fn publish_filter(
    raws: &mut Vec<Raw>,
    site: &mut Site,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> super::people::Publication {
    let today = opts.now.date();
    let mut champions = HashMap::new();
    raws.retain(|r| {
        let mut why = None;
        if r.front.draft() && !opts.drafts {
            why = Some("is a draft");
        }
        if let Front::Champion(f) = &r.front {
            why = champion::publication(f, why, today, &r.errors(), ds);
            champions.insert(r.slug.clone(), why);
        }
        if let Some(w) = why {
            site.unpublished.insert(link_key(&r.source), w);
        }
        why.is_none()
    });
    champions
}

/// Reports pages whose URLs collide (with each other or with the site's own pages) and keeps
/// only the first of each, so rendering never writes one file twice.
pub(crate) fn check_paths(raws: &mut Vec<Raw>, ds: &mut Diagnostics) {
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    raws.sort_by(|a, b| a.source.cmp(&b.source));
    raws.retain(|r| {
        let path = item_path(r.kind, &r.slug);
        let reserved = (r.kind == Kind::Page
            && (Kind::SECTIONS.iter().any(|k| k.section() == r.slug)
                || taxonomy::SLUGS.contains(&r.slug.as_str())
                || r.slug == "404"))
            || (r.kind == Kind::Toolkit && taxonomy::TOOLKIT_RESERVED.contains(&r.slug.as_str()));
        if reserved {
            ds.push(
                Diagnostic::error(
                    &r.source,
                    format!("the page's URL /{}/ is used by the site itself", r.slug),
                )
                .with_help("rename the file"),
            );
            return false;
        }
        if let Some(other) = seen.get(&path) {
            ds.push(
                Diagnostic::error(
                    &r.source,
                    format!(
                        "duplicate slug: {} is also published at /{path}",
                        other.display()
                    ),
                )
                .with_help("rename one of the two files so their URLs differ"),
            );
            return false;
        }
        seen.insert(path, r.source.clone());
        true
    });
}
