//! Privacy at the source: media carrying a location or a serial number fail the build until
//! `useit scrub` removes it without touching the pixels; the pre-commit hook refuses them;
//! champion sources hold no real name beside `anonymous: true`, no contact details and a
//! consent-register `record`; withdrawn consent leaves nothing behind in a rebuild.
//!
//! The media are committed in `tests/fixtures/media/` (made with exiftool and ffmpeg by
//! `make.sh` there) and every check of them is made in Rust: EXIF with `kamadak-exif`, pixels
//! with `image`, the video's boxes and media data by walking the MP4. `useit scrub` itself
//! stream-copies videos with ffmpeg: here scrub runs with an empty `PATH`, so on every machine
//! the test checks that it refuses the video, says how to install ffmpeg and leaves it
//! untouched. The cleaned video is checked by `tests/external/video.rs` (`cargo test --test
//! external`, run by `.ci/run` after installing ffmpeg), and `scripts/check-media` repeats the
//! round trip there with exiftool and ffmpeg.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::harness::{SiteTest, tree};
use crate::media;

const PHOTO: &str = "content/champions/amina/photo.jpg";
const PICTURE: &str = "content/stories/market.png";
const VIDEO: &str = "content/stories/market-day.mp4";

fn read(site: &SiteTest, rel: &str) -> Vec<u8> {
    std::fs::read(site.src(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

/// EXIF tags that tell where a photo was taken or by which camera.
const REVEALING: [&str; 6] = [
    "GPS:GPSLatitude",
    "GPS:GPSLongitude",
    "Make",
    "Model",
    "BodySerialNumber",
    "LensSerialNumber",
];

/// Text values written into the sources: none may be left after a scrub.
const VALUES: [&[u8]; 5] = [b"Canon", b"EOS 5D", b"123456", b"0000987", b"Birmingham"];

/// Copies the committed media: a JPEG and a PNG carrying GPS, make, model, serials,
/// orientation 6 and an XMP city, and an MP4 with a 3GPP location; checks they carry them.
fn make_media(site: &SiteTest) {
    for (rel, fixture) in [
        (PHOTO, "located.jpg"),
        (PICTURE, "located.png"),
        (VIDEO, "located.mp4"),
    ] {
        site.write(rel, media::fixture(fixture));
    }
    for file in [PHOTO, PICTURE] {
        let bytes = read(site, file);
        let fields = media::exif_fields(&bytes);
        for want in REVEALING {
            assert!(
                fields.iter().any(|(t, _)| t == want),
                "{file} should carry EXIF {want}: {fields:?}"
            );
        }
        assert_eq!(media::orientation(&bytes), Some(6), "{file}: orientation");
        for value in VALUES {
            assert!(
                media::contains(&bytes, value),
                "{file} should carry {value:?}"
            );
        }
    }
    assert_eq!(
        media::mp4_metadata_boxes(&read(site, VIDEO)),
        ["moov/udta/loci"],
        "the video should carry a 3GPP location"
    );
}

/// Asserts a scrubbed photo has no location, camera, serial or XMP left, and kept orientation 6.
fn assert_scrubbed_photo(site: &SiteTest, file: &str) {
    let bytes = read(site, file);
    let fields = media::exif_fields(&bytes);
    for (tag, value) in &fields {
        assert!(
            !tag.starts_with("GPS:") && !REVEALING.contains(&tag.as_str()),
            "{file} still has EXIF {tag} = {value}"
        );
    }
    for value in VALUES {
        assert!(
            !media::contains(&bytes, value),
            "{file} still holds {:?}",
            String::from_utf8_lossy(value)
        );
    }
    for xmp in [
        &b"x:xmpmeta"[..],
        b"http://ns.adobe.com/xap/1.0/",
        b"XML:com.adobe.xmp",
    ] {
        assert!(!media::contains(&bytes, xmp), "{file} still has XMP");
    }
    assert_eq!(
        media::orientation(&bytes),
        Some(6),
        "orientation of {file} kept"
    );
}

fn pixels(path: &Path) -> Vec<u8> {
    image::open(path)
        .unwrap_or_else(|e| panic!("decode {}: {e}", path.display()))
        .to_rgba8()
        .into_raw()
}

fn scrub(site: &SiteTest, extra: &[&str]) -> crate::harness::Run {
    let root = site.root.to_string_lossy();
    let mut args = vec!["scrub", "--root", &root];
    args.extend_from_slice(extra);
    site.run(&args)
}

#[test]
fn media_with_a_location_fail_the_build_until_scrubbed_without_touching_pixels() {
    let site = SiteTest::new("privacy");
    make_media(&site);
    let before = (
        pixels(&site.src(PHOTO)),
        pixels(&site.src(PICTURE)),
        media::mp4_samples(&site.src(VIDEO)),
    );
    let run = site.build(&[]).failure();
    for (file, carries) in [
        (
            PHOTO,
            "a location (EXIF GPS, XMP photoshop:City), a camera serial number (EXIF BodySerialNumber, EXIF LensSerialNumber)",
        ),
        (
            PICTURE,
            "a location (EXIF GPS, XMP photoshop:City), a camera serial number (EXIF BodySerialNumber, EXIF LensSerialNumber)",
        ),
        (VIDEO, "a location (3GPP loci)"),
    ] {
        for needle in [
            format!("error: {file}: this file carries {carries}\n"),
            format!("help: run `useit scrub {file}`"),
        ] {
            assert!(
                run.stderr.contains(&needle),
                "no {needle:?} in\n{}",
                run.stderr
            );
        }
    }
    assert!(!site.out.exists(), "a failed build writes nothing");

    let original = tree(&site.root);
    let dry = scrub(&site, &["--dry-run"]).success();
    assert!(
        dry.stdout
            .contains(&format!("{PHOTO}: would remove a location")),
        "{}",
        dry.stdout
    );
    assert_eq!(tree(&site.root), original, "--dry-run changes nothing");

    // Without ffmpeg (on any machine: `PATH` is emptied) the photos are cleaned and the video
    // is refused, untouched; `tests/external/video.rs` scrubs it with ffmpeg.
    let root = site.root.to_string_lossy();
    let run = site.run_without_programs(&["scrub", "--root", &root]);
    for file in [PHOTO, PICTURE] {
        assert!(
            run.stdout.contains(&format!("{file}: removed a location")),
            "{}",
            run.stdout
        );
    }
    assert!(
        run.stdout
            .contains("the camera make and model (EXIF Make, EXIF Model)"),
        "{}",
        run.stdout
    );
    run.failure()
        .stderr_has(&format!(
            "error: {VIDEO}: carries a location (3GPP loci), and ffmpeg is needed to remove it"
        ))
        .stderr_has("help: install ffmpeg");
    let build = site.build(&[]).failure();
    assert_eq!(
        build.stderr_lines("error:"),
        [format!(
            "error: {VIDEO}: this file carries a location (3GPP loci)"
        )],
        "{}",
        build.stderr
    );
    assert_eq!(
        read(&site, VIDEO),
        original[VIDEO],
        "the video is untouched"
    );

    for file in [PHOTO, PICTURE] {
        assert_scrubbed_photo(&site, file);
    }
    let after = (
        pixels(&site.src(PHOTO)),
        pixels(&site.src(PICTURE)),
        media::mp4_samples(&site.src(VIDEO)),
    );
    assert!(before.0 == after.0, "JPEG pixels changed");
    assert!(before.1 == after.1, "PNG pixels changed");
    assert!(
        before.2 == after.2,
        "the video's media data or sample sizes changed"
    );
    let scrubbed = tree(&site.root);
    let again = site.run_without_programs(&["scrub", "--root", &root]);
    assert!(
        !again.stdout.contains("removed"),
        "a second scrub cleans nothing: {}",
        again.stdout
    );
    assert_eq!(tree(&site.root), scrubbed, "a second scrub changes no byte");
}

#[test]
fn scrub_takes_paths_and_leaves_other_files_alone() {
    let site = SiteTest::new("privacy");
    make_media(&site);
    let run = scrub(&site, &[PHOTO]).success();
    assert!(
        run.stdout.contains(PHOTO) && !run.stdout.contains(PICTURE),
        "{}",
        run.stdout
    );
    site.build(&[])
        .failure()
        .stderr_has(&format!("error: {PICTURE}: this file carries a location"));
    let missing = scrub(&site, &["content/nope.jpg"]).failure();
    assert!(
        missing.stderr.contains("no such file or folder"),
        "{}",
        missing.stderr
    );
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .current_dir(dir)
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run git")
}

#[test]
fn pre_commit_hook_refuses_a_gps_photo_until_it_is_scrubbed() {
    let site = SiteTest::new("privacy");
    make_media(&site);
    let repo = &site.root;
    assert!(git(repo, &["init", "-q"]).status.success());
    let root = repo.to_string_lossy();
    site.run(&["hooks", "install", "--root", &root])
        .success()
        .stdout_has("installed");
    site.run(&["hooks", "install", "--root", &root])
        .success()
        .stdout_has("already installed");

    assert!(
        git(repo, &["add", "site.yaml", "content/_index.md", PHOTO])
            .status
            .success()
    );
    let started = Instant::now();
    let staged = site.run(&["check", "--staged", "--root", &root]);
    let millis = started.elapsed().as_millis();
    eprintln!("useit check --staged with one staged photo: {millis} ms");
    staged
        .failure()
        .stderr_has(&format!("error: {PHOTO}: this file carries a location"));

    let commit = git(repo, &["commit", "-q", "-m", "add photo"]);
    let stderr = String::from_utf8_lossy(&commit.stderr);
    assert!(
        !commit.status.success(),
        "the commit went through:\n{stderr}"
    );
    assert!(
        stderr.contains(&format!("{PHOTO}: this file carries a location")),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("useit scrub {PHOTO}")), "{stderr}");
    assert!(stderr.contains("Commit refused"), "{stderr}");

    scrub(&site, &[PHOTO]).success();
    // The hook reads the staged file, not the working copy: re-stage after scrubbing.
    assert!(
        !git(repo, &["commit", "-q", "-m", "add photo"])
            .status
            .success()
    );
    assert!(git(repo, &["add", PHOTO]).status.success());
    let commit = git(repo, &["commit", "-q", "-m", "add photo"]);
    assert!(
        commit.status.success(),
        "the commit was refused after scrubbing:\n{}",
        String::from_utf8_lossy(&commit.stderr)
    );
}

#[test]
fn hook_install_keeps_a_different_hook_unless_forced() {
    let site = SiteTest::new("minimal");
    assert!(git(&site.root, &["init", "-q"]).status.success());
    let hook = site.root.join(".git/hooks/pre-commit");
    std::fs::write(&hook, "#!/bin/sh\necho mine\n").expect("write hook");
    let root = site.root.to_string_lossy();
    site.run(&["hooks", "install", "--root", &root])
        .failure()
        .stderr_has("a different pre-commit hook already exists")
        .stderr_has("--force");
    assert_eq!(
        std::fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\necho mine\n"
    );
    site.run(&["hooks", "install", "--root", &root, "--force"])
        .success();
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("check --staged")
    );
    let old = site.root.join(".git/hooks/pre-commit.old");
    assert_eq!(
        std::fs::read_to_string(old).unwrap(),
        "#!/bin/sh\necho mine\n"
    );
}

#[test]
fn useit_new_reminds_once_when_the_hook_is_missing() {
    let site = SiteTest::new("minimal");
    assert!(git(&site.root, &["init", "-q"]).status.success());
    let root = site.root.to_string_lossy();
    let first = site
        .run(&["new", "story", "First", "--root", &root])
        .success();
    assert!(
        first.stderr.contains("useit hooks install"),
        "{}",
        first.stderr
    );
    let second = site
        .run(&["new", "story", "Second", "--root", &root])
        .success();
    assert!(
        !second.stderr.contains("useit hooks install"),
        "{}",
        second.stderr
    );
}

const CHAMPION: &str = "content/champions/amina/index.md";

fn champion_with(site: &SiteTest, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.src(CHAMPION)).expect("read champion");
    assert!(text.contains(from), "{from:?} not in the fixture");
    site.write(CHAMPION, text.replace(from, to));
}

