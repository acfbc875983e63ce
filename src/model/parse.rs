//! Turns one source file into a parsed item: where it lives decides its kind, and that kind's
//! module reads and checks its front matter ([`super::kinds`]). Checks that need other files
//! or the configuration come later, in [`super::build`].

use std::path::{Component, Path, PathBuf};

use serde::de::DeserializeOwned;

use super::kinds::common::{FieldErrors, front};
use super::kinds::translation::{self, RawTranslation, Target, language_suffix};
use super::kinds::{
    Front, champion, event, opportunity, page::IndexFm, page::PageFm, story, survey,
};
use super::{Intro, Kind};
use crate::diag::Diagnostic;
use crate::load::SourceFile;
use crate::load::frontmatter::parse_yaml;
use crate::util::slug::slugify;

/// A file after parsing, before cross-file checks.
#[derive(Debug, Clone)]
pub(crate) enum Parsed {
    /// A content item; taxonomy slugs still unresolved.
    Item(Box<Raw>),
    /// A section introduction, with its file's text (for the name check).
    Intro(Kind, Intro, std::sync::Arc<str>),
    /// The Markdown body of a toolkit (`toolkits/<slug>/index.md`).
    ToolkitBody(String, String),
    /// A translation of another file.
    Translation(Box<RawTranslation>),
    /// The Markdown transcript of a video (`<name>.transcript.md` under `content/`), which a
    /// page's `videos:` names.
    Transcript(std::sync::Arc<str>),
}

/// How the file name of a video transcript ends.
pub(crate) const TRANSCRIPT: &str = ".transcript.md";

/// An item as written.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub(crate) kind: Kind,
    pub(crate) source: PathBuf,
    pub(crate) text: std::sync::Arc<str>,
    pub(crate) body_line: usize,
    pub(crate) slug: String,
    pub(crate) body: std::sync::Arc<str>,
    pub(crate) front: Front,
}

impl Raw {
    /// A collector of problems placed at the fields of this item's file.
    pub(crate) fn errors(&self) -> FieldErrors<'_> {
        FieldErrors::new(&self.source, &self.text)
    }
}

/// Where a file sits under `content/` or `toolkits/`.
enum Place {
    Home,
    Intro(Kind),
    Item(Kind, String),
    ToolkitYaml(String),
    ToolkitBody(String),
}

fn place(rel: &Path) -> Result<Place, Diagnostic> {
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let section = |s: &str| {
        Kind::SECTIONS
            .into_iter()
            .chain([Kind::Page])
            .find(|k| k.section() == s)
    };
    let stem = |f: &str| f.trim_end_matches(".md").to_string();
    match parts.as_slice() {
        ["content", "_index.md"] => return Ok(Place::Home),
        ["content", sec, "_index.md"] if section(sec).is_some_and(|k| k != Kind::Page) => {
            return Ok(Place::Intro(section(sec).unwrap_or(Kind::Page)));
        }
        ["content", "champions", slug, "index.md"] => {
            return Ok(Place::Item(Kind::Champion, slug.to_string()));
        }
        ["content", "champions", file] => {
            return Err(
                Diagnostic::error(rel, "a champion profile must be in its own folder").with_help(
                    format!("move it to content/champions/{}/index.md", stem(file)),
                ),
            );
        }
        ["content", sec, file] if section(sec).is_some_and(|k| k != Kind::Toolkit) => {
            return Ok(Place::Item(section(sec).unwrap_or(Kind::Page), stem(file)));
        }
        ["toolkits", slug, "toolkit.yaml"] => return Ok(Place::ToolkitYaml(slug.to_string())),
        ["toolkits", slug, "index.md"] => return Ok(Place::ToolkitBody(slug.to_string())),
        _ => {}
    }
    Err(
        Diagnostic::error(rel, "this file is not in a known content folder").with_help(
            "content files go in content/{pages,stories,events,opportunities,surveys}/NAME.md, \
         content/champions/NAME/index.md or toolkits/NAME/toolkit.yaml",
        ),
    )
}

