//! The weekly digest's text version in each language: `digest/<year>-W<week>/digest.txt`
//! (and `digest/latest/digest.txt`), the same entries as the week's page
//! (the `digest` job kind), for newsletters that take plain text.

use crate::incremental::keys::{Keys, Reads};
use crate::render::context::Versions;
use crate::render::digest::{self, TEXT_TEMPLATE as TEMPLATE, Which};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::JobResult;

/// The text versions: per language, one job per week (argument 1 a number of
/// [`Which::all`]).
pub(super) const KIND: JobKind = JobKind {
    name: "digest text",
    count: Count::File,
    list,
    key: Key::Of(key),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    if !digest::in_theme(p.r.theme) {
        return;
    }
    for lang in p.r.languages() {
        jobs.extend(Which::all(p.r).map(|w| [lang, w, 0, 0]));
    }
}

/// The site path of a job's file.
fn file(p: &Plan<'_>, lang: usize, w: usize) -> String {
    let (_, slug) = Which::of(w).digest(p.r);
    format!("{}{}", digest::path(p.r, lang, &slug), digest::TEXT)
}

fn key(p: &Plan<'_>, [lang, w, ..]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let path = file(p, lang, w);
    let (d, _) = Which::of(w).digest(p.r);
    let key = digest::listed(&d.shown, k, k.page(lang, TEMPLATE, &path));
    (path, key)
}

fn render(p: &Plan<'_>, [lang, w, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let v = r.views(lang, cx.rec);
    let path = file(p, lang, w);
    let (d, slug) = Which::of(w).digest(r);
    let mut ctx = r.context(lang, &path, &Versions::All);
    ctx.insert("digest", &digest::view(&v, r, d, &slug));
    let text = match r.theme.render(TEMPLATE, &ctx, &format!("/{path}")) {
        Ok(t) => t,
        Err(d) => return (d, None),
    };
    let d = cx.out.write(&path, tidy(&text).as_bytes()).err().map(|e| {
        crate::diag::Diagnostic::general(crate::diag::Severity::Error, e.to_string())
    });
    (d.into_iter().collect(), None)
}

/// `text` with runs of blank lines (left by the template's empty sections) cut to one, and
/// one line break at the end.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim().lines() {
        let line = line.trim_end();
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank <= 1 {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn blank_lines_are_cut_to_one() {
        assert_eq!(super::tidy("\na\n\n\n\nb  \n\nc\n\n"), "a\n\nb\n\nc\n");
    }
}
