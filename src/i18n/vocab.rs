//! Translated vocabularies: the names of the site's neighbourhoods, themes and toolkit topics
//! (declared by slug in `site.yaml`) and of toolkit audiences (free words in `toolkit.yaml`),
//! one message per name in each `locales/<code>.ftl`: `neighbourhood-cape-hill = Cape Hill`.
//!
//! Entry points: [`Vocab`] (which vocabulary, its key prefix), [`check`] (run by the pipeline
//! beside [`super::fluent::Locales::load`]): a name missing in English is an error naming the slug and
//! the file; a name missing in another language falls back to English and is a note (an error
//! with `--strict-i18n`), like a missing UI string. [`missing`] counts them for `useit i18n`.

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Severity};

pub use super::fluent::is_name_key;
use super::fluent::{Locales, NAME_PREFIXES, ftl_path};

/// A vocabulary whose names come from the language files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocab {
    /// `neighbourhoods:` of `site.yaml`.
    Neighbourhood,
    /// `themes:` of `site.yaml`.
    Theme,
    /// `toolkit_topics:` of `site.yaml`.
    Topic,
    /// `audience:` of a toolkit (free words; a name in the language files is optional, the
    /// words as written are the fallback).
    Audience,
}

impl Vocab {
    /// The prefix of its keys: `neighbourhood` in `neighbourhood-cape-hill`.
    pub fn prefix(self) -> &'static str {
        NAME_PREFIXES[self as usize]
    }

    /// The key of the name of `slug`.
    pub fn key(self, slug: &str) -> String {
        format!("{}-{slug}", self.prefix())
    }

    /// The vocabulary of a taxonomy's URL segment (`neighbourhoods`, `themes`); `None` for
    /// tags, whose names are the words as written.
    pub fn of_taxonomy(slug: &str) -> Option<Vocab> {
        match slug {
            "neighbourhoods" => Some(Vocab::Neighbourhood),
            "themes" => Some(Vocab::Theme),
            _ => None,
        }
    }
}

/// `(site.yaml field, vocabulary, slug)` of every entry `site.yaml` declares.
fn declared(config: &Config) -> Vec<(&'static str, Vocab, &str)> {
    let vocab = [Vocab::Neighbourhood, Vocab::Theme, Vocab::Topic];
    crate::config::vocabularies(&config.site)
        .into_iter()
        .zip(vocab)
        .flat_map(|((field, _, terms), v)| terms.iter().map(move |t| (field, v, t.slug.as_str())))
        .collect()
}

/// Names (keys) the default language has and language `lang` lacks.
pub fn missing(locales: &Locales, lang: usize) -> Vec<String> {
    locales
        .missing(lang)
        .into_iter()
        .filter(|k| is_name_key(k))
        .collect()
}

/// Number of names the default language defines.
pub fn total(locales: &Locales) -> usize {
    locales.default_keys().filter(|k| is_name_key(k)).count()
}

/// Names declared in `site.yaml` without an English message (errors), and names not yet
/// translated per language (notes, errors when `strict`).
pub fn check(config: &Config, locales: &Locales, strict: bool) -> Diagnostics {
    let mut ds = Diagnostics::default();
    let default = &config.site.languages[0].code;
    let en = ftl_path(default);
    for (field, v, slug) in declared(config) {
        let key = v.key(slug);
        if !locales.defines(0, &key) {
            ds.push(
                Diagnostic::error(
                    &en,
                    format!(
                        "{} `{slug}` (site.yaml `{field}`) has no name: {} has no message `{key}`",
                        v.prefix(),
                        en.display()
                    ),
                )
                .with_help(format!(
                    "add a line `{key} = Its name` to {} (names are no longer written in site.yaml)",
                    en.display()
                )),
            );
        }
    }
    for (lang, l) in config.site.languages.iter().enumerate().skip(1) {
        let list = missing(locales, lang);
        if list.is_empty() || !locales.has_any(lang) {
            continue;
        }
        let severity = if strict {
            Severity::Error
        } else {
            Severity::Note
        };
        let shown: Vec<&str> = list.iter().take(8).map(String::as_str).collect();
        ds.push(Diagnostic {
            severity,
            ..Diagnostic::error(
                ftl_path(&l.code),
                format!(
                    "{} name(s) not translated yet, shown in {}: {}{}",
                    list.len(),
                    config.site.languages[0].name,
                    shown.join(", "),
                    if list.len() > 8 { ", ..." } else { "" }
                ),
            )
            .with_help(format!(
                "add each under the same key as in {}, e.g. `{} = ...`",
                en.display(),
                list[0]
            ))
        });
    }
    ds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_are_the_vocabularies_only() {
        assert!(is_name_key("neighbourhood-cape-hill"));
        assert!(is_name_key("topic-finance"));
        assert!(is_name_key("audience-community-groups"));
        assert!(!is_name_key("label-neighbourhood"));
        assert!(!is_name_key("taxonomy-themes"));
        assert!(!is_name_key("theme-"));
        assert!(!is_name_key("themes-x"));
        assert_eq!(Vocab::of_taxonomy("tags"), None);
        assert_eq!(Vocab::Theme.key("skills-matching"), "theme-skills-matching");
        assert_eq!(Vocab::Audience.prefix(), "audience");
    }
}
