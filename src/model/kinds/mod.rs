//! Every content kind, one file each: its front matter exactly as written (typed, strict serde
//! structs), the checks of its fields, and the values derived from them.
//!
//! Unknown fields are rejected (`deny_unknown_fields`), dates are parsed into dates and enums
//! into enums, so every mistake is caught while loading with its file and line. Values derived
//! against the configuration or the build's "now" (an event's [`EventTimes`], an
//! [`Openness`]) are separate structs, computed once the whole front matter is known.
//!
//! - [`page`]: standard pages, the home page and section introductions;
//! - [`story`], [`champion`], [`event`] (with [`times`]), [`opportunity`], [`survey`],
//!   [`toolkit`]: one kind each;
//! - [`translation`]: the front matter of a translation (`x.ur.md`);
//! - [`dates`], [`contact`], [`common`]: what several kinds share; [`facts`]: the decision
//!   facts (cost, pay, hours, English level...) of opportunities and events.

pub mod champion;
pub(crate) mod common;
pub mod contact;
pub mod dates;
pub mod event;
pub mod facts;
pub(crate) mod identifiers;
pub mod opportunity;
pub mod page;
pub mod people;
pub mod story;
pub mod survey;
pub mod times;
pub mod toolkit;
pub mod translation;
pub mod video;

pub use champion::{ChampionFm, Consent, Role, Use};
pub use contact::{Contact, Facility, Venue};
pub use dates::{Day, Openness, When};
pub use event::{Attendance, Category, EventFm, Status};
pub use opportunity::{OppKind, OpportunityFm};
pub use page::{IndexFm, PageFm};
pub use people::{Featured, WithoutPeople};
pub use story::StoryFm;
pub use survey::{Helper, SurveyFm};
pub use times::{EventTimes, Occurrence};
pub use toolkit::{ToolkitFile, ToolkitFm};
pub use translation::TranslationFm;
pub use video::VideoFm;

use common::{Common, Schedule};

/// The front matter of a content item, by kind, as read and checked from its file alone.
#[derive(Debug, Clone)]
pub(crate) enum Front {
    /// Standard page (and the home page).
    Page(PageFm),
    /// Story.
    Story(StoryFm),
    /// Champion profile.
    Champion(ChampionFm),
    /// Event.
    Event(Box<EventFm>),
    /// Opportunity.
    Opportunity(Box<OpportunityFm>),
    /// Survey.
    Survey(SurveyFm),
    /// Toolkit.
    Toolkit(ToolkitFm),
}

impl Front {
    /// Kept out of the build unless `--drafts`.
    pub(crate) fn draft(&self) -> bool {
        match self {
            Front::Page(f) => f.draft,
            Front::Story(f) => f.draft,
            Front::Champion(f) => f.draft,
            Front::Event(f) => f.draft,
            Front::Opportunity(f) => f.draft,
            Front::Survey(f) => f.draft,
            Front::Toolkit(f) => f.draft,
        }
    }

    /// Other addresses that lead to the item (`aliases:`), as written.
    pub(crate) fn aliases(&self) -> &[String] {
        match self {
            Front::Page(f) => &f.aliases,
            Front::Story(f) => &f.aliases,
            Front::Champion(f) => &f.aliases,
            Front::Event(f) => &f.aliases,
            Front::Opportunity(f) => &f.aliases,
            Front::Survey(f) => &f.aliases,
            Front::Toolkit(f) => &f.aliases,
        }
    }

    /// When the item is published from and until (`publish:`, `expires:`).
    pub(crate) fn schedule(&self) -> Schedule {
        let (publish, expires) = match self {
            Front::Page(f) => (f.publish, f.expires),
            Front::Story(f) => (f.publish, f.expires),
            Front::Champion(f) => (f.publish, f.expires),
            Front::Event(f) => (f.publish, f.expires),
            Front::Opportunity(f) => (f.publish, f.expires),
            Front::Survey(f) => (f.publish, f.expires),
            Front::Toolkit(f) => (f.publish, f.expires),
        };
        // A story, page or profile dated in the future is scheduled for its date.
        let dated = match self {
            Front::Story(f) => Some(f.date.0),
            _ => None,
        };
        Schedule {
            publish,
            expires,
            dated,
        }
    }

    /// The champions the item features (none for kinds without `champion:` or `people:`).
    pub(crate) fn featured(&self) -> Featured<'_> {
        match self {
            Front::Story(f) => Featured::new(f.champion.as_ref(), &f.people, f.without_people),
            Front::Event(f) => Featured::new(None, &f.people, f.without_people),
            Front::Opportunity(f) => Featured::new(None, &f.people, f.without_people),
            _ => Featured::default(),
        }
    }

    /// The fields every item has.
    pub(crate) fn common(&self) -> Common {
        match self {
            Front::Page(f) => f.common(),
            Front::Story(f) => f.common(),
            Front::Champion(f) => f.common(),
            Front::Event(f) => f.common(),
            Front::Opportunity(f) => f.common(),
            Front::Survey(f) => f.common(),
            Front::Toolkit(f) => f.common(),
        }
    }
}
