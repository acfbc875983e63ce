//! Write stage: where rendered files go.
//!
//! A build writes into a staging folder beside the output folder and swaps it in only when
//! everything succeeded ([`Output::commit`]); a failed build removes the staging folder and the
//! previous output stays byte-for-byte intact. `check` uses [`Output::discard`], which only
//! counts. Files are handed over one by one as they are rendered, never held as a whole site.
//!
//! `serve` uses [`Output::memory`]: the site is kept in memory (see
//! [`crate::incremental::store`]). Given the previous snapshot, a renderer can ask
//! [`Output::reuse`] whether a file made from the same inputs (the same fingerprint) already
//! exists, and skip rendering it.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::diag::{Diagnostic, Severity};
use crate::incremental::store::{Memory, Snapshot};
use crate::util::fs::{self, FsError};
pub use crate::util::hash::hash_bytes;

/// A sink for output files: one of three places.
#[derive(Debug)]
pub enum Output {
    /// `build`: files go into the staging folder `dir`, swapped in by [`Output::commit`].
    Stage {
        /// The staging folder.
        dir: PathBuf,
        /// Paths written.
        written: Written,
    },
    /// `serve`: files are kept in memory, taken from the previous site where unchanged.
    Memory(Memory),
    /// `check`: files are counted and dropped.
    Discard(Written),
}

/// The paths a staging or discarding sink was handed, for [`Output::duplicates`], and the ids
/// and links of its HTML pages, for the link check ([`crate::links`]).
#[derive(Debug, Default)]
pub struct Written(Mutex<Vec<String>>, crate::links::Collector);

impl Written {
    fn note(&self, rel: &str) {
        if let Ok(mut w) = self.0.lock() {
            w.push(rel.to_string());
        }
    }

    fn note_page(&self, rel: &str, bytes: &[u8]) {
        self.note(rel);
        if rel.ends_with(".html") {
            self.1.page(rel, bytes);
        }
    }

    /// Output paths written as a file that other written paths need as a folder (`search`
    /// and `search/index.html`): `(file, one path under it)`, sorted. Linear in the paths.
    fn folder_clashes(&self) -> Vec<(String, String)> {
        let w = self.0.lock().map(|w| w.clone()).unwrap_or_default();
        let files: std::collections::HashSet<&str> = w.iter().map(String::as_str).collect();
        let mut out: Vec<(String, String)> = Vec::new();
        for p in &w {
            let ancestors = p.match_indices('/').map(|(i, _)| &p[..i]);
            for a in ancestors.filter(|a| files.contains(a)) {
                if !out.iter().any(|(f, _)| f == a) {
                    out.push((a.to_string(), p.clone()));
                }
            }
        }
        out.sort();
        out
    }

    fn duplicates(&self) -> Vec<String> {
        let mut w = self.0.lock().map(|w| w.clone()).unwrap_or_default();
        w.sort();
        let mut d: Vec<String> = w
            .windows(2)
            .filter(|p| p[0] == p[1])
            .map(|p| p[0].clone())
            .collect();
        d.dedup();
        d
    }
}

/// The HTML pages of a sink (see [`Output::html_pages`]): their site paths, and each page's
/// bytes read one at a time, so that no more than one page is held for the reader.
pub struct HtmlPages<'a> {
    /// Site paths, in no particular order.
    pub paths: Vec<String>,
    from: PagesFrom<'a>,
}

enum PagesFrom<'a> {
    Disk(&'a Path),
    Memory(HashMap<String, Arc<[u8]>>),
    Nowhere,
}

impl HtmlPages<'_> {
    /// The bytes of the page at site path `rel`.
    pub fn read(&self, rel: &str) -> Option<Vec<u8>> {
        match &self.from {
            PagesFrom::Disk(dir) => std::fs::read(dir.join(rel)).ok(),
            PagesFrom::Memory(files) => files.get(rel).map(|b| b.to_vec()),
            PagesFrom::Nowhere => None,
        }
    }
}

/// `r`, except that a write into the fresh staging folder failing because a file stands where
/// a folder is needed, or the reverse, is `Ok`: only paths this build wrote are there, both
/// were noted, and [`Output::folder_clashes`] reports the pair with the source to rename.
fn clash_reported_later(r: Result<(), FsError>) -> Result<(), FsError> {
    use std::io::ErrorKind::{AlreadyExists, IsADirectory, NotADirectory};
    match r {
        Err(e)
            if matches!(
                e.source.kind(),
                AlreadyExists | NotADirectory | IsADirectory
            ) =>
        {
            Ok(())
        }
        r => r,
    }
}

/// The fingerprint of a file that is copied as it is: its path, size and modification time
/// (for [`Output::reuse`] of unchanged copies without reading them).
pub fn file_stamp(path: &Path) -> std::io::Result<u64> {
    let meta = std::fs::metadata(path)?;
    let mut h = std::hash::DefaultHasher::new();
    (path, meta.len(), meta.modified().ok()).hash(&mut h);
    Ok(h.finish())
}

