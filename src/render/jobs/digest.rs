//! The weekly digest's pages in each language: one e-mail-safe page a week at
//! `digest/<year>-W<week>/` (and the newest week's copy at `digest/latest/`), and the archive
//! page at `digest/` that lists them. What a week lists is [`crate::render::digest::shown`].
//!
//! A theme without the digest templates has no digest.

use crate::incremental::keys::{Keys, Reads};
use crate::render::context::Versions;
use crate::incremental::mix::Mix;
use crate::render::digest::{self, DIR, EMAIL, INDEX, Which};
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, file_of};

/// The digest pages: per language, one job per week (argument 1 a number of
/// [`Which::all`]), and the archive page (argument 1 [`ARCHIVE`]).
pub(super) const KIND: JobKind = JobKind {
    name: "digest",
    count: Count::Page,
    list,
    key: Key::Of(key),
    render,
};

/// Argument 1 of the archive page's job.
const ARCHIVE: usize = usize::MAX;

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    if !digest::in_theme(p.r.theme) {
        return;
    }
    for lang in p.r.languages() {
        let weeks = Which::all(p.r).chain([ARCHIVE]);
        jobs.extend(weeks.map(|w| [lang, w, 0, 0]));
    }
}

/// The site path of a job's page and its template.
fn page(p: &Plan<'_>, lang: usize, w: usize) -> (String, &'static str) {
    if w == ARCHIVE {
        return (p.r.in_lang(lang, DIR), INDEX);
    }
    let (_, slug) = Which::of(w).digest(p.r);
    (digest::path(p.r, lang, &slug), EMAIL)
}

fn key(p: &Plan<'_>, [lang, w, ..]: Args, k: &Keys<'_>, _: &mut Reads) -> (String, u64) {
    let (path, template) = page(p, lang, w);
    let m = k.page(lang, template, &path);
    let key = if w == ARCHIVE {
        digest::of_build(p.r)
            .iter()
            .fold(m, |m, d| m.mix(&digest::listed(&d.shown, k, Mix::new())))
            .finish()
    } else {
        digest::listed(&Which::of(w).digest(p.r).0.shown, k, m)
    };
    (file_of(&path), key)
}

/// One week of the archive page.
#[derive(serde::Serialize)]
struct ArchiveWeek {
    slug: String,
    number: i8,
    from: crate::render::views::DateView,
    to: crate::render::views::DateView,
    url: String,
    text_url: String,
    /// How many entries it lists.
    count: usize,
}

fn render(p: &Plan<'_>, [lang, w, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let r = p.r;
    let v = r.views(lang, cx.rec);
    let (path, template) = page(p, lang, w);
    let mut ctx = r.context(lang, &path, &Versions::All);
    if w == ARCHIVE {
        let weeks: Vec<ArchiveWeek> = digest::of_build(r)
            .iter()
            .map(|d| {
                let week = &d.week;
                let dir = digest::path(r, lang, &week.slug());
                ArchiveWeek {
                    slug: week.slug(),
                    number: week.number(),
                    from: v.date(week.monday),
                    to: v.date(week.sunday()),
                    url: r.config.url(&dir),
                    text_url: r.config.url(&format!("{dir}{}", digest::TEXT)),
                    count: d.shown.items().count(),
                }
            })
            .collect();
        ctx.insert("weeks", &weeks);
        ctx.insert("feed_url", &r.config.url(&r.in_lang(lang, "events/atom.xml")));
    } else {
        let which = Which::of(w);
        let (d, slug) = which.digest(r);
        ctx.insert("digest", &digest::view(&v, r, d, &slug));
        ctx.insert("latest", &(which == Which::Latest));
    }
    let d = r.write_html(cx.out, &path, template, &ctx).err();
    // The copy at `latest/` is not a page of its own: its canonical address is the week's.
    let entry = (Which::of(w) != Which::Latest || w == ARCHIVE)
        .then(|| r.sitemap_entry(lang, &path, None, &Versions::All));
    (d.unwrap_or_default(), entry)
}
