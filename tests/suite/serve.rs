//! `useit serve`: the real binary on a free loopback port, spoken to over raw HTTP/1.1.
//!
//! Status codes, MIME types, the 404 page, ETags, ranges, traversal attempts, the reload event
//! stream, the error overlay and its recovery, and, after each edit of a series (create, edit,
//! rename, delete, template, locale, site.yaml), every served file equal byte for byte to a
//! full `useit build` with the same `--now` and base URL.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::harness::{NOW, SiteTest, tree};

/// The script serve adds to every HTML page (see src/serve/http.rs).
const RELOAD: &str = "<script>(()=>{const s=new EventSource(\"/__useit/events\");s.addEventListener(\"reload\",()=>location.reload());})();</script>";

/// A running `useit serve`, killed when dropped (also when a test fails).
struct Server {
    child: Child,
    addr: String,
    lines: mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(site: &SiteTest) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_useit"))
            .args(["serve", "--port", "0", "--now", NOW, "--root"])
            .arg(&site.root)
            .env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start useit serve");
        let (tx, lines) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            });
        }
        let mut server = Server {
            child,
            addr: String::new(),
            lines,
        };
        let line = server.wait_for(|l| l.starts_with("Serving "), "the server to start");
        let url = line.split(" at ").nth(1).expect("url in the line");
        server.addr = url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .expect("address")
            .to_string();
        server
    }

    /// Waits (at most a minute) for an output line matching `want`; returns it.
    fn wait_for(&self, want: impl Fn(&str) -> bool, what: &str) -> String {
        // Generous: a debug build of the whole portal on a busy 2-core machine can take a
        // minute; a deadline only matters when something is wrong.
        let deadline = Instant::now() + Duration::from_secs(240);
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(l) if want(&l) => return l,
                Ok(l) => seen.push(l),
                Err(_) => break,
            }
        }
        panic!("timed out waiting for {what}; output:\n{}", seen.join("\n"));
    }

    /// Waits for the rebuild after an edit, then for quiet (a second batch of events).
    fn settle(&self) -> String {
        let l = self.wait_for(
            |l| l.starts_with("Rebuilt") || l.starts_with("build failed"),
            "a rebuild",
        );
        let mut last = l;
        while let Ok(more) = self.lines.recv_timeout(Duration::from_millis(400)) {
            if more.starts_with("Rebuilt") || more.starts_with("build failed") {
                last = more;
            }
        }
        last
    }

    fn get(&self, path: &str) -> Resp {
        self.request("GET", path, &[])
    }

    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> Resp {
        let mut s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(20))).ok();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes()).expect("send");
        let mut buf = Vec::new();
        let _ = s.read_to_end(&mut buf);
        Resp::parse(&buf)
    }
}

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Resp {
    fn parse(buf: &[u8]) -> Resp {
        let end = buf
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(buf)));
        let head = String::from_utf8_lossy(&buf[..end]);
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|c| c.parse().ok())
            .expect("status");
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Resp {
            status,
            headers,
            body: buf[end + 4..].to_vec(),
        }
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(String::as_str).unwrap_or("")
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn story(title: &str, tags: &str, body: &str) -> String {
    format!(
        "---\ntitle: {title}\ndate: 2026-11-01\nsummary: A story about {title}.\ntags: [{tags}]\nneighbourhoods: [soho]\n---\n{body}\n"
    )
}

/// Builds the site with `useit build` (same now, same base URL) and checks every file the
/// server serves is equal, and every file seen in earlier steps but gone now is a 404.
fn assert_same_as_full_build(
    site: &SiteTest,
    server: &Server,
    step: &str,
    seen: &mut BTreeSet<String>,
) {
    let out = site.tmp().join(format!("full-{}", seen.len()));
    let base = format!("http://{}/", server.addr);
    site.build_into(&out, NOW, &["--base-url", &base]).success();
    let mut files = tree(&out);
    // The marker saying the folder was made by `useit build` is no page of the site.
    assert!(
        files.remove(".useit-output").is_some(),
        "{step}: build writes its marker"
    );
    assert!(files.len() > 20, "{step}: a real site");
    for (rel, want) in &files {
        let r = server.get(&format!("/{rel}"));
        assert_eq!(r.status, 200, "{step}: /{rel}");
        let mut got = r.body;
        if rel.ends_with(".html") {
            let text = String::from_utf8(got).expect("utf-8 page");
            assert_eq!(
                text.matches(RELOAD).count(),
                1,
                "{step}: /{rel} has the script once"
            );
            got = text.replacen(RELOAD, "", 1).into_bytes();
        }
        assert!(got == *want, "{step}: /{rel} differs from the full build");
    }
    for gone in seen.iter().filter(|p| !files.contains_key(*p)) {
        assert_eq!(
            server.get(&format!("/{gone}")).status,
            404,
            "{step}: /{gone} is gone"
        );
    }
    seen.extend(files.keys().cloned());
}