impl Output {
    /// A staging folder for `out_dir` (a hidden sibling, so the final swap is a rename).
    pub fn stage(out_dir: &Path) -> Result<Output, FsError> {
        let staging = sibling(out_dir, "staging");
        fs::remove_tree(&staging)?;
        fs::create_dir_all(&staging)?;
        fs::write(&staging.join(MARKER), MARKER_TEXT.as_bytes())?;
        Ok(Output::Stage {
            dir: staging,
            written: Written::default(),
        })
    }

    /// A sink that writes nothing (for `check`).
    pub fn discard() -> Output {
        Output::Discard(Written::default())
    }

    /// A sink that keeps the site in memory (for `serve`); files made from the same inputs as
    /// in `previous` can be reused instead of made again (see [`Output::reuse`]).
    pub fn memory(previous: Option<Arc<Snapshot>>) -> Output {
        Output::Memory(Memory::new(previous))
    }

    /// Whether makers should fingerprint their inputs (only the in-memory sink uses them).
    pub fn wants_fingerprints(&self) -> bool {
        matches!(self, Output::Memory(_))
    }

    /// Whether [`Output::reuse`] would take the file at `rel` with fingerprint `key`.
    pub fn reusable(&self, rel: &str, key: u64) -> bool {
        matches!(self, Output::Memory(m) if m.reusable(rel, key))
    }

    /// Takes the file at `rel` from the previous snapshot when it was made from inputs with the
    /// same fingerprint `key`; false when it must be made again.
    pub fn reuse(&self, rel: &str, key: u64) -> bool {
        matches!(self, Output::Memory(m) if m.reuse(rel, key))
    }

    /// Takes every file of the previous snapshot that was neither made again nor taken yet
    /// into this site (the in-memory sink of a patched rebuild, see
    /// [`crate::render::run::render_patch`]).
    pub fn keep_the_rest(&self) {
        if let Output::Memory(m) = self {
            m.keep_the_rest();
        }
    }

    /// Notes that the file just written at `rel` was made from inputs with fingerprint `key`
    /// (see [`Output::reuse`]); only the in-memory sink keeps it.
    pub fn set_key(&self, rel: &str, key: u64) {
        if let Output::Memory(m) = self {
            m.set_key(rel, key);
        }
    }

