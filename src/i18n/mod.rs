//! Languages: UI strings (Project Fluent), localised dates, and the translation report.
//!
//! Entry points: [`fluent::Locales::load`] reads `locales/<code>.ftl` for every configured
//! language; [`dates::Dates::new`] builds CLDR date and time formatters (ICU4X) per language;
//! [`names::language_name`] gives CLDR names of languages;
//! [`vocab`] the names of neighbourhoods, themes, topics and audiences per language;
//! [`report::coverage`] and [`report::table`] are `useit i18n`; [`source`] the hash of the
//! original's text a translation records, and `useit i18n --mark-current`.

pub mod dates;
pub mod fluent;
pub mod names;
pub mod report;
pub mod source;
pub mod vocab;
