//! Model stage: the whole site as plain data, with no I/O and no template engine.
//!
//! Entry point: [`build::build`] turns loaded sources into a [`Site`]. Everything later stages
//! need is precomputed here once: URLs, orderings of every listing, taxonomy memberships,
//! whether an event is past or an opportunity open (against the build's fixed "now").

pub mod build;
mod item;
pub mod kinds;
mod names;
pub(crate) mod parse;
mod paths;
pub mod people;
mod publish;
pub mod recur;
pub mod short;
pub mod social;
pub mod sort;
pub mod taxonomy;
pub mod translate;
pub(crate) mod videos;

use std::collections::HashMap;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::config::{Config, Now};
use kinds::champion::ChampionFm;
pub use kinds::dates::Openness;
use kinds::event::EventFm;
use kinds::opportunity::OpportunityFm;
use kinds::page::PageFm;
use kinds::story::StoryFm;
use kinds::survey::SurveyFm;
pub use kinds::times::{EventTimes, Occurrence};
use kinds::toolkit::ToolkitFm;

/// What the model build needs besides the sources.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Validated configuration.
    pub config: &'a Config,
    /// The build's "now".
    pub now: &'a Now,
    /// Include drafts.
    pub drafts: bool,
}

/// Why a source is missing from the site when it has errors of its own.
pub const BROKEN: &str = "has errors (reported separately)";

/// Kind of a content item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `content/_index.md`.
    Home,
    /// `content/pages/*.md`.
    Page,
    /// `content/stories/*.md`.
    Story,
    /// `content/champions/*/index.md`.
    Champion,
    /// `content/events/*.md`.
    Event,
    /// `content/opportunities/*.md`.
    Opportunity,
    /// `content/surveys/*.md`.
    Survey,
    /// `toolkits/*/toolkit.yaml`.
    Toolkit,
}

impl Kind {
    /// Every kind with a section listing, in navigation order.
    pub const SECTIONS: [Kind; 6] = [
        Kind::Event,
        Kind::Opportunity,
        Kind::Story,
        Kind::Champion,
        Kind::Toolkit,
        Kind::Survey,
    ];

    /// Machine name, e.g. `story`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Home => "home",
            Kind::Page => "page",
            Kind::Story => "story",
            Kind::Champion => "champion",
            Kind::Event => "event",
            Kind::Opportunity => "opportunity",
            Kind::Survey => "survey",
            Kind::Toolkit => "toolkit",
        }
    }

    /// Section folder and URL segment, e.g. `stories`.
    pub fn section(self) -> &'static str {
        match self {
            Kind::Home => "",
            Kind::Page => "pages",
            Kind::Story => "stories",
            Kind::Champion => "champions",
            Kind::Event => "events",
            Kind::Opportunity => "opportunities",
            Kind::Survey => "surveys",
            Kind::Toolkit => "toolkits",
        }
    }
}

/// Kind-specific data of an item: the front matter plus values derived from it.
#[derive(Debug, Clone)]
pub enum Data {
    /// Standard page (and the home page).
    Page(PageFm),
    /// Story, with its champion resolved (none when missing or not consented).
    Story(StoryFm, Option<ItemId>),
    /// Champion profile.
    Champion(ChampionFm),
    /// Event, with its start and end placed in the site's time zone.
    Event(Box<EventFm>, EventTimes),
    /// Opportunity.
    Opportunity(Box<OpportunityFm>, Openness),
    /// Survey.
    Survey(SurveyFm, Openness),
    /// Toolkit, with its folder relative to the root.
    Toolkit(ToolkitFm, PathBuf),
}

/// A listing entry: an item and, for events, which occurrence.
pub type Entry = (ItemId, usize);

/// Index of an item in [`Site::items`].
pub type ItemId = usize;

/// One published content item.
#[derive(Debug, Clone)]
pub struct Item {
    /// Kind.
    pub kind: Kind,
    /// Source file relative to the root.
    pub source: PathBuf,
    /// File line the Markdown body starts on (1-based).
    pub body_line: usize,
    /// File line of the front-matter `image` or `photo` field, for image diagnostics.
    pub media_line: Option<usize>,
    /// URL slug.
    pub slug: String,
    /// Site path without the base path: `stories/x/` (empty for home).
    pub path: String,
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Date shown and used for sorting (publication; an event's start date).
    pub date: Option<Date>,
    /// Last update.
    pub updated: Option<Date>,
    /// Tag names.
    pub tags: Vec<String>,
    /// Indexes into the configured neighbourhoods.
    pub neighbourhoods: Vec<usize>,
    /// Indexes into the configured themes.
    pub themes: Vec<usize>,
    /// Indexes into the organisations of `data/organisations.yaml`.
    pub organisations: Vec<usize>,
    /// Indexes into the developments of `data/developments.yaml`.
    pub developments: Vec<usize>,
    /// Markdown body.
    pub body: std::sync::Arc<str>,
    /// Kind-specific data.
    pub data: Data,
    /// Index into the configured languages (0: the default).
    pub lang: usize,
    /// For a translation: the original item.
    pub original: Option<ItemId>,
    /// Every version by language index (the original's own entry included); filled for
    /// originals and their translations alike.
    pub translations: Vec<Option<ItemId>>,
    /// A translation checked by a fluent speaker (originals are always reviewed).
    pub reviewed: bool,
    /// For a translation: the `source_hash` it records, the hash of the original's text it was
    /// made from (see [`crate::i18n::source`]).
    pub made_from: Option<String>,
    /// Built only because of `--drafts` (a draft, or scheduled for later): what its page says
    /// about it, in the page's language.
    pub preview: Option<Preview>,
}

/// Why an item is built only for a preview (`--drafts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    /// `draft: true`.
    Draft,
    /// Published from this date or time on.
    Scheduled(kinds::dates::When),
}

