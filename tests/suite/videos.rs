//! Videos on stories and champion pages: what a resident sees (length and size before playing,
//! captions in their language, the transcript), what is published (no metadata, no source
//! names), consent for video, and the mistakes the build stops at. These run without ffmpeg:
//! the bundled portal's video comes from its committed `video-cache/`; what ffmpeg itself does
//! is tested by the `external` target (tests/external/video.rs).

use crate::harness::{SiteTest, repo_root, tree};
use crate::media;

const STORY: &str = "stories/community-researcher-video-diary/index.html";
const DIARY: &str = "content/stories/community-researcher-video-diary";

#[test]
fn the_portal_diary_shows_length_size_captions_poster_and_transcript() {
    let site = SiteTest::portal();
    let run = site.build_ok(&[]);
    assert!(
        run.stdout.contains("videos: 0 processed, 1 from cache"),
        "{}",
        run.stdout
    );
    let page = site.html(STORY);
    assert_eq!(page.count("video[controls][preload=none][poster]"), 1);
    let src = page.attr("video source[type='video/mp4']", "src");
    assert!(
        src.starts_with("/videos/") && src.ends_with(".mp4"),
        "{src}"
    );
    let published = std::fs::read(site.out_path(src.trim_start_matches('/'))).unwrap();
    assert_eq!(
        media::mp4_metadata_boxes(&published),
        Vec::<String>::new(),
        "the published video has metadata boxes"
    );
    let size = published.len() as f64 / 1000.0;
    assert!(
        page.text(".video-facts")
            .contains(&format!("Video: 14 s, {size:.1} kB")),
        "{}",
        page.text(".video-facts")
    );
    let poster = page.attr("video", "poster");
    assert!(site.exists(poster.trim_start_matches('/')), "{poster}");
    assert_eq!(page.attrs("video track", "srclang"), ["en", "ur"]);
    assert_eq!(page.attrs("video track[default]", "srclang"), ["en"]);
    assert_eq!(page.attrs("video track", "kind"), ["captions", "captions"]);
    for track in page.attrs("video track", "src") {
        let vtt = site.read(track.trim_start_matches('/'));
        assert!(vtt.starts_with("WEBVTT"), "{track}");
    }
    assert!(
        page.text("details.transcript[open]")
            .contains("school gate"),
        "{}",
        page.text("details.transcript")
    );
    assert!(page.count(".video a[download]") == 1);
    assert!(page.text(".video .notice").contains("illustrative"));
    // In Urdu: the Urdu captions are on by default and the Urdu transcript is shown.
    let ur = site.html(&format!("ur/{STORY}"));
    assert_eq!(ur.attrs("video track[default]", "srclang"), ["ur"]);
    assert_eq!(ur.attrs("video track", "srclang"), ["ur", "en"]);
    let urdu =
        std::fs::read_to_string(repo_root().join(format!("{DIARY}.ur.transcript.md"))).unwrap();
    let first_words: String = urdu
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        ur.text("details.transcript").contains(&first_words),
        "{first_words}"
    );
    assert_eq!(ur.count("details.transcript .prose[lang]"), 0);
    // In Arabic (no Arabic transcript): the English one, marked as English.
    let ar = site.html(&format!("ar/{STORY}"));
    assert_eq!(ar.attr("details.transcript .prose", "lang"), "en");
    // No source file name in the published names; nothing but the page's own player.
    for name in tree(&site.out).keys() {
        assert!(
            !name.contains("video-diary.mp4") && !name.ends_with(".transcript.md"),
            "{name}"
        );
    }
    assert!(!site.read(STORY).contains("video-embed.js"));
}

