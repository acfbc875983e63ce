//! Videos on pages, processed by `useit build` with ffmpeg: a clip generated here (ffmpeg
//! `testsrc` and `sine`) with a phone's make and model, a creation time and a comment written
//! into it is published with none of them (checked with ffprobe and exiftool), plays the same
//! streams for the same length, and its page has the player, captions, poster, length, size
//! and transcript; the second build takes it from the cache, byte for byte the same.

use std::path::Path;
use std::process::Command;

use crate::harness::{SiteTest, tree};

const CLIP: &str = "content/stories/clip.mp4";

/// Runs a program that must succeed; its stdout.
fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is not installed ({e}); `.ci/run` installs it"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A 3-second clip with `tags` written into its container.
fn make_clip(to: &Path, tags: &[&str]) {
    let to = to.to_string_lossy().into_owned();
    let mut args = vec![
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25:duration=3",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:duration=3",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-shortest",
    ];
    for t in tags {
        args.extend(["-metadata", t]);
    }
    args.extend(["-movflags", "+use_metadata_tags", &to]);
    run("ffmpeg", &args);
}

/// ffprobe's view of a file: its streams' codecs and length, and every tag.
fn probe(file: &Path) -> serde_json::Value {
    let file = file.to_string_lossy().into_owned();
    let out = run(
        "ffprobe",
        &[
            "-v",
            "error",
            "-of",
            "json",
            "-show_format",
            "-show_streams",
            &file,
        ],
    );
    serde_json::from_str(&out).expect("ffprobe json")
}

fn tags(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |o: &serde_json::Value| {
        if let Some(map) = o["tags"].as_object() {
            for (k, val) in map {
                out.push(format!("{k}={}", val.as_str().unwrap_or("")));
            }
        }
    };
    add(&v["format"]);
    for s in v["streams"].as_array().into_iter().flatten() {
        add(s);
    }
    out
}

fn streams(v: &serde_json::Value) -> Vec<(String, String)> {
    v["streams"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            (
                s["codec_name"].as_str().unwrap_or("").to_string(),
                s["duration"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn site_with_clip(tags: &[&str]) -> SiteTest {
    let site = SiteTest::new("fallback");
    make_clip(&site.src(CLIP), tags);
    site.write(
        "content/stories/clip.en.vtt",
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nA test pattern and a tone.\n",
    );
    site.write(
        "content/stories/clip.en.transcript.md",
        "Nothing is said: the clip is a test pattern with a tone.\n",
    );
    site.write(
        "content/stories/clip-story.md",
        "---\ntitle: Clip\ndate: 2018-03-12\nsummary: A clip.\nvideos:\n  - file: clip.mp4\n    title: A test clip\n    captions: {en: clip.en.vtt}\n    transcript: {en: clip.en.transcript.md}\n---\nText.\n",
    );
    site
}

#[test]
fn a_phone_clip_is_published_without_its_metadata_and_plays_the_same() {
    let site = site_with_clip(&[
        "make=PhoneMaker",
        "model=Phone 12",
        "creation_time=2018-03-05T10:00:00Z",
        "comment=Filmed at home",
    ]);
    let source = probe(&site.src(CLIP));
    let before = tags(&source);
    for t in [
        "make=PhoneMaker",
        "creation_time=2018-03-05T10:00:00.000000Z",
    ] {
        assert!(
            before.iter().any(|x| x == t),
            "the fixture has {t}: {before:?}"
        );
    }
    let first = site.build_ok(&[]);
    assert!(
        first.stdout.contains("videos: 1 processed, 0 from cache"),
        "{}",
        first.stdout
    );
    let page = site.html("stories/clip-story/index.html");
    let src = page.attr("video source", "src");
    let published = site.out_path(src.trim_start_matches('/'));
    let out = probe(&published);
    let left: Vec<String> = tags(&out)
        .into_iter()
        .filter(|t| {
            ![
                "major_brand=",
                "minor_version=",
                "compatible_brands=",
                "language=",
                "handler_name=",
                "vendor_id=",
            ]
            .iter()
            .any(|k| t.starts_with(k))
        })
        .collect();
    assert_eq!(
        left,
        Vec::<String>::new(),
        "tags left in the published video"
    );
    assert_eq!(
        streams(&out),
        streams(&source),
        "the same streams, the same length"
    );
    let exif = run(
        "exiftool",
        &[
            "-j",
            "-G1",
            "-a",
            "-Make",
            "-Model",
            "-CreateDate",
            "-Comment",
            "-GPS*",
            "-Location*",
            &published.to_string_lossy(),
        ],
    );
    for word in ["PhoneMaker", "Phone 12", "2018", "Filmed at home"] {
        assert!(!exif.contains(word), "exiftool still finds {word}: {exif}");
    }
    // The page: player without preload, captions, poster, length and size, transcript.
    assert_eq!(page.count("video[controls][preload=none][poster]"), 1);
    assert_eq!(page.attrs("video track[default]", "srclang"), ["en"]);
    let size = std::fs::metadata(&published).unwrap().len() as f64 / 1000.0;
    assert!(
        page.text(".video-facts")
            .contains(&format!("Video: 3 s, {size:.1} kB")),
        "{}",
        page.text(".video-facts")
    );
    let poster = page.attr("video", "poster");
    assert!(site.exists(poster.trim_start_matches('/')), "{poster}");
    assert!(
        page.text("details.transcript")
            .contains("test pattern with a tone")
    );
    // The next build costs nothing and gives the same bytes.
    let built = tree(&site.out);
    let second = site.build_ok(&[]);
    assert!(
        second.stdout.contains("videos: 0 processed, 1 from cache"),
        "{}",
        second.stdout
    );
    assert!(tree(&site.out) == built, "the second build differs");
}

#[test]
fn a_located_clip_is_refused_until_scrubbed_then_published_without_it() {
    let site = site_with_clip(&["location=+52.4862-001.8904/", "make=PhoneMaker"]);
    site.build(&[])
        .code(1)
        .stderr_has("content/stories/clip.mp4: this file carries a location");
    let root = site.root.to_string_lossy().into_owned();
    site.run(&["scrub", "--root", &root, CLIP]).success();
    site.build_ok(&[]);
    let page = site.html("stories/clip-story/index.html");
    let src = page.attr("video source", "src");
    let published = site.out_path(src.trim_start_matches('/'));
    let all = tags(&probe(&published)).join(" ");
    assert!(
        !all.contains("52.4862") && !all.contains("PhoneMaker"),
        "{all}"
    );
    let bytes = std::fs::read(&published).unwrap();
    assert!(
        !crate::media::contains(&bytes, b"52.4862"),
        "the location is in the bytes"
    );
}

#[test]
fn a_file_ffprobe_cannot_read_is_an_error_at_its_line() {
    let site = site_with_clip(&[]);
    site.write(CLIP, b"\x00\x00\x00\x18ftypmp42 this is not a video at all");
    site.build(&[])
        .code(1)
        .stderr_has("content/stories/clip-story.md:6: video `clip.mp4`: ffprobe cannot read it");
}
