//! Places and ways to get in touch, shared by events, opportunities and surveys: [`Venue`],
//! [`Facility`], [`Contact`].

use serde::Deserialize;

/// Venue of an event.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
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

    /// A plain OpenStreetMap search link for the place (opened by the reader, never embedded).
    pub fn map_url(&self) -> String {
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

    /// Problems of the place as written: an address without its postcode (readers look the
    /// place up by it), reported at `at` (the `venue` field, or one inside a list entry).
    pub(crate) fn check<'f>(
        &self,
        errs: &mut super::common::FieldErrors<'_>,
        at: impl Into<crate::load::frontmatter::FieldAt<'f>>,
    ) {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        if given(&self.address) && !given(&self.postcode) {
            let d = crate::diag::Diagnostic::error(
                errs.path,
                format!("the place `{}` has an address but no postcode", self.name),
            )
            .with_help(
                "add `postcode:` (e.g. `postcode: B18 4EJ`): the page shows it with the map \
                 link, and readers and map searches find the place by it",
            );
            let d = errs.place(d, at);
            errs.list.push(d);
        }
    }
}

/// An access fact or facility of a venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
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

/// Ways to book or apply.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Web address.
    #[serde(default)]
    pub url: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Extra words (how to apply only).
    #[serde(default)]
    pub text: Option<String>,
}

impl Contact {
    /// True when at least one way to get in touch is given.
    pub fn is_reachable(&self) -> bool {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        given(&self.url) || given(&self.email) || given(&self.phone)
    }
}
