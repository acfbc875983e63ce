//! `SiteTest`: copy a fixture site into a temporary folder, run the real `useit` binary on it,
//! and look at what a user would see: the exit code, stdout, stderr and the generated files
//! (HTML parsed with `scraper`).
//!
//! A fixture is a folder under `tests/fixtures/` holding `site.yaml`, `content/` and optionally
//! `toolkits/` and `themes/`. The bundled theme (`themes/useit` at the repo root) is copied
//! first and the fixture on top of it, so a fixture's `themes/` only needs the files it changes
//! (for example a broken `base.html`). See `tests/fixtures/README.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

/// The fixed "now" every build uses unless a test is about time.
pub(crate) const NOW: &str = "2026-11-25";

/// Name of the file in an invalid fixture holding the exact stderr of `useit build`.
const EXPECTED_STDERR: &str = "expected.stderr";

/// The repository root (holds the bundled portal: `site.yaml`, `content/`, `themes/`).
pub(crate) fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures_dir() -> PathBuf {
    repo_root().join("tests").join("fixtures")
}

/// A site in a temporary folder, with an output folder beside it.
pub(crate) struct SiteTest {
    tmp: tempfile::TempDir,
    /// The site root (`--root`).
    pub(crate) root: PathBuf,
    /// The default output folder (`--output`): `<tmp>/out`, outside the site.
    pub(crate) out: PathBuf,
}

impl SiteTest {
    /// Copies `tests/fixtures/<case>` (over a copy of the bundled theme) into a temp folder.
    pub(crate) fn new(case: &str) -> SiteTest {
        let src = fixtures_dir().join(case);
        assert!(
            src.join("site.yaml").is_file(),
            "fixture {case} has no site.yaml at {}",
            src.display()
        );
        let tmp = tempfile::tempdir().expect("create temp dir");
        let root = tmp.path().join("site");
        copy_tree(
            &repo_root().join("themes").join("useit"),
            &root.join("themes").join("useit"),
        );
        // The portal's UI strings come with the theme's templates; a fixture may override them.
        copy_tree(&repo_root().join("locales"), &root.join("locales"));
        copy_tree(&src, &root);
        let _ = std::fs::remove_file(root.join(EXPECTED_STDERR));
        let out = tmp.path().join("out");
        SiteTest { tmp, root, out }
    }

    /// A copy of the bundled portal (`site.yaml`, `content/`, `data/`, `themes/`, `locales/`,
    /// `toolkits/`, `video-cache/`) in a temp folder, for tests that edit it.
    pub(crate) fn portal_copy() -> SiteTest {
        let tmp = tempfile::tempdir().expect("create temp dir");
        let root = tmp.path().join("site");
        for dir in [
            "content",
            "data",
            "themes",
            "locales",
            "toolkits",
            "video-cache",
        ] {
            copy_tree(&repo_root().join(dir), &root.join(dir));
        }
        std::fs::copy(repo_root().join("site.yaml"), root.join("site.yaml"))
            .expect("copy site.yaml");
        let out = tmp.path().join("out");
        SiteTest { tmp, root, out }
    }

    /// The bundled portal at the repository root, built in place (read only) into a temp output.
    pub(crate) fn portal() -> SiteTest {
        let tmp = tempfile::tempdir().expect("create temp dir");
        let out = tmp.path().join("out");
        SiteTest {
            tmp,
            root: repo_root(),
            out,
        }
    }

    /// The temporary folder holding the site and the output.
    pub(crate) fn tmp(&self) -> &Path {
        self.tmp.path()
    }

