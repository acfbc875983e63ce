//! Printable A5 flyers: one per language version of every survey, and of every event and
//! opportunity that has a short address; each shows the short address in large type (when
//! there is one) and its QR code with the source tag `?src=flyer`, so a host's ordinary logs
//! count what the flyers bring, with no tracker.
//!
//! Entry points: [`flyer_path`], [`flyer_code`], [`write_flyer`]; the jobs are `survey.rs`
//! (surveys, with their other extras) and `flyer.rs` (events and opportunities).

use serde::Serialize;

use super::context::{Renderer, Versions};
use super::short::{redirect_path, short_link_of};
use super::survey::qr_svg;
use crate::diag::Diagnostic;
use crate::incremental::recorder::Recorder;
use crate::model::ItemId;
use crate::write::Output;

/// The source tag a flyer's QR code adds to the address.
pub const FLYER_TAG: &str = "src=flyer";

pub use super::output::flyer_path;

/// What a flyer shows of where to go: the short address to type and the QR code to scan.
#[derive(Debug, Serialize)]
pub struct FlyerCode {
    /// The address to type, without scheme or final `/` (`use-it.example.org/ur/survey`);
    /// `None` when the item has no short address.
    pub address: Option<String>,
    /// The address the QR code holds (with the source tag).
    pub url: String,
    /// The QR code, inline SVG.
    pub qr_svg: Option<String>,
}

/// The flyer code of item `id` in language `lang`: its short address with `?src=flyer`, or
/// else `fallback` (a survey's own address), or else the item's page with the tag.
pub fn flyer_code(
    r: &Renderer<'_>,
    id: ItemId,
    lang: usize,
    fallback: Option<&str>,
    label: &str,
) -> FlyerCode {
    let short = short_link_of(r, id);
    let url = match (short, fallback) {
        (Some(l), _) => tagged(&r.config.permalink(&redirect_path(r, l, lang))),
        (None, Some(f)) => f.to_string(),
        (None, None) => tagged(&r.config.permalink(&r.site.items[id].path)),
    };
    let address = short.map(|l| {
        let full = r.config.permalink(&redirect_path(r, l, lang));
        let bare = full.trim_end_matches('/');
        bare.split_once("://")
            .map_or(bare, |(_, rest)| rest)
            .to_string()
    });
    FlyerCode {
        address,
        qr_svg: qr_svg(&url, label, false),
        url,
    }
}

fn tagged(url: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{FLYER_TAG}")
}

/// Writes the flyer of item `id` (in its own language); `fallback` is the address its QR code
/// holds when the item has no short address (a survey's own address).
pub fn write_flyer(
    r: &Renderer<'_>,
    id: ItemId,
    fallback: Option<&str>,
    out: &Output,
    rec: &Recorder,
) -> Vec<Diagnostic> {
    let it = &r.site.items[id];
    let v = r.views(it.lang, rec);
    let label = v.tr_args("survey-qr-label", &[("title", it.title.clone())]);
    let code = flyer_code(r, id, it.lang, fallback, &label);
    let path = flyer_path(&it.path);
    let mut ctx = r.context(it.lang, &path, &Versions::Items(Vec::new()));
    ctx.insert("page", &v.item(id, None, true));
    ctx.insert("flyer", &code);
    r.write_html(out, &path, "flyer.html", &ctx)
        .err()
        .unwrap_or_default()
}
