//! Short addresses of the site: the `short_links:` of `site.yaml` and the `aliases:` of front
//! matter, each resolved to the item it leads to and checked against the others and against
//! the items' own addresses (a clash names both files).
//!
//! Entry point: [`resolve`], after the items are made; the redirect pages are written by the
//! render job `jobs/short_link.rs`, and listing addresses are checked there (listings are
//! made in the render stage).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::{ItemId, Site};
use crate::config::Config;
use crate::config::short::{PATH_HELP, short_path};
use crate::diag::{Diagnostic, Diagnostics};

/// One short address: a site path (no language prefix) that leads to an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortLink {
    /// Site path without language prefix, ending in `/` (`survey/`).
    pub path: String,
    /// The item it leads to (in each language, to that language's version of it).
    pub target: ItemId,
    /// Where it is written: `site.yaml` or the item's file.
    pub source: PathBuf,
    /// Its line there.
    pub line: Option<usize>,
}

/// The `aliases:` of one item's file, as written.
pub(crate) struct Aliases {
    /// The item's `@/` link key.
    pub(crate) key: String,
    /// Its file.
    pub(crate) source: PathBuf,
    /// The line of `aliases:`.
    pub(crate) line: Option<usize>,
    /// The addresses.
    pub(crate) aliases: Vec<String>,
}

/// The `aliases:` of every file of `raws` that has some.
pub(crate) fn aliases_of(raws: &[super::parse::Raw]) -> Vec<Aliases> {
    raws.iter()
        .filter(|r| !r.front.aliases().is_empty())
        .map(|r| Aliases {
            key: super::paths::link_key(&r.source),
            source: r.source.clone(),
            line: crate::load::frontmatter::field_line(&r.text, "aliases"),
            aliases: r.front.aliases().to_vec(),
        })
        .collect()
}

/// First path segments the build writes folders of its own under.
const RESERVED: [&str; 4] = ["search", "digest", "pagefind", "assets"];

/// Every short link and alias of `site`, sorted by path, with their problems: an address that
/// is not a path, one that starts with a language code or an output folder of the build, one
/// that is an item's own address, two that are the same, a short link leading nowhere.
pub(crate) fn resolve(
    site: &Site,
    config: &Config,
    aliases: Vec<Aliases>,
    ds: &mut Diagnostics,
) -> Vec<ShortLink> {
    let mut links = Vec::new();
    for s in &config.short_links {
        let at = |d: Diagnostic| d.at_line_if(s.line);
        match site.by_link.get(&s.target) {
            Some(&id) => links.push(ShortLink {
                path: s.path.clone(),
                target: site.items[id].original.unwrap_or(id),
                source: PathBuf::from("site.yaml"),
                line: s.line,
            }),
            // A draft, a scheduled item or a withheld one: no address leads to it (yet).
            None if site.unpublished.contains_key(&s.target) => {}
            None => ds.push(at(Diagnostic::error(
                "site.yaml",
                format!(
                    "the short link `{}` leads to `@/{}`, which is not a content file",
                    s.path.trim_end_matches('/'),
                    s.target
                ),
            )
            .with_help(format!(
                "name a file under content/ by its path from there (`@/events/my-event.md` for \
                 content/events/my-event.md); is content/{} missing or misspelt?",
                s.target
            )))),
        }
    }
    for a in aliases {
        let Some(&id) = site.by_link.get(&a.key) else {
            continue;
        };
        for raw in &a.aliases {
            match short_path(raw) {
                Some(path) => links.push(ShortLink {
                    path,
                    target: id,
                    source: a.source.clone(),
                    line: a.line,
                }),
                None => ds.push(
                    Diagnostic::error(&a.source, format!("the alias `{raw}` is not a path"))
                        .at_line_if(a.line)
                        .with_help(PATH_HELP),
                ),
            }
        }
    }
    check(site, config, &mut links, ds);
    let mut flyers: Vec<&ShortLink> = links.iter().collect();
    flyers.sort_by_key(|l| l.target);
    flyers.dedup_by_key(|l| l.target);
    for l in flyers {
        flyer_facts(site, l, ds);
    }
    links
}

/// An event or opportunity with a short address gets a printed flyer, which needs a date and a
/// way to book or apply: their absence is an error naming the missing field.
fn flyer_facts(site: &Site, l: &ShortLink, ds: &mut Diagnostics) {
    let it = &site.items[l.target];
    let missing = match &it.data {
        super::Data::Event(fm, _) if !fm.booking.as_ref().is_some_and(|b| b.is_reachable()) => {
            Some((
                "booking",
                "how to book (a `url`, `email` or `phone` under `booking:`)",
            ))
        }
        super::Data::Opportunity(fm, _) if fm.closes.is_none() && fm.starts.is_none() => Some((
            "closes",
            "a date: when applications close (`closes:`) or when it starts (`starts:`)",
        )),
        _ => None,
    };
    if let Some((field, what)) = missing {
        let shown = l.path.trim_end_matches('/');
        ds.push(
            Diagnostic::error(
                &it.source,
                format!(
                    "has the short address `{shown}`, so it gets a printed flyer, but it has no `{field}`"
                ),
            )
            .with_help(format!("a flyer gives {what}; add it, or remove the short address")),
        );
    }
}

/// Drops (and reports) the links that clash with a reserved folder, an item or one another.
fn check(site: &Site, config: &Config, links: &mut Vec<ShortLink>, ds: &mut Diagnostics) {
    let pages: HashMap<&str, &Path> = site
        .items
        .iter()
        .map(|it| (it.path.as_str(), it.source.as_path()))
        .collect();
    let codes: Vec<&str> = config
        .site
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let mut seen: BTreeMap<String, (PathBuf, Option<usize>)> = BTreeMap::new();
    links.retain(|l| {
        let first = l.path.split('/').next().unwrap_or_default();
        let at = |d: Diagnostic| d.at_line_if(l.line);
        let shown = l.path.trim_end_matches('/');
        if codes.contains(&first) || RESERVED.contains(&first) {
            ds.push(at(Diagnostic::error(
                &l.source,
                format!("the short address `{shown}` starts with `{first}/`, a folder the build makes itself"),
            )
            .with_help(format!(
                "leave out the language prefix (every language gets its own: `/ur/{shown}`), and do not use {}",
                RESERVED.map(|r| format!("`{r}/`")).join(", ")
            ))));
            return false;
        }
        let clash = (0..codes.len())
            .map(|lang| format!("{}{}", config.lang_prefix(lang), l.path))
            .find_map(|p| pages.get(p.as_str()).map(|src| (p.clone(), *src)));
        if let Some((p, src)) = clash {
            ds.push(at(Diagnostic::error(
                &l.source,
                format!("the short address `{shown}` is the address of {} (`/{p}`)", src.display()),
            )
            .with_help("choose another short address, or rename that page")));
            return false;
        }
        if let Some((src, line)) = seen.get(&l.path) {
            let other = match line {
                Some(n) => format!("{}:{n}", src.display()),
                None => src.display().to_string(),
            };
            ds.push(at(Diagnostic::error(
                &l.source,
                format!("the short address `{shown}` is also given in {other}"),
            )
            .with_help("keep it in one place: an address can lead to one page only")));
            return false;
        }
        seen.insert(l.path.clone(), (l.source.clone(), l.line));
        true
    });
    links.sort_by(|a, b| a.path.cmp(&b.path));
}