    /// Writes one file at `rel` (a site path such as `stories/a/index.html`).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), FsError> {
        self.write_keyed(rel, bytes, None)
    }

    /// Writes one file made from inputs with fingerprint `key` (see [`Output::reuse`]).
    pub fn write_keyed(&self, rel: &str, bytes: &[u8], key: Option<u64>) -> Result<(), FsError> {
        check_name(rel)?;
        match self {
            Output::Stage { dir, written } => {
                written.note_page(rel, bytes);
                clash_reported_later(fs::write(&dir.join(rel), bytes))
            }
            Output::Memory(m) => {
                m.put(rel, bytes, key);
                Ok(())
            }
            Output::Discard(written) => {
                written.note_page(rel, bytes);
                Ok(())
            }
        }
    }

    /// What the link check needs (see [`crate::links`]): the links and ids of every HTML page
    /// written, and every file written; `None` for serve's in-memory sink, which is not checked.
    pub fn links(&self) -> Option<(&crate::links::Collector, std::collections::HashSet<String>)> {
        let written = match self {
            Output::Stage { written, .. } | Output::Discard(written) => written,
            Output::Memory(_) => return None,
        };
        let files = written
            .0
            .lock()
            .map(|w| w.iter().cloned().collect())
            .unwrap_or_default();
        Some((&written.1, files))
    }

    /// Copies a source file to `rel`.
    pub fn copy(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        self.place(from, rel, fs::copy)
    }

    /// Puts the unchanging file `from` at `rel`. A file in useit's own cache
    /// ([`crate::toolkits::cache::DIR`]) is hard-linked where the file system allows (no bytes
    /// copied); any other file, a source, is copied, so that editing the source in place never
    /// changes the published site. For toolkit downloads and cached ZIPs.
    pub fn link(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        let cached = from
            .components()
            .any(|c| c.as_os_str() == crate::toolkits::cache::DIR);
        match cached {
            true => self.place(from, rel, |from, to| fs::link_or_copy(from, to).map(|_| ())),
            false => self.place(from, rel, fs::copy),
        }
    }

    /// Puts the source file `from` at `rel`, with `put` when staging; the in-memory sink reads
    /// the file's bytes, unless the previous snapshot has the same file (same path, size and
    /// modification time) already.
    fn place(
        &self,
        from: &Path,
        rel: &str,
        put: impl FnOnce(&Path, &Path) -> Result<(), FsError>,
    ) -> Result<(), FsError> {
        let read = |source| FsError {
            action: "read",
            path: from.to_path_buf(),
            source,
        };
        check_name(rel)?;
        match self {
            Output::Stage { dir, written } => {
                written.note(rel);
                clash_reported_later(put(from, &dir.join(rel)))
            }
            Output::Memory(m) => {
                let key = file_stamp(from).map_err(read)?;
                if m.reuse(rel, key) {
                    return Ok(());
                }
                let bytes = std::fs::read(from).map_err(read)?;
                m.put(rel, &bytes, Some(key));
                Ok(())
            }
            Output::Discard(written) => {
                written.note(rel);
                Ok(())
            }
        }
    }

    /// The HTML files handed to a staging or in-memory sink so far (for the search index),
    /// each read back only when asked; none for the discarding sink, which keeps nothing.
    pub fn html_pages(&self) -> HtmlPages<'_> {
        match self {
            Output::Stage { dir, written } => {
                let mut paths = written.0.lock().map(|w| w.clone()).unwrap_or_default();
                paths.retain(|p| p.ends_with(".html"));
                HtmlPages {
                    paths,
                    from: PagesFrom::Disk(dir),
                }
            }
            Output::Memory(m) => {
                let files: HashMap<String, Arc<[u8]>> = m.html_files().into_iter().collect();
                HtmlPages {
                    paths: files.keys().cloned().collect(),
                    from: PagesFrom::Memory(files),
                }
            }
            Output::Discard(_) => HtmlPages {
                paths: Vec::new(),
                from: PagesFrom::Nowhere,
            },
        }
    }

    /// Takes no file under `prefix` from serve's previous site (see [`Memory::forget_dir`]).
    pub fn forget_dir(&self, prefix: &str) {
        if let Output::Memory(m) = self {
            m.forget_dir(prefix);
        }
    }

    /// Paths written as a file that other paths need as a folder (see
    /// [`Written::folder_clashes`]); none for serve's in-memory sink.
    pub fn folder_clashes(&self) -> Vec<(String, String)> {
        match self {
            Output::Stage { written, .. } | Output::Discard(written) => written.folder_clashes(),
            Output::Memory(_) => Vec::new(),
        }
    }

    /// Paths written twice, sorted: a bug in the caller. The in-memory sink also counts a
    /// path both made afresh and taken from the previous site.
    pub fn duplicates(&self) -> Vec<String> {
        match self {
            Output::Stage { written, .. } | Output::Discard(written) => written.duplicates(),
            Output::Memory(m) => m.duplicates(),
        }
    }

    /// Swaps the staging folder in as `out_dir`; the old output is removed afterwards.
    pub fn commit(self, out_dir: &Path) -> Result<(), FsError> {
        let Output::Stage { dir: staging, .. } = self else {
            return Ok(());
        };
        if !out_dir.exists() {
            return fs::rename(&staging, out_dir);
        }
        if exchange(&staging, out_dir).is_ok() {
            // `staging` now holds the previous output.
            return fs::remove_tree(&staging);
        }
        let old = sibling(out_dir, "old");
        fs::remove_tree(&old)?;
        fs::rename(out_dir, &old)?;
        fs::rename(&staging, out_dir)?;
        fs::remove_tree(&old)
    }

    /// The files of an in-memory sink (`None` for the other sinks), with the paths made
    /// afresh rather than taken from the previous snapshot.
    pub fn into_snapshot(self) -> Option<(Snapshot, Vec<String>)> {
        match self {
            Output::Memory(m) => m.into_snapshot(),
            _ => None,
        }
    }

    /// Removes the staging folder, leaving the previous output untouched.
    pub fn abort(self) {
        if let Output::Stage { dir, .. } = self {
            let _ = fs::remove_tree(&dir);
        }
    }
}

/// The file every build writes at the top of its output folder: a folder holding it was made
/// by useit and may be replaced by the next build.
pub const MARKER: &str = ".useit-output";

const MARKER_TEXT: &str = "This folder was built by useit; the next build replaces it whole.\n";

/// The longest file name (one path component) the file systems useit writes to accept, in
/// bytes.
pub const MAX_NAME_BYTES: usize = 255;

/// What every message about a file name too long for the file system says.
pub const LONG_NAME: &str = "longer than the 255 bytes file systems allow";

/// The component of the site path `rel` longer than [`MAX_NAME_BYTES`], if any.
pub fn long_component(rel: &str) -> Option<&str> {
    rel.split('/').find(|c| c.len() > MAX_NAME_BYTES)
}

