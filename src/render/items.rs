//! Template views of content items: what templates see of an item ([`ItemView`]) with its
//! kind-specific fields, built by [`Views::item`] and [`Views::item_at`].
//!
//! Views borrow from the model; they are built per rendered page and never for the whole site
//! at once (a listing page builds views for its own items only).

use serde::Serialize;

use super::survey::HelperView;
use super::toolkit_views::ToolkitView;
use super::views::{DateView, Link, Named, Views};
use crate::media::Picture;
use crate::model::{Data, Item, ItemId};

/// One content item as templates see it.
#[derive(Debug, Serialize)]
pub struct ItemView<'a> {
    /// `story`, `event`...
    pub kind: &'static str,
    /// `Story`, `Event`... in the page language.
    pub kind_name: String,
    /// Code of the item's own language.
    pub lang: &'a str,
    /// Direction of the item's language.
    pub dir: &'static str,
    /// Shown in another language than the page's (no translation yet).
    pub fallback: bool,
    /// URL slug.
    pub slug: &'a str,
    /// Heading.
    pub title: std::borrow::Cow<'a, str>,
    /// One sentence.
    pub summary: std::borrow::Cow<'a, str>,
    /// Root-relative URL.
    pub url: String,
    /// Body HTML (own page only).
    pub content: Option<String>,
    /// Date shown.
    pub date: Option<DateView>,
    /// Last update.
    pub updated: Option<DateView>,
    /// Tags.
    pub tags: Vec<Link>,
    /// Neighbourhoods.
    pub neighbourhoods: Vec<Link>,
    /// Themes.
    pub themes: Vec<Link>,
    /// Organisations of `data/` it involves (own page only).
    pub organisations: Vec<Link>,
    /// Developments of `data/` it belongs to (own page only).
    pub developments: Vec<Link>,
    /// Built only for a preview (`--drafts`): says so on the page.
    pub preview: Option<String>,
    /// Kind-specific fields.
    #[serde(flatten)]
    pub extra: Extra<'a>,
}

