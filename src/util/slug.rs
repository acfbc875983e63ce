//! URL slugs: lower-case ASCII letters, digits and hyphens.

/// Turns a title or tag into a URL slug: `Social enterprise` -> `social-enterprise`.
///
/// Letters outside ASCII are kept (they are valid in URLs and needed for non-Latin tags);
/// everything that is not a letter or digit becomes a single hyphen.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut hyphen = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if hyphen && !out.is_empty() {
                out.push('-');
            }
            hyphen = false;
            out.push(c);
        } else {
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
        ] {
            assert_eq!(slugify(input), want, "{input}");
        }
    }
}