/// The fallback fixture (four languages) with the portal's diary clip, captions and cache,
/// on a story featuring `people`.
fn site_with_video(people: &str, extra: &str) -> SiteTest {
    let site = SiteTest::new("fallback");
    for ext in ["mp4", "en.vtt", "ur.vtt", "en.transcript.md"] {
        let bytes = std::fs::read(repo_root().join(format!("{DIARY}.{ext}"))).unwrap();
        site.write(&format!("content/stories/clip.{ext}"), bytes);
    }
    site.write(
        "content/stories/diary.md",
        format!(
            "---\ntitle: Diary\ndate: 2018-03-12\nsummary: A diary.\nvideos:\n  - file: clip.mp4\n    title: My week\n    people: [{people}]\n    captions: {{en: clip.en.vtt, ur: clip.ur.vtt}}\n    transcript: {{en: clip.en.transcript.md}}\n{extra}---\nText.\n"
        ),
    );
    site
}

/// Copies the portal's video cache into `site`.
fn with_cache(site: &SiteTest) {
    crate::harness::copy_tree(&repo_root().join("video-cache"), &site.src("video-cache"));
}

#[test]
fn without_ffmpeg_or_a_cache_entry_the_build_says_what_to_install() {
    let site = site_with_video("", "");
    let out = site.out.to_string_lossy().into_owned();
    let root = site.root.to_string_lossy().into_owned();
    let run = site
        .run_without_programs(&[
            "build",
            "--root",
            &root,
            "--output",
            &out,
            "--now",
            "2026-11-25",
        ])
        .code(1);
    assert!(
        run.stderr.contains("content/stories/diary.md:6")
            && run.stderr.contains("ffprobe is needed to process it")
            && run.stderr.contains("apt-get install ffmpeg"),
        "{}",
        run.stderr
    );
    assert!(!site.out.exists(), "nothing is written");
    // With the cache, the same machine builds it.
    with_cache(&site);
    let run = site
        .run_without_programs(&[
            "build",
            "--root",
            &root,
            "--output",
            &out,
            "--now",
            "2026-11-25",
        ])
        .success();
    assert!(
        run.stdout.contains("videos: 0 processed, 1 from cache"),
        "{}",
        run.stdout
    );
    assert_eq!(
        site.html("stories/diary/index.html").count("video source"),
        1
    );
}

#[test]
fn a_video_of_someone_without_video_consent_is_in_no_output() {
    let site = site_with_video("amina", "");
    with_cache(&site);
    // A shortcode placing it shows nothing either (and is no error).
    let rel = "content/stories/diary.md";
    let text = site.source_text(rel);
    site.write(
        rel,
        text.replace(
            "---\nText.\n",
            "---\nText.\n\n{{ video(src=\"clip.mp4\") }}\n",
        ),
    );
    site.check(&[]).success().stderr_has(
        "video `clip.mp4` is not published (in no page, feed or search index): `amina` has no consent for video",
    );
    site.build_ok(&[]);
    let said = "school gate";
    for (name, bytes) in tree(&site.out) {
        assert!(!name.starts_with("videos/"), "{name} published");
        assert!(
            !media::contains(&bytes, said.as_bytes()),
            "{name} has the captions or transcript"
        );
        assert!(!media::contains(&bytes, b"<video"), "{name} has a player");
    }
    assert!(
        site.read("stories/diary/index.html").contains("Text."),
        "the story stays"
    );
    // Once Amina agrees, it is published: the test above can fail.
    let profile = site.source_text("content/champions/amina/index.md");
    site.write(
        "content/champions/amina/index.md",
        profile.replacen("uses: [web]", "uses: [web, video]", 1),
    );
    site.build_ok(&[]);
    let page = site.read("stories/diary/index.html");
    assert!(page.contains("<video") && page.contains(said), "{page}");
}

#[test]
fn caption_language_and_address_mistakes_stop_the_build_with_their_line() {
    let site = site_with_video("", "");
    with_cache(&site);
    site.write(
        "content/stories/clip.en.vtt",
        "WEBVTT\n\n00:00:00,000 --> 00:00:02,000\nHi\n",
    );
    site.build(&[])
        .code(1)
        .stderr_has("content/stories/clip.en.vtt:3: not valid WebVTT");
    let site = site_with_video(
        "",
        "  - file: clip.mp4\n    title: Again\n    captions: {de: clip.en.vtt}\n",
    );
    with_cache(&site);
    let run = site.build(&[]).code(1);
    for needle in [
        "has captions in `de`, which is not a language of the site",
        "has no captions in `en`, the site's default language: captions are required",
    ] {
        assert!(run.stderr.contains(needle), "{needle}\n{}", run.stderr);
    }
    let site = site_with_video(
        "",
        "  - url: http://www.youtube.com/watch?v=abc\n    title: On a platform\n    poster: clip.jpg\n",
    );
    with_cache(&site);
    site.build(&[])
        .code(1)
        .stderr_has("video address `http://www.youtube.com/watch?v=abc` is not https");
}