#[test]
fn serves_the_site_with_types_statuses_and_caching() {
    let site = SiteTest::new("minimal");
    let server = Server::start(&site);
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(home.header("cache-control"), "no-cache");
    assert!(home.text().contains(RELOAD), "live reload script");
    assert!(home.text().ends_with("</html>"));
    for (path, mime) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/events/calendar.ics", "text/calendar; charset=utf-8"),
        ("/sitemap.xml", "application/xml"),
        ("/stories/atom.xml", "application/xml"),
        ("/toolkits/index.json", "application/json"),
        ("/toolkits/starter-kit/starter-kit.zip", "application/zip"),
        (
            "/toolkits/starter-kit/checklist.txt",
            "text/plain; charset=utf-8",
        ),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ] {
        let r = server.get(path);
        assert_eq!((r.status, r.header("content-type")), (200, mime), "{path}");
        assert!(
            !r.text().contains("<script>"),
            "{path}: no script outside HTML"
        );
    }
    // Folders: index.html, and a redirect to the slash form.
    let r = server.get("/stories");
    assert_eq!((r.status, r.header("location")), (301, "/stories/"));
    assert_eq!(server.get("/stories/").status, 200);
    assert_eq!(server.get("/stories/index.html").status, 200);
    // The site's 404 page with status 404.
    let r = server.get("/no/such/page/");
    assert_eq!(r.status, 404);
    let built_404 = {
        site.build_ok(&[]);
        site.read("404.html")
    };
    let title = built_404
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .expect("404 title");
    assert!(r.text().contains(title), "the site's own 404 page");
    // ETag and If-None-Match; HEAD.
    let etag = home.header("etag").to_string();
    assert!(etag.starts_with('"'), "{etag}");
    let r = server.request("GET", "/", &[("If-None-Match", &etag)]);
    assert_eq!((r.status, r.body.len()), (304, 0));
    let r = server.request("HEAD", "/", &[]);
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    assert_eq!(r.header("content-length"), home.body.len().to_string());
    assert_eq!(server.request("POST", "/", &[]).status, 405);
    // Byte ranges.
    let zip = server.get("/toolkits/starter-kit/starter-kit.zip");
    let r = server.request(
        "GET",
        "/toolkits/starter-kit/starter-kit.zip",
        &[("Range", "bytes=0-9")],
    );
    assert_eq!(r.status, 206);
    assert_eq!(r.body, zip.body[..10]);
    assert_eq!(
        r.header("content-range"),
        format!("bytes 0-9/{}", zip.body.len())
    );
    let r = server.request(
        "GET",
        "/toolkits/starter-kit/starter-kit.zip",
        &[("Range", "bytes=-5")],
    );
    assert_eq!(
        (r.status, &r.body[..]),
        (206, &zip.body[zip.body.len() - 5..])
    );
    let r = server.request(
        "GET",
        "/toolkits/starter-kit/starter-kit.zip",
        &[("Range", &format!("bytes={}-", zip.body.len()))],
    );
    assert_eq!(r.status, 416);
    assert_eq!(
        r.header("content-range"),
        format!("bytes */{}", zip.body.len())
    );
}

