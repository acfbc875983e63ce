//! Who may appear in what the site hands to social media: share previews (Open Graph and
//! Twitter card tags, their image) and the text of share links. A published champion whose
//! consent does not list `social` may be on the website but not in a preview: a preview is
//! copied by the platform the link is shared to and shown there.
//!
//! Entry point: [`Social::new`], made once from every champion profile (published or not);
//! the render stage asks it [`Social::features_someone`] (the item's own profile, its
//! `champion:` or `people:`) and [`Social::names_someone`] (a title or summary naming such a
//! person, listed or not, in any language: the name check's matcher over their name forms).

use std::collections::BTreeSet;

use super::kinds::Front;
use super::kinds::champion::Use;
use super::names::Matcher;
use super::parse::Raw;
use super::{Data, Item};

/// The champions who did not agree to social media, by slug and by name.
#[derive(Debug, Clone, Default)]
pub struct Social {
    /// Slugs of champions whose consent has no `social` use.
    without: BTreeSet<String>,
    /// Their name forms (shown name, pseudonym, `also_known_as`), as written.
    forms: BTreeSet<String>,
    /// The same, to look for in text.
    names: Matcher,
}

impl Social {
    /// From every champion profile among `raws`.
    pub(crate) fn new<'r>(raws: impl Iterator<Item = &'r Raw> + Clone) -> Social {
        let lacking = |r: &&Raw| match &r.front {
            Front::Champion(fm) => !fm.consent.uses.contains(&Use::Social),
            _ => false,
        };
        let forms = raws
            .clone()
            .filter(lacking)
            .filter_map(|r| match &r.front {
                Front::Champion(fm) => Some(fm),
                _ => None,
            })
            .flat_map(|fm| fm.name.iter().chain(&fm.pseudonym).chain(&fm.also_known_as))
            .cloned()
            .collect();
        Social {
            without: raws
                .clone()
                .filter(lacking)
                .map(|r| r.slug.clone())
                .collect(),
            forms,
            names: Matcher::new(raws.filter(lacking)),
        }
    }

    /// What the decisions depend on, for the keys of serve's rebuilds (a change of anyone's
    /// social consent or names changes every page's preview key).
    pub fn key(&self) -> (&BTreeSet<String>, &BTreeSet<String>) {
        (&self.without, &self.forms)
    }

    /// Whether `text` names a champion who did not agree to social media.
    pub fn names_someone(&self, text: &str) -> bool {
        self.names.names_anyone(text)
    }

    /// Whether `item` is the profile of, or features (`champion:`, `people:`), a champion who
    /// did not agree to social media: its picture may show them.
    pub fn features_someone(&self, item: &Item) -> bool {
        let lacks = |slug: &String| self.without.contains(slug);
        match &item.data {
            Data::Champion(_) => lacks(&item.slug),
            Data::Story(fm, _) => fm.champion.iter().chain(&fm.people).any(lacks),
            Data::Event(fm, _) => fm.people.iter().any(lacks),
            Data::Opportunity(fm, _) => fm.people.iter().any(lacks),
            _ => false,
        }
    }
}
