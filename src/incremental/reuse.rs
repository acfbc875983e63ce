//! The reuse decision: an output file is taken from the previous site when its key (see
//! [`super::keys`]) is the same as then and every look-up its render made (see
//! [`super::recorder`]) still gets the same answer; otherwise it is rendered again, with a
//! recorder on, and its record replaces the old one.
//!
//! Entry point: [`keyed`].

use std::sync::atomic::Ordering;

use super::keys::Keys;
use super::memo::PageRecord;
use super::recorder::{Lookups, Recorder, answer_hash, replay_image};
use crate::render::context::Renderer;
use crate::render::output::JobResult;
use crate::write::Output;

/// The result of `render`, which makes the output file `rel` from inputs with key `key`;
/// or, when the previous site has that file from the same key and every look-up its render
/// made gives the same answer now, that file and what its render reported.
pub fn keyed(
    r: &Renderer<'_>,
    rel: &str,
    key: u64,
    keys: &Keys<'_>,
    out: &Output,
    render: impl FnOnce(&Recorder) -> JobResult,
) -> JobResult {
    let inc = keys.inc();
    let old = inc.page(rel);
    if let Some(rec) = &old
        && rec.key == key
        && lookups_hold(r, &rec.lookups, keys.links_changed)
        && out.reuse(rel, key)
    {
        return (rec.diags.clone(), rec.sitemap.clone());
    }
    let recorder = Recorder::on();
    let res = render(&recorder);
    let lookups = recorder.into_lookups();
    if old.is_none_or(|o| o.lookups.images != lookups.images) {
        r.images_changed.store(true, Ordering::Relaxed);
    }
    out.set_key(rel, key);
    inc.set_page(
        rel,
        PageRecord {
            key,
            diags: res.0.clone(),
            sitemap: res.1.clone(),
            lookups,
        },
    );
    res
}

/// Asks the look-ups of an earlier render again: links only when the link table changed,
/// images and shortcodes always (so the image pipeline queues them, as the render did).
fn lookups_hold(r: &Renderer<'_>, l: &Lookups, links_changed: bool) -> bool {
    let images = l.images.iter().fold(true, |ok, (call, answer)| {
        replay_image(r.media, call, *answer) && ok
    });
    let shortcodes = l.shortcodes.iter().fold(true, |ok, (c, answer)| {
        let again = r.shortcode(&c.page, &c.call, c.lang, &Recorder::off());
        answer_hash(&again) == *answer && ok
    });
    images
        && shortcodes
        && (!links_changed
            || l.links.iter().all(|(k, lang, t)| {
                crate::render::body::resolve_link(r.site, r.config, k, *lang) == *t
            }))
}
