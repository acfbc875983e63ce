//! What plain `cargo test` leaves to `.ci/run`, named by the one test here, so every run of the
//! suite prints it as a line of its own:
//!
//! `test left_to_ci::not_run_here_video_scrub_with_ffmpeg_is_cargo_test_test_external_in_ci_run ... ok`
//!
//! The test checks that the promise holds: the `external` target exists, is left out of plain
//! `cargo test` (`test = false`), and `.ci/run` runs it after installing ffmpeg.

use crate::harness::repo_root;

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo_root().join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

#[test]
fn not_run_here_video_scrub_with_ffmpeg_is_cargo_test_test_external_in_ci_run() {
    let manifest = read("Cargo.toml");
    let target = manifest
        .split("[[test]]")
        .find(|t| t.contains("name = \"external\""))
        .expect("Cargo.toml declares the `external` test target");
    assert!(
        target.contains("path = \"tests/external/main.rs\""),
        "{target}"
    );
    assert!(
        target.contains("test = false"),
        "plain `cargo test` must leave it out: {target}"
    );
    let tests = read("tests/external/video.rs").matches("#[test]").count();
    assert!(tests >= 2, "{tests} tests in tests/external/video.rs");
    let ci = read(".ci/run");
    let install = ci
        .find("apt_install libimage-exiftool-perl ffmpeg")
        .expect(".ci/run installs ffmpeg");
    let run = ci
        .find("cargo test --test external")
        .expect(".ci/run runs the external target");
    assert!(
        install < run,
        ".ci/run installs ffmpeg before it runs the external target"
    );
    assert!(
        ci.contains("cargo clippy --test external"),
        ".ci/run lints the external target"
    );
}
