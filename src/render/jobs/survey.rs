//! Each survey version's extras: its QR code file, its printable flyer and, for the
//! original, the chooser of its language versions (see [`crate::render::survey`]).

use crate::diag::{Diagnostic, Severity};
use crate::model::{Data, Kind};
use crate::render::context::Versions;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan, per_item};
use crate::render::output::{JobResult, nothing};
use crate::render::flyer::write_flyer;
use crate::render::survey::{chooser_path, qr_path, qr_svg};

/// The survey extras: one job per survey version, argument the survey. Counted with the
/// calendars in the report, as they always were.
pub(super) const KIND: JobKind = JobKind {
    name: "survey extras",
    count: Count::Calendar,
    list,
    key: Key::None("always made: a few small files per survey, showing no item text"),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    per_item(p, jobs, |it| it.kind == Kind::Survey);
}

fn render(p: &Plan<'_>, [id, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let it = &r.site.items[id];
    let Data::Survey(fm, _) = &it.data else {
        return nothing();
    };
    let mut diags = Vec::new();
    let v = r.views(it.lang, cx.rec);
    let label = v.tr_args("survey-qr-label", &[("title", it.title.clone())]);
    match qr_svg(&fm.survey_url, &label, true) {
        Some(svg) => {
            if let Err(e) = cx.out.write(&qr_path(&it.path), svg.as_bytes()) {
                diags.push(Diagnostic::general(Severity::Error, e.to_string()));
            }
        }
        None => diags.push(
            Diagnostic::error(
                &it.source,
                format!(
                    "the survey address is too long for a QR code ({} characters)",
                    fm.survey_url.len()
                ),
            )
            .with_help("use a shorter address (a short link) for `survey_url`"),
        ),
    }
    diags.extend(write_flyer(r, id, Some(&fm.survey_url), cx.out, cx.rec));
    if it.lang == 0 {
        let path = chooser_path(&it.path);
        let mut ctx = r.context(0, &path, &Versions::Items(Vec::new()));
        ctx.insert("page", &v.item(id, None, true));
        if let Err(d) = r.write_html(cx.out, &path, "survey-languages.html", &ctx) {
            diags.extend(d);
        }
    }
    (diags, None)
}
