//! The videos of stories and champion pages against the rest of the site: [`attach`] checks
//! their languages and files and gives each its transcripts' text; [`withhold`] drops every
//! video that shows someone without consent for video, before anything is rendered, so that
//! a withheld video is in no output (page, feed, search index, preview).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::kinds::common::{FieldErrors, beside_page, with_line};
use super::kinds::video::VideoFm;
use super::kinds::{Front, Use};
use super::parse::{Raw, TRANSCRIPT};
use super::people::Publication;
use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::load::frontmatter::field_line;

/// The videos of a story or champion page, mutably.
fn videos_mut(front: &mut Front) -> Option<&mut Vec<VideoFm>> {
    match front {
        Front::Story(fm) => Some(&mut fm.videos),
        Front::Champion(fm) => Some(&mut fm.videos),
        _ => None,
    }
}

/// Checks every video's caption and transcript languages (configured languages only, captions
/// in the default language for a file), its files beside the page, and gives it the text of
/// its transcripts from `transcripts` (every `*.transcript.md` under `content/`, by path). A
/// transcript no video names is a warning.
pub(crate) fn attach(
    raws: &mut [Raw],
    transcripts: HashMap<PathBuf, Arc<str>>,
    assets: &HashSet<PathBuf>,
    config: &Config,
    ds: &mut Diagnostics,
) {
    let codes: Vec<&str> = config
        .site
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let mut used = HashSet::new();
    for r in raws.iter_mut() {
        let source = r.source.clone();
        let text = r.text.clone();
        let Some(videos) = videos_mut(&mut r.front) else {
            continue;
        };
        let errs = FieldErrors::new(&source, &text);
        for v in videos.iter_mut() {
            check_languages(v, &codes, &errs, ds);
            check_files(v, &errs, assets, ds);
            let dir = source.parent().unwrap_or(Path::new(""));
            for (code, file) in &v.transcript {
                let path = dir.join(file);
                let at = |d: Diagnostic| with_line(d, field_line(&text, v.at("transcript")));
                if !file.ends_with(TRANSCRIPT) {
                    ds.push(at(Diagnostic::error(
                        &source,
                        format!("transcript `{file}` of {} is not named `NAME{TRANSCRIPT}`", v.shown()),
                    )
                    .with_help(format!("rename it, e.g. to `{}`: a transcript's name ends in `{TRANSCRIPT}`, so that it is not published as a page of its own", file.trim_end_matches(".md").to_string() + TRANSCRIPT))));
                } else if let Some(t) = transcripts.get(&path) {
                    v.transcript_text.insert(code.clone(), t.clone());
                    used.insert(path);
                } else {
                    ds.push(at(Diagnostic::error(
                        &source,
                        format!("transcript `{file}` of {} does not exist", v.shown()),
                    )
                    .with_help(format!("add {} or fix the file name", path.display()))));
                }
            }
        }
    }
    let mut unused: Vec<&PathBuf> = transcripts.keys().filter(|p| !used.contains(*p)).collect();
    unused.sort();
    for p in unused {
        ds.push(
            Diagnostic::warning(p, "this transcript belongs to no video: no page names it")
                .with_help("name it in the `transcript:` of a video in the page beside it, e.g. `transcript: {en: FILE}`, or delete it"),
        );
    }
}

/// Caption and transcript languages must be the site's; a video file needs captions in the
/// default language.
fn check_languages(v: &VideoFm, codes: &[&str], errs: &FieldErrors<'_>, ds: &mut Diagnostics) {
    let list = codes.join(", ");
    for (field, map) in [("captions", &v.captions), ("transcript", &v.transcript)] {
        for code in map.keys().filter(|c| !codes.contains(&c.as_str())) {
            ds.push(
                errs.place(
                    Diagnostic::error(
                        errs.path,
                        format!("{} has {field} in `{code}`, which is not a language of the site", v.shown()),
                    )
                    .with_help(format!("use one of the codes in site.yaml `languages:` ({list}), or add the language there")),
                    v.at(field),
                ),
            );
        }
    }
    let default = codes.first().copied().unwrap_or("en");
    if v.file.is_some() && !v.captions.contains_key(default) {
        ds.push(errs.place(
            Diagnostic::error(
                errs.path,
                format!("{} has no captions in `{default}`, the site's default language: captions are required", v.shown()),
            )
            .with_help(format!(
                "write a WebVTT file beside the page and add it: `captions: {{{default}: NAME.{default}.vtt}}` (deaf residents, and anyone who reads better than they hear, need them)"
            )),
            v.at("file"),
        ));
    }
}

