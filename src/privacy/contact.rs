//! Personal contact details in champions' sources: phone numbers, e-mail addresses and street
//! addresses (UK-style "12 Some Road" and full postcodes). A champion profile has no field
//! meant for public contact, so any of these is a warning naming the line: such details belong
//! in the programme's consent register, which the profile refers to with `record`.
//!
//! Entry points: [`is_champion_source`], [`scan`].

use std::path::{Component, Path};

use crate::diag::Diagnostic;

/// True for `content/champions/<slug>/index.md`.
pub fn is_champion_source(rel: &Path) -> bool {
    let parts: Vec<Component> = rel.components().collect();
    parts.len() == 4
        && parts[0].as_os_str() == "content"
        && parts[1].as_os_str() == "champions"
        && parts[3].as_os_str() == "index.md"
}

/// One warning per line that holds contact details.
pub fn scan(rel: &Path, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let found: Vec<&str> = [
            (has_email(line), "an e-mail address"),
            (has_phone(line), "a phone number"),
            (has_street_address(line), "a street address"),
            (has_postcode(line), "a postcode"),
        ]
        .into_iter()
        .filter_map(|(hit, what)| hit.then_some(what))
        .collect();
        if !found.is_empty() {
            out.push(
                Diagnostic::warning(
                    rel,
                    format!(
                        "this line of a champion's profile holds {}",
                        found.join(" and ")
                    ),
                )
                .at_line(i + 1)
                .with_help(
                    "remove it: personal details belong in the consent register (see `record`), \
                     not in the repository, which may be public",
                ),
            );
        }
    }
    out
}

fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '"' | '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

fn has_email(line: &str) -> bool {
    words(line).iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some((local, domain)) = w.split_once('@') else {
            return false;
        };
        !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
            && domain.contains('.')
            && !domain.starts_with('.')
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
    })
}

/// UK numbers (`0121 000 0000`, `07700 900123`, `+44 121 000 0000`) and other international
/// ones: 10 to 13 digits, separated by spaces, hyphens, dots or brackets.
fn has_phone(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = (c == '+' || c == '0' || c == '(')
            && (i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '-');
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digits = String::new();
        while j < chars.len() && (chars[j].is_ascii_digit() || " -.()+".contains(chars[j])) {
            if chars[j].is_ascii_digit() {
                digits.push(chars[j]);
            }
            if chars[j] == '+' && j != i {
                break;
            }
            j += 1;
        }
        let uk = digits.starts_with('0') && (10..=11).contains(&digits.len());
        let intl = c == '+' && (10..=13).contains(&digits.len());
        let paren_uk = c == '(' && digits.starts_with('0') && (10..=11).contains(&digits.len());
        if uk || intl || paren_uk {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

const STREET_WORDS: [&str; 22] = [
    "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Close", "Drive", "Way", "Grove",
    "Place", "Crescent", "Terrace", "Gardens", "Court", "Walk", "Row", "Square", "Mews", "Parade",
];

/// A house number followed by one to three capitalised words ending in a street word.
fn has_street_address(line: &str) -> bool {
    let w = words(line);
    for (i, num) in w.iter().enumerate() {
        let digits = num.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let house = !digits.is_empty()
            && digits.len() <= 4
            && digits.chars().all(|c| c.is_ascii_digit())
            && num.len() - digits.len() <= 1;
        if !house {
            continue;
        }
        for (k, name) in w[i + 1..].iter().take(4).enumerate() {
            let name = name.trim_end_matches(['.', ':']);
            if !name.starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            if k > 0 && STREET_WORDS.contains(&name) {
                return true;
            }
        }
    }
    false
}

/// A full UK postcode: outward code (`B18`, `B1`, `SW1A`) then inward code (`7AA`).
fn has_postcode(line: &str) -> bool {
    let w = words(line);
    w.windows(2).any(|p| {
        let out = p[0].trim_start_matches(|c: char| !c.is_alphanumeric());
        let inw = p[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        outward(out) && inward(inw)
    })
}

fn outward(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (1..=2).contains(&letters)
        && (letters + 1..=letters + 2).contains(&b.len())
        && b[letters].is_ascii_digit()
        && b[letters + 1..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

fn inward(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_contact_details() {
        let cases: [(&str, &str); 12] = [
            ("Call her on 0121 496 0000.", "a phone number"),
            ("mobile: 07700 900123", "a phone number"),
            ("or +44 (0)121 496 0000", "a phone number"),
            ("write to amina.y@example.org", "an e-mail address"),
            ("She lives at 12 Winson Green Road", "a street address"),
            ("at 221B Baker Street, London", "a street address"),
            ("postcode B18 7AA", "a postcode"),
            ("in SW1A 1AA", "a postcode"),
            ("consent:\n  given: 2018-02-12", ""),
            ("  record: CR-2018-014", ""),
            ("She joined in 2018 and met 12 People at the Road show", ""),
            ("Summerfield Community Centre, Winson Green Road", ""),
        ];
        for (line, want) in cases {
            let d = scan(Path::new("content/champions/a/index.md"), line);
            if want.is_empty() {
                assert!(d.is_empty(), "{line:?}: {d:?}");
            } else {
                assert!(
                    d.len() == 1 && d[0].message.contains(want),
                    "{line:?}: {d:?}"
                );
            }
        }
    }

    #[test]
    fn names_the_line() {
        let text = "---\nname: A\n---\nPhone her: 0121 496 0000\n";
        let d = scan(Path::new("content/champions/a/index.md"), text);
        assert_eq!(d[0].line, Some(4));
        assert!(d[0].help.as_deref().unwrap().contains("consent register"));
    }

    #[test]
    fn champion_sources_only() {
        assert!(is_champion_source(Path::new(
            "content/champions/a/index.md"
        )));
        assert!(!is_champion_source(Path::new("content/stories/a.md")));
    }
}
