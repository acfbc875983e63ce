//! Videos of a story or champion page (`videos:`): [`VideoFm`] as written, and the checks of
//! its fields that need nothing but the file itself. The checks against the site (caption
//! languages, files beside the page, consent) are in [`crate::model::videos`]; processing
//! (metadata removed, poster, duration) in [`crate::media::video`].

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use super::common::FieldErrors;
use super::dates::Day;
use crate::load::frontmatter::FieldAt;

/// The file extensions a video file may have, with the container they name.
pub const EXTENSIONS: [(&str, Container); 3] = [
    ("mp4", Container::Mp4),
    ("m4v", Container::Mp4),
    ("webm", Container::WebM),
];

/// The container of a video file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// MP4 (H.264 video, AAC audio).
    Mp4,
    /// WebM (VP8, VP9 or AV1 video; Vorbis or Opus audio).
    WebM,
}

impl Container {
    /// Of a file name, by its extension.
    pub fn of(file: &str) -> Option<Container> {
        let ext = file.rsplit_once('.')?.1.to_ascii_lowercase();
        EXTENSIONS.iter().find(|(e, _)| *e == ext).map(|(_, c)| *c)
    }

    /// The extension of the published file.
    pub fn ext(self) -> &'static str {
        match self {
            Container::Mp4 => "mp4",
            Container::WebM => "webm",
        }
    }

    /// The MIME type of the published file.
    pub fn mime(self) -> &'static str {
        match self {
            Container::Mp4 => "video/mp4",
            Container::WebM => "video/webm",
        }
    }
}

/// One entry of `videos:`: a file beside the page, or a video on a platform (`url`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct VideoFm {
    /// Video file beside the page (MP4 with H.264, or WebM).
    #[serde(default)]
    pub file: Option<String>,
    /// A video on a platform (https): shown as a placeholder until the reader asks for it.
    #[serde(default)]
    pub url: Option<String>,
    /// What the video is, shown above it.
    pub title: String,
    /// When it was recorded.
    #[serde(default)]
    pub recorded: Option<Day>,
    /// Slugs of the champions seen or heard in it: each needs `video` in their consent.
    #[serde(default)]
    pub people: Vec<String>,
    /// WebVTT caption files beside the page, by language code.
    #[serde(default)]
    pub captions: BTreeMap<String, String>,
    /// Markdown transcripts (`<name>.transcript.md`) beside the page, by language code.
    #[serde(default)]
    pub transcript: BTreeMap<String, String>,
    /// Picture shown before the video plays (required for a platform video; for a file,
    /// a frame of the video is taken when this is absent).
    #[serde(default)]
    pub poster: Option<String>,
    /// The video was made for the portal as a sample, not filmed (said beside it).
    #[serde(default)]
    pub illustrative: bool,
    /// The transcripts' text, by language code (attached by the model from the files).
    #[serde(skip)]
    pub transcript_text: BTreeMap<String, Arc<str>>,
}

impl VideoFm {
    /// The key and value that name this entry in messages and line lookups.
    pub fn id(&self) -> (&'static str, &str) {
        match (&self.file, &self.url) {
            (Some(f), _) => ("file", f),
            (None, Some(u)) => ("url", u),
            (None, None) => ("title", &self.title),
        }
    }

    /// Where `field` of this entry is written.
    pub fn at<'a>(&'a self, field: &'a str) -> FieldAt<'a> {
        let (k, v) = self.id();
        FieldAt::new(field).in_entry(k, v)
    }

    /// How the entry is named in messages: "video `diary.mp4`".
    pub fn shown(&self) -> String {
        format!("video `{}`", self.id().1)
    }
}

