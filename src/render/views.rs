//! Template views: what templates see of the model, with URLs and dates already formatted.
//!
//! Views borrow from the model; they are built per rendered page and never for the whole site
//! at once (a listing page builds views for its own items only).

use serde::Serialize;

use crate::config::Config;
use crate::media::{Media, Picture};
use crate::model::kinds::{Contact, Helper};
use crate::model::{Data, Item, ItemId, Kind, Site};

/// `{name, url}`.
#[derive(Debug, Serialize)]
pub struct Link {
    /// Display text.
    pub name: String,
    /// Root-relative URL.
    pub url: String,
}

/// `{iso, human}`.
#[derive(Debug, Serialize)]
pub struct DateView {
    /// `2018-03-12`.
    pub iso: String,
    /// `12 March 2018`.
    pub human: String,
}

impl DateView {
    fn of(d: jiff::civil::Date, v: &Views<'_>) -> Self {
        Self {
            iso: d.to_string(),
            human: v.dates.long(v.lang, d),
        }
    }
}

/// `{slug, name}`.
#[derive(Debug, Serialize)]
pub struct Named {
    /// Machine value.
    pub slug: &'static str,
    /// Display name, in the page language.
    pub name: String,
}

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
    pub title: &'a str,
    /// One sentence.
    pub summary: &'a str,
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
    /// Kind-specific fields.
    #[serde(flatten)]
    pub extra: Extra<'a>,
}

/// Kind-specific fields of [`ItemView`].
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Extra<'a> {
    /// Pages and home.
    None {},
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
    Opportunity(Box<OpportunityView<'a>>),
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

/// Opportunity fields.
#[derive(Debug, Serialize)]
pub struct OpportunityView<'a> {
    /// Kind.
    pub opportunity_kind: Named,
    /// Provider.
    pub provider: &'a str,
    /// Closing date.
    pub closes: Option<DateView>,
    /// Still open.
    pub open: bool,
    /// Closes within a week.
    pub closing_soon: bool,
    /// Who can apply.
    pub eligibility: Option<&'a str>,
    /// Where.
    pub area: Option<&'a str>,
    /// How to apply.
    pub how_to_apply: &'a Contact,
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
    pub help: &'a [Helper],
    /// Printable A5 flyer of this version.
    pub flyer_url: String,
    /// The QR code of the survey address (SVG file).
    pub qr_url: String,
    /// The same QR code inline (own page and flyer only).
    pub qr_svg: Option<String>,
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

/// `{bytes, human}`: a size in bytes and in words ("1.2 MB").
#[derive(Debug, Serialize)]
pub struct SizeView {
    /// Exact size.
    pub bytes: u64,
    /// Decimal units, one decimal.
    pub human: String,
}

impl SizeView {
    fn of(bytes: u64) -> Self {
        Self {
            bytes,
            human: crate::toolkits::human_size(bytes),
        }
    }
}

/// `{id, name, mime}` of a download's format.
#[derive(Debug, Serialize)]
pub struct FormatView {
    /// `docx`.
    pub id: &'static str,
    /// `Word document`.
    pub name: &'static str,
    /// Media type.
    pub mime: &'static str,
}

/// One toolkit file.
#[derive(Debug, Serialize)]
pub struct FileView<'a> {
    /// Title.
    pub title: &'a str,
    /// Description.
    pub description: Option<&'a str>,
    /// Language code.
    pub language: &'a str,
    /// Language in words (`English`).
    pub language_name: &'static str,
    /// File name.
    pub name: &'a str,
    /// Download URL.
    pub url: String,
    /// Format, told from the content.
    pub format: Option<FormatView>,
    /// Size.
    pub size: Option<SizeView>,
    /// SHA-256, lowercase hex.
    pub sha256: Option<&'a str>,
    /// Last update (the file's own, else the toolkit's).
    pub updated: DateView,
}

/// The ZIP of a whole toolkit.
#[derive(Debug, Serialize)]
pub struct BundleView<'a> {
    /// File name.
    pub name: &'a str,
    /// Download URL.
    pub url: String,
    /// Size.
    pub size: SizeView,
    /// SHA-256.
    pub sha256: &'a str,
    /// Number of files inside.
    pub files: usize,
}

