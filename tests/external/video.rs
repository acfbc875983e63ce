//! `useit scrub` on videos, with ffmpeg: the location boxes go, the media data stays.

use std::process::Command;

use useit::privacy::inspect::{Format, inspect_bytes};

use crate::harness::{SiteTest, tree};
use crate::media;

const PHOTO: &str = "content/champions/amina/photo.jpg";
const PICTURE: &str = "content/stories/market.png";
const VIDEO: &str = "content/stories/market-day.mp4";
const NESTED: &str = "content/stories/nested.mp4";

/// Fails, saying what to install, unless ffmpeg runs.
fn require_ffmpeg() {
    let ok = Command::new("ffmpeg")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "ffmpeg is not installed: this target tests what `useit scrub` does with it \
         (install it, e.g. `apt-get install ffmpeg`; `.ci/run` does)"
    );
}

/// The privacy fixture with the committed located photo, picture and video.
fn site_with_media() -> SiteTest {
    let site = SiteTest::new("privacy");
    for (rel, fixture) in [
        (PHOTO, "located.jpg"),
        (PICTURE, "located.png"),
        (VIDEO, "located.mp4"),
    ] {
        site.write(rel, media::fixture(fixture));
    }
    site
}

#[test]
fn scrub_cleans_a_located_video_and_keeps_its_media_data() {
    require_ffmpeg();
    let site = site_with_media();
    let root = site.root.to_string_lossy().into_owned();
    let samples = media::mp4_samples(&site.src(VIDEO));
    let original = std::fs::read(site.src(VIDEO)).unwrap();
    let run = site.run(&["scrub", "--root", &root]).success();
    for file in [PHOTO, PICTURE, VIDEO] {
        assert!(
            run.stdout.contains(&format!("{file}: removed a location")),
            "{}",
            run.stdout
        );
    }
    let video = std::fs::read(site.src(VIDEO)).unwrap();
    assert_ne!(video, original, "the video was rewritten");
    assert_eq!(
        media::mp4_metadata_boxes(&video),
        Vec::<String>::new(),
        "the scrubbed video still has metadata boxes"
    );
    assert!(
        media::mp4_samples(&site.src(VIDEO)) == samples,
        "the video's media data or sample sizes changed"
    );
    site.build_ok(&[]);
    site.check(&[])
        .success()
        .stdout_has("source media: 3 files checked, none carries a location");
    let scrubbed = tree(&site.root);
    site.run(&["scrub", "--root", &root])
        .success()
        .stdout_has("scrub: 0 of 3 media files cleaned; nothing to remove");
    assert_eq!(tree(&site.root), scrubbed, "a second scrub changes no byte");
}

#[test]
fn scrub_removes_a_location_nested_in_udta_meta_ilst() {
    require_ffmpeg();
    let site = SiteTest::new("privacy");
    site.write(NESTED, media::nested_mp4());
    let root = site.root.to_string_lossy().into_owned();
    let run = site.run(&["scrub", "--root", &root, NESTED]).success();
    assert!(
        run.stdout.contains(&format!(
            "{NESTED}: removed a location (3GPP loci, QuickTime ©xyz)"
        )),
        "{}",
        run.stdout
    );
    let now = std::fs::read(site.src(NESTED)).expect("read");
    let found = inspect_bytes(Format::Video, &now).expect("readable");
    assert!(found.is_empty(), "{found:?}");
    assert!(!media::contains(&now, media::PLACE) && !media::contains(&now, b"\xa9xyz"));
    assert_eq!(media::mp4_metadata_boxes(&now), Vec::<String>::new());
}
