//! What every content kind shares: reading a file's front matter ([`front`]), problems placed
//! at the line of their field ([`FieldErrors`]), the fields every item has ([`Common`]),
//! taxonomy slugs resolved against the configuration, and files that must sit beside a page.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use jiff::civil::{Date, DateTime};
use serde::de::DeserializeOwned;

use super::dates::When;
use crate::config::Term;
use crate::diag::Diagnostic;
use crate::load::SourceFile;
use crate::load::frontmatter::{FieldAt, field_line, parse_yaml, split};

/// A file's front matter deserialized into `T`, its Markdown body and the line the body starts on.
pub(crate) fn front<T: DeserializeOwned>(
    file: &SourceFile,
) -> Result<(T, String, usize), Vec<Diagnostic>> {
    let s = split(&file.text, &file.rel).map_err(|d| vec![*d])?;
    let fm = parse_yaml(s.yaml, &file.rel, s.yaml_offset).map_err(|d| vec![*d])?;
    let body_line = file.text[..file.text.len() - s.body.len()].lines().count() + 1;
    Ok((fm, s.body.to_string(), body_line))
}

/// `d` at `line`, when there is one.
pub(crate) fn with_line(d: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(l) => d.at_line(l),
        None => d,
    }
}

/// Problems found in the fields of one source file, each at the line its field is written on.
pub(crate) struct FieldErrors<'a> {
    /// The source file.
    pub(crate) path: &'a Path,
    /// Its text.
    pub(crate) text: &'a str,
    /// Problems so far.
    pub(crate) list: Vec<Diagnostic>,
}

impl<'a> FieldErrors<'a> {
    /// No problems yet in `path`, whose text is `text`.
    pub(crate) fn new(path: &'a Path, text: &'a str) -> Self {
        FieldErrors {
            path,
            text,
            list: Vec::new(),
        }
    }

    /// `d` placed at the line of `field`.
    pub(crate) fn place<'f>(&self, d: Diagnostic, field: impl Into<FieldAt<'f>>) -> Diagnostic {
        with_line(d, field_line(self.text, field))
    }

    /// An error about `field`, with a suggested fix.
    pub(crate) fn push(
        &mut self,
        field: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let d = Diagnostic::error(self.path, message).with_help(help);
        self.list.push(self.place(d, field));
    }

    /// `value` when nothing was found, else the problems.
    pub(crate) fn result<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(self.list)
        }
    }

    /// Indexes of `slugs` in the configured `terms` (each once), reporting unknown ones at
    /// `field`.
    pub(crate) fn resolve_terms(
        &mut self,
        slugs: &[String],
        terms: &[Term],
        field: &str,
    ) -> Vec<usize> {
        let known: Vec<&str> = terms.iter().map(|t| t.slug.as_str()).collect();
        self.resolve_ids(slugs, &known, field, "site.yaml")
    }

    /// Indexes of `slugs` in `known` (each once), reporting unknown ones at `field` with the
    /// closest known one, or the file to add them to (`add_to`).
    pub(crate) fn resolve_ids(
        &mut self,
        slugs: &[String],
        known: &[&str],
        field: &str,
        add_to: &str,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for s in slugs {
            match known.iter().position(|k| k == s) {
                Some(i) if !out.contains(&i) => out.push(i),
                Some(_) => {}
                None => {
                    let help = crate::diag::suggest(s, known.iter().copied(), add_to);
                    let name = field.trim_end_matches('s');
                    self.push(field, format!("unknown {name} `{s}`"), help);
                }
            }
        }
        out
    }
}

/// The fields every item has, read from its kind's front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Common {
    /// Heading (a champion's shown name).
    pub(crate) title: String,
    /// One sentence.
    pub(crate) summary: String,
    /// Date shown and used for sorting.
    pub(crate) date: Option<Date>,
    /// Last update.
    pub(crate) updated: Option<Date>,
    /// Tag names (a toolkit's topics).
    pub(crate) tags: Vec<String>,
    /// Neighbourhood slugs as written.
    pub(crate) neighbourhoods: Vec<String>,
    /// Theme slugs as written.
    pub(crate) themes: Vec<String>,
    /// Organisation ids as written.
    pub(crate) organisations: Vec<String>,
    /// Development ids as written.
    pub(crate) developments: Vec<String>,
}