#[test]
fn anonymous_profile_with_a_real_name_fails() {
    let site = SiteTest::new("minimal");
    champion_with(
        &site,
        "anonymous: false",
        "anonymous: true\npseudonym: Star",
    );
    site.build(&[])
        .failure()
        .stderr_has(&format!(
            "error: {CHAMPION}:2: an anonymous champion has a real `name`"
        ))
        .stderr_has("remove the real name: the repository may be public");
}

#[test]
fn consent_needs_a_register_record() {
    let site = SiteTest::new("minimal");
    champion_with(&site, "  record: CR-2018-014\n", "");
    // Without a record the consent block is incomplete: the person is not published.
    site.build(&[])
        .success()
        .stderr_has(&format!(
            "warning: {CHAMPION}:10: consent `record` is missing or empty: this person is not published"
        ))
        .stderr_has("help: copy the reference in the consent register: `record: CR-YYYY-NNN`");
    assert!(!site.exists("champions/amina"));
    champion_with(
        &site,
        "  recorded_by: Comms team\n",
        "  recorded_by: Comms team\n  record: signed 12 Feb\n",
    );
    site.build(&[])
        .failure()
        .stderr_has("consent `record` `signed 12 Feb` is not a consent-register reference");
}

#[test]
fn contact_details_in_a_champion_source_are_warnings_naming_the_line() {
    let site = SiteTest::new("minimal");
    champion_with(
        &site,
        "Amina has lived in Ladywood for twenty years.",
        "Amina has lived in Ladywood for twenty years.\n\nShe lives at 14 Icknield Port Road, B16 0AA.\nCall 07700 900123 or write to amina@example.org.",
    );
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr_lines("warning:"),
        [
            format!(
                "warning: {CHAMPION}:19: this line of a champion's profile holds a street address and a postcode"
            ),
            format!(
                "warning: {CHAMPION}:20: this line of a champion's profile holds an e-mail address and a phone number"
            ),
        ],
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("consent register"), "{}", run.stderr);
}

#[test]
fn withdrawn_consent_leaves_nothing_in_the_rebuilt_output() {
    let site = SiteTest::new("consent");
    let champion = "content/champions/amina/index.md";
    site.build_ok(&[]);
    assert!(site.exists("champions/amina/index.html"));
    let text = std::fs::read_to_string(site.src(champion)).expect("read");
    site.write(champion, text.replace("uses: [web]", "uses: [print]"));
    site.build_ok(&[]);
    for (path, bytes) in tree(&site.out) {
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for secret in ["amina", "yusuf"] {
            assert!(!text.contains(secret), "{path} still mentions {secret:?}");
        }
    }
}

#[test]
fn the_bundled_portal_sources_carry_no_location() {
    let portal = SiteTest::portal();
    let root = portal.root.to_string_lossy();
    let run = portal
        .run(&["check", "--root", &root, "--now", crate::harness::NOW])
        .success();
    assert!(
        run.stdout
            .contains("files checked, none carries a location")
            || run.stdout.contains("file checked, none carries a location"),
        "{}",
        run.stdout
    );
}
