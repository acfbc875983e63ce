//! Language codes (ISO 639-1, with a few ISO 639-3 codes for languages without one) and their
//! names in English, for saying in words which language a download is in.
//!
//! Entry point: [`name`]. The table covers the languages spoken in Greater Icknield and the
//! main languages of people settling in Birmingham; add a row when a toolkit needs another.

/// `(code, English name)`, sorted by code.
const LANGUAGES: &[(&str, &str)] = &[
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("ckb", "Kurdish (Sorani)"),
    ("cy", "Welsh"),
    ("de", "German"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian (Farsi)"),
    ("fr", "French"),
    ("gu", "Gujarati"),
    ("ha", "Hausa"),
    ("hi", "Hindi"),
    ("ig", "Igbo"),
    ("it", "Italian"),
    ("ku", "Kurdish"),
    ("ln", "Lingala"),
    ("ne", "Nepali"),
    ("pa", "Punjabi"),
    ("pl", "Polish"),
    ("prs", "Dari"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("so", "Somali"),
    ("sq", "Albanian"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("ti", "Tigrinya"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("yo", "Yoruba"),
    ("zh", "Chinese"),
];

/// The English name of a language code (`ar` → `Arabic`); `None` when the code is unknown.
pub fn name(code: &str) -> Option<&'static str> {
    LANGUAGES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| LANGUAGES[i].1)
}

/// Every known code, for suggestions.
pub fn codes() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(c, _)| *c)
}

/// A translation's file name: `story.ur.md` -> (`story.md`, `ur`).
pub(crate) fn language_suffix(rel: &std::path::Path) -> Option<(std::path::PathBuf, String)> {
    let name = rel.file_name()?.to_str()?;
    let stem = name.strip_suffix(".md")?;
    let (base, code) = stem.rsplit_once('.')?;
    let is_code = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
    (is_code && !base.is_empty())
        .then(|| (rel.with_file_name(format!("{base}.md")), code.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_names_codes() {
        assert!(LANGUAGES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(name("en"), Some("English"));
        assert_eq!(name("so"), Some("Somali"));
        assert_eq!(name("xx"), None);
    }
}