    /// Runs `useit` with `args` (nothing added) from the temp folder.
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        self.run_in(args, None)
    }

    /// [`SiteTest::run`] with an empty `PATH`: no outside program (ffmpeg) can be found, on any
    /// machine, so the test is the same everywhere.
    pub(crate) fn run_without_programs(&self, args: &[&str]) -> Run {
        let empty = self.tmp.path().join("empty-path");
        std::fs::create_dir_all(&empty).expect("create an empty PATH folder");
        self.run_in(args, Some(&empty))
    }

    /// [`SiteTest::run`] with extra environment variables.
    pub(crate) fn run_with_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        self.run_env(args, None, vars)
    }

    fn run_in(&self, args: &[&str], path: Option<&Path>) -> Run {
        self.run_env(args, path, &[])
    }

    fn run_env(&self, args: &[&str], path: Option<&Path>, vars: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_useit"));
        cmd.envs(vars.iter().copied());
        cmd.args(args)
            .current_dir(self.tmp.path())
            .env_remove("SOURCE_DATE_EPOCH")
            .env("NO_COLOR", "1");
        if let Some(p) = path {
            cmd.env("PATH", p);
        }
        let output = cmd.output().expect("run the useit binary");
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// `useit build --root <site> --output <out> --now <now> <extra...>`.
    pub(crate) fn build_into(&self, out: &Path, now: &str, extra: &[&str]) -> Run {
        let root = self.root.to_string_lossy();
        let out = out.to_string_lossy();
        let mut args = vec!["build", "--root", &root, "--output", &out, "--now", now];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// `useit build` into the default output folder at [`NOW`].
    pub(crate) fn build(&self, extra: &[&str]) -> Run {
        self.build_into(&self.out.clone(), NOW, extra)
    }

    /// `useit build` that must succeed.
    pub(crate) fn build_ok(&self, extra: &[&str]) -> Run {
        self.build(extra).success()
    }

    /// `useit check --root <site> --now <NOW> <extra...>`.
    pub(crate) fn check(&self, extra: &[&str]) -> Run {
        let root = self.root.to_string_lossy();
        let mut args = vec!["check", "--root", &root, "--now", NOW];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// A path inside the site.
    pub(crate) fn src(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Writes a file inside the site, creating folders.
    pub(crate) fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let p = self.src(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("create folder");
        std::fs::write(&p, bytes).expect("write fixture file");
    }

    /// Reads a text file of the site (the fixture's as copied, or as last written).
    pub(crate) fn source_text(&self, rel: &str) -> String {
        std::fs::read_to_string(self.src(rel)).expect("read fixture file")
    }

    /// A path inside the default output folder.
    pub(crate) fn out_path(&self, rel: &str) -> PathBuf {
        self.out.join(rel)
    }

    /// True when `rel` exists in the default output folder.
    pub(crate) fn exists(&self, rel: &str) -> bool {
        self.out_path(rel).exists()
    }

    /// Reads an output file as text; panics with the list of files when it is missing.
    pub(crate) fn read(&self, rel: &str) -> String {
        read_in(&self.out, rel)
    }

    /// Parses an output HTML file.
    pub(crate) fn html(&self, rel: &str) -> Page {
        Page::parse(rel, &self.read(rel))
    }
}

/// Reads `rel` under `dir` as text, listing what exists when it does not.
pub(crate) fn read_in(dir: &Path, rel: &str) -> String {
    match std::fs::read_to_string(dir.join(rel)) {
        Ok(s) => s,
        Err(e) => {
            let files: Vec<String> = tree(dir).into_keys().collect();
            panic!(
                "cannot read {rel} in {}: {e}\nfiles there:\n  {}",
                dir.display(),
                files.join("\n  ")
            )
        }
    }
}

/// Every file under `dir` (relative path with `/`, contents), sorted by path.
pub(crate) fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir(dir) {
        let rel = entry
            .strip_prefix(dir)
            .expect("inside dir")
            .to_string_lossy()
            .replace('\\', "/");
        files.insert(rel, std::fs::read(&entry).expect("read output file"));
    }
    files
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd {
            let e = e.expect("read dir entry");
            let ft = e.file_type().expect("file type");
            if ft.is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// Asserts two trees are byte-for-byte the same, naming the first differences.
pub(crate) fn assert_same_tree(
    a: &BTreeMap<String, Vec<u8>>,
    b: &BTreeMap<String, Vec<u8>>,
    what: &str,
) {
    let only_a: Vec<&String> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<&String> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    let differ: Vec<&String> = a
        .keys()
        .filter(|k| b.get(*k).is_some_and(|v| v != &a[*k]))
        .collect();
    assert!(
        only_a.is_empty() && only_b.is_empty() && differ.is_empty(),
        "{what}: trees differ\n  only in first: {only_a:?}\n  only in second: {only_b:?}\n  different bytes: {differ:?}"
    );
    assert!(!a.is_empty(), "{what}: the tree is empty");
}

pub(crate) fn copy_tree(from: &Path, to: &Path) {
    for file in walkdir(from) {
        let rel = file.strip_prefix(from).expect("inside from");
        let dest = to.join(rel);
        std::fs::create_dir_all(dest.parent().expect("parent")).expect("create folder");
        std::fs::copy(&file, &dest).unwrap_or_else(|e| panic!("copy {}: {e}", file.display()));
    }
}

/// The result of one run of the binary.
#[derive(Debug)]
pub(crate) struct Run {
    args: Vec<String>,
    /// Exit code (`None` when killed by a signal).
    pub(crate) code: Option<i32>,
    /// Standard output.
    pub(crate) stdout: String,
    /// Standard error.
    pub(crate) stderr: String,
}

impl Run {
    fn describe(&self) -> String {
        format!(
            "useit {}\nexit code: {:?}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }

    /// Asserts the exit code, showing the whole run when it differs; never a panic.
    pub(crate) fn code(self, want: i32) -> Run {
        assert_eq!(
            self.code,
            Some(want),
            "unexpected exit code\n{}",
            self.describe()
        );
        self.no_panic()
    }

    /// Exit code 0.
    pub(crate) fn success(self) -> Run {
        self.code(0)
    }

    /// Exit code 1 (content or build errors).
    pub(crate) fn failure(self) -> Run {
        self.code(1)
    }

    /// Asserts the binary did not panic.
    pub(crate) fn no_panic(self) -> Run {
        assert!(
            !self.stderr.contains("panicked"),
            "the binary panicked\n{}",
            self.describe()
        );
        self
    }

    /// Asserts stderr contains `needle`.
    pub(crate) fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n{}",
            self.describe()
        );
        self
    }

    /// Asserts stdout contains `needle`.
    pub(crate) fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{}",
            self.describe()
        );
        self
    }

    /// Lines of stderr starting with `prefix` (e.g. `error:`).
    pub(crate) fn stderr_lines(&self, prefix: &str) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with(prefix))
            .collect()
    }
}