/// The video, its captions and its poster are files beside the page.
fn check_files(
    v: &VideoFm,
    errs: &FieldErrors<'_>,
    assets: &HashSet<PathBuf>,
    ds: &mut Diagnostics,
) {
    let line = |field: &str| field_line(errs.text, v.at(field));
    let mut files: Vec<(&str, &str)> = Vec::new();
    if let Some(f) = &v.file {
        files.push(("file", f));
    }
    if let Some(p) = &v.poster {
        files.push(("poster", p));
    }
    for f in v.captions.values() {
        files.push(("captions", f));
    }
    for (field, file) in files {
        if let Some(d) = beside_page(errs, field, file, assets) {
            ds.push(with_line(d, line(field)));
        } else if field == "captions" && !file.to_ascii_lowercase().ends_with(".vtt") {
            ds.push(with_line(
                Diagnostic::error(errs.path, format!("caption file `{file}` is not WebVTT (`.vtt`)"))
                    .with_help("save the captions as WebVTT (most subtitle editors export it; SubRip `.srt` converts with `ffmpeg -i NAME.srt NAME.vtt`)"),
                line(field),
            ));
        }
    }
}

/// Why champion `slug` may not be in a video, if they may not: unknown, not published,
/// anonymous (a face or voice is not anonymous), or without `video` in their consent.
fn refusal(slug: &str, raws: &[Raw], publication: &Publication) -> Option<String> {
    let Some(fm) = raws.iter().find_map(|r| match &r.front {
        Front::Champion(fm) if r.slug == slug => Some(fm),
        _ => None,
    }) else {
        return Some(format!(
            "{UNKNOWN} `{slug}` (content/champions/{slug}/index.md)"
        ));
    };
    if let Some(Some(why)) = publication.get(slug) {
        return Some(format!("`{slug}` {why}"));
    }
    if fm.anonymous {
        return Some(format!(
            "`{slug}` is anonymous, and a video shows who they are"
        ));
    }
    if !fm.consent.uses.contains(&Use::Video) {
        return Some(format!(
            "`{slug}` has no consent for video (`video` is not in `consent.uses`)"
        ));
    }
    None
}

/// The start of the refusal of a slug that names no profile (an error, not a note).
const UNKNOWN: &str = "there is no champion profile";

/// Drops every video showing someone (its `people:`, and on a champion page the champion)
/// who may not be in one, with a note saying which and why: in no language, no feed and no
/// search index. `useit check` lists the notes.
pub(crate) fn withhold(raws: &mut [Raw], publication: &Publication, ds: &mut Diagnostics) {
    let mut verdicts: HashMap<String, Option<String>> = HashMap::new();
    let slugs: BTreeSet<String> = raws
        .iter()
        .flat_map(|r| match &r.front {
            Front::Story(fm) => fm.videos.iter().flat_map(|v| v.people.clone()).collect(),
            Front::Champion(fm) if !fm.videos.is_empty() => {
                let mut s: Vec<String> = fm.videos.iter().flat_map(|v| v.people.clone()).collect();
                s.push(r.slug.clone());
                s
            }
            _ => Vec::new(),
        })
        .collect();
    for s in slugs {
        let why = refusal(&s, raws, publication);
        verdicts.insert(s, why);
    }
    for r in raws.iter_mut() {
        let own = (r.kind == super::Kind::Champion).then(|| r.slug.clone());
        let source = r.source.clone();
        let text = r.text.clone();
        let Some(videos) = videos_mut(&mut r.front) else {
            continue;
        };
        let mut dropped = Vec::new();
        videos.retain(|v| {
            let why = own
                .iter()
                .chain(&v.people)
                .find_map(|s| verdicts.get(s).cloned().flatten());
            let Some(why) = why else { return true };
            let severity = if why.starts_with(UNKNOWN) {
                Severity::Error
            } else {
                Severity::Note
            };
            ds.push(with_line(
                Diagnostic {
                    severity,
                    ..Diagnostic::error(
                        &source,
                        format!("{} is not published (in no page, feed or search index): {why}", v.shown()),
                    )
                }
                .with_help("once the person agrees, add `video` to `consent.uses` in their profile (and to the consent register)"),
                field_line(&text, v.at(v.id().0)),
            ));
            dropped.push(v.file.clone().or_else(|| v.url.clone()).unwrap_or_default());
            false
        });
        match &mut r.front {
            Front::Story(fm) => fm.withheld_videos = dropped,
            Front::Champion(fm) => fm.withheld_videos = dropped,
            _ => {}
        }
    }
}
