//! Which parsed items are published: drafts, items scheduled for later or expired, and people
//! without consent for the web are left out (and listed in [`Site::unpublished`]); a published
//! item needs real text (a title, a summary, a body that is not the scaffold's placeholder); of
//! items whose URLs collide only the first is kept.

use std::collections::HashMap;
use std::path::PathBuf;

use super::kinds::common::{FieldErrors, Standing, required_text, show, top_level_line, with_line};
use super::kinds::translation::RawTranslation;
use super::kinds::{Front, champion};
use super::parse::Raw;
use super::paths::{item_path, link_key};
use super::{BROKEN, Kind, Options, Site, taxonomy};
use crate::diag::{Diagnostic, Diagnostics, Severity};

/// Why an unpublished item is left out: a draft.
pub(crate) const DRAFT: &str = "is a draft";
/// Why an unpublished item is left out: its `publish:` date (or a story's `date:`) is to come.
pub(crate) const SCHEDULED: &str = "is scheduled for later";
/// Why an unpublished item is left out: its `expires:` date has passed.
pub(crate) const EXPIRED: &str = "has expired";

/// Drops drafts, items scheduled for later or expired, and people who may not be shown;
/// checks that every published item has real text; returns every champion slug with why it
/// is not published (`None`: published).
pub(crate) fn publish_filter(
    raws: &mut Vec<Raw>,
    site: &mut Site,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> super::people::Publication {
    let today = opts.now.date();
    let mut champions = HashMap::new();
    raws.retain(|r| {
        let mut why = match shown(r, opts, ds) {
            Ok(why) => why,
            Err(list) => {
                ds.extend(list);
                Some(BROKEN)
            }
        };
        if let Front::Champion(f) = &r.front {
            why = champion::publication(f, why, today, &r.errors(), ds);
        }
        // Only what would be published needs its text written (a draft built with `--drafts`
        // is a preview).
        if why.is_none()
            && !r.front.draft()
            && let Err(list) = text(r)
        {
            ds.extend(list);
            why = Some(BROKEN);
        }
        if r.kind == Kind::Champion {
            champions.insert(r.slug.clone(), why);
        }
        if let Some(w) = why {
            site.unpublished.insert(link_key(&r.source), w);
        }
        why.is_none()
    });
    champions
}

/// Why `r` is not shown (`None`: it is), or the problem that keeps it out: `expires` before
/// `publish`.
fn shown(
    r: &Raw,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> Result<Option<&'static str>, Vec<Diagnostic>> {
    let mut errs = r.errors();
    let schedule = r.front.schedule();
    schedule.check(&mut errs);
    let draft = r.front.draft();
    let why = match schedule.standing(opts.now.zoned.datetime()) {
        Standing::Expired(e) => {
            let mut d =
                Diagnostic::warning(&r.source, format!("left out: it expired on {}", show(e)))
                    .with_help("remove the file, or move `expires:` later to show it again");
            d.severity = Severity::Note;
            ds.push(with_line(d, top_level_line(&r.text, "expires")));
            Some(EXPIRED)
        }
        _ if draft && !opts.drafts => Some(DRAFT),
        Standing::Scheduled(_) if !opts.drafts => Some(SCHEDULED),
        _ => None,
    };
    errs.result(why)
}

/// An empty title or summary, or the scaffold's placeholder body, in an item that would be
/// published. A champion's shown name and quote have checks of their own; the home page's
/// summary is optional.
fn text(r: &Raw) -> Result<(), Vec<Diagnostic>> {
    let mut errs = r.errors();
    let c = r.front.common();
    let titled = r.kind != Kind::Champion;
    let summary = (titled && r.kind != Kind::Home).then_some(c.summary.as_str());
    let title = titled.then_some(c.title.as_str());
    required_text(&mut errs, title, summary, (&r.body, r.body_line));
    errs.result(())
}

/// Why the translation `t` is left out: a draft (without `--drafts`), or, when it would be
/// published, an empty title or summary or the placeholder body of `useit new` (reported).
pub(crate) fn translation_left_out(
    t: &RawTranslation,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> Option<&'static str> {
    if t.fm.draft {
        return (!opts.drafts).then_some(DRAFT);
    }
    let mut errs = FieldErrors::new(&t.source, &t.text);
    let (title, summary) = (t.fm.title.as_deref(), t.fm.summary.as_deref());
    required_text(&mut errs, title, summary, (&t.body, t.body_line));
    let broken = !errs.list.is_empty();
    ds.extend(errs.list);
    broken.then_some(BROKEN)
}

/// What an item built only because of `--drafts` says about itself on its page: a draft, or
/// scheduled for later (`None`: published as usual).
pub(crate) fn preview(front: &Front, opts: Options<'_>) -> Option<super::Preview> {
    if front.draft() {
        return Some(super::Preview::Draft);
    }
    match front.schedule().standing(opts.now.zoned.datetime()) {
        Standing::Scheduled(p) => Some(super::Preview::Scheduled(p)),
        _ => None,
    }
}

/// Reports pages whose URLs collide (with each other or with the site's own pages) and keeps
/// only the first of each, so rendering never writes one file twice.
pub(crate) fn check_paths(raws: &mut Vec<Raw>, ds: &mut Diagnostics) {
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    raws.sort_by(|a, b| a.source.cmp(&b.source));
    raws.retain(|r| {
        let path = item_path(r.kind, &r.slug);
        let reserved = (r.kind == Kind::Page
            && (Kind::SECTIONS.iter().any(|k| k.section() == r.slug)
                || taxonomy::SLUGS.contains(&r.slug.as_str())
                || r.slug == "404"))
            || (r.kind == Kind::Toolkit && taxonomy::TOOLKIT_RESERVED.contains(&r.slug.as_str()));
        if reserved {
            ds.push(
                Diagnostic::error(
                    &r.source,
                    format!("the page's URL /{}/ is used by the site itself", r.slug),
                )
                .with_help("rename the file"),
            );
            return false;
        }
        if let Some(other) = seen.get(&path) {
            ds.push(
                Diagnostic::error(
                    &r.source,
                    format!(
                        "duplicate slug: {} is also published at /{path}",
                        other.display()
                    ),
                )
                .with_help("rename one of the two files so their URLs differ"),
            );
            return false;
        }
        seen.insert(path, r.source.clone());
        true
    });
}
