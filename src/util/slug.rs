//! URL slugs: lower-case letters, digits and the marks that belong to them, words joined by
//! hyphens.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Turns a title or tag into a URL slug: `Social enterprise` -> `social-enterprise`.
///
/// The text is lower-cased and put in Unicode normalisation form C first, so the same words
/// typed as precomposed letters (`Café`) or as a letter and a combining accent (`Cafe` and
/// U+0301) give one slug. Letters outside ASCII are kept (they are valid in URLs and needed for
/// non-Latin tags), and so are the combining marks inside a word: Bengali and Devanagari vowel
/// signs and viramas, Arabic harakat, accents NFC cannot join to their letter. The zero-width
/// joiners (U+200C, U+200D) are dropped without breaking the word. Everything else (spaces,
/// punctuation, symbols, emoji) ends the word: words are joined by single hyphens, with none at
/// either end. The slug is empty when the text has no letter or digit at all: callers report
/// that as an error naming the value.
pub fn slugify(s: &str) -> String {
    let lower: String = s.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(s.len());
    // Inside a word: a mark continues it; a separator ends it.
    let mut in_word = false;
    let mut hyphen = false;
    for c in lower.nfc() {
        if c.is_alphanumeric() {
            if hyphen && !out.is_empty() {
                out.push('-');
            }
            hyphen = false;
            in_word = true;
            out.push(c);
        } else if in_word && is_combining_mark(c) {
            out.push(c);
        } else if in_word && matches!(c, '\u{200C}' | '\u{200D}') {
        } else {
            in_word = false;
            hyphen = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs() {
        for (input, want) in [
            ("Social enterprise", "social-enterprise"),
            ("  IELTS -- classes!  ", "ielts-classes"),
            ("start-up support", "start-up-support"),
            ("Café Öz", "café-öz"),
            ("", ""),
            ("🎉", ""),
            ("🎉 party 🎉", "party"),
            ("\u{301}x", "x"),
        ] {
            assert_eq!(slugify(input), want, "{input}");
        }
    }

    #[test]
    fn combining_marks_stay_inside_their_words() {
        // Bengali: vowel signs (U+09BE, U+09BF), the virama (U+09CD).
        assert_eq!(slugify("সামাজিক উদ্যোগ"), "সামাজিক-উদ্যোগ");
        assert_eq!(slugify("স্বাস্থ্য"), "স্বাস্থ্য");
        // Devanagari: vowel signs and the anusvara.
        assert_eq!(slugify("सामाजिक संगठन"), "सामाजिक-संगठन");
        // Arabic with harakat (fatha, shadda, kasra).
        assert_eq!(slugify("مَدْرَسَة عَرَبِيَّة"), "مَدْرَسَة-عَرَبِيَّة");
        // Urdu with a zero-width non-joiner inside a word: one word, joiner dropped.
        assert_eq!(slugify("ای\u{200C}میل"), "ایمیل");
    }

    #[test]
    fn canonically_equal_texts_give_one_slug() {
        assert_eq!(slugify("Cafe\u{301}"), slugify("Café"));
        assert_eq!(slugify("Cafe\u{301}"), "café");
        // Bengali ো written as its two parts (U+09C7 U+09BE) and precomposed (U+09CB).
        assert_eq!(slugify("উদ্যে\u{9be}গ"), slugify("উদ্যোগ"));
        // Upper-case İ lower-cases to i and a combining dot, kept together.
        assert_eq!(slugify("İstanbul"), "i\u{307}stanbul");
    }
}
