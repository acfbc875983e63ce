//! What every content kind shares: reading a file's front matter ([`front`]), problems placed
//! at the line of their field ([`FieldErrors`]), the fields every item has ([`Common`]),
//! taxonomy slugs resolved against the configuration, and files that must sit beside a page.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use jiff::civil::Date;
use serde::de::DeserializeOwned;

use crate::config::Term;
use crate::diag::{Diagnostic, closest};
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
        let mut out = Vec::new();
        for s in slugs {
            match terms.iter().position(|t| &t.slug == s) {
                Some(i) if !out.contains(&i) => out.push(i),
                Some(_) => {}
                None => {
                    let known: Vec<&str> = terms.iter().map(|t| t.slug.as_str()).collect();
                    let help = match closest(s, known.iter().copied()) {
                        Some(c) => format!("did you mean `{c}`? Known: {}", known.join(", ")),
                        None => {
                            format!("use one of: {} (or add it to site.yaml)", known.join(", "))
                        }
                    };
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

/// An absolute http(s) URL with a host name (`https://` alone is not one).
pub(crate) fn is_web_address(url: &str) -> bool {
    crate::util::url::parse(url)
        .is_some_and(|u| u.host.contains('.') || u.host.starts_with("localhost"))
        && !url.contains(char::is_whitespace)
}
