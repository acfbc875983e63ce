//! Turns one source file into a parsed item: where it lives decides its kind, its front matter
//! is deserialized into that kind's struct, and field-level checks that need only the file
//! itself (end after start, a way to book, alt text) are made here.

use std::path::{Component, Path, PathBuf};

use serde::de::DeserializeOwned;

use super::kinds::{
    ChampionFm, EventFm, IndexFm, OpportunityFm, PageFm, StoryFm, SurveyFm, ToolkitFm, When,
};
use super::{Data, Intro, Kind};
use crate::diag::Diagnostic;
use crate::load::SourceFile;
use crate::load::frontmatter::{parse_yaml, split};
use crate::util::slug::slugify;

/// A file after parsing, before cross-file checks.
#[derive(Debug, Clone)]
pub(crate) enum Parsed {
    /// A content item; taxonomy slugs still unresolved.
    Item(Box<Raw>),
    /// A section introduction.
    Intro(Kind, Intro),
    /// The Markdown body of a toolkit (`toolkits/<slug>/index.md`).
    ToolkitBody(String, String),
    /// A translation of another file.
    Translation(Box<RawTranslation>),
}

/// What a translation translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// The home page.
    Home,
    /// A section introduction.
    Intro(Kind),
    /// An item of this kind.
    Item(Kind),
}

/// A translation as written.
#[derive(Debug, Clone)]
pub(crate) struct RawTranslation {
    pub(crate) target: Target,
    /// The original's source path.
    pub(crate) original: PathBuf,
    /// Language code from the file name.
    pub(crate) code: String,
    pub(crate) source: PathBuf,
    pub(crate) body_line: usize,
    pub(crate) body: String,
    pub(crate) fm: super::kinds::TranslationFm,
}

/// `story.ur.md` -> (`story.md`, `ur`).
pub(crate) fn language_suffix(rel: &Path) -> Option<(PathBuf, String)> {
    let name = rel.file_name()?.to_str()?;
    let stem = name.strip_suffix(".md")?;
    let (base, code) = stem.rsplit_once('.')?;
    let is_code = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
    (is_code && !base.is_empty())
        .then(|| (rel.with_file_name(format!("{base}.md")), code.to_string()))
}

/// Text fields a translation of `target` may set (besides title, summary and the body).
fn translatable(target: Target) -> &'static [&'static str] {
    match target {
        Target::Item(Kind::Story) => &["author", "image_alt"],
        Target::Item(Kind::Champion) => &["quote", "photo_alt"],
        Target::Item(Kind::Event) => &["cost", "accessibility"],
        Target::Item(Kind::Opportunity) => &["eligibility", "area"],
        Target::Item(Kind::Survey) => &["prize_draw", "survey_url", "help"],
        _ => &[],
    }
}

