//! Nothing a user types destroys, leaks, crashes or hangs: the output guard, links out of the
//! site, named pipes in place of sources, image bombs, deep or huge front matter, over-long file
//! names and `check` writing nothing. Each test runs the real binary (with a timeout where a
//! bug would hang it) and asserts on exit code and stderr.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{NOW, SiteTest, assert_same_tree, tree};

/// Runs `useit args` from the site's temp folder, killing it after `secs`; returns the exit
/// code, stderr and how long it ran. Panics when it had to be killed (a hang).
fn run_timed(site: &SiteTest, args: &[&str], secs: u64) -> (Option<i32>, String, Duration) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_useit"))
        .args(args)
        .current_dir(site.tmp())
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the useit binary");
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            use std::io::Read;
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            return (status.code(), err, started.elapsed());
        }
        if started.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            panic!("useit {args:?} still running after {secs} s: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `check` of `site`, which must fail (exit 1) within `secs` with every `want` in stderr and a
/// `help:` line.
fn check_fails(site: &SiteTest, secs: u64, want: &[&str]) -> String {
    let root = site.root.to_string_lossy().into_owned();
    let (code, err, _) = run_timed(site, &["check", "--root", &root, "--now", NOW], secs);
    assert_eq!(code, Some(1), "exit code; stderr:\n{err}");
    for w in want {
        assert!(err.contains(w), "stderr lacks {w:?}:\n{err}");
    }
    assert!(err.contains("help:"), "no help:\n{err}");
    err
}

fn fifo(path: &Path) {
    let _ = std::fs::remove_file(path);
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o644),
        0,
    )
    .expect("make a FIFO");
}

#[test]
fn destroying_output_folders_are_refused_and_left_byte_identical() {
    let site = SiteTest::new("minimal");
    std::fs::create_dir_all(site.tmp().join("other")).unwrap();
    std::fs::write(site.tmp().join("other/notes.txt"), "mine").unwrap();
    let before = tree(site.tmp());
    for (out, why) in [
        ("public/../content", "source folder `content/`"),
        (".", "holds the site's sources"),
        ("..", "holds the site's sources"),
        ("content/pages", "source folder `content/`"),
        ("x/../../other", "was not made by useit"),
        ("site.yaml", "not a folder"),
    ] {
        let r = site.run(&["build", "--root", "site", "--output", out, "--now", NOW]);
        let r = r.code(1).stderr_has(why).stderr_has("help:");
        if out.contains("other") {
            r.stderr_has("--force");
        }
        assert_same_tree(&before, &tree(site.tmp()), out);
    }
}

#[test]
fn force_takes_over_a_folder_not_made_by_useit_after_listing_it() {
    let site = SiteTest::new("minimal");
    let other = site.tmp().join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let out = other.to_string_lossy().into_owned();
    site.build_into(&other, NOW, &["--force"])
        .success()
        .stderr_has("--force")
        .stderr_has("notes.txt");
    assert!(
        other.join(".useit-output").is_file(),
        "the marker is written"
    );
    assert!(!other.join("notes.txt").exists());
    // Made by useit now: a second build needs no --force.
    site.build_into(&other, NOW, &[]).success();
    let _ = out;
    // --force never takes a source folder.
    site.build_into(&site.root.join("content"), NOW, &["--force"])
        .code(1)
        .stderr_has("source folder `content/`");
}

#[test]
fn a_link_to_a_file_outside_the_site_is_refused() {
    let site = SiteTest::new("minimal");
    let secret = site.tmp().join("secret.md");
    std::fs::write(&secret, "---\ntitle: Secret\n---\npassword\n").unwrap();
    std::os::unix::fs::symlink(&secret, site.root.join("content/pages/outside.md")).unwrap();
    check_fails(
        &site,
        30,
        &["error: content/pages/outside.md: this symbolic link points outside the site folder"],
    );
    site.build(&[]).code(1);
    assert!(!site.out.exists(), "nothing published");
}

#[test]
fn published_downloads_share_no_inode_with_their_sources() {
    use std::os::unix::fs::MetadataExt;
    let site = SiteTest::new("minimal");
    site.build_ok(&[]);
    let src = std::fs::metadata(site.root.join("toolkits/starter-kit/checklist.txt")).unwrap();
    for f in tree(&site.out)
        .keys()
        .filter(|k| k.ends_with("checklist.txt"))
    {
        let out = std::fs::metadata(site.out.join(f)).unwrap();
        assert_ne!(
            (src.dev(), src.ino()),
            (out.dev(), out.ino()),
            "{f} is a hard link"
        );
    }
}