#[test]
fn a_platform_video_is_a_placeholder_until_the_reader_presses_play() {
    let site = site_with_video(
        "",
        "  - url: https://www.youtube.com/watch?v=abc123\n    title: On a platform\n    poster: still.jpg\n",
    );
    with_cache(&site);
    let still = std::fs::read(repo_root().join("content/stories/soho-network-grows.jpg")).unwrap();
    site.write("content/stories/still.jpg", still);
    site.build_ok(&[]);
    let page = site.html("stories/diary/index.html");
    assert_eq!(page.count("iframe"), 0, "no player before the click");
    assert_eq!(
        page.attr(".video-external", "data-embed"),
        "https://www.youtube-nocookie.com/embed/abc123?autoplay=1"
    );
    assert_eq!(page.count(".video-external button.video-play[hidden]"), 1);
    assert_eq!(page.count(".video-external img[src^='/images/']"), 1);
    assert!(
        page.text(".video-note")
            .contains("Nothing is loaded from youtube.com")
    );
    assert_eq!(page.count("script[src='/video-embed.js']"), 1);
    let headers = site.read("_headers");
    let rule = "/stories/diary/\n  ! Content-Security-Policy\n  Content-Security-Policy: ";
    let at = headers.find(rule).unwrap_or_else(|| panic!("{headers}"));
    let policy = headers[at + rule.len()..].lines().next().unwrap();
    assert!(
        policy.ends_with("; frame-src https://www.youtube-nocookie.com"),
        "{policy}"
    );
    assert!(headers.contains("/ur/stories/diary/\n"), "{headers}");
    // Other pages frame nothing and load no video script.
    assert!(
        !site
            .read("stories/market/index.html")
            .contains("video-embed.js")
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_the_video_is_refused_without_blocking() {
    let site = site_with_video("", "");
    let clip = site.src("content/stories/clip.mp4");
    std::fs::remove_file(&clip).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&clip).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let run = site.check(&[]).code(1);
    assert!(
        run.stderr
            .contains("content/stories/diary.md:6: video `clip.mp4`: content/stories/clip.mp4:"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_video_shortcode_puts_the_player_in_the_text_and_a_wrong_name_is_an_error() {
    let site = site_with_video("", "");
    with_cache(&site);
    let rel = "content/stories/diary.md";
    let text = site.source_text(rel).replace(
        "---\nText.\n",
        "---\nFirst paragraph.\n\n{{ video(src=\"clip.mp4\") }}\n\nLast paragraph.\n",
    );
    site.write(rel, &text);
    site.build_ok(&[]);
    let page = site.html("stories/diary/index.html");
    assert_eq!(page.count("section.video"), 1, "the video is shown once");
    assert_eq!(page.count(".prose section.video video[controls]"), 1);
    let prose = page.html_of(".prose").remove(0);
    let (first, video, last) = (
        prose.find("First paragraph").unwrap(),
        prose.find("<video").unwrap(),
        prose.find("Last paragraph").unwrap(),
    );
    assert!(first < video && video < last, "{prose}");
    assert!(!site.read("stories/atom.xml").contains('\u{FFFC}'));
    // A name that is not one of the page's videos stops the build at its line.
    let wrong = text.replace("src=\"clip.mp4\"", "src=\"clips.mp4\"");
    let line = wrong.lines().position(|l| l.contains("clips.mp4")).unwrap() + 1;
    site.write(rel, wrong);
    site.build(&[]).failure().stderr_has(&format!(
        "error: {rel}:{line}: shortcode `video` names `clips.mp4`, which is not one of the page's videos"
    ));
}