impl Common {
    /// A heading and summary with no dates or taxonomy terms.
    pub(crate) fn titled(title: &str, summary: &str) -> Common {
        Common {
            title: title.to_string(),
            summary: summary.to_string(),
            date: None,
            updated: None,
            tags: Vec::new(),
            neighbourhoods: Vec::new(),
            themes: Vec::new(),
            organisations: Vec::new(),
            developments: Vec::new(),
        }
    }

    /// With these dates.
    pub(crate) fn dated(self, date: Option<Date>, updated: Option<Date>) -> Common {
        Common {
            date,
            updated,
            ..self
        }
    }

    /// With these tags, neighbourhood and theme slugs.
    pub(crate) fn terms(
        self,
        tags: &[String],
        neighbourhoods: &[String],
        themes: &[String],
    ) -> Common {
        Common {
            tags: tags.to_vec(),
            neighbourhoods: neighbourhoods.to_vec(),
            themes: themes.to_vec(),
            ..self
        }
    }

    /// With these organisation and development ids.
    pub(crate) fn about(self, organisations: &[String], developments: &[String]) -> Common {
        Common {
            organisations: organisations.to_vec(),
            developments: developments.to_vec(),
            ..self
        }
    }
}

/// A problem with a file that must sit beside its page (a story image, a champion photo),
/// placed at `field`: outside the page's folder, or missing from `assets`.
pub(crate) fn beside_page(
    errs: &FieldErrors<'_>,
    field: &str,
    file: &str,
    assets: &HashSet<PathBuf>,
) -> Option<Diagnostic> {
    let p = Path::new(file);
    let dir = errs.path.parent().unwrap_or(Path::new(""));
    let inside = !p.is_absolute() && p.components().all(|c| matches!(c, Component::Normal(_)));
    let d = if !inside {
        Diagnostic::error(
            errs.path,
            format!("`{field}` `{file}` points outside the page's folder"),
        )
        .with_help(format!(
            "put the file in {} and give its name only",
            dir.display()
        ))
    } else if !assets.contains(&dir.join(p)) {
        Diagnostic::error(errs.path, format!("`{field}` file `{file}` does not exist")).with_help(
            format!("add {} or fix the file name", dir.join(p).display()),
        )
    } else {
        return None;
    };
    Some(errs.place(d, field))
}

pub(crate) use crate::util::url::is_web_address;

/// The body `useit new` writes into a new file: a published body still holding it was never
/// written (see [`required_text`]).
pub(crate) const PLACEHOLDER_BODY: &str =
    "Write the text here in Markdown. Start headings at `##`.";

/// The body `useit new` writes into a new translation.
pub(crate) const PLACEHOLDER_TRANSLATION: &str =
    "Translate the text here. Dates, places and links come from the original.";

/// How the line `useit new --translate` writes above the original's body begins: a published
/// translation still holding it was not finished (see [`required_text`]).
pub(crate) const TRANSLATE_MARKER: &str = "<!-- translate:";

/// When an item is shown: `publish:` and `expires:` as written, and the date of a kind whose
/// `date:` is its publication date (a story), which schedules it when there is no `publish:`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Schedule {
    /// `publish:`.
    pub(crate) publish: Option<When>,
    /// `expires:`.
    pub(crate) expires: Option<When>,
    /// A story's `date:`.
    pub(crate) dated: Option<Date>,
}

/// Where an item stands against the build's "now".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standing {
    /// Shown.
    Live,
    /// Not yet: shown from this date or time on.
    Scheduled(When),
    /// Gone since this date or time.
    Expired(When),
}