/// Toolkit fields.
#[derive(Debug, Serialize)]
pub struct ToolkitView<'a> {
    /// Audience, as written.
    pub audience: &'a [String],
    /// Audience, each linked to its filter page.
    pub audiences: Vec<Link>,
    /// Topics, linked to their filter pages.
    pub topics: Vec<Link>,
    /// Licence.
    pub licence: Option<&'a str>,
    /// Version.
    pub version: Option<&'a str>,
    /// Files.
    pub files: Vec<FileView<'a>>,
    /// The whole toolkit as one ZIP.
    pub bundle: Option<BundleView<'a>>,
}

/// Builds views; holds what every view needs.
pub struct Views<'a> {
    /// Site model.
    pub site: &'a Site,
    /// Configuration.
    pub config: &'a Config,
    /// Image pipeline.
    pub media: &'a Media,
    /// Toolkit download facts (none: sizes and checksums are left out).
    pub downloads: Option<&'a crate::toolkits::Downloads>,
    /// Language of the page being rendered (index into the configured languages).
    pub lang: usize,
    /// Date formatters.
    pub dates: &'a crate::i18n::dates::Dates,
    /// UI strings.
    pub locales: &'a crate::i18n::fluent::Locales,
}

impl<'a> Views<'a> {
    /// The UI string `key` in the page language (the key itself if it is missing everywhere,
    /// which `useit check` reports).
    pub fn tr(&self, key: &str) -> String {
        self.locales
            .format(self.lang, key, None)
            .unwrap_or_else(|_| key.to_string())
    }