#[test]
fn never_serves_anything_outside_the_site() {
    let site = SiteTest::new("minimal");
    // A secret beside the site and, once serving, a link inside the site pointing out of it:
    // the rebuild refuses the link (the last good site stays) and never publishes its target.
    std::fs::write(site.tmp().join("secret.txt"), "top secret").unwrap();
    let server = Server::start(&site);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            site.tmp().join("secret.txt"),
            site.src("content/secret.txt"),
        )
        .unwrap();
        let last = server.settle();
        assert!(last.starts_with("build failed"), "{last}");
    }
    for bad in [
        "/../secret.txt",
        "/../../etc/passwd",
        "/stories/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/stories%2f..%2f..%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/index.html%00.txt",
        "/%00",
        "/%c0%ae%c0%ae/secret.txt",
        "/content/secret.txt",
        "/secret.txt",
        "/site.yaml",
        "/content/_index.md",
        "/./index.html",
        "/stories/",
    ] {
        let r = server.get(bad);
        if bad == "/stories/" {
            assert_eq!(r.status, 200, "control request");
            continue;
        }
        assert_eq!(r.status, 404, "{bad}");
        assert!(!r.text().contains("top secret"), "{bad}");
        assert!(!r.text().contains("root:"), "{bad}");
    }
    // Still alive after all that, and no folder listing.
    assert_eq!(server.get("/").status, 200);
    assert_eq!(server.get("/images/").status, 404);
}

#[test]
fn reloads_after_an_edit_and_shows_errors_until_fixed() {
    let site = SiteTest::new("minimal");
    let server = Server::start(&site);
    let mut events = TcpStream::connect(&server.addr).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        events,
        "GET /__useit/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
        server.addr
    )
    .unwrap();
    let mut events = BufReader::new(events);
    let mut line = String::new();
    events.read_line(&mut line).unwrap();
    assert!(line.contains("200"), "{line}");
    std::thread::sleep(Duration::from_millis(200));
    let path = "content/stories/first-story.md";
    let original = std::fs::read_to_string(site.src(path)).unwrap();
    site.write(path, original.replacen("title:", "title: Edited", 1));
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut got = String::new();
    while !got.contains("event: reload") && Instant::now() < deadline {
        let mut l = String::new();
        if events.read_line(&mut l).unwrap_or(0) == 0 {
            break;
        }
        got.push_str(&l);
    }
    assert!(got.contains("event: reload"), "{got}");
    server.settle();
    assert!(
        server
            .get("/stories/first-story/")
            .text()
            .contains("Edited")
    );

    // A broken edit: the last good page stays, with the error on top.
    site.write(path, original.replacen("title:", "titel:", 1));
    assert!(server.settle().starts_with("build failed"));
    let page = server.get("/stories/first-story/");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("useit-error"), "overlay");
    assert!(
        text.contains("content/stories/first-story.md:"),
        "file and line"
    );
    assert!(text.contains("titel"), "message");
    assert!(text.contains("Edited"), "the last good version");
    assert!(!server.get("/style.css").text().contains("useit-error"));
    // Fixed: the overlay is gone.
    site.write(path, &original);
    assert!(server.settle().starts_with("Rebuilt"));
    let text = server.get("/stories/first-story/").text();
    assert!(!text.contains("useit-error"));
    assert!(!text.contains("Edited"));

    // Problems in the files come at once; a link to no page on the home page (which only
    // rendering finds) once they are fixed.
    let home = site.source_text("content/_index.md");
    site.write(
        "content/_index.md",
        format!("{home}\nSee [a story](@/stories/no-such-story.md).\n"),
    );
    site.write(path, original.replacen("title:", "titel:", 1));
    assert!(server.settle().starts_with("build failed"));
    let text = server.get("/stories/first-story/").text();
    assert!(
        text.contains("titel") && !text.contains("no such page"),
        "{text}"
    );
    site.write(path, &original);
    assert!(server.settle().starts_with("build failed"));
    let text = server.get("/stories/first-story/").text();
    assert!(
        !text.contains("titel") && text.contains("no such page"),
        "{text}"
    );
    site.write("content/_index.md", &home);
    assert!(server.settle().starts_with("Rebuilt"));
    assert!(
        !server
            .get("/stories/first-story/")
            .text()
            .contains("useit-error")
    );
}

/// One edit of the site at the given root.
type Edit = Box<dyn Fn(&Path)>;

