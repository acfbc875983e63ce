//! The people an item features: `champion:` (stories) and `people:` (stories, events,
//! opportunities) name champion profiles by slug. When one of them may not be shown, the item
//! is withheld with them unless it says `without_people: reviewed`.

use serde::Deserialize;

/// The value of `without_people:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WithoutPeople {
    /// Someone rewrote the item so that it stands without the people it features; it is
    /// published when they are not (the name check still makes sure it does not name them).
    Reviewed,
}

/// The champions an item features, and whether it was reviewed to stand without them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Featured<'a> {
    /// Champion slugs, `champion:` first.
    pub slugs: Vec<&'a str>,
    /// `without_people: reviewed`.
    pub reviewed: bool,
}

impl<'a> Featured<'a> {
    /// From a `champion:` field (if the kind has one), `people:` and `without_people:`.
    pub fn new(
        champion: Option<&'a String>,
        people: &'a [String],
        without: Option<WithoutPeople>,
    ) -> Self {
        let mut slugs: Vec<&str> = champion.map(String::as_str).into_iter().collect();
        for p in people {
            if !slugs.contains(&p.as_str()) {
                slugs.push(p);
            }
        }
        Featured {
            slugs,
            reviewed: without == Some(WithoutPeople::Reviewed),
        }
    }
}
