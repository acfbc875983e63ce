//! Names derived from a source path or slug: the `@/` link key, the site path of an item, and
//! the slug of a champion's folder.

use std::path::Path;

use super::Kind;

/// The `@/` key of a source: its path under `content/`, or `toolkits/<slug>`.
pub fn link_key(source: &Path) -> String {
    let s = source.to_string_lossy().replace('\\', "/");
    if let Some(rest) = s.strip_prefix("content/") {
        return rest.to_string();
    }
    s.trim_end_matches("/toolkit.yaml").to_string()
}

/// Site path of an item.
pub fn item_path(kind: Kind, slug: &str) -> String {
    match kind {
        Kind::Home => String::new(),
        Kind::Page => format!("{slug}/"),
        k => format!("{}/{slug}/", k.section()),
    }
}

/// `content/champions/<slug>/index.md` -> `<slug>`.
pub(crate) fn champion_slug(rel: &Path) -> Option<&str> {
    let mut parts = rel.components().map(|c| c.as_os_str().to_str());
    match (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) {
        (
            Some(Some("content")),
            Some(Some("champions")),
            Some(Some(slug)),
            Some(Some("index.md")),
            None,
        ) => Some(slug),
        _ => None,
    }
}