#[test]
fn incremental_rebuilds_equal_a_full_build() {
    let site = SiteTest::new("minimal");
    // The UI strings come from the portal (the harness copies them); the locale edit below
    // changes one of them.
    let en = site.source_text("locales/en.ftl");
    let server = Server::start(&site);
    let mut seen = BTreeSet::new();
    assert_same_as_full_build(&site, &server, "start", &mut seen);
    let steps: Vec<(&str, Edit)> = vec![
        (
            "create",
            Box::new(|r: &Path| {
                std::fs::write(
                    r.join("content/stories/new-story.md"),
                    story(
                        "A new story",
                        "brand new, training",
                        "See [the first](@/stories/first-story.md).",
                    ),
                )
                .unwrap()
            }),
        ),
        (
            "edit",
            Box::new(|r: &Path| {
                let p = r.join("content/stories/first-story.md");
                let t = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, t.replacen("title: ", "title: Renamed title ", 1)).unwrap()
            }),
        ),
        (
            "rename",
            Box::new(|r: &Path| {
                std::fs::rename(
                    r.join("content/stories/new-story.md"),
                    r.join("content/stories/moved-story.md"),
                )
                .unwrap()
            }),
        ),
        (
            "delete",
            Box::new(|r: &Path| {
                std::fs::remove_file(r.join("content/stories/moved-story.md")).unwrap()
            }),
        ),
        (
            "folder",
            Box::new(|r: &Path| {
                let d = r.join("content/champions/bo");
                std::fs::create_dir_all(&d).unwrap();
                let amina =
                    std::fs::read_to_string(r.join("content/champions/amina/index.md")).unwrap();
                std::fs::write(d.join("index.md"), amina.replace("Amina", "Bo")).unwrap()
            }),
        ),
        (
            "template",
            Box::new(|r: &Path| {
                let p = r.join("themes/useit/templates/story.html");
                let t = std::fs::read_to_string(&p).unwrap();
                std::fs::write(
                    &p,
                    t.replacen("</article>", "<p>Template edit</p></article>", 1),
                )
                .unwrap()
            }),
        ),
        (
            "locale",
            Box::new({
                let en = en.clone();
                move |r: &Path| {
                    std::fs::write(
                        r.join("locales/en.ftl"),
                        en.replace("nav-home = Home", "nav-home = Home page"),
                    )
                    .unwrap()
                }
            }),
        ),
        (
            "site.yaml",
            Box::new(|r: &Path| {
                let p = r.join("site.yaml");
                let t = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, t.replace("paginate: 12", "paginate: 1")).unwrap()
            }),
        ),
    ];
    for (name, edit) in steps {
        edit(&site.root);
        let outcome = server.settle();
        assert!(outcome.starts_with("Rebuilt"), "{name}: {outcome}");
        assert_same_as_full_build(&site, &server, name, &mut seen);
    }
    assert!(
        server
            .get("/stories/first-story/")
            .text()
            .contains("Template edit")
    );
}

/// "Rebuilt in 12 ms: 3 files changed, 20 of 1000 made again" → (20, 1000).
fn made_again(line: &str) -> (usize, usize) {
    let tail = line.rsplit(", ").next().unwrap_or_default();
    let mut words = tail.split(' ');
    let n = words.next().and_then(|w| w.parse().ok());
    let of = words.nth(1).and_then(|w| w.parse().ok());
    n.zip(of)
        .unwrap_or_else(|| panic!("no \"N of M made again\" in {line:?}"))
}

/// Replaces `from` by `to` in the site file `rel` (which must contain it).
fn replace_in(root: &Path, rel: &str, from: &str, to: &str) {
    let p = root.join(rel);
    let t = std::fs::read_to_string(&p).unwrap();
    assert!(t.contains(from), "{rel} contains {from:?}");
    std::fs::write(&p, t.replacen(from, to, 1)).unwrap();
}

