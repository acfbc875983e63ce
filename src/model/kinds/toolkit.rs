//! Toolkits (`toolkits/<slug>/toolkit.yaml`): [`ToolkitFm`] and the files it offers, the checks
//! of those files against the toolkit folder, and of its topics and languages against the
//! configuration.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use super::common::{Common, FieldErrors};
use super::dates::{Day, When};
use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::frontmatter::FieldAt;
use crate::util::lang;

/// One file a toolkit offers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolkitFile {
    /// File name inside the toolkit folder.
    pub path: String,
    /// Title.
    pub title: String,
    /// What it is for.
    #[serde(default)]
    pub description: Option<String>,
    /// Language code.
    #[serde(default = "default_lang")]
    pub language: String,
    /// Last update of this file, when it differs from the toolkit's.
    #[serde(default)]
    pub updated: Option<Day>,
}

fn default_lang() -> String {
    "en".into()
}

/// `toolkits/<slug>/toolkit.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolkitFm {
    /// Heading.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Who it is for.
    #[serde(default)]
    pub audience: Vec<String>,
    /// Topic slugs, from `toolkit_topics` in `site.yaml`.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Licence name.
    #[serde(default)]
    pub licence: Option<String>,
    /// Version.
    #[serde(default)]
    pub version: Option<String>,
    /// Last update.
    pub updated: Day,
    /// Files offered.
    #[serde(default)]
    pub files: Vec<ToolkitFile>,
    /// Taxonomies.
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
}

impl ToolkitFm {
    /// Fields every item has: the date is the last update, the tags are the topics.
    pub(crate) fn common(&self) -> Common {
        Common::titled(&self.title, &self.summary)
            .dated(Some(self.updated.0), Some(self.updated.0))
            .terms(&self.topics, &self.neighbourhoods, &self.themes)
            .about(&self.organisations, &self.developments)
    }
}

/// The listed files against the files in the toolkit folder `dir` (`assets`): each listed
/// file inside the folder, once, and existing; every file of the folder listed (a warning).
pub(crate) fn check_files(
    fm: &ToolkitFm,
    dir: &Path,
    errs: &FieldErrors<'_>,
    assets: &HashSet<PathBuf>,
    ds: &mut Diagnostics,
) {
    let mut listed = HashSet::new();
    for f in &fm.files {
        let p = Path::new(&f.path);
        let at = |d: Diagnostic| errs.place(d, FieldAt::new("path").in_entry("path", &f.path));
        let escapes = p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_)));
        if escapes {
            ds.push(at(Diagnostic::error(
                errs.path,
                format!("file `{}` is outside the toolkit folder", f.path),
            )
            .with_help(
                "list files by their name inside the toolkit folder, without `..` or `/`",
            )));
            continue;
        }
        let full = dir.join(p);
        if !listed.insert(full.clone()) {
            ds.push(at(Diagnostic::error(
                errs.path,
                format!("file `{}` is listed twice", f.path),
            )
            .with_help("keep one entry per file")));
        }
        if !assets.contains(&full) {
            ds.push(at(Diagnostic::error(
                errs.path,
                format!("listed file `{}` does not exist", f.path),
            )
            .with_help(format!(
                "add the file at {} or fix `path`",
                full.display()
            ))));
        }
    }
    for a in assets.iter().filter(|a| a.parent() == Some(dir)) {
        if !listed.contains(a) {
            ds.push(
                Diagnostic::warning(
                    a,
                    "this file is in a toolkit folder but not listed in toolkit.yaml",
                )
                .with_help("add it under `files:` in toolkit.yaml, or remove it"),
            );
        }
    }
}

/// Fields checked against the configuration: topics, file languages, reserved names.
pub(crate) fn check(fm: &ToolkitFm, slug: &str, cfg: &Config, errs: &mut FieldErrors<'_>) {
    let known: Vec<&str> = cfg
        .site
        .toolkit_topics
        .iter()
        .map(|t| t.slug.as_str())
        .collect();
    for t in &fm.topics {
        if known.contains(&t.as_str()) {
            continue;
        }
        let help = match (closest(t, known.iter().copied()), known.is_empty()) {
            (_, true) => "declare the topics toolkits may use in site.yaml under `toolkit_topics:` ({slug, name})".to_string(),
            (Some(c), _) => format!("did you mean `{c}`? Known topics: {}", known.join(", ")),
            (None, _) => format!("use one of: {} (or add it to `toolkit_topics` in site.yaml)", known.join(", ")),
        };
        errs.push("topics", format!("unknown topic `{t}`"), help);
    }
    for f in &fm.files {
        let at = |field| FieldAt::new(field).in_entry("path", &f.path);
        if lang::name(&f.language).is_none() {
            let help = match closest(&f.language, lang::codes()) {
                Some(c) => format!("did you mean `{c}`? Use a two-letter language code such as en, ar, so, ur"),
                None => "use a two-letter language code such as en, ar, so, ur (the table is in src/util/lang.rs)".into(),
            };
            let d = Diagnostic::error(
                errs.path,
                format!("file `{}`: unknown language `{}`", f.path, f.language),
            );
            let d = errs.place(d.with_help(help), at("language"));
            errs.list.push(d);
        }
        if f.path == format!("{slug}.zip") {
            let d = Diagnostic::error(
                errs.path,
                format!("file `{}` has the name of the whole-toolkit ZIP", f.path),
            )
            .with_help("rename the file: the build publishes the whole toolkit under this name");
            let d = errs.place(d, at("path"));
            errs.list.push(d);
        }
    }
}
