//! The vocabularies of `site.yaml` (neighbourhoods, themes, toolkit topics): slugs only, their
//! names in the language files (`i18n::vocab`); the old `{ slug, name }` form is refused with
//! the line to move the name to.

use serde::Deserialize;

/// A vocabulary entry declared in `site.yaml` (neighbourhoods, themes, toolkit topics): only
/// its slug. Its name in each language is in `locales/<code>.ftl` (`neighbourhood-<slug>`,
/// `theme-<slug>`, `topic-<slug>`; see `i18n::vocab`).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(from = "TermSpec")]
pub struct Term {
    /// URL slug, used in front matter and as the key of its name in the language files.
    pub slug: String,
    /// A `name:` written in the old form (`{ slug: x, name: X }`): refused with the place the
    /// name goes now (see [`term_errors`]).
    pub old_name: Option<String>,
}

impl Term {
    /// An entry with only a slug.
    pub fn new(slug: &str) -> Term {
        Term {
            slug: slug.into(),
            old_name: None,
        }
    }
}

/// What a vocabulary entry may look like in `site.yaml`: `- cape-hill`, or the old
/// `- { slug: cape-hill, name: Cape Hill }`, read only to say where the name goes now.
#[derive(Deserialize)]
#[serde(untagged)]
enum TermSpec {
    Slug(String),
    Old { slug: String, name: Option<String> },
}

impl From<TermSpec> for Term {
    fn from(t: TermSpec) -> Term {
        match t {
            TermSpec::Slug(slug) => Term {
                slug,
                old_name: None,
            },
            TermSpec::Old { slug, name } => Term {
                slug,
                old_name: name,
            },
        }
    }
}

/// Message start of an error about one vocabulary entry (found again by [`term_line`]).
/// A vocabulary of `site.yaml`: (field, key prefix in the language files, entries).
pub type Vocabulary<'a> = (&'static str, &'static str, &'a [Term]);

const TERM_ENTRY: &str = "vocabulary entry `";

/// Duplicate and malformed slugs of the site's vocabularies, and names written in `site.yaml`
/// (they belong in the language files now).
pub(super) fn term_errors(vocabularies: [Vocabulary<'_>; 3]) -> Vec<(String, String)> {
    let mut errs = Vec::new();
    for (name, prefix, terms) in vocabularies {
        let mut seen = std::collections::HashSet::new();
        for t in terms {
            if !seen.insert(&t.slug) {
                errs.push((
                    format!("{TERM_ENTRY}{}` is listed twice in `{name}`", t.slug),
                    "keep one entry per slug".into(),
                ));
            }
            if crate::util::slug::slugify(&t.slug) != t.slug {
                errs.push((
                    format!("{TERM_ENTRY}{}` in `{name}` is not a URL slug", t.slug),
                    format!("use `{}`", crate::util::slug::slugify(&t.slug)),
                ));
            }
            if let Some(old) = &t.old_name {
                errs.push((
                    format!("{TERM_ENTRY}{}` in `{name}` has a `name:`; names are no longer read from site.yaml", t.slug),
                    format!(
                        "write only the slug (`- {}`) and put the name in the language files: `{prefix}-{} = {old}` in locales/en.ftl, and its translation under the same key in each locales/<code>.ftl",
                        t.slug, t.slug
                    ),
                ));
            }
        }
    }
    errs
}

/// The line of `site.yaml` an error about a vocabulary entry is about.
pub(super) fn term_line(text: &str, message: &str) -> Option<usize> {
    let slug = message.strip_prefix(TERM_ENTRY)?.split('`').next()?;
    let field = message.split('`').nth(3)?;
    let start = crate::load::frontmatter::field_line(text, field)?;
    let found = text.lines().enumerate().skip(start).find(|(_, l)| {
        let v = l.trim().trim_start_matches(['-', '{', ' ']);
        let v = v.strip_prefix("slug:").unwrap_or(v);
        let v = v.trim().split([',', '}']).next().unwrap_or("");
        v.trim().trim_matches(['"', '\'']) == slug
    });
    Some(found.map_or(start, |(i, _)| i + 1))
}