/// A character no web page, feed or calendar may carry (a control character, a noncharacter)
/// written in `file`: an error at its line, since it is invisible in most editors.
fn control_character(file: &SourceFile) -> Option<Diagnostic> {
    let (at, c) = crate::util::escape::first_dropped(&file.text)?;
    let line = crate::util::lines::line_at(file.text.as_bytes(), at);
    Some(
        Diagnostic::error(
            &file.rel,
            format!(
                "this line holds the invisible character U+{:04X}, which web pages, feeds and \
                 calendars cannot carry",
                c as u32
            ),
        )
        .at_line(line)
        .with_help("delete it (it often comes along when text is pasted from another program)"),
    )
}

/// Parses one file.
pub(crate) fn parse(file: SourceFile) -> Result<Parsed, Vec<Diagnostic>> {
    let rel = file.rel.clone();
    if let Some(d) = control_character(&file) {
        return Err(vec![d]);
    }
    if rel.starts_with("content")
        && rel
            .file_name()
            .is_some_and(|n| n.to_string_lossy().ends_with(TRANSCRIPT))
    {
        return Ok(Parsed::Transcript(file.text.into()));
    }
    if (rel.starts_with("content") || rel.starts_with("toolkits"))
        && let Some((mut original, code)) = language_suffix(&rel)
    {
        // A problem with where the original would be is reported on the translation's file.
        let here = |mut d: Diagnostic| {
            d.path = Some(rel.clone());
            vec![d]
        };
        let target = match place(&original).map_err(here)? {
            Place::Home => Target::Home,
            Place::Intro(k) => Target::Intro(k),
            Place::Item(k, _) => Target::Item(k),
            // `index.ur.md` translates the toolkit: its toolkit.yaml's text and index.md.
            Place::ToolkitBody(slug) => {
                original = PathBuf::from(format!("toolkits/{slug}/toolkit.yaml"));
                Target::Item(Kind::Toolkit)
            }
            Place::ToolkitYaml(_) => {
                return Err(vec![Diagnostic::error(&rel, "a toolkit is translated in `index.<lang>.md`")
                    .with_help("write the translated title, summary, file descriptions and text in toolkits/NAME/index.<lang>.md (useit new --translate toolkits/NAME/index.md --lang CODE)")]);
            }
        };
        let t = translation::read(file, target, original, code)?;
        return Ok(Parsed::Translation(Box::new(t)));
    }
    let (kind, slug, front, body, body_line) = match place(&rel).map_err(|d| vec![d])? {
        Place::ToolkitBody(slug) => return Ok(Parsed::ToolkitBody(slug, file.text)),
        Place::ToolkitYaml(slug) => {
            let fm = parse_yaml(&file.text, &rel, 0).map_err(|d| vec![*d])?;
            (Kind::Toolkit, slug, Front::Toolkit(fm), String::new(), 1)
        }
        Place::Home => {
            let (fm, body, body_line): (IndexFm, _, _) = front(&file)?;
            let fm = Front::Page(PageFm::home(fm));
            (Kind::Home, String::new(), fm, body, body_line)
        }
        Place::Intro(kind) => {
            let (fm, body, body_line): (IndexFm, _, _) = front(&file)?;
            let intro = Intro {
                title: fm.title,
                summary: fm.summary,
                body,
                source: Some(rel),
                body_line,
            };
            return Ok(Parsed::Intro(kind, intro, file.text.into()));
        }
        Place::Item(kind, stem) => {
            let slug = slugify(&stem);
            if slug.is_empty() {
                return Err(vec![
                    Diagnostic::error(&rel, "the file name gives an empty URL slug")
                        .with_help("name the file with letters or digits, e.g. my-story.md"),
                ]);
            }
            let (fm, body, body_line) = read_item(kind, &file)?;
            (kind, slug, fm, body, body_line)
        }
    };
    Ok(Parsed::Item(Box::new(Raw {
        kind,
        source: rel,
        text: file.text.into(),
        body_line,
        slug,
        body: body.into(),
        front,
    })))
}

/// The front matter of an item of `kind`, checked by its kind's module.
fn read_item(kind: Kind, file: &SourceFile) -> Result<(Front, String, usize), Vec<Diagnostic>> {
    match kind {
        Kind::Page => checked(file, |_: &PageFm, _| {}, Front::Page),
        Kind::Story => checked(file, story::check, Front::Story),
        Kind::Champion => checked(file, champion::check, Front::Champion),
        Kind::Event => checked(file, event::check, |fm| Front::Event(Box::new(fm))),
        Kind::Opportunity => checked(file, opportunity::check, |fm| {
            Front::Opportunity(Box::new(fm))
        }),
        Kind::Survey => checked(file, survey::check, Front::Survey),
        Kind::Home | Kind::Toolkit => Err(vec![Diagnostic::error(
            &file.rel,
            "internal: unexpected content kind for this file",
        )]),
    }
}

