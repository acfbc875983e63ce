//! What the video partial (`partials/videos.html`) sees of a page's videos: the published
//! file with its poster, length and size, one caption track per language (the page's first,
//! and on by default), the transcript as HTML in the page's language where there is one; or,
//! for a video on a platform, the placeholder's poster, words and the player's address, which
//! `video-embed.js` loads only after the reader presses play.

use serde::Serialize;

use super::context::Renderer;
use super::views::{DateView, Views};
use crate::diag::Diagnostic;
use crate::highlight::Highlighter;
use crate::incremental::memo::Markdown;
use crate::incremental::recorder::Recorder;
use crate::media::{Picture, Use};
use crate::model::kinds::video::{VideoFm, embed_url};
use crate::model::{Data, Item, ItemId};

/// One video as the partial sees it.
#[derive(Debug, Serialize)]
pub struct VideoView {
    /// Its `file:` or `url:` as written, which a `video` shortcode names it by.
    #[serde(skip)]
    pub src: String,
    /// Anchor and heading id, `video-1`.
    pub id: String,
    /// Heading.
    pub title: String,
    /// The heading's language (the original page's), when not the page's.
    pub title_lang: Option<LangAttr>,
    /// When it was recorded.
    pub recorded: Option<DateView>,
    /// A sample made for the portal.
    pub illustrative: bool,
    /// The picture shown before it plays.
    pub poster: Option<Picture>,
    /// A published file.
    pub file: Option<FileView>,
    /// A video on a platform.
    pub external: Option<ExternalView>,
    /// The transcript.
    pub transcript: Option<TranscriptView>,
}

/// A published video file.
#[derive(Debug, Serialize)]
pub struct FileView {
    /// Root-relative URL.
    pub src: String,
    /// `video/mp4` or `video/webm`.
    pub mime: &'static str,
    /// Picture size, for the `width` and `height` attributes.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// "Video: 4 min 12 s, 18.2 MB", in the page's language.
    pub facts: String,
    /// The download link's words, with the size.
    pub download: String,
    /// Caption tracks, the page's language first.
    pub tracks: Vec<Track>,
    /// "Captions: English, اردو".
    pub captions: String,
}

/// One `<track kind="captions">`.
#[derive(Debug, Serialize)]
pub struct Track {
    /// Root-relative URL of the WebVTT file.
    pub src: String,
    /// Language code.
    pub lang: String,
    /// The language's own name.
    pub label: String,
    /// On unless the reader turns it off: the page's language (else the first).
    pub default: bool,
}

/// A video on a platform.
#[derive(Debug, Serialize)]
pub struct ExternalView {
    /// The video's page on the platform.
    pub url: String,
    /// The player's address, loaded only after a click.
    pub embed: String,
    /// The platform's name, e.g. `youtube.com`.
    pub host: String,
}

/// A transcript.
#[derive(Debug, Serialize)]
pub struct TranscriptView {
    /// "Transcript", or "Transcript (in English)" when not in the page's language.
    pub heading: String,
    /// Its HTML.
    pub html: String,
    /// Its language, when not the page's.
    pub lang: Option<LangAttr>,
}

/// The `lang` and `dir` of text in another language than the page's.
#[derive(Debug, Serialize)]
pub struct LangAttr {
    /// Language code.
    pub code: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
}

/// Where a `video` shortcode naming `src` stands in a body's HTML, until the page puts the
/// video there (the shortcode does not know the page's videos; the page does).
pub(crate) fn marker(src: &str) -> String {
    format!("<!--\u{FFFC}video:{src}\u{FFFC}-->")
}

/// Puts the videos of item `id` into the page: each one a `video` shortcode names in its place
/// in `content` (the body's HTML), the others into the context `ctx` (`videos`, and
/// `video_player` when one is on a platform) for the partial after the text. Returns the
/// problems of their transcripts, and a shortcode naming none of the page's videos.
pub(crate) fn insert(
    r: &Renderer<'_>,
    v: &Views<'_>,
    id: ItemId,
    content: &mut String,
    ctx: &mut tera::Context,
    cx: &crate::render::job::Cx<'_>,
) -> Vec<Diagnostic> {
    let (videos, mut diags) = videos_of(r, v, id, cx.h, cx.rec);
    ctx.insert("video_player", &videos.iter().any(|v| v.external.is_some()));
    let mut after = Vec::new();
    for video in videos {
        let at = marker(&video.src);
        if !content.contains(&at) {
            after.push(video);
            continue;
        }
        let mut one = ctx.clone();
        one.insert("video", &video);
        let it = &r.site.items[id];
        match r.theme.render(
            "partials/video.html",
            &one,
            &it.source.display().to_string(),
        ) {
            Ok(html) => *content = content.replacen(&at, html.trim(), 1).replace(&at, ""),
            Err(ds) => diags.extend(ds),
        }
    }
    diags.extend(unknown_videos(r, id, content));
    ctx.insert("videos", &after);
    diags
}

