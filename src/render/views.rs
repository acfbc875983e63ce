//! Template views: what templates see of the model, with URLs and dates already formatted.
//!
//! Views borrow from the model; they are built per rendered page and never for the whole site
//! at once (a listing page builds views for its own items only).

use serde::Serialize;

use crate::config::Config;
use crate::model::kinds::{Contact, Helper, Venue, When};
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
    fn of(d: jiff::civil::Date) -> Self {
        Self {
            iso: d.to_string(),
            human: d.strftime("%-d %B %Y").to_string(),
        }
    }
}

/// `{slug, name}`.
#[derive(Debug, Serialize)]
pub struct Named {
    /// Machine value.
    pub slug: &'static str,
    /// Display name.
    pub name: &'static str,
}

impl From<(&'static str, &'static str)> for Named {
    fn from((slug, name): (&'static str, &'static str)) -> Self {
        Self { slug, name }
    }
}

/// One content item as templates see it.
#[derive(Debug, Serialize)]
pub struct ItemView<'a> {
    /// `story`, `event`...
    pub kind: &'static str,
    /// `Story`, `Event`...
    pub kind_name: &'static str,
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
        /// Image (none until the image pipeline publishes it).
        image: Option<Link>,
        /// Champion card.
        champion: Option<Box<ChampionCard<'a>>>,
    },
    /// Champion.
    Champion(Box<ChampionView<'a>>),
    /// Event.
    Event(Box<EventView<'a>>),
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
    pub photo: Option<Link>,
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
    /// Photo.
    pub photo: Option<Link>,
    /// Sample profile.
    pub illustrative: bool,
    /// Their stories (own page only).
    pub stories: Vec<ItemView<'a>>,
}

/// `{iso, date, time}` of an event moment.
#[derive(Debug, Serialize)]
pub struct Moment {
    /// RFC 3339 with offset, or a date for all-day events.
    pub iso: String,
    /// `Thursday 15 March 2018`.
    pub date: String,
    /// `10:00` (none for all-day).
    pub time: Option<String>,
}

/// Event fields.
#[derive(Debug, Serialize)]
pub struct EventView<'a> {
    /// Human text of when it happens.
    pub when: String,
    /// Start.
    pub start: Moment,
    /// End.
    pub end: Option<Moment>,
    /// All day.
    pub all_day: bool,
    /// Venue.
    pub venue: Option<&'a Venue>,
    /// Price in words.
    pub cost: &'a str,
    /// Free of charge.
    pub free: bool,
    /// How to book.
    pub booking: Option<&'a Contact>,
    /// Category.
    pub category: Named,
    /// `scheduled`, `cancelled`, `postponed`.
    pub status: &'static str,
    /// `Cancelled`...
    pub status_name: &'static str,
    /// Access notes.
    pub accessibility: Option<&'a str>,
    /// Already over.
    pub past: bool,
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
    /// Toolkit download facts (none: sizes and checksums are left out).
    pub downloads: Option<&'a crate::toolkits::Downloads>,
}