/// The bundled portal (six languages, translations, images, toolkits, champions linked from
/// stories) through edits aimed at what a page shows of other files: a champion's name on a
/// story's card, a withdrawn consent that unlinks a champion everywhere, a translation, an
/// image, one language's UI strings, a section introduction, an event moving, a toolkit file,
/// and a failed build between two good ones. After each, every file equals a full build; a
/// one-story edit makes only a handful of files again.
#[test]
fn incremental_rebuilds_of_the_portal_equal_a_full_build() {
    let site = SiteTest::portal_copy();
    let server = Server::start(&site);
    let mut seen = BTreeSet::new();
    assert_same_as_full_build(&site, &server, "start", &mut seen);
    // The oldest story: on no home page; its text is in the feeds of the languages it has no
    // translation in.
    let story = "content/stories/soho-network-grows.md";
    // Edits of a body alone patch the last model and render only what shows that body.
    let body = |rel: &'static str| -> Edit {
        Box::new(move |r: &Path| append(r, rel, "\nOne more sentence for the test.\n"))
    };
    let steps: Vec<(&str, Edit)> = vec![
        ("story body", body(story)),
        // On the home pages and in the feeds of every language.
        (
            "newest story body",
            body("content/stories/new-community-researcher-training-2027.md"),
        ),
        (
            "translation body",
            body("content/stories/new-community-researcher-training-2027.ur.md"),
        ),
        // In the calendars.
        (
            "event body",
            body("content/events/community-researcher-training-january-2027.md"),
        ),
        // Its flyers and QR codes show no body and are not made again.
        ("survey body", body("content/surveys/community-survey.md")),
        ("home body", body("content/_index.md")),
        (
            "champion name",
            Box::new(|r: &Path| {
                replace_in(
                    r,
                    "content/champions/farzana-begum/index.md",
                    "name: Farzana Begum",
                    "name: Farzana B.",
                )
            }),
        ),
        (
            "consent withdrawn",
            Box::new(|r: &Path| {
                replace_in(
                    r,
                    "content/champions/farzana-begum/index.md",
                    "uses: [web, social]",
                    "uses: [social]",
                )
            }),
        ),
        // Shown on a story by a shortcode (`event_card`): the story's page shows the new title.
        (
            "event in a card",
            Box::new(|r: &Path| {
                replace_in(
                    r,
                    "content/events/soho-network-meeting-march-2018.md",
                    "selling to big organisations",
                    "selling to large organisations",
                )
            }),
        ),
        (
            "translation",
            Box::new(|r: &Path| {
                replace_in(
                    r,
                    "content/stories/community-survey-in-your-language.ur.md",
                    "title: ",
                    "title: نیا ",
                )
            }),
        ),
        (
            "translation deleted",
            Box::new(|r: &Path| {
                std::fs::remove_file(
                    r.join("content/events/ielts-information-session-january-2027.pl.md"),
                )
                .unwrap()
            }),
        ),
        (
            "image",
            Box::new(|r: &Path| {
                std::fs::copy(
                    r.join("content/champions/tomasz-nowak/photo.jpg"),
                    r.join("content/stories/soho-network-grows.jpg"),
                )
                .unwrap();
            }),
        ),
        // A body that now shows an image no page showed: more than the page changes (the
        // image's files), so the rebuild renders in full.
        (
            "image file added",
            Box::new(|r: &Path| {
                // Image files are named by content: these pixels are in no other image.
                let img = image::RgbImage::from_fn(640, 360, |x, y| {
                    image::Rgb([(x % 251) as u8, (y % 241) as u8, 77])
                });
                // Written beside the site and moved in, as editors save: the watcher must
                // never see a half-written image (a partial PNG fails the build).
                let tmp = r
                    .parent()
                    .expect("site in a temp folder")
                    .join("test-photo.png");
                img.save(&tmp).unwrap();
                std::fs::rename(&tmp, r.join("content/stories/test-photo.png")).unwrap();
            }),
        ),
        (
            "body with an image",
            Box::new(|r: &Path| {
                append(
                    r,
                    "content/stories/hospital-and-local-jobs.md",
                    "\n![A test photo](test-photo.png)\n",
                )
            }),
        ),
        (
            "one language's UI strings",
            Box::new(|r: &Path| replace_in(r, "locales/ur.ftl", "nav-home = ", "nav-home = صفحہ ")),
        ),
        (
            "section introduction",
            Box::new(|r: &Path| {
                replace_in(
                    r,
                    "content/events/_index.md",
                    "Most events",
                    "Nearly all events",
                )
            }),
        ),
        (
            "event moved",
            Box::new(|r: &Path| {
                // One write, so no rebuild sees the end before the start.
                let p = r.join("content/events/survey-drop-in-ladywood-december-2026.md");
                let t = std::fs::read_to_string(&p).unwrap();
                assert!(t.contains("start: 2026-12-12 11:00\nend: 2026-12-12 14:00"));
                let t = t.replace("2026-12-12 1", "2026-11-12 1");
                std::fs::write(&p, t).unwrap();
            }),
        ),
        (
            "toolkit file",
            Box::new(|r: &Path| {
                let p = r.join("toolkits/choosing-a-legal-form/legal-forms-at-a-glance.csv");
                let t = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, format!("{t}Test row,,,\n")).unwrap()
            }),
        ),
    ];
    for (name, edit) in steps {
        edit(&site.root);
        let outcome = server.settle();
        assert!(outcome.starts_with("Rebuilt"), "{name}: {outcome}");
        if name.ends_with(" body") {
            // The page in each of the six languages (its translations and the fallback pages
            // that show the original's body), its feeds or calendars, `robots.txt` and
            // `_headers`, and of each language's search index the files the body is in
            // (entry, metadata, an index chunk, the page's fragment); a rebuild in full makes
            // 80 again (every download, flyer and stylesheet).
            let (again, of) = made_again(&outcome);
            assert!(
                again > 0 && again <= 40 && again * 10 < of,
                "{name}: only the files that show the body are made again: {outcome}"
            );
        }
        assert_same_as_full_build(&site, &server, name, &mut seen);
    }
    // A failed build between two good ones: the consent comes back (every link to the
    // champion leads to the profile again) while another story is broken; once the story is
    // fixed, the site equals a full build, links included.
    replace_in(
        &site.root,
        "content/champions/farzana-begum/index.md",
        "uses: [social]",
        "uses: [web, social]",
    );
    replace_in(&site.root, story, "title: ", "title: [unclosed ");
    // The two edits may come as one rebuild or two; the last one fails.
    server.wait_for(
        |l| l.starts_with("build failed"),
        "the broken story to fail",
    );
    replace_in(&site.root, story, "title: [unclosed ", "title: ");
    let outcome = server.settle();
    assert!(outcome.starts_with("Rebuilt"), "fixed: {outcome}");
    assert_same_as_full_build(&site, &server, "fixed after a failed build", &mut seen);
    // A body edit that breaks the build (a link to no page), then its fix.
    let broken = "\nSee [the missing page](@/stories/no-such-story.md).\n";
    append(&site.root, story, broken);
    let failed = server.wait_for(|l| l.starts_with("build failed"), "the broken link");
    assert!(failed.contains("last good version"), "{failed}");
    replace_in(&site.root, story, broken, "\n");
    let outcome = server.settle();
    assert!(outcome.starts_with("Rebuilt"), "link fixed: {outcome}");
    assert_same_as_full_build(&site, &server, "body fixed after a failed build", &mut seen);
}