fn parse_translation(
    file: SourceFile,
    original: PathBuf,
    code: String,
) -> Result<Parsed, Vec<Diagnostic>> {
    let rel = file.rel.clone();
    let target = match place(&original).map_err(|d| vec![d])? {
        Place::Home => Target::Home,
        Place::Intro(k) => Target::Intro(k),
        Place::Item(k, _) => Target::Item(k),
        Place::ToolkitYaml(_) | Place::ToolkitBody(_) => {
            return Err(vec![Diagnostic::error(&rel, "toolkits cannot be translated yet")
                .with_help("offer the file in another language in toolkit.yaml (`language:` per file) instead")]);
        }
    };
    let allowed = translatable(target);
    let (fm, body, body_line): (super::kinds::TranslationFm, _, _) =
        front(&file).map_err(|ds| {
            ds.into_iter()
                .map(|d| explain_translation_field(d, allowed, &original))
                .collect::<Vec<_>>()
        })?;
    let mut errs = Vec::new();
    for f in fm.set_fields() {
        if !allowed.contains(&f) {
            let d = Diagnostic::error(
                &rel,
                format!("`{f}` cannot be set in a translation of this page"),
            )
            .with_help(translation_help(allowed, &original));
            errs.push(match field_line(&file.text, f) {
                Some(l) => d.at_line(l),
                None => d,
            });
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(Parsed::Translation(Box::new(RawTranslation {
        target,
        original,
        code,
        source: rel,
        body_line,
        body,
        fm,
    })))
}

fn translation_help(allowed: &[&str], original: &Path) -> String {
    let mut fields = vec!["title", "summary"];
    fields.extend_from_slice(allowed);
    format!(
        "a translation may only set {} (and reviewed, updated, draft); everything else comes from {}",
        fields.join(", "),
        original.display()
    )
}

/// An unknown field in a translation is usually a field of the original: say so.
fn explain_translation_field(d: Diagnostic, allowed: &[&str], original: &Path) -> Diagnostic {
    match d
        .message
        .strip_prefix("unknown field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        Some(field) => Diagnostic {
            message: format!(
                "`{field}` cannot be set in a translation: it comes from the original"
            ),
            help: Some(translation_help(allowed, original)),
            ..d
        },
        None => d,
    }
}

/// An item as written.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub(crate) kind: Kind,
    pub(crate) source: PathBuf,
    pub(crate) text: std::sync::Arc<str>,
    pub(crate) body_line: usize,
    pub(crate) slug: String,
    pub(crate) body: std::sync::Arc<str>,
    pub(crate) data: Data,
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

/// Parses one file.
pub(crate) fn parse(file: SourceFile) -> Result<Parsed, Vec<Diagnostic>> {
    let rel = file.rel.clone();
    if rel.starts_with("content")
        && let Some((original, code)) = language_suffix(&rel)
    {
        return parse_translation(file, original, code);
    }
    match place(&rel).map_err(|d| vec![d])? {
        Place::ToolkitBody(slug) => Ok(Parsed::ToolkitBody(slug, file.text)),
        Place::ToolkitYaml(slug) => {
            let fm: ToolkitFm = parse_yaml(&file.text, &rel, 0).map_err(|d| vec![*d])?;
            let dir = rel.parent().map(Path::to_path_buf).unwrap_or_default();
            let data = Data::Toolkit(fm, dir);
            Ok(Parsed::Item(Box::new(Raw {
                kind: Kind::Toolkit,
                source: rel,
                text: file.text.into(),
                body_line: 1,
                slug,
                body: "".into(),
                data,
            })))
        }
        Place::Home => {
            let (fm, body, body_line): (IndexFm, _, _) = front(&file)?;
            Ok(Parsed::Item(Box::new(Raw {
                kind: Kind::Home,
                source: rel,
                body_line,
                slug: String::new(),
                body: body.into(),
                data: Data::Page(PageFm {
                    title: fm.title,
                    summary: fm.summary,
                    updated: None,
                    menu: None,
                    draft: false,
                }),
                text: file.text.into(),
            })))
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
            Ok(Parsed::Intro(kind, intro))
        }
        Place::Item(kind, stem) => {
            let slug = slugify(&stem);
            if slug.is_empty() {
                return Err(vec![
                    Diagnostic::error(&rel, "the file name gives an empty URL slug")
                        .with_help("name the file with letters or digits, e.g. my-story.md"),
                ]);
            }
            let (data, body, body_line) = item_data(kind, &file)?;
            Ok(Parsed::Item(Box::new(Raw {
                kind,
                source: rel,
                text: file.text.into(),
                body_line,
                slug,
                body: body.into(),
                data,
            })))
        }
    }
}

fn front<T: DeserializeOwned>(file: &SourceFile) -> Result<(T, String, usize), Vec<Diagnostic>> {
    let s = split(&file.text, &file.rel).map_err(|d| vec![*d])?;
    let fm = parse_yaml(s.yaml, &file.rel, s.yaml_offset).map_err(|d| vec![*d])?;
    let body_line = file.text[..file.text.len() - s.body.len()].lines().count() + 1;
    Ok((fm, s.body.to_string(), body_line))
}

fn item_data(kind: Kind, file: &SourceFile) -> Result<(Data, String, usize), Vec<Diagnostic>> {
    let rel = &file.rel;
    let at = |field: &str| field_line(&file.text, field);
    let err = |field: &str, msg: String, help: &str| {
        let d = Diagnostic::error(rel, msg).with_help(help);
        match at(field) {
            Some(l) => d.at_line(l),
            None => d,
        }
    };
    let mut errs = Vec::new();
    let (data, body, line) = match kind {
        Kind::Page => {
            let (fm, b, l): (PageFm, _, _) = front(file)?;
            (Data::Page(fm), b, l)
        }
        Kind::Story => {
            let (fm, b, l): (StoryFm, _, _) = front(file)?;
            let no_alt = fm.image_alt.as_deref().is_none_or(|a| a.trim().is_empty());
            if fm.image.is_some() && no_alt && !fm.image_decorative {
                errs.push(err(
                    "image",
                    "`image` has no `image_alt`".into(),
                    "add `image_alt:` describing the picture for people who cannot see it (or `image_decorative: true` and `image_alt: \"\"` if it is only decoration)",
                ));
            }
            if fm.image_decorative && !no_alt {
                errs.push(err(
                    "image_decorative",
                    "`image_decorative: true` but `image_alt` describes the image".into(),
                    "a decorative image has no alt text: set `image_alt: \"\"`, or remove `image_decorative`",
                ));
            }
            (Data::Story(fm, None), b, l)
        }
        Kind::Champion => {
            let (fm, b, l): (ChampionFm, _, _) = front(file)?;
            check_champion(&fm, &err, &mut errs);
            (Data::Champion(fm), b, l)
        }
        Kind::Event => {
            let (fm, b, l): (EventFm, _, _) = front(file)?;
            if let Some(end) = fm.end
                && end < fm.start
                && !(matches!(end, When::Day(_)) && end.date() >= fm.start.date())
            {
                errs.push(err(
                    "end",
                    "the event ends before it starts".into(),
                    "check `start` and `end`: end must be the same as or later than start",
                ));
            }
            if fm.booking.as_ref().is_some_and(|b| !b.is_reachable()) {
                errs.push(err(
                    "booking",
                    "`booking` gives no way to book".into(),
                    "add a `url`, `email` or `phone` under `booking`, or remove `booking`",
                ));
            }
            check_event(&fm, &err, &mut errs);
            let times = super::EventTimes {
                start: jiff::ZonedDateTime::default(),
                end: None,
                past: false,
                rule: None,
                occurrences: Vec::new(),
            };
            (Data::Event(Box::new(fm), times), b, l)
        }
        Kind::Opportunity => {
            let (fm, b, l): (OpportunityFm, _, _) = front(file)?;
            if !fm.how_to_apply.is_reachable() {
                errs.push(err(
                    "how_to_apply",
                    "`how_to_apply` gives no way to apply".into(),
                    "add a `url`, `email` or `phone` under `how_to_apply`",
                ));
            }
            (
                Data::Opportunity(
                    fm,
                    super::Openness {
                        open: true,
                        closing_soon: false,
                    },
                ),
                b,
                l,
            )
        }
        Kind::Survey => {
            let (fm, b, l): (SurveyFm, _, _) = front(file)?;
            if !is_web_address(&fm.survey_url) {
                errs.push(err(
                    "survey_url",
                    format!("`survey_url` `{}` is not a web address", fm.survey_url),
                    "write the full address, starting with https://",
                ));
            }
            (
                Data::Survey(
                    fm,
                    super::Openness {
                        open: true,
                        closing_soon: false,
                    },
                ),
                b,
                l,
            )
        }
        Kind::Home | Kind::Toolkit => unreachable_kind(rel)?,
    };
    if errs.is_empty() {
        Ok((data, body, line))
    } else {
        Err(errs)
    }
}

fn unreachable_kind(rel: &Path) -> Result<(Data, String, usize), Vec<Diagnostic>> {
    Err(vec![Diagnostic::error(
        rel,
        "internal: unexpected content kind for this file",
    )])
}

fn check_event(
    fm: &EventFm,
    err: &dyn Fn(&str, String, &str) -> Diagnostic,
    errs: &mut Vec<Diagnostic>,
) {
    use super::kinds::Attendance;
    let online = matches!(fm.attendance, Attendance::Online | Attendance::Hybrid);
    if online && fm.stream_url.is_none() {
        errs.push(err(
            "attendance",
            "an online or hybrid event needs a `stream_url`".into(),
            "add `stream_url:` with the link people join on, or set `attendance: in-person`",
        ));
    }
    if !online && fm.stream_url.is_some() {
        errs.push(err(
            "stream_url",
            "`stream_url` is given but `attendance` is in-person".into(),
            "set `attendance: hybrid` (or `online`), or remove `stream_url`",
        ));
    }
    if fm.attendance != Attendance::Online && fm.venue.is_none() {
        errs.push(err(
            "title",
            "an in-person or hybrid event needs a `venue`".into(),
            "add `venue:` with `name`, `address` and `postcode`, or set `attendance: online`",
        ));
    }
    for (field, url) in [
        ("stream_url", &fm.stream_url),
        ("recording_url", &fm.recording_url),
    ] {
        if let Some(u) = url
            && !is_web_address(u)
        {
            errs.push(err(
                field,
                format!("`{field}` `{u}` is not a web address"),
                "write the full address, starting with https://",
            ));
        }
    }
    if fm.daily
        && (fm.end.is_none_or(|e| e.date() == fm.start.date()) || matches!(fm.start, When::Day(_)))
    {
        errs.push(err("daily", "`daily` needs an event over several days with start and end times".into(),
            "give `start` on the first day and `end` on the last day, e.g. 2027-01-27 10:00 and 2027-01-28 14:30"));
    }
    if fm.repeat.is_none() && !fm.except.is_empty() {
        errs.push(err(
            "except",
            "`except` without `repeat`".into(),
            "remove `except`, or add a `repeat` rule",
        ));
    }
    if fm.repeat.is_some() && fm.end.is_some_and(|e| e.date() != fm.start.date()) {
        errs.push(err(
            "repeat",
            "a repeating event must start and end on the same day".into(),
            "make `end` the same day as `start`; the rule repeats the whole event",
        ));
    }
}

fn check_champion(
    fm: &ChampionFm,
    err: &dyn Fn(&str, String, &str) -> Diagnostic,
    errs: &mut Vec<Diagnostic>,
) {
    if fm.anonymous {
        if fm.name.is_some() {
            errs.push(err(
                "name",
                "an anonymous champion has a real `name`".into(),
                "remove the real name: the repository may be public; keep only `pseudonym`",
            ));
        }
        if fm.pseudonym.as_deref().is_none_or(|p| p.trim().is_empty()) {
            errs.push(err(
                "anonymous",
                "`anonymous: true` needs a `pseudonym`".into(),
                "add `pseudonym:` with the name to show instead of the person's own",
            ));
        }
    } else if fm.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        errs.push(err(
            "role",
            "required field `name` is missing".into(),
            "add `name:` (or `anonymous: true` and a `pseudonym:`)",
        ));
    }
    if fm.photo.is_some() && fm.photo_alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
        errs.push(err(
            "photo",
            "`photo` has no `photo_alt`".into(),
            "add `photo_alt:` describing the photo for people who cannot see it",
        ));
    }
    match fm.consent.record.as_deref().map(str::trim) {
        None | Some("") => errs.push(err(
            "consent",
            "the consent block has no `record`".into(),
            "add `record: CR-YYYY-NNN`, the reference in the programme's consent register \
             (signatures, dates of birth, addresses and phone numbers stay in the register)",
        )),
        Some(r) if !is_consent_record(r) => errs.push(err(
            "record",
            format!("consent `record` `{r}` is not a consent-register reference"),
            "write it as CR-YYYY-NNN, e.g. CR-2018-014, as in the consent register",
        )),
        _ => {}
    }
    if let Some(exp) = fm.consent.expires
        && exp < fm.consent.given
    {
        errs.push(err(
            "expires",
            "consent `expires` is before it was `given`".into(),
            "check the dates in the consent block against the consent register",
        ));
    }
}

