//! The key of each output file's inputs, made from the model and the hashes of the source
//! texts in a few hash steps per file, before (and instead of) building its template context.
//! This is the one account of what a key hashes.
//!
//! Entry point: [`Keys::new`], made once per rebuild when an [`Incremental`] is kept. A key
//! mixes
//!
//! - the language-wide inputs ([`Keys::global`]): the configuration, "now", the UI strings of
//!   the page's language and of the default one, the site view (navigation, section
//!   titles, language list) that every page shows, and who is kept out of share previews;
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
//! recorded while it renders and asked again ([`super::recorder`], [`super::reuse`]).
//!
//! The per-item hashes are kept between builds ([`Tables`]). After an edit of bodies alone,
//! [`Keys::patched`] recomputes the whole-text hashes of the edited items' families and
//! nothing else, and the [`Reads`] noted while making each key have told which keys read which
//! item's whole text: those are the files to render again
//! ([`crate::render::run::render_patch`]).

use super::memo::Incremental;
use super::mix::Mix;
use crate::model::{Data, ItemId, Site};
use crate::render::context::Renderer;
use crate::render::listings::{Entries, FilterGroup, Label, Listing};

/// Keys of one build. See the module documentation.
pub struct Keys<'a> {
    inc: &'a Incremental,
    tables: Tables,
    /// The `@/` link table (what every key leads to) differs from the previous build's:
    /// recorded link look-ups must be asked again.
    pub links_changed: bool,
}

/// The per-language and per-item hashes keys are made of, kept between builds so that an
/// edit of bodies alone recomputes only the items it touches ([`Keys::patched`]).
#[derive(Debug, Clone, Default)]
pub struct Tables {
    global: Vec<u64>,
    /// Per item: its whole text.
    own: Vec<u64>,
    /// Per item: what every language version of it gives, front matter only and whole.
    head_family: Vec<u64>,
    family: Vec<u64>,
    summary: Vec<u64>,
    view: Vec<u64>,
}

/// The items whose whole text the making of one key read (through [`Keys::view`] and
/// [`Keys::family`], the only ways a key reads a body): when no front matter changed, a key
/// changes only when such an item's body does.
#[derive(Debug, Default)]
pub struct Reads(Vec<ItemId>);

impl Reads {
    /// The items read, sorted, each once.
    pub fn into_sorted(mut self) -> Vec<ItemId> {
        self.0.sort_unstable();
        self.0.dedup();
        self.0
    }
}

/// The hash of what item `id` is made of: its front matter only, or its whole text.
fn own(inc: &Incremental, site: &Site, id: ItemId, full: bool) -> u64 {
    let it = &site.items[id];
    let text = if full {
        inc.file(&it.source)
    } else {
        inc.head(&it.source)
    };
    let body = (full && it.kind == crate::model::Kind::Toolkit).then(|| inc.file(&it.body_path()));
    // The videos as the model left them: their transcripts' text (other files), and which
    // ones consent lets through (decided by other profiles).
    let videos = match &it.data {
        crate::model::Data::Story(fm, _) if full => format!("{:?}", fm.videos),
        crate::model::Data::Champion(fm) if full => format!("{:?}", fm.videos),
        _ => String::new(),
    };
    Mix::new()
        .mix(&text)
        .mix(&body)
        .mix(&videos)
        .mix(&it.source)
        .mix(&it.path)
        .mix(&it.lang)
        .mix(&it.reviewed)
        .finish()
}

/// Every version of item `id`, in language order (the same for all of them).
fn family(site: &Site, id: ItemId, own: &[u64]) -> u64 {
    let orig = site.items[id].original.unwrap_or(id);
    let mut m = Mix::new().mix(&own[orig]);
    for v in site.items[orig].translations.iter() {
        m = m.mix(&v.map(|v| own[v]));
    }
    m.finish()
}

