//! Champion profiles (`content/champions/<slug>/index.md`): [`ChampionFm`] with its role and
//! recorded consent, the checks of a profile, and whether its consent lets it be published.

use std::collections::HashSet;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::Deserialize;

use super::common::{Common, FieldErrors, beside_page, with_line};
use super::dates::{Day, When};
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::load::frontmatter::field_line;

/// What a champion does in the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Trained resident researching local assets.
    CommunityResearcher,
    /// Local organisation working with the programme.
    CommunityPartner,
    /// Runs or starts a social enterprise.
    SocialEntrepreneur,
    /// Mentors others.
    Mentor,
    /// Overseas-qualified health professional matched to work.
    MatchedHealthProfessional,
    /// Volunteer.
    Volunteer,
}

impl Role {
    /// Slug (its display name is the UI string `<prefix>-<slug>` in locales/).
    pub fn slug(self) -> &'static str {
        match self {
            Role::CommunityResearcher => "community-researcher",
            Role::CommunityPartner => "community-partner",
            Role::SocialEntrepreneur => "social-entrepreneur",
            Role::Mentor => "mentor",
            Role::MatchedHealthProfessional => "matched-health-professional",
            Role::Volunteer => "volunteer",
        }
    }
}

/// Where a person agreed their profile may appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Use {
    /// This website.
    Web,
    /// Printed material.
    Print,
    /// Social media.
    Social,
    /// Videos in which they are seen or heard (see [`super::video`]).
    Video,
}

/// A champion's recorded consent. Every part may be left empty (as `useit new champion`
/// writes it), but a person is published only once `uses`, `given`, `recorded_by` and `record`
/// are all filled in: consent is never a default.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Allowed uses; without `web` the person is not published.
    #[serde(default)]
    pub uses: Vec<Use>,
    /// When consent was given.
    #[serde(default)]
    pub given: Option<Day>,
    /// When it ends, if it does.
    #[serde(default)]
    pub expires: Option<Day>,
    /// Who recorded it.
    #[serde(default)]
    pub recorded_by: Option<String>,
    /// Reference in the programme's consent register.
    #[serde(default)]
    pub record: Option<String>,
}

impl Consent {
    /// The parts of the block that are missing or empty, by field name.
    pub fn missing(&self) -> Vec<&'static str> {
        let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
        let mut out = Vec::new();
        if self.uses.is_empty() {
            out.push("uses");
        }
        if self.given.is_none() {
            out.push("given");
        }
        if blank(&self.recorded_by) {
            out.push("recorded_by");
        }
        if blank(&self.record) {
            out.push("record");
        }
        out
    }
}

/// `content/champions/<slug>/index.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChampionFm {
    /// Public display name (absent when anonymous).
    #[serde(default)]
    pub name: Option<String>,
    /// Show only the pseudonym.
    #[serde(default)]
    pub anonymous: bool,
    /// Name shown when anonymous.
    #[serde(default)]
    pub pseudonym: Option<String>,
    /// Other forms of the shown name that items may use (a first name alone, a spelling in
    /// another script): the name check looks for these too.
    #[serde(default)]
    pub also_known_as: Vec<String>,
    /// For an anonymous profile: the day someone checked that its details together do not
    /// identify the person.
    #[serde(default)]
    pub identifiers_reviewed: Option<Day>,
    /// Role in the programme.
    pub role: Role,
    /// Neighbourhood slug.
    pub neighbourhood: String,
    /// Languages spoken.
    #[serde(default)]
    pub languages: Vec<String>,
    /// A short quote.
    #[serde(default)]
    pub quote: Option<String>,
    /// Photo file beside `index.md`.
    #[serde(default)]
    pub photo: Option<String>,
    /// Text alternative of the photo.
    #[serde(default)]
    pub photo_alt: Option<String>,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// A sample profile of an illustrative person.
    #[serde(default)]
    pub illustrative: bool,
    /// Recorded consent.
    pub consent: Consent,
    /// Keep out of the build unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Other addresses that lead here (`/soho`, `/events/old-name/`), each a redirect page.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Published from this date or time on (built before only with `--drafts`).
    #[serde(default)]
    pub publish: Option<When>,
    /// Left out of the build from this date or time on.
    #[serde(default)]
    pub expires: Option<When>,
    /// Videos of the person (see [`super::video`]): each needs `video` in `consent.uses`.
    #[serde(default)]
    pub videos: Vec<super::video::VideoFm>,
    /// The `file:` or `url:` of each video withheld for consent (a `video` shortcode naming one
    /// shows nothing).
    #[serde(skip)]
    pub withheld_videos: Vec<String>,
}

/// A published consent ending within this many days of "now" is a warning.
pub const CONSENT_WARNING_DAYS: i64 = 30;

impl ChampionFm {
    /// Fields every item has: the shown name (the pseudonym when anonymous) and the quote.
    pub(crate) fn common(&self) -> Common {
        let name = if self.anonymous {
            self.pseudonym.clone()
        } else {
            self.name.clone()
        };
        let summary = self.quote.clone().unwrap_or_default();
        Common::titled(&name.unwrap_or_default(), &summary).terms(
            &[],
            std::slice::from_ref(&self.neighbourhood),
            &self.themes,
        )
    }
}

