//! Licences in plain words: a toolkit's `licence` (an SPDX-style name such as `CC BY-SA 4.0`)
//! as a sentence in the page's language ("Free to use and share, with credit"), with the
//! licence's own page. A licence not in the table is shown as written.

/// The plain-words UI string and the official page of licence `name`, when it is a known one.
pub fn known(name: &str) -> Option<(&'static str, &'static str)> {
    let key: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    Some(match key.as_str() {
        "ccby4.0" => (
            "licence-cc-by",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
        "ccbysa4.0" => (
            "licence-cc-by-sa",
            "https://creativecommons.org/licenses/by-sa/4.0/",
        ),
        "ccbync4.0" => (
            "licence-cc-by-nc",
            "https://creativecommons.org/licenses/by-nc/4.0/",
        ),
        "ccbyncsa4.0" => (
            "licence-cc-by-nc-sa",
            "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        ),
        "ccbynd4.0" => (
            "licence-cc-by-nd",
            "https://creativecommons.org/licenses/by-nd/4.0/",
        ),
        "cc01.0" | "cc0" => (
            "licence-cc0",
            "https://creativecommons.org/publicdomain/zero/1.0/",
        ),
        "ogl" | "ogl3.0" | "oglukv3.0" | "ogluk3.0" => (
            "licence-ogl",
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::known;

    #[test]
    fn common_spellings_are_known_and_others_are_not() {
        assert_eq!(known("CC BY-SA 4.0").map(|k| k.0), Some("licence-cc-by-sa"));
        assert_eq!(known("cc-by-sa-4.0").map(|k| k.0), Some("licence-cc-by-sa"));
        assert_eq!(known("CC BY 4.0").map(|k| k.0), Some("licence-cc-by"));
        assert_eq!(known("CC0-1.0").map(|k| k.0), Some("licence-cc0"));
        assert_eq!(known("OGL-UK-3.0").map(|k| k.0), Some("licence-ogl"));
        assert_eq!(known("All rights reserved"), None);
        // No sentence that would drop a condition: BY-NC-ND is neither BY-ND nor BY-NC.
        assert_eq!(known("CC BY-NC-ND 4.0"), None);
    }
}
