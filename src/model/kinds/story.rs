//! Stories (`content/stories/<slug>.md`): [`StoryFm`], its image checks, and the check of the
//! champion it names.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Deserialize;

use super::people::WithoutPeople;

use super::common::{Common, FieldErrors, beside_page};
use super::dates::{Day, When};
use crate::diag::{Diagnostic, closest};

/// `content/stories/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFm {
    /// Heading.
    pub title: String,
    /// Publication date.
    pub date: Day,
    /// Last update.
    #[serde(default)]
    pub updated: Option<Day>,
    /// One sentence for listings and feeds.
    pub summary: String,
    /// Byline.
    #[serde(default)]
    pub author: Option<String>,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Neighbourhood slugs.
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Ids of organisations in `data/organisations.yaml` it involves (each page of theirs
    /// lists it).
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Ids of developments in `data/developments.yaml` it belongs to (each page of theirs
    /// lists it).
    #[serde(default)]
    pub developments: Vec<String>,
    /// Image file beside the story.
    #[serde(default)]
    pub image: Option<String>,
    /// Text alternative of the image.
    #[serde(default)]
    pub image_alt: Option<String>,
    /// The image is decoration only: published with empty alt text (`image_alt: ""`).
    #[serde(default)]
    pub image_decorative: bool,
    /// Slugs of the champions the item features (withheld when one of them is not published).
    #[serde(default)]
    pub people: Vec<String>,
    /// `reviewed`: rewritten to stand without the people it features, so it is published
    /// when they are not.
    #[serde(default)]
    pub without_people: Option<WithoutPeople>,
    /// Slug of the champion the story is about.
    #[serde(default)]
    pub champion: Option<String>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Other addresses that lead here (`/soho`, `/events/old-name/`), each a redirect page.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Published from this date or time on (built before only with `--drafts`).
    #[serde(default)]
    pub publish: Option<When>,
    /// Left out of the build from this date or time on.
    #[serde(default)]
    pub expires: Option<When>,
    /// A table of contents of the text's `##` and `###` headings above it (long pages).
    #[serde(default)]
    pub toc: bool,
    /// Videos shown on the page (see [`super::video`]).
    #[serde(default)]
    pub videos: Vec<super::video::VideoFm>,
    /// The `file:` or `url:` of each video withheld for consent (a `video` shortcode naming one
    /// shows nothing).
    #[serde(skip)]
    pub withheld_videos: Vec<String>,
}

impl StoryFm {
    /// Fields every item has.
    pub(crate) fn common(&self) -> Common {
        Common::titled(&self.title, &self.summary)
            .dated(Some(self.date.0), self.updated.map(|d| d.0))
            .terms(&self.tags, &self.neighbourhoods, &self.themes)
            .about(&self.organisations, &self.developments)
    }
}

/// Checks made on the file alone: an image needs its description (or to be decorative).
pub(crate) fn check(fm: &StoryFm, errs: &mut FieldErrors<'_>) {
    super::video::check(&fm.videos, errs);
    let no_alt = fm.image_alt.as_deref().is_none_or(|a| a.trim().is_empty());
    if fm.image.is_some() && no_alt && !fm.image_decorative {
        errs.push(
            "image",
            "`image` has no `image_alt`",
            "add `image_alt:` describing the picture for people who cannot see it (or `image_decorative: true` and `image_alt: \"\"` if it is only decoration)",
        );
    }
    if fm.image_decorative && !no_alt {
        errs.push(
            "image_decorative",
            "`image_decorative: true` but `image_alt` describes the image",
            "a decorative image has no alt text: set `image_alt: \"\"`, or remove `image_decorative`",
        );
    }
}

/// The image must be a file beside the story.
pub(crate) fn check_media(
    fm: &StoryFm,
    errs: &FieldErrors<'_>,
    assets: &HashSet<PathBuf>,
) -> Option<Diagnostic> {
    beside_page(errs, "image", fm.image.as_deref()?, assets)
}

/// The champion the story names must exist (an error; a story featuring someone who is not
/// published is withheld before this, see [`crate::model::people`]). `champions` maps every champion slug to whether it
/// is published; references to champions with errors of their own are not reported again.
pub(crate) fn check_champion(
    fm: &StoryFm,
    champions: &HashMap<String, bool>,
    broken: &HashSet<String>,
    errs: &mut FieldErrors<'_>,
) {
    let Some(c) = &fm.champion else { return };
    match champions.get(c) {
        Some(true) => {}
        // The story is withheld with them, or reviewed to stand without them.
        Some(false) => {}
        None if broken.contains(c) => {}
        None => {
            let help = match closest(c, champions.keys().map(String::as_str)) {
                Some(s) => {
                    format!("did you mean `{s}`? Champions are content/champions/NAME/index.md")
                }
                None => "use the folder name of a profile in content/champions/".into(),
            };
            errs.push("champion", format!("unknown champion `{c}`"), help);
        }
    }
}
