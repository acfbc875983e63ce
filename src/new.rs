//! `useit new`: writes a new content file with every front-matter field of its kind, each
//! explained in a comment, and refuses to overwrite an existing file.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::util::slug::slugify;

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
    let languages: Vec<String> = crate::config::Config::load(root, None)
        .map(|c| c.site.languages.iter().map(|l| l.code.clone()).collect())
        .unwrap_or_else(|_| vec!["en".into()]);
    let translation = match lang {
        Some(l) if !languages.iter().any(|c| c == l) => {
            return Err(Diagnostic::error(
                "site.yaml",
                format!("language `{l}` is not one of the site's languages"),
            )
            .with_help(format!(
                "use one of: {} (or add it to `languages` in site.yaml)",
                languages.join(", ")
            )));
        }
        Some(l) if l != languages[0] => Some(l),
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
    let today = jiff::ZonedDateTime::now().date().to_string();
    let (rel, text) = match translation {
        None => (rel, scaffold(kind, title, &today)),
        Some(code) => {
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
            let t = rel.with_file_name(format!(
                "{}.{code}.md",
                rel.file_stem()
                    .map(|s| s.to_string_lossy())
                    .unwrap_or_default()
            ));
            (t, translation_scaffold(kind, title, &today))
        }
    };
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

/// A translation: only the text fields a translation may set, marked as a draft to review.
fn translation_scaffold(kind: NewKind, title: &str, today: &str) -> String {
    let extra = match kind {
        NewKind::Champion => {
            "quote: \"\"                        # the quote, translated (names are never translated)\n"
        }
        NewKind::Story => "# author: \"\"\n# image_alt: \"\"\n",
        NewKind::Event => "# cost: \"\"\n# accessibility: \"\"\n",
        NewKind::Opportunity => "# eligibility: \"\"\n# area: \"\"\n",
        NewKind::Survey => {
            "# prize_draw: \"\"\n# survey_url: https://   # the survey in this language, if it has its own address\n"
        }
        NewKind::Page => "",
    };
    let head = if kind == NewKind::Champion {
        String::new()
    } else {
        format!("title: {}   # translate\nsummary: \"\"\n", quote(title))
    };
    format!(
        "---\n{head}{extra}reviewed: false                  # true once a fluent speaker has checked it\nupdated: {today}\n---\nTranslate the text here. Dates, places and links come from the original.\n"
    )
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn scaffold(kind: NewKind, title: &str, today: &str) -> String {
    let t = quote(title);
    let fm = match kind {
        NewKind::Story => format!(
            "title: {t}\ndate: {today}                 # publication date, YYYY-MM-DD\n\
             # updated: {today}            # date of the last real change\n\
             summary: \"\"                      # one sentence for listings and feeds (required)\n\
             # author: USE-IT! comms team\n\
             tags: []                         # free words, e.g. [training, jobs]\n\
             neighbourhoods: []               # slugs from site.yaml, e.g. [ladywood]\n\
             themes: []                       # social-enterprise, community-research, skills-matching\n\
             # image: photo.jpg               # a picture in content/stories/\n\
             # image_alt: \"\"                  # required with image: what the picture shows\n\
             # champion: slug                 # folder name of a champion in content/champions/\n\
             draft: true                      # remove when ready to publish\n"
        ),
        NewKind::Event => format!(
            "title: {t}\nsummary: \"\"                      # one sentence (required)\n\
             start: {today} 18:00             # local UK time; a date alone for all-day events\n\
             end: {today} 20:00               # optional; not before start\n\
             all_day: false\n\
             venue:\n  name: \"\"\n  address: \"\"\n  postcode: \"\"\n\
             cost: Free                       # free text; \"Free\" for free events\n\
             # booking:                       # how to book: at least one of url, email, phone\n\
             #   url: https://\n#   email: \n#   phone: \"\"\n\
             category: community-event        # training | network-meeting | awareness-day | community-event\n\
             status: scheduled                # scheduled | cancelled | postponed\n\
             # accessibility: Step-free access; hearing loop.\n\
             neighbourhoods: []\nthemes: []\ntags: []\ndraft: true\n"
        ),
        NewKind::Champion => champion_front(&t),
        NewKind::Opportunity => format!(
            "title: {t}\ndate: {today}                 # date published\n\
             summary: \"\"                      # one sentence (required)\n\
             kind: job                        # job | training | volunteering | mentoring | funding | start-up-support\n\
             provider: \"\"                     # who offers it (required)\n\
             # closes: YYYY-MM-DD             # last day to apply; leave out if open-ended\n\
             # eligibility: \"\"\n# area: Greater Icknield\n\
             how_to_apply:                    # at least one of url, email, phone (replace this one)\n\
             \x20 url: https://use-it.example.org/replace-me\n  # email: \n  # phone: \"\"\n  # text: \"\"\n\
             neighbourhoods: []\nthemes: []\ntags: []\ndraft: true\n"
        ),
        NewKind::Survey => format!(
            "title: {t}\ndate: {today}\nsummary: \"\"                      # one sentence (required)\n\
             survey_url: https://use-it.example.org/replace-me   # where the survey is answered\n\
             closes: {today}                  # last day to answer\n\
             anonymous: true                  # answers are not linked to names\n\
             partial_answers: true            # a partly completed survey still counts\n\
             # prize_draw: \"\"\n\
             help:                            # who can help fill it in\n\
             \x20 - name: \"\"\n    phone: \"\"\n    # email: \n    # venue: \"\"\n    # when: \"\"\n\
             neighbourhoods: []\nthemes: []\ntags: []\ndraft: true\n"
        ),
        NewKind::Page => format!(
            "title: {t}\nsummary: \"\"                      # one sentence (required)\n\
             # updated: {today}\n# menu: 3                        # position in the main navigation\ndraft: true\n"
        ),
    };
    format!("---\n{fm}---\nWrite the text here in Markdown. Start headings at `##`.\n")
}

/// The front matter of a new champion profile: consent is left empty, never assumed.
fn champion_front(t: &str) -> String {
    format!(
        "name: {t}                # public name; for anonymous profiles remove it and use pseudonym\n\
             anonymous: false                 # true: only the pseudonym is shown, never a photo\n\
             # pseudonym: \"\"                  # required when anonymous\n\
             role: community-researcher       # community-researcher | community-partner | social-entrepreneur | mentor | matched-health-professional | volunteer\n\
             neighbourhood: ladywood          # slug from site.yaml\n\
             languages: [English]\n\
             # quote: \"\"\n\
             # photo: photo.jpg               # file beside this index.md\n\
             # photo_alt: \"\"                  # required with photo\n\
             themes: []\n\
             illustrative: false              # true for sample profiles of invented people\n\
             # consent: copy every value from the consent register; until uses, given, recorded_by\n\
             # and record are all filled in, the person is not published (consent is never a default)\n\
             consent:\n\
             \x20 uses: []                       # where they said yes: web | print | social (web: this site)\n\
             \x20 given: ~                       # the date they agreed, YYYY-MM-DD\n\
             \x20 # expires: YYYY-MM-DD           # the date their agreement ends, if it does\n\
             \x20 recorded_by: \"\"                # who took the consent\n\
             \x20 record: \"\"                     # reference in the consent register, CR-YYYY-NNN\ndraft: true\n"
    )
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
