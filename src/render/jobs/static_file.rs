//! The theme's static files: stylesheets minified, everything else copied as it is.

use crate::diag::Diagnostic;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, minify_css, written};

/// The static files: argument the file's index in the theme's list.
pub(super) const KIND: JobKind = JobKind {
    name: "static file",
    count: Count::File,
    list,
    key: Key::None("the output store compares copied files by their bytes"),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    jobs.extend((0..p.r.theme.statics.len()).map(|i| [i, 0, 0, 0]));
}

fn render(p: &Plan<'_>, [i, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let theme = p.r.theme;
    let rel = &theme.statics[i];
    let src = p.r.root.join(&theme.dir).join("static").join(rel);
    let name = rel.to_string_lossy().replace('\\', "/");
    if !name.ends_with(".css") {
        return written(cx.out.copy(&src, &name));
    }
    match std::fs::read_to_string(&src) {
        Ok(css) => written(cx.out.write(&name, &minify_css(&css))),
        Err(e) => (
            vec![Diagnostic::error(
                theme.dir.join("static").join(rel),
                format!("cannot read: {e}"),
            )],
            None,
        ),
    }
}
