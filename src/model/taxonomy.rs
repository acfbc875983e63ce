//! Taxonomies (neighbourhoods, themes, tags): which items carry each term, in listing order.

use std::collections::{BTreeMap, HashMap};

use super::kinds::common::FieldErrors;
use super::{Item, ItemId, Taxonomy, Term};
use crate::config::Config;
use crate::util::slug::slugify;

/// URL segments the taxonomies use; no page may take them.
pub const SLUGS: [&str; 5] = [
    "neighbourhoods",
    "themes",
    "tags",
    "organisations",
    "developments",
];

/// Segments under `/toolkits/` used by listings; no toolkit may take them.
pub const TOOLKIT_RESERVED: [&str; 3] = ["topic", "audience", "page"];

/// The toolkit filters: one term per configured topic that some toolkit uses, and one per
/// audience (free words, slugified; the first spelling in title order names it). Toolkits in a
/// term are in title order, like `/toolkits/`.
pub fn toolkit_filters(
    items: &[Item],
    toolkits: &[ItemId],
    cfg: &Config,
) -> (Vec<Term>, Vec<Term>) {
    let fm = |i: ItemId| match &items[i].data {
        super::Data::Toolkit(fm, _) => Some(fm),
        _ => None,
    };
    let topics = cfg
        .site
        .toolkit_topics
        .iter()
        .map(|t| Term {
            slug: t.slug.clone(),
            name: t.slug.clone(),
            items: toolkits
                .iter()
                .copied()
                .filter(|&i| fm(i).is_some_and(|f| f.topics.contains(&t.slug)))
                .collect(),
        })
        .filter(|t| !t.items.is_empty())
        .collect();
    let mut audiences: BTreeMap<String, Term> = BTreeMap::new();
    for &i in toolkits {
        for name in fm(i).map(|f| &f.audience[..]).unwrap_or_default() {
            let slug = slugify(name);
            if slug.is_empty() {
                continue;
            }
            let t = audiences.entry(slug.clone()).or_insert_with(|| Term {
                slug,
                name: name.clone(),
                items: vec![],
            });
            if t.items.last() != Some(&i) {
                t.items.push(i);
            }
        }
    }
    (topics, audiences.into_values().collect())
}

/// An error for each of `names` (the values of `field`) whose slug is empty, e.g. a tag made
/// only of emoji or punctuation: its page would be `/tags//`.
pub(crate) fn check_slugs(names: &[String], field: &str, errs: &mut FieldErrors<'_>) {
    for name in names.iter().filter(|n| slugify(n).is_empty()) {
        errs.push(
            field,
            format!("`{field}` entry `{name}` has no letter or digit, so it gives no web address"),
            format!("write the {field} entry with at least one letter or digit, e.g. `celebration` instead of `{name}`"),
        );
    }
}

/// Builds the taxonomies: neighbourhoods, themes, tags, and the organisations and
/// developments of `data/` (a term for each record something names, named as the record).
/// Items inside a term keep a global order: dated items newest first, then undated ones by
/// title.
pub fn build(items: &[Item], cfg: &Config) -> Vec<Taxonomy> {
    // Taxonomies list originals; pages in other languages show each item's translation.
    let mut order: Vec<ItemId> = (0..items.len()).filter(|&i| items[i].lang == 0).collect();
    order.sort_by(|&a, &b| {
        items[b]
            .date
            .cmp(&items[a].date)
            .then_with(|| items[a].title.cmp(&items[b].title))
    });
    let site = &cfg.site;
    let data = &cfg.data;
    let hoods = term_slugs(&site.neighbourhoods);
    let themes = term_slugs(&site.themes);
    let orgs: Vec<(&str, &str)> = data
        .organisations
        .iter()
        .map(|(k, o)| (k.as_str(), o.name.as_str()))
        .collect();
    let devs: Vec<(&str, &str)> = data
        .developments
        .iter()
        .map(|(k, d)| (k.as_str(), d.name.as_str()))
        .collect();
    let named = |slug, list: &[(&str, &str)], pick: fn(&Item) -> &[usize]| Taxonomy {
        slug,
        terms: terms_of(&order, items, list, pick),
    };
    vec![
        named("neighbourhoods", &hoods, |i| &i.neighbourhoods),
        named("themes", &themes, |i| &i.themes),
        Taxonomy {
            slug: "tags",
            terms: tags(&order, items),
        },
        named("organisations", &orgs, |i| &i.organisations),
        named("developments", &devs, |i| &i.developments),
    ]
}

/// The slugs of a vocabulary of `site.yaml`, each its own name (views name them in each
/// language).
fn term_slugs(list: &[crate::config::Term]) -> Vec<(&str, &str)> {
    list.iter()
        .map(|t| (t.slug.as_str(), t.slug.as_str()))
        .collect()
}

/// A term for each `(slug, name)` of `list` that some item of `order` names (`pick` gives the
/// indexes into `list` an item names), with those items in order: one pass over the items.
fn terms_of(
    order: &[ItemId],
    items: &[Item],
    list: &[(&str, &str)],
    pick: fn(&Item) -> &[usize],
) -> Vec<Term> {
    let mut buckets: Vec<Vec<ItemId>> = vec![Vec::new(); list.len()];
    for &i in order {
        for &ri in pick(&items[i]) {
            buckets[ri].push(i);
        }
    }
    list.iter()
        .zip(buckets)
        .filter(|(_, items)| !items.is_empty())
        .map(|((slug, name), items)| Term {
            slug: slug.to_string(),
            name: name.to_string(),
            items,
        })
        .collect()
}

/// The tags of the items of `order`, by slug; the first spelling of a slug names it.
fn tags(order: &[ItemId], items: &[Item]) -> Vec<Term> {
    let mut tags: BTreeMap<String, Term> = BTreeMap::new();
    // Sites reuse a small set of tags: slugify each spelling once.
    let mut slugs: HashMap<&str, String> = HashMap::new();
    for &i in order {
        for name in &items[i].tags {
            if !slugs.contains_key(name.as_str()) {
                slugs.insert(name, slugify(name));
            }
            let slug = &slugs[name.as_str()];
            if slug.is_empty() {
                continue;
            }
            let t = match tags.get_mut(slug) {
                Some(t) => t,
                None => tags.entry(slug.clone()).or_insert(Term {
                    slug: slug.clone(),
                    name: name.clone(),
                    items: vec![],
                }),
            };
            if t.items.last() != Some(&i) {
                t.items.push(i);
            }
        }
    }
    tags.into_values().collect()
}
