//! Standard pages (`content/pages/<slug>.md`), the home page and section introductions
//! (`_index.md`): [`PageFm`], [`IndexFm`]. They have no checks beyond their fields' types.

use serde::Deserialize;

use super::common::Common;
use super::dates::{Day, When};

/// `content/_index.md` and `content/<section>/_index.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    #[serde(default)]
    pub summary: String,
}

/// `content/pages/<slug>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Last update.
    #[serde(default)]
    pub updated: Option<Day>,
    /// Position in the main navigation.
    #[serde(default)]
    pub menu: Option<u32>,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// In the site's search index (`search: false` keeps the page out of it).
    #[serde(default = "indexed")]
    pub search: bool,
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
}

fn indexed() -> bool {
    true
}

impl PageFm {
    /// The home page's front matter as a page's.
    pub(crate) fn home(fm: IndexFm) -> PageFm {
        PageFm {
            title: fm.title,
            summary: fm.summary,
            updated: None,
            menu: None,
            draft: false,
            search: true,
            aliases: Vec::new(),
            publish: None,
            expires: None,
            toc: false,
        }
    }

    /// Fields every item has.
    pub(crate) fn common(&self) -> Common {
        Common::titled(&self.title, &self.summary).dated(None, self.updated.map(|d| d.0))
    }
}