/// Removes the `video` shortcode markers left in `html` (for feeds, which show no videos),
/// giving the names they held.
pub(crate) fn take_markers(html: &mut String) -> Vec<String> {
    let (start, end) = ("<!--\u{FFFC}video:", "\u{FFFC}-->");
    let mut names = Vec::new();
    while let Some(a) = html.find(start) {
        let Some(b) = html[a..].find(end) else {
            break;
        };
        names.push(html[a + start.len()..a + b].to_string());
        html.replace_range(a..a + b + end.len(), "");
    }
    names
}

/// An error for each `video` shortcode left in `content`: it names none of the page's videos.
fn unknown_videos(r: &Renderer<'_>, id: ItemId, content: &mut String) -> Vec<Diagnostic> {
    let it = &r.site.items[id];
    let located = |src: &str| {
        let at = it.body.find(&format!("\"{src}\""))?;
        Some(it.body_line + crate::util::lines::line_at(it.body.as_bytes(), at) - 1)
    };
    let withheld: &[String] = match &it.data {
        Data::Story(fm, _) => &fm.withheld_videos,
        Data::Champion(fm) => &fm.withheld_videos,
        _ => &[],
    };
    take_markers(content)
        .into_iter()
        .filter(|src| !withheld.contains(src))
        .map(|src| {
            let d = Diagnostic::error(
                &it.source,
                format!("shortcode `video` names `{src}`, which is not one of the page's videos"),
            )
            .with_help(
                "give the `file:` or `url:` of an entry of `videos:` in the front matter, or add the video there",
            );
            match located(&src) {
                Some(l) => d.at_line(l),
                None => d,
            }
        })
        .collect()
}

/// The videos of item `id` (not a translation's own: they are the original's), on a page in
/// language `lang`, with the problems of their transcripts.
pub(crate) fn videos_of(
    r: &Renderer<'_>,
    v: &Views<'_>,
    id: ItemId,
    h: &Highlighter,
    rec: &Recorder,
) -> (Vec<VideoView>, Vec<Diagnostic>) {
    let it: &Item = &r.site.items[id];
    let videos: &[VideoFm] = match &it.data {
        Data::Story(fm, _) => &fm.videos,
        Data::Champion(fm) => &fm.videos,
        _ => return (Vec::new(), Vec::new()),
    };
    let mut diags = Vec::new();
    let mut out = Vec::new();
    for (n, fm) in videos.iter().enumerate() {
        let (view, ds) = one(r, v, it, fm, n + 1, h, rec);
        diags.extend(ds);
        out.extend(view);
    }
    (out, diags)
}

/// The view of one video; `None` when its file could not be processed (reported already).
fn one(
    r: &Renderer<'_>,
    v: &Views<'_>,
    it: &Item,
    fm: &VideoFm,
    n: usize,
    h: &Highlighter,
    rec: &Recorder,
) -> (Option<VideoView>, Vec<Diagnostic>) {
    let dir = it.source.parent().unwrap_or(std::path::Path::new(""));
    let videos = r.media.videos();
    let given = fm
        .poster
        .as_deref()
        .and_then(|p| v.ask_image(&it.source, None, p, "", Use::Picture));
    let (file, poster) = match &fm.file {
        Some(f) => {
            let Some(p) = videos.get(&dir.join(f)) else {
                return (None, Vec::new());
            };
            // Through the job's recorder, so that serve's reuse of this page asks for it too.
            let frame = p.poster().to_string_lossy().into_owned();
            let poster = given.or_else(|| v.ask_image(&it.source, None, &frame, "", Use::Picture));
            (Some(file_view(r, v, fm, p, dir)), poster)
        }
        None => (None, given),
    };
    let external = fm.url.as_ref().and_then(|u| {
        Some(ExternalView {
            url: u.clone(),
            embed: embed_url(u)?,
            host: host_of(u),
        })
    });
    let (transcript, diags) = transcript(r, v, fm, dir, h, rec);
    // The front matter is the original's: its words are in the original's language.
    let own = it.original.map_or(it.lang, |o| r.site.items[o].lang);
    let language = &r.config.site.languages[own];
    let view = VideoView {
        src: fm
            .file
            .clone()
            .or_else(|| fm.url.clone())
            .unwrap_or_default(),
        id: format!("video-{n}"),
        title: fm.title.clone(),
        title_lang: (own != v.lang).then(|| LangAttr {
            code: language.code.clone(),
            dir: language.dir.as_str(),
        }),
        recorded: fm.recorded.map(|d| v.date(d.0)),
        illustrative: fm.illustrative,
        poster,
        file,
        external,
        transcript,
    };
    (Some(view), diags)
}