/// The moment a front-matter date or time starts (a date alone: its midnight).
fn start(w: When) -> DateTime {
    match w {
        When::Day(d) => d.to_datetime(jiff::civil::Time::midnight()),
        When::At(dt) => dt,
    }
}

impl Schedule {
    /// Where the item stands at `now` (local time in the site's zone).
    pub(crate) fn standing(&self, now: DateTime) -> Standing {
        if let Some(e) = self.expires.filter(|e| start(*e) <= now) {
            return Standing::Expired(e);
        }
        match self.publish.or(self.dated.map(When::Day)) {
            Some(p) if start(p) > now => Standing::Scheduled(p),
            _ => Standing::Live,
        }
    }

    /// `expires` at or before `publish`: an error at the `expires:` line of `errs`' file.
    pub(crate) fn check(&self, errs: &mut FieldErrors<'_>) {
        let (Some(p), Some(e)) = (self.publish, self.expires) else {
            return;
        };
        if start(e) <= start(p) {
            let d = Diagnostic::error(
                errs.path,
                format!(
                    "`expires` ({}) is not after `publish` ({})",
                    show(e),
                    show(p)
                ),
            )
            .with_help(
                "the item would never be shown: set `expires:` to a later date, or remove it",
            );
            errs.list
                .push(with_line(d, top_level_line(errs.text, "expires")));
        }
    }
}

/// A front-matter date or time as written (`2027-03-15`, `2027-03-15 18:00`).
pub(crate) fn show(w: When) -> String {
    match w {
        When::Day(d) => d.to_string(),
        When::At(dt) => dt.strftime("%Y-%m-%d %H:%M").to_string(),
    }
}

/// The line of a top-level `name:` field (not one nested in a block, such as a champion's
/// `consent: expires:`).
pub(crate) fn top_level_line(text: &str, name: &str) -> Option<usize> {
    let key = format!("{name}:");
    text.lines()
        .take_while({
            let mut seen = 0;
            move |l| {
                seen += usize::from(l.trim_end() == "---");
                seen < 2
            }
        })
        .position(|l| l.starts_with(&key))
        .map(|i| i + 1)
}

/// The text a published item needs: a title and a summary that are more than white space,
/// and a body that is not the scaffold's placeholder. `title` and `summary` are `None` for
/// kinds that check them otherwise or do not require them; `body` is the text and its first
/// file line.
pub(crate) fn required_text(
    errs: &mut FieldErrors<'_>,
    title: Option<&str>,
    summary: Option<&str>,
    body: (&str, usize),
) {
    if title.is_some_and(|t| t.trim().is_empty()) {
        errs.push(
            "title",
            "`title` is empty",
            "write the heading readers see after `title:` (or keep `draft: true` until it is ready)",
        );
    }
    if summary.is_some_and(|s| s.trim().is_empty()) {
        errs.push(
            "summary",
            "`summary` is empty",
            "write one sentence for listings, feeds and search results after `summary:` (or keep `draft: true` until it is ready)",
        );
    }
    let (text, first_line) = body;
    let unfinished = [
        (
            PLACEHOLDER_BODY,
            "the body still holds the placeholder text of `useit new`",
            "replace the line with the text of the page (or keep `draft: true` until it is written)",
        ),
        (
            PLACEHOLDER_TRANSLATION,
            "the body still holds the placeholder text of `useit new`",
            "replace the line with the text of the page (or keep `draft: true` until it is written)",
        ),
        (
            TRANSLATE_MARKER,
            "the body still holds the marker line of `useit new --translate`",
            "translate the text below it, then delete the line (or keep `draft: true` until the translation is done)",
        ),
    ];
    for (placeholder, message, help) in unfinished {
        if let Some(at) = text.find(placeholder) {
            let line = first_line + crate::util::lines::line_at(text.as_bytes(), at) - 1;
            let d = Diagnostic::error(errs.path, message)
                .with_help(help)
                .at_line(line);
            errs.list.push(d);
        }
    }
}
