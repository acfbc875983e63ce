//! Render stage, serve half: the key of each output file's inputs, made from the model in a
//! few hashes per file, before (and instead of) building its template context.
//!
//! Entry point: [`Keys::new`], made once per rebuild when an [`Incremental`] is kept. A key
//! mixes
//!
//! - the language-wide inputs ([`Keys::global`]): the configuration, "now", the UI strings of
//!   the page's language and of the default one, and the site view (navigation, section
//!   titles, language list) that every page shows;
//! - the template and every template it uses ([`Incremental::template`]);
//! - for each item the page shows, a hash of what it shows of it: on the item's own page
//!   ([`Keys::view`]) the texts of every language version of the item (a switcher links them
//!   all) and what it shows of other items (a story's champion card, a champion's stories); in
//!   a listing ([`Keys::summary`]) the same with front matter only, since listings never show a
//!   body (so a body edit re-renders the item's page, not the listings it is in); plus a
//!   toolkit's download facts;
//! - what places the page: its path, page number, the total count its pager shows, its
//!   filter links and counts.
//!
//! Source texts are hashed once when they are read ([`Incremental::set_file`]); a key costs a
//! few hash steps per item shown. What a page looks up beyond this (`@/` links, images) is
//! recorded while it renders and asked again ([`super::memo`]).

use std::hash::{Hash, Hasher};

use super::listings::{Entries, FilterGroup, Label, Listing};
use super::memo::Incremental;
use super::pages::Renderer;
use crate::model::{Data, ItemId, Site};

/// Keys of one build. See the module documentation.
pub struct Keys<'a> {
    inc: &'a Incremental,
    global: Vec<u64>,
    view: Vec<u64>,
    summary: Vec<u64>,
    family: Vec<u64>,
    /// The `@/` link table (what every key leads to) differs from the previous build's:
    /// recorded link look-ups must be asked again.
    pub links_changed: bool,
}

/// A hasher with the `mix` shorthand.
pub struct Mix(std::hash::DefaultHasher);

impl Mix {
    /// Starts a key.
    pub fn new() -> Mix {
        Mix(std::hash::DefaultHasher::new())
    }

    /// Adds a value.
    pub fn mix<T: Hash + ?Sized>(mut self, v: &T) -> Mix {
        v.hash(&mut self.0);
        self
    }

    /// The key.
    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

impl Default for Mix {
    fn default() -> Self {
        Mix::new()
    }
}

impl<'a> Keys<'a> {
    /// Keys for what renderer `r` renders.
    pub fn new(inc: &'a Incremental, r: &Renderer<'_>) -> Keys<'a> {
        let (site, downloads) = (r.site, r.downloads);
        let config = Mix::new()
            .mix(&format!("{:?}", r.config))
            .mix(&r.now.zoned.timestamp())
            .finish();
        let global = (0..r.config.site.languages.len())
            .map(|lang| {
                let view = serde_json::to_string(&r.site_view(lang, "")).unwrap_or_default();
                Mix::new()
                    .mix(&config)
                    .mix(&r.locales.text_hash(lang))
                    .mix(&view)
                    .finish()
            })
            .collect();
        let items = &site.items;
        // Per item: its front matter (what listings and cards show) and its whole text.
        let own = |full: bool| -> Vec<u64> {
            items
                .iter()
                .map(|it| {
                    let text = if full {
                        inc.file(&it.source)
                    } else {
                        inc.head(&it.source)
                    };
                    let body = (full && it.kind == crate::model::Kind::Toolkit)
                        .then(|| inc.file(&it.body_path()));
                    Mix::new()
                        .mix(&text)
                        .mix(&body)
                        .mix(&it.source)
                        .mix(&it.path)
                        .mix(&it.lang)
                        .mix(&it.reviewed)
                        .finish()
                })
                .collect()
        };
        // Every version of an item, in language order (the same for all of them).
        let family = |own: &[u64]| -> Vec<u64> {
            items
                .iter()
                .enumerate()
                .map(|(id, it)| {
                    let orig = it.original.unwrap_or(id);
                    let mut m = Mix::new().mix(&own[orig]);
                    for v in items[orig].translations.iter() {
                        m = m.mix(&v.map(|v| own[v]));
                    }
                    m.finish()
                })
                .collect()
        };
        let head = family(&own(false));
        let family = family(&own(true));
        let facts = |id: ItemId, mut m: Mix| {
            if let Some(t) = downloads.toolkits.get(&id) {
                for f in &t.files {
                    m = m.mix(&f.as_ref().map(|f| (f.size, &f.sha256, f.format.id)));
                }
                m = m.mix(&t.bundle.as_ref().map(|b| (&b.name, b.size, &b.sha256)));
            }
            m
        };
        // A listing's view: front matter, the champion card's, download facts.
        let summary: Vec<u64> = items
            .iter()
            .enumerate()
            .map(|(id, it)| {
                let mut m = Mix::new().mix(&head[id]);
                if let Data::Story(_, champ) = &it.data {
                    m = m.mix(&champ.map(|c| head[c]));
                }
                facts(id, m).finish()
            })
            .collect();
        // An item's own page: all of it, and the summaries it lists (a champion's stories).
        let view: Vec<u64> = items
            .iter()
            .enumerate()
            .map(|(id, it)| {
                let mut m = Mix::new().mix(&family[id]);
                match &it.data {
                    Data::Story(_, champ) => m = m.mix(&champ.map(|c| head[c])),
                    Data::Champion(_) => {
                        for &s in site.champion_stories.get(&id).into_iter().flatten() {
                            m = m.mix(&summary[s]);
                        }
                    }
                    _ => {}
                }
                facts(id, m).finish()
            })
            .collect();
        let links = link_table(site);
        let links_changed = inc.swap_link_table(links) != Some(links);
        Keys {
            inc,
            global,
            view,
            summary,
            family,
            links_changed,
        }
    }