/// Checks made on the file alone: name or pseudonym, photo description, consent record.
pub(crate) fn check(fm: &ChampionFm, errs: &mut FieldErrors<'_>) {
    super::video::check(&fm.videos, errs);
    if fm.anonymous {
        if fm.name.is_some() {
            errs.push(
                "name",
                "an anonymous champion has a real `name`",
                "remove the real name: the repository may be public; keep only `pseudonym`",
            );
        }
        if fm.pseudonym.as_deref().is_none_or(|p| p.trim().is_empty()) {
            errs.push(
                "anonymous",
                "`anonymous: true` needs a `pseudonym`",
                "add `pseudonym:` with the name to show instead of the person's own",
            );
        }
    } else if fm.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        errs.push(
            "role",
            "required field `name` is missing",
            "add `name:` (or `anonymous: true` and a `pseudonym:`)",
        );
    }
    if fm.photo.is_some() && fm.photo_alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
        errs.push(
            "photo",
            "`photo` has no `photo_alt`",
            "add `photo_alt:` describing the photo for people who cannot see it",
        );
    }
    check_consent(&fm.consent, errs);
}

fn check_consent(consent: &Consent, errs: &mut FieldErrors<'_>) {
    match consent.record.as_deref().map(str::trim) {
        None | Some("") => {}
        Some(r) if !is_consent_record(r) => errs.push(
            "record",
            format!("consent `record` `{r}` is not a consent-register reference"),
            "write it as CR-YYYY-NNN, e.g. CR-2018-014, as in the consent register",
        ),
        _ => {}
    }
    if let (Some(exp), Some(given)) = (consent.expires, consent.given)
        && exp < given
    {
        errs.push(
            "expires",
            "consent `expires` is before it was `given`",
            "check the dates in the consent block against the consent register",
        );
    }
}

/// `CR-YYYY-NNN`: a consent-register reference (three or more digits after the year).
pub(crate) fn is_consent_record(r: &str) -> bool {
    let mut parts = r.split('-');
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    parts.next() == Some("CR")
        && parts.next().is_some_and(|y| digits(y, 4..=4))
        && parts.next().is_some_and(|n| digits(n, 3..=6))
        && parts.next().is_none()
}

/// Why the person may not be shown on `today`, given `why`, the reason that applies to any
/// page (a draft). A consent reason is noted in `ds`, each missing part of the consent block is
/// a warning (a note while the profile is a draft), and a published consent that ends soon is
/// a warning at `expires`.
pub(crate) fn publication(
    fm: &ChampionFm,
    mut why: Option<&'static str>,
    today: Date,
    errs: &FieldErrors<'_>,
    ds: &mut Diagnostics,
) -> Option<&'static str> {
    let c = &fm.consent;
    let draft = fm.draft;
    let given = why;
    let missing = c.missing();
    if !missing.is_empty() {
        why = Some("has an incomplete consent block");
        for part in missing {
            ds.push(missing_part(part, draft, errs));
        }
    } else if !c.uses.contains(&Use::Web) {
        why = Some("has no consent for the web");
    } else if c.given.is_some_and(|Day(g)| g > today) {
        why = Some("gave consent that starts later");
    } else if c.expires.is_some_and(|Day(e)| e < today) {
        why = Some("has consent that has expired");
    }
    if why.is_some() && why != given {
        ds.push(Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(
                errs.path,
                format!("not published: this person {}", why.unwrap_or("")),
            )
        });
    }
    if why.is_none()
        && let Some(Day(e)) = c.expires
        && e <= today.saturating_add(jiff::Span::new().days(CONSENT_WARNING_DAYS))
    {
        ds.push(errs.place(
            Diagnostic::warning(
                errs.path,
                format!("consent expires on {e}: after that the profile disappears from the site"),
            )
            .with_help("ask the person to renew their consent and update `expires` (and the consent register), or plan to take the profile down"),
            "expires",
        ));
    }
    why
}

/// A warning (a note for a draft) that `part` of the consent block is missing or empty.
fn missing_part(part: &str, draft: bool, errs: &FieldErrors<'_>) -> Diagnostic {
    let help = match part {
        "uses" => {
            "copy from the consent register where the person said yes: `uses: [web]` (web | print | social | video)"
        }
        "given" => "copy from the consent register the date the person agreed: `given: YYYY-MM-DD`",
        "recorded_by" => "write who took the consent, e.g. `recorded_by: USE-IT! comms team`",
        _ => {
            "copy the reference in the consent register: `record: CR-YYYY-NNN` (signatures, dates of birth, addresses and phone numbers stay in the register)"
        }
    };
    let d = Diagnostic {
        severity: if draft {
            Severity::Note
        } else {
            Severity::Warning
        },
        ..Diagnostic::error(
            errs.path,
            format!(
                "consent `{part}` is missing or empty: this person is not published until the consent block is complete"
            ),
        )
    };
    let line = field_line(errs.text, part).or_else(|| field_line(errs.text, "consent"));
    with_line(d.with_help(help), line)
}

/// The photo: never published for an anonymous person (a warning), and it must be a file
/// beside the profile.
pub(crate) fn check_media(
    fm: &ChampionFm,
    errs: &FieldErrors<'_>,
    assets: &HashSet<PathBuf>,
    ds: &mut Diagnostics,
) {
    let Some(photo) = fm.photo.as_deref() else {
        return;
    };
    if fm.anonymous {
        ds.push(
            errs.place(
                Diagnostic::warning(
                    errs.path,
                    "an anonymous champion's `photo` is never published",
                )
                .with_help(
                    "remove `photo:` and the photo file: the repository itself may be public",
                ),
                "photo",
            ),
        );
    }
    ds.extend(beside_page(errs, "photo", photo, assets));
}
