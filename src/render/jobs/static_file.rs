//! The theme's static files: stylesheets minified, everything else copied as it is; each at
//! its own name and at its fingerprinted name (see [`crate::render::assets`]).

use crate::diag::Diagnostic;
use crate::render::assets::{fingerprinted, published_bytes};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, written};

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
        // Copied (a large file of useit's cache is linked, not read); its name is the one the
        // theme's table gave it, made from the same bytes.
        let hashed = theme.assets.get(&name).cloned().unwrap_or_else(|| {
            fingerprinted(&name, &std::fs::read(&src).unwrap_or_default())
        });
        let plain = written(cx.out.copy(&src, &name));
        return if plain.0.is_empty() {
            written(cx.out.copy(&src, &hashed))
        } else {
            plain
        };
    }
    match published_bytes(&name, &src) {
        Ok(css) => {
            let plain = written(cx.out.write(&name, &css));
            if !plain.0.is_empty() {
                return plain;
            }
            written(cx.out.write(&fingerprinted(&name, &css), &css))
        }
        Err(e) => (
            vec![Diagnostic::error(theme.dir.join("static").join(rel), e)],
            None,
        ),
    }
}
