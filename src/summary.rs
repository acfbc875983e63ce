//! What a successful build reports: [`Summary`] and the one line each command prints, worded
//! by the [`Mode`] the pipeline ran in.

use crate::diag::Diagnostics;
use crate::media;
use crate::model::Kind;
use crate::toolkits;

/// What the pipeline was run for; it decides the wording of [`Summary::line`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `useit build`: the site is written to the output folder.
    Build,
    /// `useit check`: everything is rendered, nothing is written.
    Check,
    /// `useit serve`: the site is kept in memory.
    Serve,
}

impl Mode {
    /// The verb that starts the summary line: "Built" or "Checked".
    pub fn verb(self) -> &'static str {
        match self {
            Mode::Build | Mode::Serve => "Built",
            Mode::Check => "Checked",
        }
    }
}

/// A successful build.
#[derive(Debug)]
pub struct Summary {
    /// Items per kind.
    pub counts: Vec<(Kind, usize)>,
    /// HTML pages and other rendered files.
    pub pages: usize,
    /// Files copied as they are.
    pub copied: usize,
    /// What the image pipeline did.
    pub images: media::Stats,
    /// Videos processed with ffmpeg this build, and taken from the video cache.
    pub videos: (usize, usize),
    /// Languages built.
    pub languages: Vec<String>,
    /// Wall time.
    pub millis: u128,
    /// Toolkit downloads: files hashed or taken from the cache, ZIPs built or reused.
    pub toolkits: toolkits::Stats,
    /// Warnings and notes.
    pub diags: Diagnostics,
    /// Source media files whose metadata was checked (see [`crate::privacy`]).
    pub media_checked: usize,
    /// Source files left out as drafts, scheduled for later or expired.
    pub skipped: Skipped,
    /// With `useit check --external`: every link to another site and what it answered.
    pub external: Option<String>,
}

/// Source files a build left out on purpose (not counted in [`Summary::counts`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Drafts (built with `--drafts`).
    pub drafts: usize,
    /// Items whose `publish:` date (or a story's `date:`) is to come (built with `--drafts`).
    pub scheduled: usize,
    /// Items whose `expires:` date has passed.
    pub expired: usize,
}

impl Skipped {
    /// What the model of `site` left out.
    pub(crate) fn of(site: &crate::model::Site) -> Skipped {
        use crate::model::build::{DRAFT, EXPIRED, SCHEDULED};
        Skipped {
            drafts: site.left_out(DRAFT),
            scheduled: site.left_out(SCHEDULED),
            expired: site.left_out(EXPIRED),
        }
    }

    /// `; skipped: 2 drafts, 1 scheduled` (nothing when nothing was skipped).
    fn phrase(&self) -> String {
        let parts: Vec<String> = [
            (self.drafts, "draft", "drafts"),
            (self.scheduled, "scheduled", "scheduled"),
            (self.expired, "expired", "expired"),
        ]
        .into_iter()
        .filter(|(n, ..)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
        if parts.is_empty() {
            return String::new();
        }
        format!("; skipped: {}", parts.join(", "))
    }
}

impl Summary {
    /// The one line a build prints.
    pub fn line(&self, mode: Mode) -> String {
        let kinds: Vec<String> = self
            .counts
            .iter()
            .map(|(k, n)| {
                format!(
                    "{n} {}",
                    if *n == 1 {
                        k.name().to_string()
                    } else {
                        plural(*k)
                    }
                )
            })
            .collect();
        let files = match mode {
            Mode::Check => format!("{} files to copy, nothing written", self.copied),
            Mode::Build | Mode::Serve => format!("{} files copied", self.copied),
        };
        let videos = match self.videos {
            (0, 0) => String::new(),
            (made, cached) => format!(", videos: {made} processed, {cached} from cache"),
        };
        format!(
            "{} {} pages ({}) in {} language{} ({}), {files}, images: {} decoded, {} from cache, share pictures: {} made, {} from cache{videos}, {} ms{}",
            mode.verb(),
            self.pages,
            kinds.join(", "),
            self.languages.len(),
            if self.languages.len() == 1 { "" } else { "s" },
            self.languages.join(", "),
            self.images.decoded,
            self.images.cached,
            self.images.previews_made,
            self.images.previews_cached,
            self.millis,
            self.skipped.phrase()
        )
    }
}

fn plural(k: Kind) -> String {
    match k {
        Kind::Story => "stories".into(),
        Kind::Opportunity => "opportunities".into(),
        k => format!("{}s", k.name()),
    }
}