/// The file's front matter as a `T`, checked by `check`, wrapped by `wrap`.
fn checked<T: DeserializeOwned>(
    file: &SourceFile,
    check: impl Fn(&T, &mut FieldErrors<'_>),
    wrap: impl Fn(T) -> Front,
) -> Result<(Front, String, usize), Vec<Diagnostic>> {
    let (fm, body, line) = front::<T>(file)?;
    let mut errs = FieldErrors::new(&file.rel, &file.text);
    check(&fm, &mut errs);
    errs.result((wrap(fm), body, line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kinds::champion::is_consent_record;

    fn file(rel: &str, text: &str) -> SourceFile {
        SourceFile {
            rel: rel.into(),
            text: text.into(),
        }
    }

    #[test]
    fn kind_comes_from_the_folder() {
        let story = "---\ntitle: T\ndate: 2018-03-01\nsummary: S\n---\nBody";
        match parse(file("content/stories/My Story.md", story)).unwrap() {
            Parsed::Item(r) => {
                assert_eq!(
                    (r.kind, r.slug.as_str(), &*r.body, r.body_line),
                    (Kind::Story, "my-story", "Body", 6)
                );
            }
            other => panic!("{other:?}"),
        }
        let e = parse(file("content/champions/amina.md", story)).unwrap_err();
        assert!(
            e[0].help
                .as_deref()
                .unwrap()
                .contains("champions/amina/index.md")
        );
        let e = parse(file("content/blog/x.md", story)).unwrap_err();
        assert!(e[0].message.contains("not in a known content folder"));
    }

    #[test]
    fn event_checks() {
        let ev = "---\ntitle: T\nsummary: S\nstart: 2027-01-02 18:00\nend: 2027-01-02 17:00\ncost: Free\ncategory: training\nbooking: {}\nvenue: {name: Hall}\n---\n";
        let e = parse(file("content/events/e.md", ev)).unwrap_err();
        assert_eq!(e.len(), 2);
        assert!(
            e.iter()
                .any(|d| d.message.contains("ends before") && d.line == Some(5))
        );
        assert!(
            e.iter()
                .any(|d| d.message.contains("no way to book") && d.line == Some(8))
        );
    }

    #[test]
    fn anonymous_with_real_name_is_refused() {
        let c = "---\nname: Real Person\nanonymous: true\npseudonym: R\nrole: mentor\nneighbourhood: soho\nconsent: {uses: [web], given: 2018-01-01, recorded_by: x, record: CR-2018-001}\n---\n";
        let e = parse(file("content/champions/r/index.md", c)).unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].message.contains("real `name`"));
        assert!(
            e[0].help
                .as_deref()
                .unwrap()
                .contains("the repository may be public")
        );
        assert_eq!(e[0].line, Some(2));
    }

    #[test]
    fn consent_record_is_required_and_validated() {
        let c = |record: &str| {
            format!(
                "---\nname: A\nrole: mentor\nneighbourhood: soho\nconsent:\n  uses: [web]\n  given: 2018-01-01\n  recorded_by: x\n{record}---\n"
            )
        };
        assert!(
            parse(file(
                "content/champions/a/index.md",
                &c("  record: CR-2018-014\n")
            ))
            .is_ok()
        );
        // Missing, the record is no error: the profile is not published (see model::build).
        assert!(parse(file("content/champions/a/index.md", &c(""))).is_ok());
        let e = parse(file(
            "content/champions/a/index.md",
            &c("  record: signed 12/02/2018\n"),
        ))
        .unwrap_err();
        assert!(
            e[0].message.contains("not a consent-register reference") && e[0].line == Some(9),
            "{e:?}"
        );
        for bad in [
            "CR-18-014",
            "CR-2018-01",
            "cr-2018-014",
            "CR-2018-014-x",
            "CR-TEST-001",
        ] {
            assert!(!is_consent_record(bad), "{bad}");
        }
    }
}