    /// The UI string `key` with arguments.
    pub fn tr_args(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            a.set(*k, fluent_bundle::FluentValue::from(v.clone()));
        }
        self.locales
            .format(self.lang, key, Some(&a))
            .unwrap_or_else(|_| key.to_string())
    }

    /// `{slug, name}` with the name from UI string `<prefix>-<slug>`.
    pub fn named(&self, prefix: &str, slug: &'static str) -> Named {
        Named {
            slug,
            name: self.tr(&format!("{prefix}-{slug}")),
        }
    }

    /// A date as `{iso, human}` in the page language.
    pub fn date(&self, d: jiff::civil::Date) -> DateView {
        DateView::of(d, self)
    }

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

    /// Publishes the item's front-matter image or photo (queued in the image pipeline).
    fn picture(&self, id: ItemId) -> Option<Picture> {
        let it: &'a Item = &self.site.items[id];
        let (file, alt) = self.lead_image(id)?;
        super::memo::request_image(self.media, &it.source, it.media_line, file, alt)
    }

    fn term_links(&self, ids: &[usize], tax: usize) -> Vec<Link> {
        let (slug, terms) = match tax {
            0 => ("neighbourhoods", &self.config.site.neighbourhoods),
            _ => ("themes", &self.config.site.themes),
        };
        ids.iter()
            .map(|&i| Link {
                name: terms[i].name.clone(),
                url: self.config.url(&format!("{slug}/{}/", terms[i].slug)),
            })
            .collect()
    }

    /// Root-relative URL of an item.
    pub fn url(&self, id: ItemId) -> String {
        self.config.url(&self.site.items[id].path)
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
                url: self
                    .config
                    .url(&format!("tags/{}/", crate::util::slug::slugify(t))),
            })
            .collect();
        ItemView {
            kind: it.kind.name(),
            kind_name: self.tr(&format!("kind-{}", it.kind.name())),
            lang: &language.code,
            dir: language.dir.as_str(),
            fallback: it.lang != self.lang,
            slug: &it.slug,
            title: &it.title,
            summary: &it.summary,
            url: self.url(id),
            content,
            date: it.date.map(|d| self.date(d)),
            updated: it.updated.map(|d| self.date(d)),
            tags,
            neighbourhoods: self.term_links(&it.neighbourhoods, 0),
            themes: self.term_links(&it.themes, 1),
            extra: self.extra(id, occurrence, full),
        }
    }

    fn extra(&self, id: ItemId, occurrence: Option<usize>, full: bool) -> Extra<'a> {
        let it: &'a Item = &self.site.items[id];
        match &it.data {
            Data::Page(_) => Extra::None {},
            Data::Story(fm, champ) => Extra::Story {
                author: fm.author.as_deref(),
                image: if full { self.picture(id) } else { None },
                champion: champ.map(|c| Box::new(self.card(c))),
            },
            Data::Champion(fm) => Extra::Champion(Box::new(ChampionView {
                name: &it.title,
                anonymous: fm.anonymous,
                role: self.named("role", fm.role.slug()),
                neighbourhood: self.term_links(&it.neighbourhoods, 0).into_iter().next(),
                languages: &fm.languages,
                quote: fm.quote.as_deref(),
                photo: if full { self.picture(id) } else { None },
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
            Data::Opportunity(fm, o) => Extra::Opportunity(Box::new(OpportunityView {
                opportunity_kind: self.named("opportunity", fm.kind.slug()),
                provider: &fm.provider,
                closes: fm.closes.map(|d| self.date(d.0)),
                open: o.open,
                closing_soon: o.closing_soon,
                eligibility: fm.eligibility.as_deref(),
                area: fm.area.as_deref(),
                how_to_apply: &fm.how_to_apply,
            })),
            Data::Survey(fm, o) => Extra::Survey(Box::new(SurveyView {
                survey_url: &fm.survey_url,
                closes: self.date(fm.closes.0),
                open: o.open,
                anonymous: fm.anonymous,
                partial_answers: fm.partial_answers,
                prize_draw: fm.prize_draw.as_deref(),
                help: &fm.help,
                flyer_url: self
                    .config
                    .url(&crate::render::survey::flyer_path(&it.path)),
                qr_url: self.config.url(&crate::render::survey::qr_path(&it.path)),
                qr_svg: full
                    .then(|| {
                        let label = self.tr_args("survey-qr-label", &[("title", it.title.clone())]);
                        crate::render::survey::qr_svg(&fm.survey_url, &label, false)
                    })
                    .flatten(),
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
            })),
            Data::Toolkit(fm, _) => Extra::Toolkit(Box::new(self.toolkit(id, fm))),
        }
    }

    fn toolkit(&self, id: ItemId, fm: &'a crate::model::kinds::ToolkitFm) -> ToolkitView<'a> {
        let it: &'a Item = &self.site.items[id];
        let facts = self.downloads.and_then(|d| d.toolkits.get(&id));
        let topic_name = |slug: &str| {
            self.config
                .site
                .toolkit_topics
                .iter()
                .find(|t| t.slug == slug)
                .map_or_else(|| slug.to_string(), |t| t.name.clone())
        };
        let files = fm
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let x = facts.and_then(|t| t.files.get(i)).and_then(Option::as_ref);
                FileView {
                    title: &f.title,
                    description: f.description.as_deref(),
                    language: &f.language,
                    language_name: crate::util::lang::name(&f.language)
                        .unwrap_or("Unknown language"),
                    name: &f.path,
                    url: self.config.url(&format!("{}{}", it.path, f.path)),
                    format: x.map(|x| FormatView {
                        id: x.format.id,
                        name: x.format.name,
                        mime: x.format.mime,
                    }),
                    size: x.map(|x| SizeView::of(x.size)),
                    sha256: x.map(|x| x.sha256.as_str()),
                    updated: self.date(f.updated.unwrap_or(fm.updated).0),
                }
            })
            .collect();
        ToolkitView {
            audience: &fm.audience,
            audiences: fm
                .audience
                .iter()
                .map(|a| Link {
                    name: a.clone(),
                    url: self.config.url(&format!(
                        "toolkits/audience/{}/",
                        crate::util::slug::slugify(a)
                    )),
                })
                .collect(),
            topics: fm
                .topics
                .iter()
                .map(|t| Link {
                    name: topic_name(t),
                    url: self.config.url(&format!("toolkits/topic/{t}/")),
                })
                .collect(),
            licence: fm.licence.as_deref(),
            version: fm.version.as_deref(),
            files,
            bundle: facts.and_then(|t| t.bundle.as_ref()).map(|b| BundleView {
                name: &b.name,
                url: self.config.url(&format!("{}{}", it.path, b.name)),
                size: SizeView::of(b.size),
                sha256: &b.sha256,
                files: fm.files.len(),
            }),
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
            url: self.url(id),
            role,
            neighbourhood: self.term_links(&it.neighbourhoods, 0).into_iter().next(),
            photo: self.picture(id),
        }
    }

    /// Kind of an item.
    pub fn kind(&self, id: ItemId) -> Kind {
        self.site.items[id].kind
    }
}