/// An absolute http(s) URL with a host name (`https://` alone is not one).
pub(crate) fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    host.is_some_and(|h| h.contains('.') || h.starts_with("localhost"))
        && !url.contains(char::is_whitespace)
}

/// `CR-YYYY-NNN`: a consent-register reference (three or more digits after the year).
fn is_consent_record(r: &str) -> bool {
    let mut parts = r.split('-');
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    parts.next() == Some("CR")
        && parts.next().is_some_and(|y| digits(y, 4..=4))
        && parts.next().is_some_and(|n| digits(n, 3..=6))
        && parts.next().is_none()
}

/// The 1-based line of the first front-matter line that sets `field:` (top level or nested).
pub(crate) fn field_line(text: &str, field: &str) -> Option<usize> {
    let key = format!("{field}:");
    text.lines()
        .take_while({
            let mut seen = 0;
            move |l| {
                if l.trim_end() == "---" {
                    seen += 1;
                }
                seen < 2
            }
        })
        .position(|l| {
            let t = l.trim_start().trim_start_matches("- ");
            t.starts_with(&key)
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let e = parse(file("content/champions/a/index.md", &c(""))).unwrap_err();
        assert!(
            e[0].message.contains("no `record`") && e[0].line == Some(5),
            "{e:?}"
        );
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