    /// What the serve session keeps.
    pub fn inc(&self) -> &'a Incremental {
        self.inc
    }

    /// The language-wide inputs of pages in language `lang`.
    pub fn global(&self, lang: usize) -> u64 {
        self.global[lang]
    }

    /// What the page of item `id` shows of it and of other items, in any language.
    pub fn view(&self, id: ItemId) -> u64 {
        self.view[id]
    }

    /// What a listing shows of item `id` (front matter, not the body), in any language.
    pub fn summary(&self, id: ItemId) -> u64 {
        self.summary[id]
    }

    /// Every language version of item `id`.
    pub fn family(&self, id: ItemId) -> u64 {
        self.family[id]
    }

    /// The start of a page key: language-wide inputs, template, output path.
    pub fn page(&self, lang: usize, template: &str, path: &str) -> Mix {
        Mix::new()
            .mix(&self.global[lang])
            .mix(&self.inc.template(template))
            .mix(path)
    }

    /// Adds the entries `range` of `entries` (items or event occurrences) and their count.
    pub fn entries(&self, mut m: Mix, entries: &Entries<'_>, range: std::ops::Range<usize>) -> Mix {
        m = m.mix(&entries.len());
        match entries {
            Entries::Items(ids) => {
                for &i in &ids[range] {
                    m = m.mix(&self.summary[i]);
                }
            }
            Entries::Events(es) => {
                for &(i, n) in &es[range] {
                    m = m.mix(&(self.summary[i], n));
                }
            }
        }
        m
    }

    /// What a listing shows on every page besides its entries: labels, filters, intro.
    pub fn listing(&self, site: &Site, l: &Listing<'_>) -> u64 {
        let mut m = Mix::new()
            .mix(&l.kind)
            .mix(&l.path)
            .mix(&l.main)
            .mix(&l.calendar)
            .mix(&l.feed);
        m = label(m, l.title.as_ref());
        if let Some((t, p)) = &l.alternate {
            m = label(m, Some(t)).mix(p);
        }
        m = filters(m, &l.filters);
        if l.main {
            let mut intros: Vec<_> = site
                .intro_translations
                .iter()
                .filter(|((k, _), _)| *k == l.kind)
                .map(|((_, lang), i)| (*lang, i.source.as_ref().map(|s| self.inc.file(s))))
                .collect();
            intros.sort();
            m = m.mix(&intros).mix(
                &site
                    .intros
                    .get(&l.kind)
                    .map(|i| i.source.as_ref().map(|s| self.inc.file(s))),
            );
        }
        m.finish()
    }
}

fn label(mut m: Mix, l: Option<&Label>) -> Mix {
    match l {
        None => m.mix(&0u8),
        Some(Label::Text(t)) => m.mix(&1u8).mix(t),
        Some(Label::Key(k, args)) => {
            m = m.mix(&2u8).mix(k).mix(&args.len());
            for (name, a) in args {
                m = label(m.mix(name), Some(a));
            }
            m
        }
    }
}

fn filters(mut m: Mix, groups: &[FilterGroup]) -> Mix {
    for g in groups {
        m = m.mix(g.name).mix(&g.links.len());
        for f in &g.links {
            m = label(m, Some(&f.title)).mix(&f.path).mix(&f.count);
        }
    }
    m
}

/// Where every `@/` link key leads: the link keys of published items with the path of each
/// language version, and the unpublished keys with the reason.
fn link_table(site: &Site) -> u64 {
    let mut m = Mix::new();
    for it in &site.items {
        m = m.mix(&it.source).mix(&it.path).mix(&it.translations.len());
        for v in &it.translations {
            m = m.mix(&v.map(|v| site.items[v].path.as_str()));
        }
        m = m.mix(&it.original.map(|o| site.items[o].source.as_path()));
    }
    let mut unpublished: Vec<(&String, &&str)> = site.unpublished.iter().collect();
    unpublished.sort();
    m.mix(&unpublished).finish()
}
