//! The outside programs videos are processed with, `ffprobe` and `ffmpeg` (Debian's `ffmpeg`
//! package), run as processes: [`probe`] reads a video's streams and length, [`strip`] copies
//! it without any metadata (no re-encoding), [`poster`] takes one frame as a PNG.

use std::path::Path;
use std::process::Command;

use serde::Deserialize;

use crate::model::kinds::video::Container;

/// Why a program could not do its job.
#[derive(Debug)]
pub enum Failure {
    /// The program is not installed.
    Missing(&'static str),
    /// It ran and failed, with what it said.
    Failed(String),
}

/// What ffprobe says of a video.
#[derive(Debug, Clone, PartialEq)]
pub struct Probed {
    /// Length in milliseconds.
    pub duration_ms: u64,
    /// Picture size.
    pub width: u32,
    /// Picture height.
    pub height: u32,
    /// Video codec (`h264`, `vp9`...).
    pub video: String,
    /// Audio codec, if there is sound.
    pub audio: Option<String>,
}

#[derive(Deserialize)]
struct Json {
    #[serde(default)]
    streams: Vec<Stream>,
    format: Option<Format>,
}

#[derive(Deserialize)]
struct Stream {
    codec_type: Option<String>,
    codec_name: Option<String>,
    width: Option<u32>,
    height: Option<u32>,
}

#[derive(Deserialize)]
struct Format {
    duration: Option<String>,
}

fn run(program: &'static str, cmd: &mut Command) -> Result<Vec<u8>, Failure> {
    match cmd.output() {
        Ok(o) if o.status.success() => Ok(o.stdout),
        Ok(o) => {
            let msg = String::from_utf8_lossy(&o.stderr);
            let msg: Vec<&str> = msg.lines().filter(|l| !l.trim().is_empty()).collect();
            Err(Failure::Failed(msg.join(" ").chars().take(300).collect()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Failure::Missing(program)),
        Err(e) => Err(Failure::Failed(format!("cannot run {program}: {e}"))),
    }
}

/// The streams and length of the video at `file`.
pub fn probe(file: &Path) -> Result<Probed, Failure> {
    let out = run(
        "ffprobe",
        Command::new("ffprobe")
            .args(["-v", "error", "-of", "json", "-show_entries"])
            .arg("format=duration:stream=codec_type,codec_name,width,height")
            .arg(file),
    )?;
    let json: Json = serde_json::from_slice(&out)
        .map_err(|e| Failure::Failed(format!("ffprobe's answer is not readable: {e}")))?;
    let kind = |t: &str| {
        json.streams
            .iter()
            .find(|s| s.codec_type.as_deref() == Some(t))
    };
    let v = kind("video").ok_or_else(|| Failure::Failed("the file has no video stream".into()))?;
    let secs: f64 = json
        .format
        .as_ref()
        .and_then(|f| f.duration.as_deref())
        .and_then(|d| d.parse().ok())
        .filter(|d: &f64| d.is_finite() && *d > 0.0)
        .ok_or_else(|| Failure::Failed("the file does not say how long it is".into()))?;
    Ok(Probed {
        // A positive, finite length in seconds: far below u64::MAX milliseconds.
        duration_ms: (secs * 1000.0).round() as u64,
        width: v.width.unwrap_or(0),
        height: v.height.unwrap_or(0),
        video: v.codec_name.clone().unwrap_or_default(),
        audio: kind("audio").and_then(|a| a.codec_name.clone()),
    })
}

/// Copies the streams of `from` into `to` without re-encoding and without any metadata
/// (container tags such as a location, device, creation time; chapters), byte for byte the
/// same on every run; an MP4 gets its index at the start, so it starts playing before it has
/// all downloaded.
pub fn strip(from: &Path, to: &Path, container: Container) -> Result<(), Failure> {
    let mut cmd = Command::new("ffmpeg");
    cmd.args(["-nostdin", "-v", "error", "-y", "-i"])
        .arg(from)
        .args(["-map", "0:v", "-map", "0:a?", "-c", "copy"])
        .args(["-map_metadata", "-1", "-map_chapters", "-1"])
        .args(["-metadata:s", "handler_name=", "-metadata:s", "vendor_id="])
        .args(["-fflags", "+bitexact", "-flags:v", "+bitexact"])
        .args(["-flags:a", "+bitexact"]);
    if container == Container::Mp4 {
        cmd.args(["-movflags", "+faststart", "-f", "mp4"]);
    } else {
        cmd.args(["-f", "webm"]);
    }
    run("ffmpeg", cmd.arg(to)).map(|_| ())
}

/// One frame of `video`, at `at_ms`, as a PNG at `to`.
pub fn poster(video: &Path, at_ms: u64, to: &Path) -> Result<(), Failure> {
    let at = format!("{}.{:03}", at_ms / 1000, at_ms % 1000);
    run(
        "ffmpeg",
        Command::new("ffmpeg")
            .args(["-nostdin", "-v", "error", "-y", "-ss", &at, "-i"])
            .arg(video)
            .args(["-frames:v", "1", "-an", "-map_metadata", "-1"])
            .args(["-fflags", "+bitexact", "-flags:v", "+bitexact"])
            .args(["-c:v", "png", "-f", "image2"])
            .arg(to),
    )
    .map(|_| ())
}
