//! The review of an anonymous profile: a pseudonym hides a name, but a neighbourhood, a few
//! languages, a profession with its years, children at school and a country of origin can
//! together point to one person. [`review`] lists those details (from the front matter and
//! simple cues in the text) as one warning, until the profile says `identifiers_reviewed:`.

use super::champion::ChampionFm;
use super::common::FieldErrors;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::frontmatter::field_line;

/// Words that name a profession or role.
const PROFESSIONS: &[&str] = &[
    "doctor",
    "nurse",
    "midwife",
    "dentist",
    "pharmacist",
    "surgeon",
    "engineer",
    "teacher",
    "lawyer",
    "judge",
    "accountant",
    "chef",
    "driver",
    "interpreter",
    "translator",
    "journalist",
    "professor",
    "lecturer",
    "architect",
    "pilot",
    "soldier",
    "officer",
    "police",
    "imam",
];
/// Words about family.
const FAMILY: &[&str] = &[
    "children",
    "child",
    "son",
    "sons",
    "daughter",
    "daughters",
    "husband",
    "wife",
    "mother",
    "father",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "family",
    "grandchildren",
    "twins",
];
/// Words about age.
const AGE: &[&str] = &[
    "aged",
    "age",
    "old",
    "teenager",
    "born",
    "retired",
    "pensioner",
];
/// Countries and nationalities often in the programme's stories.
const ORIGINS: &[&str] = &[
    "somalia",
    "somali",
    "syria",
    "syrian",
    "iraq",
    "iraqi",
    "iran",
    "iranian",
    "afghanistan",
    "afghan",
    "eritrea",
    "eritrean",
    "sudan",
    "sudanese",
    "yemen",
    "yemeni",
    "kurdistan",
    "pakistan",
    "pakistani",
    "bangladesh",
    "bangladeshi",
    "india",
    "indian",
    "poland",
    "polish",
    "romania",
    "romanian",
    "ukraine",
    "ukrainian",
    "nigeria",
    "nigerian",
    "ethiopia",
    "libya",
    "jamaica",
    "jamaican",
    "turkey",
    "albania",
    "vietnam",
    "abroad",
    "fled",
    "fleeing",
    "war",
];
/// Words that end the name of an employer or an institution.
const EMPLOYERS: &[&str] = &[
    "trust",
    "nhs",
    "hospital",
    "hospitals",
    "centre",
    "council",
    "ltd",
    "limited",
    "university",
    "college",
    "school",
    "works",
    "clinic",
    "surgery",
    "mosque",
    "church",
    "temple",
    "gurdwara",
];

/// Warns about an anonymous profile whose identifying details have not been reviewed.
pub(crate) fn review(fm: &ChampionFm, errs: &FieldErrors<'_>, body: &str, ds: &mut Diagnostics) {
    if !fm.anonymous || fm.identifiers_reviewed.is_some() {
        return;
    }
    let at = |field: &str| {
        field_line(errs.text, field).map_or(String::new(), |l| format!(" (line {l})"))
    };
    let mut found = vec![
        format!(
            "neighbourhood `{}`{}",
            fm.neighbourhood,
            at("neighbourhood")
        ),
        format!("role {}{}", fm.role.slug(), at("role")),
    ];
    if !fm.languages.is_empty() {
        found.push(format!(
            "languages {}{}",
            fm.languages.join(", "),
            at("languages")
        ));
    }
    if let Some(q) = &fm.quote {
        found.extend(cues(q).map(|c| format!("“{c}”{}", at("quote"))));
    }
    let body_start = errs.text.len() - body.len();
    let first = errs.text[..body_start].lines().count() + 1;
    for (n, line) in body.lines().enumerate() {
        found.extend(cues(line).map(|c| format!("“{c}” (line {})", first + n)));
    }
    ds.push(
        errs.place(
            Diagnostic::warning(
                errs.path,
                format!(
                    "anonymous profile: check that these details do not together identify the \
                     person: {}",
                    found.join(", ")
                ),
            )
            .with_help(
                "read them as a neighbour, a colleague or a relative would: remove or blur what \
                 points to one person (exact years, named employers, family, country), then add \
                 `identifiers_reviewed: YYYY-MM-DD` with the day you checked (check again after \
                 each change)",
            ),
            "anonymous",
        ),
    );
}

/// Details in one line of text that could identify someone: professions, family, age,
/// origin, a number of years, a named employer.
fn cues(line: &str) -> impl Iterator<Item = String> + '_ {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let l = lower.as_str();
        let listed = [PROFESSIONS, FAMILY, AGE, ORIGINS]
            .iter()
            .any(|list| list.contains(&l));
        if listed {
            out.push(w.to_string());
        } else if i > 0
            && (l == "years"
                || l == "year"
                || (EMPLOYERS.contains(&l) && starts_upper(w) && starts_upper(words[i - 1])))
        {
            out.push(format!("{} {w}", words[i - 1]));
        }
    }
    out.dedup();
    out.into_iter()
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_find_professions_years_family_origin_and_employers() {
        let found: Vec<String> =
            cues("A doctor for eleven years, her son at Cape Hill Medical Centre, from Syria.")
                .collect();
        assert_eq!(
            found,
            ["doctor", "eleven years", "son", "Medical Centre", "Syria"]
        );
        assert_eq!(cues("She likes tea.").count(), 0);
    }
}