#[test]
fn named_pipes_in_place_of_sources_are_refused_at_once() {
    for (rel, want) in [
        (
            "content/pages/about.md",
            "content/pages/about.md: this is a named pipe (FIFO)",
        ),
        ("site.yaml", "site.yaml"),
        ("locales/en.ftl", "locales/en.ftl"),
        (
            "toolkits/starter-kit/toolkit.yaml",
            "toolkits/starter-kit/toolkit.yaml",
        ),
        (
            "toolkits/starter-kit/checklist.txt",
            "is a named pipe (FIFO)",
        ),
    ] {
        let site = SiteTest::new("minimal");
        fifo(&site.root.join(rel));
        let err = check_fails(&site, 20, &[want, "named pipe (FIFO)"]);
        assert!(!err.contains("is a folder"), "{rel}: {err}");
    }
}

/// A PNG of 181 bytes whose header declares `w` x `h` pixels (with a little of the data).
fn png_header(w: u32, h: u32) -> Vec<u8> {
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [
        (&b"IHDR"[..], ihdr),
        (b"IDAT", vec![0u8; 128]),
        (b"IEND", vec![]),
    ] {
        png.extend((data.len() as u32).to_be_bytes());
        let body: Vec<u8> = kind.iter().chain(&data).copied().collect();
        png.extend(&body);
        png.extend(crc32(&body).to_be_bytes());
    }
    png
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

fn image_site(bytes: &[u8], name: &str) -> SiteTest {
    let site = SiteTest::new("minimal");
    site.write(&format!("content/pages/{name}"), bytes);
    site.write(
        "content/pages/pic.md",
        format!("---\ntitle: Pic\nsummary: S\n---\n![A picture]({name})\n"),
    );
    site
}

#[test]
fn a_pixel_bomb_is_refused_from_its_header_whatever_image_max_pixels_says() {
    let site = image_site(&png_header(100_000, 100_000), "bomb.png");
    let (_, err, took) = {
        let root = site.root.to_string_lossy().into_owned();
        run_timed(
            &site,
            &["build", "--root", &root, "--output", "../out", "--now", NOW],
            30,
        )
    };
    assert!(err.contains("100000 x 100000 pixels"), "{err}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
    let yaml = std::fs::read_to_string(site.root.join("site.yaml")).unwrap();
    site.write(
        "site.yaml",
        format!("{yaml}image_max_pixels: 99999999999\n"),
    );
    check_fails(
        &site,
        30,
        &[
            "site.yaml",
            "`image_max_pixels` 99999999999 is more than the cap of 100000000",
        ],
    );
}

#[test]
fn a_truncated_jpeg_ending_in_an_end_marker_is_refused() {
    let img = image::RgbImage::from_fn(300, 200, |x, y| image::Rgb([x as u8, y as u8, 7]));
    let mut whole = std::io::Cursor::new(Vec::new());
    img.write_to(&mut whole, image::ImageFormat::Jpeg).unwrap();
    let whole = whole.into_inner();
    let mut cut = whole[..whole.len() / 2].to_vec();
    cut.extend([0xFF, 0xD9]);
    let site = image_site(&cut, "cut.jpg");
    let want = "error: content/pages/pic.md:5: image content/pages/cut.jpg: the image cannot be read, it may be damaged or cut short";
    site.build(&[]).code(1).stderr_has(want).stderr_has("help:");
    check_fails(&site, 30, &[want]);
}

#[test]
fn deeply_nested_front_matter_is_a_located_error() {
    let site = SiteTest::new("minimal");
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    site.write(
        "content/pages/deep.md",
        format!("---\ntitle: Deep\nsummary: {deep}\n---\nx\n"),
    );
    let err = check_fails(&site, 30, &["error: content/pages/deep.md:", "nested"]);
    assert!(
        err.len() < 4000,
        "stderr echoes the value: {} bytes",
        err.len()
    );
}

#[test]
fn an_oversized_field_is_a_located_error_without_its_value() {
    let site = SiteTest::new("minimal");
    let big = "a".repeat(5 * 1024 * 1024);
    site.write(
        "content/pages/big.md",
        format!("---\nsummary: S\ntitle: {big}\n---\nx\n"),
    );
    let err = check_fails(&site, 20, &["error: content/pages/big.md:3:", "1 MB"]);
    assert!(
        err.len() < 4000,
        "stderr echoes the value: {} bytes",
        err.len()
    );
    let site = SiteTest::new("minimal");
    site.write(
        "content/pages/huge.md",
        format!("---\ntitle: T\n---\n{}\n", "b".repeat(11 << 20)),
    );
    check_fails(&site, 20, &["error: content/pages/huge.md", "10 MB"]);
}

#[test]
fn check_finds_an_event_file_name_too_long_for_the_file_system() {
    let site = SiteTest::new("minimal");
    let name = format!("{}.md", "e".repeat(252));
    let text = std::fs::read_to_string(site.root.join("content/events/soho-meeting.md")).unwrap();
    site.write(&format!("content/events/{name}"), text);
    let err = check_fails(
        &site,
        30,
        &[
            &format!("error: content/events/{}", &name[..20]),
            "255 bytes",
        ],
    );
    assert!(
        err.contains("1 error(s)"),
        "reported once, by its source:\n{err}"
    );
}

#[test]
fn check_creates_nothing_on_disk() {
    let img = image::RgbImage::from_fn(300, 200, |x, y| image::Rgb([x as u8, y as u8, 7]));
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png).unwrap();
    let site = image_site(&png.into_inner(), "small.png");
    let before = tree(site.tmp());
    let root = site.root.to_string_lossy().into_owned();
    let (code, err, _) = run_timed(&site, &["check", "--root", &root, "--now", NOW], 30);
    assert_eq!(code, Some(0), "{err}");
    assert_same_tree(&before, &tree(site.tmp()), "check");
    assert!(
        !site.root.join(".useit-cache").exists(),
        "check made .useit-cache"
    );
}

#[test]
fn a_non_ascii_week_day_in_a_recurrence_is_an_error_not_a_panic() {
    let site = SiteTest::new("minimal");
    let text = std::fs::read_to_string(site.root.join("content/events/soho-meeting.md")).unwrap();
    let text = text.replace("cost: Free", "cost: Free\nrepeat: FREQ=WEEKLY;BYDAY=MO€");
    site.write("content/events/soho-meeting.md", text);
    check_fails(
        &site,
        30,
        &["error: content/events/soho-meeting.md:", "BYDAY `MO€`"],
    );
}

#[test]
fn site_yaml_errors_speak_of_the_file_not_of_front_matter() {
    let site = SiteTest::new("minimal");
    let yaml = std::fs::read_to_string(site.root.join("site.yaml")).unwrap();
    site.write("site.yaml", format!("{yaml}theme: 'never closed\n"));
    let err = check_fails(
        &site,
        30,
        &["error: site.yaml:", "the file is not valid YAML"],
    );
    assert!(!err.contains("front matter"), "{err}");
}

#[test]
fn a_huge_wrong_value_is_not_echoed_whole() {
    let site = SiteTest::new("minimal");
    let big = "9".repeat(900 * 1024);
    site.write(
        "content/pages/big.md",
        format!("---\ntitle: T\nsummary: S\nmenu: [{big}]\n---\nx\n"),
    );
    let err = check_fails(&site, 20, &["error: content/pages/big.md:"]);
    assert!(
        err.len() < 2000,
        "stderr echoes the value: {} bytes",
        err.len()
    );
}

#[test]
fn deeply_nested_ui_strings_are_a_located_error() {
    let site = SiteTest::new("minimal");
    let ftl = std::fs::read_to_string(site.root.join("locales/en.ftl")).unwrap();
    let deep = format!("{}\"x\"{}", "{ ".repeat(5000), " }".repeat(5000));
    site.write("locales/en.ftl", format!("{ftl}\ndeep-message = {deep}\n"));
    check_fails(
        &site,
        30,
        &["error: locales/en.ftl:", "nested more than 64 levels"],
    );
}

#[test]
fn a_static_file_where_the_site_needs_a_folder_is_a_located_error_in_check_and_build() {
    // Found by scripts/mutate (seed 5, case 503): the theme's `search.js` renamed `search`,
    // which the search pages need as a folder. Before, the build failed on "cannot create
    // folder .../.out.staging/search: File exists", naming no source, and `check` passed.
    let site = SiteTest::new("minimal");
    site.write("themes/useit/static/search", "console.log(1)");
    let want = "error: themes/useit/static/search: is published as the file `search`, but the \
                site also needs `search/` as a folder (for `search/";
    for run in [site.check(&[]), site.build(&[])] {
        let run = run.failure().no_panic().stderr_has(want);
        assert!(
            run.stderr.contains("help: rename this file"),
            "{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("cannot create folder"),
            "{}",
            run.stderr
        );
    }
    assert!(!site.out.exists(), "nothing written");
}