/// Appends `text` to the site file `rel` in one write.
fn append(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    let t = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, format!("{t}{text}")).unwrap()
}

#[test]
fn a_body_edit_that_names_a_withheld_person_fails_in_serve_too() {
    // A body edit is patched without assembling the model again; naming someone who may not be
    // shown must still fail the rebuild, as it fails `useit build`.
    let (site, _) = crate::consent::withheld_site();
    let server = Server::start(&site);
    let path = "content/stories/market-day-rewritten.md";
    let original = std::fs::read_to_string(site.src(path)).unwrap();
    append(&site.root, path, "\nOttoline Never ran the tea stall.\n");
    let line = server.settle();
    assert!(line.starts_with("build failed"), "{line}");
    let text = server.get("/stories/market-day-rewritten/").text();
    assert!(text.contains("useit-error"), "overlay: {text}");
    assert!(text.contains(path), "names the file: {text}");
    site.write(path, &original);
    let line = server.settle();
    assert!(line.starts_with("Rebuilt"), "{line}");
    // An edit naming nobody is still patched (and fine).
    append(&site.root, path, "\nThe tea ran out at noon.\n");
    let line = server.settle();
    assert!(line.starts_with("Rebuilt"), "{line}");
    assert!(
        server
            .get("/stories/market-day-rewritten/")
            .text()
            .contains("The tea ran out at noon.")
    );
}

#[test]
fn a_named_pipe_appearing_under_content_never_stops_the_rebuilds() {
    let site = SiteTest::new("minimal");
    let server = Server::start(&site);
    let pipe = site.src("content/pages/pipe.md");
    rustix::fs::mknodat(
        rustix::fs::CWD,
        &pipe,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o644),
        0,
    )
    .expect("make a FIFO");
    let started = Instant::now();
    let last = server.settle();
    assert!(last.starts_with("build failed"), "{last}");
    assert!(started.elapsed() < Duration::from_secs(120));
    std::fs::remove_file(&pipe).unwrap();
    replace_in(
        &site.root,
        "content/pages/about.md",
        "title: About us",
        "title: About them",
    );
    // The FIFO's removal and the edit come as one rebuild or as two: wait for the one that
    // shows the edit (settle panics after four minutes without a rebuild).
    for _ in 0..3 {
        server.settle();
        if server.get("/about/").text().contains("About them") {
            return;
        }
    }
    panic!("the edit after the FIFO was removed never reached the page");
}