impl<'a> Keys<'a> {
    /// Keys for what renderer `r` renders.
    pub fn new(inc: &'a Incremental, r: &Renderer<'_>) -> Keys<'a> {
        let site = r.site;
        let config = Mix::new()
            .mix(&format!("{:?}", r.config))
            .mix(&r.now.zoned.timestamp())
            .finish();
        let ids = 0..site.items.len();
        let head: Vec<u64> = ids.clone().map(|id| own(inc, site, id, false)).collect();
        // Every page's share preview shows the home page's summary in its language.
        let home = site.home().map(|h| family(site, h, &head));
        let global = (0..r.config.site.languages.len())
            .map(|lang| {
                let view = serde_json::to_string(&r.site_view(lang, "")).unwrap_or_default();
                Mix::new()
                    .mix(&config)
                    .mix(&r.locales.text_hash(lang))
                    .mix(&view)
                    .mix(&r.site.social.key())
                    .mix(&r.media.videos().key())
                    .mix(&home)
                    .finish()
            })
            .collect();
        let own: Vec<u64> = ids.clone().map(|id| own(inc, site, id, true)).collect();
        let head_family = ids.clone().map(|id| family(site, id, &head)).collect();
        let family = ids.clone().map(|id| family(site, id, &own)).collect();
        let mut t = Tables {
            global,
            own,
            head_family,
            family,
            summary: Vec::new(),
            view: Vec::new(),
        };
        t.summary = ids.clone().map(|id| t.summary_of(r, id)).collect();
        t.view = ids.map(|id| t.view_of(r, id)).collect();
        let links = link_table(site);
        let links_changed = inc.swap_link_table(links) != Some(links);
        Keys {
            inc,
            tables: t,
            links_changed,
        }
    }

    /// The keys of the previous build (`tables`) after an edit that changed the bodies of
    /// some items and nothing else: no front matter, file, template, string or setting.
    /// Only the whole-text hashes of those items' families change (`members`, from
    /// [`family_members`]); the link table does not.
    pub fn patched(
        inc: &'a Incremental,
        r: &Renderer<'_>,
        mut tables: Tables,
        members: &[ItemId],
    ) -> Keys<'a> {
        let site = r.site;
        for &m in members {
            tables.own[m] = own(inc, site, m, true);
        }
        for &m in members {
            tables.family[m] = family(site, m, &tables.own);
        }
        for &m in members {
            tables.view[m] = tables.view_of(r, m);
        }
        inc.keep_link_table();
        Keys {
            inc,
            tables,
            links_changed: false,
        }
    }

    /// The tables, for [`Keys::patched`] in the next build.
    pub fn into_tables(self) -> Tables {
        self.tables
    }

    /// What the serve session keeps.
    pub fn inc(&self) -> &'a Incremental {
        self.inc
    }

    /// The language-wide inputs of pages in language `lang`.
    pub fn global(&self, lang: usize) -> u64 {
        self.tables.global[lang]
    }

    /// What the page of item `id` shows of it and of other items, in any language.
    pub fn view(&self, id: ItemId, reads: &mut Reads) -> u64 {
        reads.0.push(id);
        self.tables.view[id]
    }

    /// What a listing shows of item `id` (front matter, not the body), in any language.
    pub fn summary(&self, id: ItemId) -> u64 {
        self.tables.summary[id]
    }

    /// Every language version of item `id`.
    pub fn family(&self, id: ItemId, reads: &mut Reads) -> u64 {
        reads.0.push(id);
        self.tables.family[id]
    }

    /// The start of a page key: language-wide inputs, template, output path.
    pub fn page(&self, lang: usize, template: &str, path: &str) -> Mix {
        Mix::new()
            .mix(&self.tables.global[lang])
            .mix(&self.inc.template(template))
            .mix(path)
    }

    /// Adds the entries `range` of `entries` (items or event occurrences) and their count.
    pub fn entries(&self, mut m: Mix, entries: &Entries<'_>, range: std::ops::Range<usize>) -> Mix {
        m = m.mix(&entries.len());
        match entries {
            Entries::Items(ids) => {
                for &i in &ids[range] {
                    m = m.mix(&self.tables.summary[i]);
                }
            }
            Entries::Events(es) => {
                for &(i, n) in &es[range] {
                    m = m.mix(&(self.tables.summary[i], n));
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

impl Tables {
    /// A toolkit's download facts mixed into `m`.
    fn facts(r: &Renderer<'_>, id: ItemId, mut m: Mix) -> Mix {
        if let Some(t) = r.downloads.toolkits.get(&id) {
            for f in &t.files {
                m = m.mix(&f.as_ref().map(|f| (f.size, &f.sha256, f.format.id)));
            }
            m = m.mix(&t.bundle.as_ref().map(|b| (&b.name, b.size, &b.sha256)));
        }
        m
    }

    /// What a listing shows of item `id`: front matter, the champion card's, download facts.
    fn summary_of(&self, r: &Renderer<'_>, id: ItemId) -> u64 {
        let mut m = Mix::new().mix(&self.head_family[id]);
        if let Data::Story(_, champ) = &r.site.items[id].data {
            m = m.mix(&champ.map(|c| self.head_family[c]));
        }
        Self::facts(r, id, m).finish()
    }

    /// What the page of item `id` shows: all of it, and what it shows of other items (a
    /// story's champion card, a champion's stories).
    fn view_of(&self, r: &Renderer<'_>, id: ItemId) -> u64 {
        let mut m = Mix::new().mix(&self.family[id]);
        match &r.site.items[id].data {
            Data::Story(_, champ) => m = m.mix(&champ.map(|c| self.head_family[c])),
            Data::Champion(_) => {
                for &s in r.site.champion_stories.get(&id).into_iter().flatten() {
                    m = m.mix(&self.summary[s]);
                }
            }
            _ => {}
        }
        Self::facts(r, id, m).finish()
    }
}

/// Every language version of each of `ids`, sorted.
pub fn family_members(site: &Site, ids: &[ItemId]) -> Vec<ItemId> {
    let mut out = Vec::new();
    for &id in ids {
        let orig = site.items[id].original.unwrap_or(id);
        out.push(orig);
        out.extend(site.items[orig].translations.iter().flatten());
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn label(mut m: Mix, l: Option<&Label>) -> Mix {
    match l {
        None => m.mix(&0u8),
        Some(Label::Text(t)) => m.mix(&1u8).mix(t),
        // The name itself is in the language files, which the page key covers.
        Some(Label::Name(v, slug, written)) => m.mix(&3u8).mix(v.prefix()).mix(slug).mix(written),
        Some(Label::Lower(l)) => label(m.mix(&4u8), Some(l)),
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
