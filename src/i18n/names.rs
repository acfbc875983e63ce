//! Names of languages in a given language, from CLDR (ICU4X display names): "Urdu" in English,
//! "اردو" in Urdu, "الأردية" in Arabic. Used for the languages an activity runs in.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::LanguageDisplayNames;
use icu_locale_core::Locale;
use icu_locale_core::subtags::Language;

/// The CLDR name of language `code` in language `display`, if CLDR has one. Answers are kept
/// for the process (a site asks for a handful of pairs; the ICU tables themselves are not
/// shareable between threads, the strings are).
pub fn language_name(display: &str, code: &str) -> Option<String> {
    type Answers = Mutex<HashMap<(String, String), Option<String>>>;
    static ANSWERS: OnceLock<Answers> = OnceLock::new();
    let key = (display.to_string(), code.to_string());
    let answers = ANSWERS.get_or_init(Default::default);
    if let Some(known) = answers.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return known.clone();
    }
    let name = lookup(display, code);
    answers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key, name.clone());
    name
}

fn lookup(display: &str, code: &str) -> Option<String> {
    let lang: Language = code.parse().ok()?;
    let locale: Locale = display.parse().ok()?;
    let names =
        LanguageDisplayNames::try_new(locale.into(), DisplayNamesOptions::default()).ok()?;
    names.of(lang).map(str::to_string)
}

/// The name of `code` in `display`, else in English, else the code itself.
pub fn language_name_or_code(display: &str, code: &str) -> String {
    language_name(display, code)
        .or_else(|| language_name("en", code))
        .unwrap_or_else(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_each_language() {
        assert_eq!(language_name("en", "ur").as_deref(), Some("Urdu"));
        assert_eq!(language_name("en", "so").as_deref(), Some("Somali"));
        assert_eq!(language_name("ur", "en").as_deref(), Some("انگریزی"));
        assert_eq!(language_name("pl", "ar").as_deref(), Some("arabski"));
        assert!(language_name("en", "zz").is_none());
        assert!(language_name("en", "not a code").is_none());
    }
}
