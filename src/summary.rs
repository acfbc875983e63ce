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
        format!(
            "{} {} pages ({}) in {} language{} ({}), {files}, images: {} decoded, {} from cache, {} ms",
            mode.verb(),
            self.pages,
            kinds.join(", "),
            self.languages.len(),
            if self.languages.len() == 1 { "" } else { "s" },
            self.languages.join(", "),
            self.images.decoded,
            self.images.cached,
            self.millis
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
