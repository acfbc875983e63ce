//! Places and ways to get in touch, shared by events, opportunities and surveys: [`Venue`]
//! and [`Facility`] (defined with the site's data, `data/venues.yaml`), the check of a place
//! as written ([`check_venue`]), [`Contact`].

use serde::Deserialize;

pub use crate::config::venue::{Facility, Venue};

/// Problems of a place as written: an address without its postcode (readers look the
/// place up by it), reported at `at` (the `venue` field, or one inside a list entry).
pub(crate) fn check_venue<'f>(
    venue: &Venue,
    errs: &mut super::common::FieldErrors<'_>,
    at: impl Into<crate::load::frontmatter::FieldAt<'f>>,
) {
    let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    if given(&venue.address) && !given(&venue.postcode) {
        let d = crate::diag::Diagnostic::error(
            errs.path,
            format!("the place `{}` has an address but no postcode", venue.name),
        )
        .with_help(
            "add `postcode:` (e.g. `postcode: B18 4EJ`): the page shows it with the map \
             link, and readers and map searches find the place by it",
        );
        let d = errs.place(d, at);
        errs.list.push(d);
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
