//! Items that feature people who may not be shown are withheld with them: a story, event or
//! opportunity naming (in `champion:` or `people:`) a champion who is not published is left out
//! of the model in every language, so nothing derived from it reaches any output, unless it
//! says `without_people: reviewed` (someone rewrote it to stand without them).
//!
//! Entry point: [`withhold`], run once the champions' publication is known.

use std::collections::{HashMap, HashSet};

use super::parse::Raw;
use super::paths::link_key;
use super::{Kind, Site};
use crate::diag::{Diagnostic, Diagnostics, Severity, closest};

/// Why an item featuring someone who may not be shown is missing from the site.
pub const WITHHELD: &str = "features a person who is not published";

/// Champion slug to why they are not published (`None`: published).
pub(crate) type Publication = HashMap<String, Option<&'static str>>;

/// Drops every item featuring a champion who is not published (unless reviewed), with a note
/// naming the item, the person's profile and the reason; reports unknown slugs in `people:`.
pub(crate) fn withhold(
    raws: &mut Vec<Raw>,
    site: &mut Site,
    champions: &Publication,
    broken: &HashSet<String>,
    ds: &mut Diagnostics,
) {
    raws.retain(|r| {
        let featured = r.front.featured();
        if r.kind != Kind::Story {
            // A story's `champion:` is checked with the story; `people:` is checked here.
            check_known(r, &featured.slugs, champions, broken, ds);
        } else {
            let people = featured.slugs.iter().skip(usize::from(has_champion(r)));
            check_known(
                r,
                &people.copied().collect::<Vec<_>>(),
                champions,
                broken,
                ds,
            );
        }
        if featured.reviewed {
            return true;
        }
        let hidden = featured
            .slugs
            .iter()
            .find_map(|s| Some((*s, champions.get(*s).copied().flatten()?)));
        let Some((slug, why)) = hidden else {
            return true;
        };
        ds.push(Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(
                &r.source,
                format!(
                    "withheld in every language: this {} features `{slug}`, who {why}",
                    r.kind.name()
                ),
            )
            .with_help(
                "it comes back when their profile is published; to publish it without them, \
                 rewrite it (and its translations) so that it no longer needs or names them and \
                 add `without_people: reviewed`",
            )
        });
        site.unpublished.insert(link_key(&r.source), WITHHELD);
        false
    });
}

fn has_champion(r: &Raw) -> bool {
    matches!(&r.front, super::kinds::Front::Story(f) if f.champion.is_some())
}

/// Slugs in `people:` must be champion folders (profiles with errors are reported already).
fn check_known(
    r: &Raw,
    slugs: &[&str],
    champions: &Publication,
    broken: &HashSet<String>,
    ds: &mut Diagnostics,
) {
    for slug in slugs {
        if champions.contains_key(*slug) || broken.contains(*slug) {
            continue;
        }
        let help = match closest(slug, champions.keys().map(String::as_str)) {
            Some(s) => format!("did you mean `{s}`? Champions are content/champions/NAME/index.md"),
            None => "use the folder name of a profile in content/champions/".into(),
        };
        let errs = r.errors();
        ds.push(
            errs.place(
                Diagnostic::error(&r.source, format!("unknown champion `{slug}` in `people`"))
                    .with_help(help),
                "people",
            ),
        );
    }
}