impl<'a> Views<'a> {
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
        let it: &'a Item = &self.site.items[id];
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
            kind_name: it.kind.display(),
            slug: &it.slug,
            title: &it.title,
            summary: &it.summary,
            url: self.url(id),
            content,
            date: it.date.map(DateView::of),
            updated: it.updated.map(DateView::of),
            tags,
            neighbourhoods: self.term_links(&it.neighbourhoods, 0),
            themes: self.term_links(&it.themes, 1),
            extra: self.extra(id, full),
        }
    }

    fn extra(&self, id: ItemId, full: bool) -> Extra<'a> {
        let it: &'a Item = &self.site.items[id];
        match &it.data {
            Data::Page(_) => Extra::None {},
            Data::Story(fm, champ) => Extra::Story {
                author: fm.author.as_deref(),
                image: None,
                champion: champ.map(|c| Box::new(self.card(c))),
            },
            Data::Champion(fm) => Extra::Champion(Box::new(ChampionView {
                name: &it.title,
                anonymous: fm.anonymous,
                role: fm.role.names().into(),
                neighbourhood: self.term_links(&it.neighbourhoods, 0).into_iter().next(),
                languages: &fm.languages,
                quote: fm.quote.as_deref(),
                photo: None,
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
            Data::Event(fm, t) => {
                let all_day = fm.all_day || matches!(fm.start, When::Day(_));
                Extra::Event(Box::new(EventView {
                    when: when_text(fm.start, fm.end, all_day, &t.start, t.end.as_ref()),
                    start: moment(fm.start, &t.start, all_day),
                    end: fm
                        .end
                        .zip(t.end.as_ref())
                        .map(|(w, z)| moment(w, z, all_day)),
                    all_day,
                    venue: fm.venue.as_ref(),
                    cost: &fm.cost,
                    free: fm.cost.trim().eq_ignore_ascii_case("free"),
                    booking: fm.booking.as_ref(),
                    category: fm.category.names().into(),
                    status: fm.status.names().0,
                    status_name: fm.status.names().1,
                    accessibility: fm.accessibility.as_deref(),
                    past: t.past,
                }))
            }
            Data::Opportunity(fm, o) => Extra::Opportunity(Box::new(OpportunityView {
                opportunity_kind: fm.kind.names().into(),
                provider: &fm.provider,
                closes: fm.closes.map(|d| DateView::of(d.0)),
                open: o.open,
                closing_soon: o.closing_soon,
                eligibility: fm.eligibility.as_deref(),
                area: fm.area.as_deref(),
                how_to_apply: &fm.how_to_apply,
            })),
            Data::Survey(fm, o) => Extra::Survey(Box::new(SurveyView {
                survey_url: &fm.survey_url,
                closes: DateView::of(fm.closes.0),
                open: o.open,
                anonymous: fm.anonymous,
                partial_answers: fm.partial_answers,
                prize_draw: fm.prize_draw.as_deref(),
                help: &fm.help,
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
                    updated: DateView::of(f.updated.unwrap_or(fm.updated).0),
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
            Data::Champion(fm) => fm.role.names().into(),
            _ => ("", "").into(),
        };
        ChampionCard {
            name: &it.title,
            url: self.url(id),
            role,
            neighbourhood: self.term_links(&it.neighbourhoods, 0).into_iter().next(),
            photo: None,
        }
    }

    /// Kind of an item.
    pub fn kind(&self, id: ItemId) -> Kind {
        self.site.items[id].kind
    }
}

fn moment(w: When, z: &jiff::ZonedDateTime, all_day: bool) -> Moment {
    let date = w.date().strftime("%A %-d %B %Y").to_string();
    if all_day {
        Moment {
            iso: w.date().to_string(),
            date,
            time: None,
        }
    } else {
        Moment {
            iso: z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            date,
            time: Some(z.strftime("%H:%M").to_string()),
        }
    }
}

fn when_text(
    start: When,
    end: Option<When>,
    all_day: bool,
    zs: &jiff::ZonedDateTime,
    ze: Option<&jiff::ZonedDateTime>,
) -> String {
    let day = |d: jiff::civil::Date| d.strftime("%A %-d %B %Y").to_string();
    let hm = |z: &jiff::ZonedDateTime| z.strftime("%H:%M").to_string();
    match (all_day, end, ze) {
        (true, Some(e), _) if e.date() != start.date() => {
            format!("{} to {}", day(start.date()), day(e.date()))
        }
        (true, _, _) => format!("{} (all day)", day(start.date())),
        (false, Some(e), Some(z)) if e.date() == start.date() => {
            format!("{}, {} to {}", day(start.date()), hm(zs), hm(z))
        }
        (false, Some(e), Some(z)) => format!(
            "{}, {} to {}, {}",
            day(start.date()),
            hm(zs),
            day(e.date()),
            hm(z)
        ),
        _ => format!("{}, {}", day(start.date()), hm(zs)),
    }
}