/// Refuses to write the site path `rel` when a component of it is longer than the file
/// system allows (in every sink, so `check` finds it too).
fn check_name(rel: &str) -> Result<(), FsError> {
    match long_component(rel) {
        None => Ok(()),
        Some(c) => Err(FsError {
            action: "write",
            path: PathBuf::from(crate::diag::clip(rel, 100)),
            source: std::io::Error::other(format!(
                "a file name of {} bytes is {LONG_NAME}",
                c.len()
            )),
        }),
    }
}

/// Folders of the site that an output folder must never replace or sit in.
const SOURCE_DIRS: [&str; 6] = ["content", "themes", "toolkits", "locales", "src", ".git"];

/// Refuses output folders whose swap would destroy sources: the site folder itself or one
/// above it, a source folder or one inside it, a file, or an existing folder that is not
/// empty and holds no [`MARKER`] (it was not made by useit). Paths are compared as the file
/// system resolves them ([`fs::resolve`]), so neither `..` nor a symbolic link hides a source
/// folder. With `force`, a folder not made by useit is taken over: the names of what it holds
/// are returned, for the caller to list; source folders are refused even then.
pub fn guard_output(root: &Path, out: &Path, force: bool) -> Result<Vec<String>, Diagnostic> {
    let (root, out_abs) = (fs::resolve(root), fs::resolve(out));
    let refuse = |why: String, help: &str| {
        Diagnostic::general(
            Severity::Error,
            format!("refusing to build into {}: {why}", out.display()),
        )
        .with_help(help.to_string())
    };
    let separate = "choose a separate folder for the output, such as `public`";
    if fs::is_within(&root, &out_abs) {
        let why = "it holds the site's sources, which the build would replace";
        return Err(refuse(why.into(), separate));
    }
    for dir in SOURCE_DIRS {
        if fs::is_within(&out_abs, &root.join(dir)) {
            let why = format!("it is the source folder `{dir}/` or inside it");
            return Err(refuse(why, separate));
        }
    }
    if out_abs.is_dir() {
        let entries = std::fs::read_dir(&out_abs).map_err(|e| refuse(e.to_string(), separate))?;
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        if names.is_empty() || out_abs.join(MARKER).is_file() {
            return Ok(Vec::new());
        }
        if force {
            return Ok(names);
        }
        let why = format!(
            "it is not empty and was not made by useit (it has no `{MARKER}` file); the build would replace it whole"
        );
        let help = "choose another folder, or pass --force to replace this one (what it holds is listed first)";
        return Err(refuse(why, help));
    } else if out_abs.symlink_metadata().is_ok() {
        return Err(refuse("it is not a folder".into(), separate));
    }
    Ok(Vec::new())
}

fn sibling(out_dir: &Path, what: &str) -> PathBuf {
    let name = out_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    out_dir.with_file_name(format!(".{name}.{what}"))
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_swaps_and_abort_keeps_previous() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let o = Output::stage(&out).unwrap();
        o.write("a/index.html", b"one").unwrap();
        o.commit(&out).unwrap();
        assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
        let o = Output::stage(&out).unwrap();
        o.write("b.txt", b"two").unwrap();
        o.abort();
        assert!(!out.join("b.txt").exists());
        assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
        let o = Output::stage(&out).unwrap();
        o.write("c.txt", b"three").unwrap();
        o.commit(&out).unwrap();
        assert!(
            !out.join("a/index.html").exists(),
            "old files do not linger"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no staging left behind"
        );
    }

    #[test]
    fn guard_sees_through_dot_dot_and_links_to_source_folders() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(guard_output(root, &root.join("public"), false).is_ok());
        assert!(guard_output(root, &root.join("new/../content/out"), true).is_err());
        assert!(guard_output(root, &root.join("public/../.."), true).is_err());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("content"), root.join("link")).unwrap();
            assert!(guard_output(root, &root.join("link/out"), true).is_err());
        }
    }

    #[test]
    fn memory_reuses_files_with_the_same_fingerprint_only() {
        let o = Output::memory(None);
        assert!(o.wants_fingerprints());
        o.write_keyed("a.html", b"one", Some(1)).unwrap();
        o.write("b.txt", b"two").unwrap();
        let first = Arc::new(o.into_snapshot().unwrap().0);
        let o = Output::memory(Some(first.clone()));
        assert!(o.reuse("a.html", 1));
        assert!(!o.reuse("b.txt", 1), "no fingerprint, no reuse");
        assert!(!o.reuse("c.txt", 1));
        o.write("b.txt", b"changed").unwrap();
        o.write("c.txt", b"new").unwrap();
        o.write("c.txt", b"new").unwrap();
        assert_eq!(o.duplicates(), vec!["c.txt".to_string()]);
        let (second, fresh) = o.into_snapshot().unwrap();
        assert_eq!(&*second.files["a.html"].bytes, b"one");
        assert_eq!(
            first.changed(&second, &fresh),
            vec!["b.txt".to_string(), "c.txt".to_string()]
        );
        assert!(!Output::discard().wants_fingerprints());
    }
}