/// Introduction of a section listing, from `content/<section>/_index.md`.
#[derive(Debug, Clone, Default)]
pub struct Intro {
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Markdown body.
    pub body: String,
    /// Source, when the file exists.
    pub source: Option<PathBuf>,
    /// File line the body starts on.
    pub body_line: usize,
}

/// A taxonomy term with the items carrying it, in listing order.
#[derive(Debug, Clone)]
pub struct Term {
    /// URL slug.
    pub slug: String,
    /// The name as written in the sources (a tag, a toolkit audience); for a vocabulary of
    /// `site.yaml` (neighbourhoods, themes, topics) its slug: views take the names from the
    /// language files (`i18n::vocab`).
    pub name: String,
    /// Items carrying it.
    pub items: Vec<ItemId>,
}

/// A taxonomy: neighbourhoods, themes or tags.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// URL segment and name: `neighbourhoods`.
    pub slug: &'static str,
    /// Terms in display order; only terms with items are listed.
    pub terms: Vec<Term>,
}

/// The whole site.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// Every published item, sorted by source path.
    pub items: Vec<Item>,
    /// `@/` link key (path under `content/`, or `toolkits/<slug>`) to item.
    pub by_link: HashMap<String, ItemId>,
    /// Link keys of sources that exist but are not published (drafts, no consent).
    pub unpublished: HashMap<String, &'static str>,
    /// Section introductions by kind.
    pub intros: HashMap<Kind, Intro>,
    /// Translated section introductions by kind and language index.
    pub intro_translations: HashMap<(Kind, usize), Intro>,
    /// Listing orders.
    pub lists: Lists,
    /// Taxonomies: neighbourhoods, themes, tags, organisations, developments.
    pub taxonomies: Vec<Taxonomy>,
    /// Stories of each champion, newest first.
    pub champion_stories: HashMap<ItemId, Vec<ItemId>>,
    /// Toolkit filter pages by topic (`/toolkits/topic/<slug>/`), in `site.yaml` order.
    pub toolkit_topics: Vec<Term>,
    /// Toolkit filter pages by audience (`/toolkits/audience/<slug>/`), by name.
    pub toolkit_audiences: Vec<Term>,
    /// The build's day in the site's time zone ("this week" and "closing soon" filters).
    pub today: jiff::civil::Date,
    /// Short addresses (`short_links:` and `aliases:`), sorted by path.
    pub short_links: Vec<short::ShortLink>,
    /// The champions who did not agree to social media (kept out of share previews).
    pub social: social::Social,
}

/// The ordered item lists every listing is paginated from.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    /// Newest first.
    pub stories: Vec<ItemId>,
    /// By name.
    pub champions: Vec<ItemId>,
    /// Occurrences still to come, soonest first.
    pub upcoming_events: Vec<Entry>,
    /// Occurrences over, newest first.
    pub past_events: Vec<Entry>,
    /// Closing soonest first; no closing date last.
    pub open_opportunities: Vec<ItemId>,
    /// Most recently closed first.
    pub closed_opportunities: Vec<ItemId>,
    /// Closing soonest first.
    pub surveys: Vec<ItemId>,
    /// By title.
    pub toolkits: Vec<ItemId>,
    /// Standard pages in the main navigation, by `menu`.
    pub menu_pages: Vec<ItemId>,
    /// All standard pages, by title.
    pub pages: Vec<ItemId>,
}

impl Item {
    /// The version of this item in language `lang`, or the original when there is none.
    pub fn in_lang(&self, lang: usize, self_id: ItemId) -> ItemId {
        self.translations
            .get(lang)
            .copied()
            .flatten()
            .unwrap_or(self.original.unwrap_or(self_id))
    }

    /// The item asks for a table of contents above its text (`toc: true`).
    pub fn toc(&self) -> bool {
        match &self.data {
            Data::Page(fm) => fm.toc,
            Data::Story(fm, _) => fm.toc,
            _ => false,
        }
    }

    /// The file the Markdown body comes from (a toolkit's `index.md`, else the source).
    pub fn body_path(&self) -> PathBuf {
        match self.kind {
            Kind::Toolkit if self.original.is_none() => self.source.with_file_name("index.md"),
            _ => self.source.clone(),
        }
    }
}

impl Site {
    /// Whether the taxonomy `slug` has a term (something names one of its values).
    pub fn has_terms(&self, slug: &str) -> bool {
        self.taxonomies
            .iter()
            .any(|t| t.slug == slug && !t.terms.is_empty())
    }

    /// How many source files are left out for `why` (such as [`build::DRAFT`]).
    pub(crate) fn left_out(&self, why: &str) -> usize {
        self.unpublished.values().filter(|w| **w == why).count()
    }

    /// The home item, if `content/_index.md` exists.
    pub fn home(&self) -> Option<ItemId> {
        self.items.iter().position(|i| i.kind == Kind::Home)
    }

    /// Counts of items per kind, in a fixed order.
    pub fn counts(&self) -> Vec<(Kind, usize)> {
        let mut counts: Vec<(Kind, usize)> = Vec::new();
        for it in &self.items {
            match counts.iter_mut().find(|(k, _)| *k == it.kind) {
                Some((_, n)) => *n += 1,
                None => counts.push((it.kind, 1)),
            }
        }
        counts.sort();
        counts
    }
}
