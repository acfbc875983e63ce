//! Tests of features that themselves run an outside program: `useit scrub` cleans videos by an
//! ffmpeg stream copy (`video`), and `useit build` publishes the videos of pages through ffmpeg
//! and ffprobe (`pages`). This target is `test = false` in `Cargo.toml`, so plain `cargo test`
//! leaves it out (and says so: `tests/suite/left_to_ci.rs`); `.ci/run` installs ffmpeg and runs
//! `cargo test --test external`. Here a missing ffmpeg is a failure, never a skip.
//!
//! It shares the suite's harness and media readers (the same files, not copies); not every
//! helper of theirs is used here.
#![allow(dead_code)]

#[path = "../suite/harness.rs"]
mod harness;
#[path = "../suite/media.rs"]
mod media;

mod pages;
mod video;
