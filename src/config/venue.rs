//! A place: [`Venue`] with its [`Facility`] list, written in `data/venues.yaml` under an id or
//! in an event's or survey's front matter. In front matter `venue:` is either that id
//! (`venue: summerfield-community-centre`, resolved by the model) or the place itself
//! (`venue: {name: ..., address: ..., postcode: ...}`); see [`id_or_place`].

use serde::{Deserialize, Serialize};

/// A place where something happens.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    /// Name of the place.
    pub name: String,
    /// Street address.
    #[serde(default)]
    pub address: Option<String>,
    /// Postcode.
    #[serde(default)]
    pub postcode: Option<String>,
    /// Access and facilities at the venue.
    #[serde(default)]
    pub facilities: Vec<Facility>,
    /// Phone number of the place (for access questions, directions).
    #[serde(default)]
    pub phone: Option<String>,
    /// A map page of the place, instead of the OpenStreetMap search [`Venue::map_url`] makes.
    #[serde(default)]
    pub map: Option<String>,
    /// The id of `data/venues.yaml` it was written as, when it was (a reference not yet
    /// resolved has only this).
    #[serde(skip_deserializing)]
    pub id: Option<String>,
}

impl Venue {
    /// Name, address and postcode on one line, e.g. for calendars and map searches.
    pub fn one_line(&self) -> String {
        [
            Some(self.name.as_str()),
            self.address.as_deref(),
            self.postcode.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// The place's `map` link, or a plain OpenStreetMap search for it (opened by the reader,
    /// never embedded).
    pub fn map_url(&self) -> String {
        if let Some(m) = &self.map {
            return m.clone();
        }
        let mut enc = String::new();
        for b in self.one_line().bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    enc.push(b as char)
                }
                b' ' => enc.push('+'),
                _ => enc.push_str(&format!("%{b:02X}")),
            }
        }
        format!("https://www.openstreetmap.org/search?query={enc}")
    }

    /// A reference to the venue `id` of `data/venues.yaml`, not yet resolved.
    pub fn reference(id: &str) -> Venue {
        Venue {
            id: Some(id.to_string()),
            ..Venue::default()
        }
    }

    /// True for a reference not yet resolved (an id and nothing else).
    pub fn is_reference(&self) -> bool {
        self.id.is_some() && self.name.is_empty()
    }
}

/// Reads `venue:` as an id of `data/venues.yaml` or as the place itself.
pub fn id_or_place<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Venue>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Option<Venue>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("the id of a venue in data/venues.yaml, or `{name, address, postcode}`")
        }
        fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Self::Value, E> {
            Ok(Some(Venue::reference(id)))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            Venue::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Some)
        }
    }
    d.deserialize_any(V)
}

/// An access fact or facility of a venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Facility {
    /// Step-free access.
    StepFree,
    /// Hearing loop.
    HearingLoop,
    /// Lunch included.
    Lunch,
    /// Childcare or a crèche.
    Childcare,
    /// Prayer space.
    PrayerSpace,
    /// Accessible toilet.
    AccessibleToilet,
}

impl Facility {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Facility::StepFree => "step-free",
            Facility::HearingLoop => "hearing-loop",
            Facility::Lunch => "lunch",
            Facility::Childcare => "childcare",
            Facility::PrayerSpace => "prayer-space",
            Facility::AccessibleToilet => "accessible-toilet",
        }
    }
}