/// Compares `actual` with `tests/fixtures/<case>/expected.stderr`; `UPDATE_EXPECTED=1` rewrites
/// the file instead.
pub(crate) fn assert_expected_stderr(case: &str, actual: &str) {
    let path = fixtures_dir().join(case).join(EXPECTED_STDERR);
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&path, actual).expect("write expected.stderr");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}\n(run with UPDATE_EXPECTED=1 to create it)\nactual stderr:\n{actual}", path.display())
    });
    assert!(
        expected == actual,
        "stderr differs from {}\n(run with UPDATE_EXPECTED=1 to accept)\n--- expected ---\n{expected}--- actual ---\n{actual}",
        path.display()
    );
}

/// A parsed HTML output file.
pub(crate) struct Page {
    name: String,
    html: Html,
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css:?}: {e:?}"))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Page {
    /// Parses `text` (named `name` in failure messages).
    pub(crate) fn parse(name: &str, text: &str) -> Page {
        Page {
            name: name.to_string(),
            html: Html::parse_document(text),
        }
    }

    /// The file name given at parse time.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// `(text, href, rel)` of every link matching `css`.
    pub(crate) fn links(&self, css: &str) -> Vec<(String, String, Option<String>)> {
        self.html
            .select(&sel(css))
            .map(|e| {
                let text = squash(&e.text().collect::<String>());
                (
                    text,
                    e.attr("href").unwrap_or_default().to_string(),
                    e.attr("rel").map(str::to_string),
                )
            })
            .collect()
    }

    /// Text of every element matching `css`, whitespace collapsed.
    pub(crate) fn texts(&self, css: &str) -> Vec<String> {
        self.html
            .select(&sel(css))
            .map(|e| squash(&e.text().collect::<String>()))
            .collect()
    }

    /// Text of the only element matching `css`.
    pub(crate) fn text(&self, css: &str) -> String {
        let all = self.texts(css);
        assert_eq!(
            all.len(),
            1,
            "{}: expected one `{css}`, found {all:?}",
            self.name
        );
        all.into_iter().next().unwrap_or_default()
    }

    /// Value of `attr` on every element matching `css` that has it.
    pub(crate) fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.html
            .select(&sel(css))
            .filter_map(|e| e.attr(attr).map(str::to_string))
            .collect()
    }

    /// Value of `attr` on the only element matching `css`.
    pub(crate) fn attr(&self, css: &str, attr: &str) -> String {
        let all = self.attrs(css, attr);
        assert_eq!(
            all.len(),
            1,
            "{}: expected one `{css}` with `{attr}`, found {all:?}",
            self.name
        );
        all.into_iter().next().unwrap_or_default()
    }

    /// The HTML of every element matching `css` (the element itself included).
    pub(crate) fn html_of(&self, css: &str) -> Vec<String> {
        self.html.select(&sel(css)).map(|e| e.html()).collect()
    }

    /// Number of elements matching `css`.
    pub(crate) fn count(&self, css: &str) -> usize {
        self.html.select(&sel(css)).count()
    }
}
