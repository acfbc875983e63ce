//! One parsed item to a published [`Item`]: its taxonomy slugs resolved against the
//! configuration, its kind's cross-file checks made, and the values derived from its front
//! matter (an event's times, an opportunity's openness) computed.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::kinds::common::FieldErrors;
use super::kinds::{Front, Openness, champion::ChampionFm, story, times, toolkit};
use super::parse::Raw;
use super::paths::item_path;
use super::{Data, Item, Kind, Options};
use crate::diag::Diagnostics;
use crate::load::frontmatter::field_line;

/// The published champions (every champion slug with whether it is published) and the slugs
/// of champions with errors of their own, for the stories that name them.
pub(crate) struct Champions<'a> {
    /// Slug to published.
    pub(crate) published: &'a HashMap<String, bool>,
    /// Slugs of profiles with errors.
    pub(crate) broken: &'a HashSet<String>,
}

/// The item made from `raw`, or `None` with its problems in `ds`.
pub(crate) fn to_item(
    raw: Raw,
    champions: &Champions<'_>,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> Option<Item> {
    let cfg = opts.config;
    let Raw {
        kind,
        source,
        text,
        body_line,
        slug,
        body,
        front,
    } = raw;
    let mut errs = FieldErrors::new(&source, &text);
    let common = front.common();
    let preview = super::publish::preview(&front, opts);
    let neighbourhoods = errs.resolve_terms(
        &common.neighbourhoods,
        &cfg.site.neighbourhoods,
        "neighbourhoods",
    );
    let themes = errs.resolve_terms(&common.themes, &cfg.site.themes, "themes");
    // Most items name no record: the list of known ids is made only for those that do.
    let data_ids = |field: &str, ids: &[String], errs: &mut FieldErrors<'_>| {
        if ids.is_empty() {
            return Vec::new();
        }
        let known = cfg.data.ids(field);
        errs.resolve_ids(ids, &known, field, crate::config::data::file_of(field))
    };
    let organisations = data_ids("organisations", &common.organisations, &mut errs);
    let developments = data_ids("developments", &common.developments, &mut errs);
    super::taxonomy::check_slugs(&common.tags, "tags", &mut errs);
    let data = derive(front, &slug, champions, opts, &mut errs);
    if !errs.list.is_empty() {
        ds.extend(errs.list);
        return None;
    }
    let data = data?;
    let media_line = match kind {
        Kind::Story => field_line(&text, "image"),
        Kind::Champion => field_line(&text, "photo"),
        _ => None,
    };
    Some(Item {
        kind,
        path: item_path(kind, &slug),
        source,
        body_line,
        media_line,
        slug,
        title: common.title,
        summary: common.summary,
        date: common.date,
        updated: common.updated,
        tags: common.tags,
        neighbourhoods,
        themes,
        organisations,
        developments,
        body,
        data,
        lang: 0,
        original: None,
        translations: Vec::new(),
        reviewed: true,
        made_from: None,
        preview,
    })
}

/// The kind's data: its front matter with the values derived from it, after the checks that
/// need other files or the configuration (`None` when a derived value cannot be made).
fn derive(
    front: Front,
    slug: &str,
    champions: &Champions<'_>,
    opts: Options<'_>,
    errs: &mut FieldErrors<'_>,
) -> Option<Data> {
    let cfg = opts.config;
    Some(match front {
        Front::Page(fm) => Data::Page(fm),
        Front::Story(fm) => {
            story::check_champion(&fm, champions.published, champions.broken, errs);
            Data::Story(fm, None)
        }
        Front::Champion(fm) => {
            check_neighbourhood(&fm, opts, errs);
            Data::Champion(fm)
        }
        Front::Event(mut fm) => {
            resolve_venue(&mut fm.venue, "venue", cfg, errs);
            let t = times::times(&fm, cfg, opts.now, errs)?;
            Data::Event(fm, t)
        }
        Front::Opportunity(fm) => {
            let o = Openness::on(fm.closes, opts.now);
            Data::Opportunity(fm, o)
        }
        Front::Survey(mut fm) => {
            for h in &mut fm.help {
                resolve_venue(&mut h.venue, "venue", cfg, errs);
            }
            let o = Openness::on(Some(fm.closes), opts.now);
            Data::Survey(fm, o)
        }
        Front::Toolkit(fm) => {
            toolkit::check(&fm, slug, cfg, errs);
            super::taxonomy::check_slugs(&fm.audience, "audience", errs);
            let dir = errs
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            Data::Toolkit(fm, dir)
        }
    })
}

/// A champion's one neighbourhood must be a configured one.
fn check_neighbourhood(fm: &ChampionFm, opts: Options<'_>, errs: &mut FieldErrors<'_>) {
    let terms = &opts.config.site.neighbourhoods;
    errs.resolve_terms(
        std::slice::from_ref(&fm.neighbourhood),
        terms,
        "neighbourhood",
    );
}

/// A `venue:` written as an id of `data/venues.yaml`, replaced by the venue it names; an
/// unknown id is an error at `field` with the closest id.
fn resolve_venue(
    venue: &mut Option<super::kinds::Venue>,
    field: &str,
    cfg: &crate::config::Config,
    errs: &mut FieldErrors<'_>,
) {
    let Some(id) = venue
        .as_ref()
        .filter(|v| v.is_reference())
        .and_then(|v| v.id.clone())
    else {
        return;
    };
    if crate::util::slug::slugify(&id) != id {
        errs.push(
            field,
            format!("`{field}` is one line of text, not the id of a venue"),
            "write the id of a place in data/venues.yaml (e.g. `summerfield-community-centre`), \
             or the place itself: `venue: {name: Summerfield Community Centre, address: Winson \
             Green Road, postcode: B18 4EJ}` (an address needs its postcode)",
        );
        return;
    }
    match cfg.data.venue(&id) {
        Some(found) => {
            *venue = Some(super::kinds::Venue {
                id: Some(id),
                ..found.clone()
            })
        }
        None => {
            let known = cfg.data.ids("venue");
            let help = crate::diag::suggest(&id, known, "data/venues.yaml");
            errs.push(field, format!("unknown venue `{id}`"), help);
        }
    }
}