/// The platforms whose players can be embedded after a click, with the embed address made
/// from the video's address (privacy-enhanced players: no cookies before playing).
pub fn embed_url(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.trim_start_matches("www.").trim_start_matches("m.");
    let id_ok = |id: &str| {
        !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    match host {
        "youtube.com" => {
            let id = path
                .strip_prefix("watch?v=")
                .map(|q| q.split('&').next().unwrap_or(""))
                .or_else(|| path.strip_prefix("embed/"))?;
            id_ok(id).then(|| format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"))
        }
        "youtu.be" => {
            let id = path.split(['?', '#']).next().unwrap_or("");
            id_ok(id).then(|| format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"))
        }
        "vimeo.com" => {
            let id = path.split(['?', '#', '/']).next().unwrap_or("");
            (id_ok(id) && id.chars().all(|c| c.is_ascii_digit()))
                .then(|| format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"))
        }
        _ => None,
    }
}

/// The origin of an embed address, for the page's Content-Security-Policy (`frame-src`).
pub fn embed_origin(embed: &str) -> &str {
    let rest = embed.strip_prefix("https://").unwrap_or(embed);
    let host_end = rest.find('/').unwrap_or(rest.len());
    &embed[..embed.len() - rest.len() + host_end]
}

/// Checks of one page's `videos:` on the file alone: a file or an address (not both), an
/// https address of a known platform with a poster, a video file of a known kind, a title.
pub(crate) fn check(videos: &[VideoFm], errs: &mut FieldErrors<'_>) {
    for v in videos {
        let mut push = |field: &str, msg: String, help: String| {
            let d = crate::diag::Diagnostic::error(errs.path, msg).with_help(help);
            let d = errs.place(d, v.at(field));
            errs.list.push(d);
        };
        if v.title.trim().is_empty() {
            push(
                "title",
                format!("{} has an empty `title`", v.shown()),
                "say in a few words what the video is, e.g. `title: \"A week as a community researcher\"`".into(),
            );
        }
        match (&v.file, &v.url) {
            (Some(_), Some(_)) | (None, None) => push(
                "title",
                format!("{} needs either `file` or `url`, not both or neither", v.shown()),
                "write `file: NAME.mp4` for a video beside the page, or `url: https://...` for a video on a platform".into(),
            ),
            (Some(f), None) => {
                if Container::of(f).is_none() {
                    push(
                        "file",
                        format!("video file `{f}` is not MP4 or WebM"),
                        "export it as MP4 (H.264 video, AAC audio) or WebM, which every browser plays: `.mp4`, `.m4v` or `.webm`".into(),
                    );
                }
            }
            (None, Some(u)) => {
                if !u.starts_with("https://") {
                    push(
                        "url",
                        format!("video address `{u}` is not https"),
                        "give the platform's https:// address of the video (copy it from the browser's address bar)".into(),
                    );
                } else if embed_url(u).is_none() {
                    push(
                        "url",
                        format!("video address `{u}` is not a YouTube or Vimeo video"),
                        "give the video's own address, e.g. `https://www.youtube.com/watch?v=ID`, `https://youtu.be/ID` or `https://vimeo.com/NUMBER`; or download the video and give it as `file:`".into(),
                    );
                }
                if !v.captions.is_empty() {
                    push(
                        "captions",
                        format!("{} is on a platform: its captions are the platform's", v.shown()),
                        "add the captions on the platform and remove `captions:` here (a `transcript:` may stay)".into(),
                    );
                }
                if v.poster.is_none() {
                    push(
                        "url",
                        format!("{} on a platform has no `poster`", v.shown()),
                        "save a picture of the video beside the page and add `poster: NAME.jpg`: the page shows it until the reader chooses to load the platform's player".into(),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_addresses_become_privacy_enhanced_embeds() {
        assert_eq!(
            embed_url("https://www.youtube.com/watch?v=abc_D-1&t=3").as_deref(),
            Some("https://www.youtube-nocookie.com/embed/abc_D-1?autoplay=1")
        );
        assert_eq!(
            embed_url("https://youtu.be/xyz").as_deref(),
            Some("https://www.youtube-nocookie.com/embed/xyz?autoplay=1")
        );
        assert_eq!(
            embed_url("https://vimeo.com/12345").as_deref(),
            Some("https://player.vimeo.com/video/12345?dnt=1&autoplay=1")
        );
        for bad in [
            "http://youtu.be/xyz",
            "https://example.org/v.mp4",
            "https://vimeo.com/abc",
            "https://youtube.com/watch?v=\"><script>",
        ] {
            assert_eq!(embed_url(bad), None, "{bad}");
        }
        assert_eq!(
            embed_origin("https://player.vimeo.com/video/1?dnt=1"),
            "https://player.vimeo.com"
        );
    }

    #[test]
    fn containers_by_extension() {
        assert_eq!(Container::of("a.MP4"), Some(Container::Mp4));
        assert_eq!(Container::of("a.webm"), Some(Container::WebM));
        assert_eq!(Container::of("a.mov"), None);
    }
}
