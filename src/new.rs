//! `useit new`: writes a new content file with every front-matter field of its kind, each
//! explained in a comment, and refuses to overwrite an existing file.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::model::kinds::common::PLACEHOLDER_BODY;
use crate::util::slug::slugify;

mod translate;
pub use translate::create as translate;
use translate::{site_languages, unknown_language};

/// Kinds `useit new` can create.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    /// A story (news, a champion's story).
    Story,
    /// An event.
    Event,
    /// A champion profile.
    Champion,
    /// A job, course, volunteering role, mentoring, funding or start-up support.
    Opportunity,
    /// A survey invitation.
    Survey,
    /// A standard page (about, contact...).
    Page,
}

/// Creates the file and returns its path (relative to `root` when possible).
pub fn create(
    root: &Path,
    kind: NewKind,
    title: &str,
    lang: Option<&str>,
) -> Result<PathBuf, Diagnostic> {
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(Diagnostic::general(
            crate::diag::Severity::Error,
            "the title gives an empty file name",
        )
        .with_help("use a title with letters or digits"));
    }
    let languages = site_languages(root);
    let translation = match lang {
        Some(l) if !languages.iter().any(|(c, _)| c == l) => {
            return Err(unknown_language(l, &languages));
        }
        Some(l) if l != languages[0].0 => Some(l),
        _ => None,
    };
    let rel = match kind {
        NewKind::Champion => PathBuf::from(format!("content/champions/{slug}/index.md")),
        NewKind::Story => PathBuf::from(format!("content/stories/{slug}.md")),
        NewKind::Event => PathBuf::from(format!("content/events/{slug}.md")),
        NewKind::Opportunity => PathBuf::from(format!("content/opportunities/{slug}.md")),
        NewKind::Survey => PathBuf::from(format!("content/surveys/{slug}.md")),
        NewKind::Page => PathBuf::from(format!("content/pages/{slug}.md")),
    };
    if let Some(code) = translation {
        if !root.join(&rel).exists() {
            return Err(Diagnostic::error(
                &rel,
                "a translation needs its original, which does not exist",
            )
            .with_help(format!(
                "write the original first (useit new {} \"{title}\"), then translate it",
                kind_word(kind)
            )));
        }
        return translate(root, &rel, code);
    }
    let today = jiff::ZonedDateTime::now().date().to_string();
    let text = scaffold(kind, title, &today);
    let full = root.join(&rel);
    if full.exists() {
        return Err(
            Diagnostic::error(&rel, "already exists; nothing was written")
                .with_help("choose another title, or edit the existing file"),
        );
    }
    crate::util::fs::write(&full, text.as_bytes()).map_err(|e| {
        Diagnostic::error(&rel, e.to_string()).with_help("check that the folder is writable")
    })?;
    Ok(rel)
}

fn kind_word(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Story => "story",
        NewKind::Event => "event",
        NewKind::Champion => "champion",
        NewKind::Opportunity => "opportunity",
        NewKind::Survey => "survey",
        NewKind::Page => "page",
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The front matter of a new file of `kind`: a template with `{title}`, `{today}` and
/// `{year}` in it.
fn template(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Story => include_str!("new/story.yaml"),
        NewKind::Event => include_str!("new/event.yaml"),
        NewKind::Champion => include_str!("new/champion.yaml"),
        NewKind::Opportunity => include_str!("new/opportunity.yaml"),
        NewKind::Survey => include_str!("new/survey.yaml"),
        NewKind::Page => include_str!("new/page.yaml"),
    }
}

fn scaffold(kind: NewKind, title: &str, today: &str) -> String {
    let year = today.get(..4).unwrap_or("2026");
    // The title last: it is the only value a person types, and may contain `{today}`.
    let fm = template(kind)
        .replace("{today}", today)
        .replace("{year}", year)
        .replace("{title}", &quote(title));
    format!("---\n{fm}---\n{PLACEHOLDER_BODY}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scaffold_passes_the_field_checks_of_its_kind() {
        let kinds = [
            NewKind::Story,
            NewKind::Event,
            NewKind::Champion,
            NewKind::Opportunity,
            NewKind::Survey,
            NewKind::Page,
        ];
        for kind in kinds {
            let text = scaffold(kind, "A \"quoted\" title", "2026-11-25");
            let rel = match kind {
                NewKind::Champion => "content/champions/a/index.md".to_string(),
                k => format!(
                    "content/{}/a.md",
                    match k {
                        NewKind::Story => "stories",
                        NewKind::Event => "events",
                        NewKind::Opportunity => "opportunities",
                        NewKind::Survey => "surveys",
                        _ => "pages",
                    }
                ),
            };
            let file = crate::load::SourceFile {
                rel: rel.into(),
                text: text.clone(),
            };
            let parsed = crate::model::parse::parse(file);
            assert!(parsed.is_ok(), "{kind:?}: {:?}\n{text}", parsed.err());
        }
    }
}