/// Kind-specific fields of [`ItemView`].
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Extra<'a> {
    /// Pages and home.
    None {
        /// In the search index (front matter `search`).
        search: bool,
    },
    /// Story.
    Story {
        /// Byline.
        author: Option<&'a str>,
        /// Image, resized and stripped of metadata.
        image: Option<Picture>,
        /// Champion card.
        champion: Option<Box<ChampionCard<'a>>>,
    },
    /// Champion.
    Champion(Box<ChampionView<'a>>),
    /// Event.
    Event(Box<super::events::EventView<'a>>),
    /// Opportunity.
    Opportunity(Box<super::opportunities::OpportunityView<'a>>),
    /// Survey.
    Survey(Box<SurveyView<'a>>),
    /// Toolkit.
    Toolkit(Box<ToolkitView<'a>>),
}

/// A champion as a card on a story.
#[derive(Debug, Serialize)]
pub struct ChampionCard<'a> {
    /// Shown name (pseudonym when anonymous).
    pub name: &'a str,
    /// Profile URL.
    pub url: String,
    /// Role.
    pub role: Named,
    /// Neighbourhood.
    pub neighbourhood: Option<Link>,
    /// Photo (never when anonymous).
    pub photo: Option<Picture>,
}

/// Champion fields.
#[derive(Debug, Serialize)]
pub struct ChampionView<'a> {
    /// Shown name.
    pub name: &'a str,
    /// Only the pseudonym is shown.
    pub anonymous: bool,
    /// Role.
    pub role: Named,
    /// Neighbourhood.
    pub neighbourhood: Option<Link>,
    /// Languages spoken.
    pub languages: &'a [String],
    /// Quote.
    pub quote: Option<&'a str>,
    /// Photo (own page only; never when anonymous).
    pub photo: Option<Picture>,
    /// Sample profile.
    pub illustrative: bool,
    /// Their stories (own page only).
    pub stories: Vec<ItemView<'a>>,
}

/// Survey fields.
#[derive(Debug, Serialize)]
pub struct SurveyView<'a> {
    /// Where to answer.
    pub survey_url: &'a str,
    /// Closing date.
    pub closes: DateView,
    /// Still open.
    pub open: bool,
    /// Anonymous answers.
    pub anonymous: bool,
    /// Partial answers count.
    pub partial_answers: bool,
    /// Prize draw wording.
    pub prize_draw: Option<&'a str>,
    /// Who can help.
    pub help: Vec<HelperView<'a>>,
    /// Printable A5 flyer of this version.
    pub flyer_url: String,
    /// The QR code of the survey address (SVG file).
    pub qr_url: String,
    /// The text alternative of the QR code's picture (`qr_url`).
    pub qr_label: String,
    /// Page listing every language version.
    pub chooser_url: String,
    /// Every language version: `{code, endonym, dir, url, current}`.
    pub versions: Vec<VersionLink>,
}

/// A language version of an item.
#[derive(Debug, Serialize)]
pub struct VersionLink {
    /// Language code.
    pub code: String,
    /// The language's own name.
    pub endonym: String,
    /// Text direction.
    pub dir: &'static str,
    /// Root-relative URL.
    pub url: String,
    /// This is the version being shown.
    pub current: bool,
}

impl<'a> Views<'a> {
    /// The front-matter image of a story or the photo of a champion, if it may be shown.
    fn lead_image(&self, id: ItemId) -> Option<(&'a str, &'a str)> {
        let it: &'a Item = &self.site.items[id];
        match &it.data {
            Data::Story(fm, _) => {
                let alt = if fm.image_decorative {
                    ""
                } else {
                    fm.image_alt.as_deref().unwrap_or("")
                };
                fm.image.as_deref().map(|f| (f, alt))
            }
            Data::Champion(fm) if !fm.anonymous => fm
                .photo
                .as_deref()
                .map(|f| (f, fm.photo_alt.as_deref().unwrap_or(""))),
            _ => None,
        }
    }

    /// True when the item's page shows an image above its text.
    pub fn has_lead_image(&self, id: ItemId) -> bool {
        self.lead_image(id).is_some()
    }

    /// The item's front-matter image or photo, resized for `use_` (the page's picture, or
    /// its share preview cropped to 1.91:1: see [`crate::media::Use`]).
    pub fn lead_picture(&self, id: ItemId, use_: crate::media::Use) -> Option<Picture> {
        let it: &'a Item = &self.site.items[id];
        let (file, alt) = self.lead_image(id)?;
        self.ask_image(&it.source, it.media_line, file, alt, use_)
    }

    /// Asks the image pipeline for `src` (see [`crate::media::Media::ask`]), through the render
    /// job's recorder when there is one.
    pub fn ask_image(
        &self,
        page: &std::path::Path,
        line: Option<usize>,
        src: &str,
        alt: &str,
        use_: crate::media::Use,
    ) -> Option<Picture> {
        match self.rec {
            Some(rec) => rec.ask(self.media, page, line, src, alt, use_),
            None => self.media.ask(page, line, src, alt, use_),
        }
    }

    fn term_links(&self, ids: &[usize], tax: usize) -> Vec<Link> {
        use crate::i18n::vocab::Vocab;
        let (slug, terms, vocab) = match tax {
            0 => (
                "neighbourhoods",
                &self.config.site.neighbourhoods,
                Vocab::Neighbourhood,
            ),
            _ => ("themes", &self.config.site.themes, Vocab::Theme),
        };
        ids.iter()
            .map(|&i| Link {
                name: self.name(vocab, &terms[i].slug, &terms[i].slug),
                url: self.url_in_lang(&format!("{slug}/{}/", terms[i].slug)),
            })
            .collect()
    }

    /// Links to the pages of the records of `data/` (`taxonomy`: `organisations` or
    /// `developments`) at indexes `ids`, named in the page language.
    fn record_links(&self, ids: &[usize], taxonomy: &str) -> Vec<Link> {
        let data = &self.config.data;
        let code = self.config.site.languages[self.lang].code.as_str();
        ids.iter()
            .map(|&i| {
                let (id, name) = match taxonomy {
                    "organisations" => {
                        let (id, o) = &data.organisations[i];
                        (id, o.text_in(code).0)
                    }
                    _ => {
                        let (id, d) = &data.developments[i];
                        (id, d.text_in(code).0)
                    }
                };
                Link {
                    name: name.to_string(),
                    url: self.url_in_lang(&format!("{taxonomy}/{id}/")),
                }
            })
            .collect()
    }

    /// The view of one item; `content` only on its own page; `full` adds lists such as a
    /// champion's stories.
    pub fn item(&self, id: ItemId, content: Option<String>, full: bool) -> ItemView<'a> {
        self.item_at(id, None, content, full)
    }

    /// Like [`Views::item`], for one occurrence of a repeating event (`None`: the next one).
    pub fn item_at(
        &self,
        id: ItemId,
        occurrence: Option<usize>,
        content: Option<String>,
        full: bool,
    ) -> ItemView<'a> {
        // In a listing, show the item's version in the page language where there is one.
        let id = self.site.items[id].in_lang(self.lang, id);
        let it: &'a Item = &self.site.items[id];
        let language = &self.config.site.languages[it.lang];
        let tags = it
            .tags
            .iter()
            .map(|t| Link {
                name: t.clone(),
                url: self.url_in_lang(&format!("tags/{}/", crate::util::slug::slugify(t))),
            })
            .collect();
        ItemView {
            kind: it.kind.name(),
            kind_name: self.tr(&format!("kind-{}", it.kind.name())),
            lang: &language.code,
            dir: language.dir.as_str(),
            fallback: it.lang != self.lang,
            slug: &it.slug,
            // Right-to-left text: its brand, URLs and numbers as left-to-right isolates.
            title: bidi(&it.title, language.dir),
            summary: bidi(&it.summary, language.dir),
            url: self.url_here(id),
            content,
            date: it.date.map(|d| self.date(d)),
            updated: it.updated.map(|d| self.date(d)),
            tags,
            neighbourhoods: self.term_links(&it.neighbourhoods, 0),
            themes: self.term_links(&it.themes, 1),
            organisations: if full {
                self.record_links(&it.organisations, "organisations")
            } else {
                Vec::new()
            },
            developments: if full {
                self.record_links(&it.developments, "developments")
            } else {
                Vec::new()
            },
            preview: it.preview.map(|p| self.preview(p)),
            extra: self.extra(id, occurrence, full),
        }
    }

    fn extra(&self, id: ItemId, occurrence: Option<usize>, full: bool) -> Extra<'a> {
        let it: &'a Item = &self.site.items[id];
        match &it.data {
            Data::Page(fm) => Extra::None { search: fm.search },
            Data::Story(fm, champ) => Extra::Story {
                author: fm.author.as_deref(),
                image: if full {
                    self.lead_picture(id, crate::media::Use::Picture)
                } else {
                    None
                },
                champion: champ.map(|c| Box::new(self.card(c))),
            },
            Data::Champion(fm) => Extra::Champion(Box::new(ChampionView {
                name: &it.title,
                anonymous: fm.anonymous,
                role: self.named("role", fm.role.slug()),
                neighbourhood: self.term_links(&it.neighbourhoods, 0).into_iter().next(),
                languages: &fm.languages,
                quote: fm.quote.as_deref(),
                photo: if full {
                    self.lead_picture(id, crate::media::Use::Picture)
                } else {
                    None
                },
                illustrative: fm.illustrative,
                stories: if full {
                    self.site
                        .champion_stories
                        .get(&id)
                        .into_iter()
                        .flatten()
                        .map(|&s| self.item(s, None, false))
                        .collect()
                } else {
                    Vec::new()
                },
            })),
            Data::Event(fm, t) => Extra::Event(Box::new(super::events::view(
                self, it, fm, t, occurrence, full,
            ))),
            Data::Opportunity(fm, o) => {
                Extra::Opportunity(Box::new(super::opportunities::view(self, it, fm, *o, full)))
            }
            Data::Survey(fm, o) => Extra::Survey(Box::new(self.survey(id, fm, *o))),
            Data::Toolkit(fm, _) => Extra::Toolkit(Box::new(self.toolkit(id, fm))),
        }
    }

    fn survey(
        &self,
        id: ItemId,
        fm: &'a crate::model::kinds::SurveyFm,
        o: crate::model::Openness,
    ) -> SurveyView<'a> {
        let it: &'a Item = &self.site.items[id];
        SurveyView {
            survey_url: &fm.survey_url,
            closes: self.date(fm.closes.0),
            open: o.open,
            anonymous: fm.anonymous,
            partial_answers: fm.partial_answers,
            prize_draw: fm.prize_draw.as_deref(),
            help: fm.help.iter().map(HelperView::of).collect(),
            flyer_url: self
                .config
                .url(&crate::render::output::flyer_path(&it.path)),
            qr_url: self.config.url(&crate::render::survey::qr_path(&it.path)),
            qr_label: self.tr_args("survey-qr-label", &[("title", it.title.clone())]),
            chooser_url: {
                let orig = it.original.unwrap_or(id);
                self.config.url(&crate::render::survey::chooser_path(
                    &self.site.items[orig].path,
                ))
            },
            versions: it
                .translations
                .iter()
                .enumerate()
                .filter_map(|(l, v)| v.map(|v| (l, v)))
                .map(|(l, v)| {
                    let language = &self.config.site.languages[l];
                    VersionLink {
                        code: language.code.clone(),
                        endonym: language.endonym.clone(),
                        dir: language.dir.as_str(),
                        url: self.url(v),
                        current: v == id,
                    }
                })
                .collect(),
        }
    }

    /// A champion card for a story.
    pub fn card(&self, id: ItemId) -> ChampionCard<'a> {
        let it: &'a Item = &self.site.items[id];
        let role = match &it.data {
            Data::Champion(fm) => self.named("role", fm.role.slug()),
            _ => Named {
                slug: "",
                name: String::new(),
            },
        };
        ChampionCard {
            name: &it.title,
            url: self.url_here(id),
            role,
            neighbourhood: self.term_links(&it.neighbourhoods, 0).into_iter().next(),
            photo: self.lead_picture(id, crate::media::Use::Picture),
        }
    }
}

/// `text` with its left-to-right tokens isolated when it is right-to-left.
fn bidi(text: &str, dir: crate::config::Direction) -> std::borrow::Cow<'_, str> {
    match dir {
        crate::config::Direction::Rtl => crate::markdown::text::isolate_plain(text),
        crate::config::Direction::Ltr => std::borrow::Cow::Borrowed(text),
    }
}