/// `youtube.com` of `https://www.youtube.com/watch?v=...`.
fn host_of(url: &str) -> String {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.trim_start_matches("www.")
        .trim_start_matches("m.")
        .to_string()
}

/// "4 min 12 s" or "12 s".
fn length(v: &Views<'_>, ms: u64) -> String {
    let secs = (ms + 500) / 1000;
    if secs >= 60 {
        v.tr_args(
            "video-length-minutes",
            &[
                ("minutes", (secs / 60).to_string()),
                ("seconds", (secs % 60).to_string()),
            ],
        )
    } else {
        v.tr_args("video-length-seconds", &[("seconds", secs.to_string())])
    }
}

fn file_view(
    r: &Renderer<'_>,
    v: &Views<'_>,
    fm: &VideoFm,
    p: &crate::media::video::Processed,
    dir: &std::path::Path,
) -> FileView {
    let size = crate::toolkits::human_size(p.bytes);
    let languages = &r.config.site.languages;
    let mut tracks: Vec<Track> = fm
        .captions
        .iter()
        .filter_map(|(code, file)| {
            let src = r.media.videos().caption(&dir.join(file))?;
            let l = languages.iter().find(|l| &l.code == code)?;
            Some(Track {
                src: r.config.url(src),
                lang: code.clone(),
                label: l.endonym.clone(),
                default: false,
            })
        })
        .collect();
    // The page's language first, then the site's order.
    let order = |code: &str| {
        let i = r.config.lang_index(code).unwrap_or(usize::MAX);
        (i != v.lang, i)
    };
    tracks.sort_by_key(|t| order(&t.lang));
    if let Some(first) = tracks.first_mut() {
        first.default = true;
    }
    let captions = v.tr_args(
        "video-captions",
        &[(
            "languages",
            tracks
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>()
                .join(&v.tr("list-separator")),
        )],
    );
    FileView {
        src: r.config.url(&p.output()),
        mime: p.container.mime(),
        width: p.width,
        height: p.height,
        facts: v.tr_args(
            "video-facts",
            &[("length", length(v, p.duration_ms)), ("size", size.clone())],
        ),
        download: v.tr_args("video-download", &[("size", size)]),
        tracks,
        captions,
    }
}

/// The transcript in the page's language, else in the default language, else the first.
fn transcript(
    r: &Renderer<'_>,
    v: &Views<'_>,
    fm: &VideoFm,
    dir: &std::path::Path,
    h: &Highlighter,
    rec: &Recorder,
) -> (Option<TranscriptView>, Vec<Diagnostic>) {
    let languages = &r.config.site.languages;
    let page = &languages[v.lang].code;
    let pick = fm
        .transcript_text
        .get_key_value(page)
        .or_else(|| fm.transcript_text.get_key_value(&languages[0].code))
        .or_else(|| fm.transcript_text.iter().next());
    let Some((code, text)) = pick else {
        return (None, Vec::new());
    };
    let Some(lang) = r.config.lang_index(code) else {
        return (None, Vec::new());
    };
    let Some(file) = fm.transcript.get(code) else {
        return (None, Vec::new());
    };
    let path = dir.join(file);
    let md = Markdown {
        text,
        path: &path,
        first_line: 1,
        eager: false,
        lang,
        toc: false,
    };
    let (html, diags) = r.markdown(md, v.lang, h, rec);
    let other = lang != v.lang;
    let heading = if other {
        v.tr_args(
            "video-transcript-in",
            &[("language", languages[lang].endonym.clone())],
        )
    } else {
        v.tr("video-transcript")
    };
    let view = TranscriptView {
        heading,
        html,
        lang: other.then(|| LangAttr {
            code: code.clone(),
            dir: languages[lang].dir.as_str(),
        }),
    };
    // A transcript shown on several pages reports its problems once: on the page in its own
    // language (every language has a page of every item, translated or not).
    let diags = if other { Vec::new() } else { diags };
    (Some(view), diags)
}
