//! Write stage: where rendered files go.
//!
//! A build writes into a staging folder beside the output folder and swaps it in only when
//! everything succeeded ([`Output::commit`]); a failed build removes the staging folder and the
//! previous output stays byte-for-byte intact. `check` uses [`Output::discard`], which only
//! counts. Files are handed over one by one as they are rendered, never held as a whole site.
//!
//! `serve` uses [`Output::memory`]: the site is kept in memory as a [`Snapshot`]. Given the
//! previous snapshot, a renderer can ask [`Output::reuse`] whether a file made from the same
//! inputs (the same fingerprint) already exists, and skip rendering it.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use crate::util::fs::{self, FsError};

/// A sink for output files.
#[derive(Debug)]
pub struct Output {
    staging: Option<PathBuf>,
    memory: Option<Memory>,
    written: Mutex<Vec<String>>,
}

/// The in-memory sink's files and the snapshot it may reuse files from.
#[derive(Debug)]
struct Memory {
    /// Files made afresh.
    files: Mutex<HashMap<Arc<str>, MemFile>>,
    previous: Option<Arc<Snapshot>>,
    /// Per file of `previous` (by its slot): taken into this site. A flag, not a map insert:
    /// a rebuild takes most of the site from the previous one.
    kept: Vec<std::sync::atomic::AtomicBool>,
    /// Paths written twice.
    twice: Mutex<Vec<String>>,
}

/// One file of a site held in memory.
#[derive(Debug, Clone)]
pub struct MemFile {
    /// The bytes.
    pub bytes: Arc<[u8]>,
    /// A hash of the bytes (for ETags and telling what changed).
    pub hash: u64,
    /// Fingerprint of what the file was made from, when its maker gave one.
    key: Option<u64>,
    /// Its position in its snapshot (see `Memory::kept`).
    slot: usize,
}

/// A whole built site in memory: site path (`stories/a/index.html`) to file. Immutable once
/// built; a rebuild makes a new one, so readers never see a half-written site.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    /// Files by site path.
    pub files: HashMap<Arc<str>, MemFile>,
}

impl Snapshot {
    /// Paths whose bytes differ between `self` and `newer`, plus paths only in one of them,
    /// sorted. `fresh` are the paths of `newer` that may differ (made afresh, see
    /// [`Output::into_snapshot`]); the others are known to be the same as in `self`.
    pub fn changed(&self, newer: &Snapshot, fresh: &[String]) -> Vec<String> {
        let mut out: Vec<String> = fresh
            .iter()
            .filter(|p| {
                let new = newer.files.get(p.as_str()).map(|f| f.hash);
                new.is_some() && self.files.get(p.as_str()).map(|f| f.hash) != new
            })
            .cloned()
            .collect();
        // Every path of `newer` is either fresh or in `self`; unless the counts say so, no path
        // of `self` is missing from `newer`.
        let added = fresh
            .iter()
            .filter(|p| !self.files.contains_key(p.as_str()))
            .count();
        if self.files.len() + added > newer.files.len() {
            out.extend(
                self.files
                    .keys()
                    .filter(|p| !newer.files.contains_key(&**p))
                    .map(|p| p.to_string()),
            );
        }
        out.sort();
        out.dedup();
        out
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

/// A 64-bit hash of `bytes`: stable within a process, never written to disk.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

impl Output {
    /// A staging folder for `out_dir` (a hidden sibling, so the final swap is a rename).
    pub fn stage(out_dir: &Path) -> Result<Output, FsError> {
        let staging = sibling(out_dir, "staging");
        fs::remove_tree(&staging)?;
        fs::create_dir_all(&staging)?;
        Ok(Output {
            staging: Some(staging),
            ..Output::discard()
        })
    }

    /// A sink that writes nothing (for `check`).
    pub fn discard() -> Output {
        Output {
            staging: None,
            memory: None,
            written: Mutex::new(Vec::new()),
        }
    }

    /// A sink that keeps the site in memory (for `serve`); files made from the same inputs as
    /// in `previous` can be reused instead of made again (see [`Output::reuse`]).
    pub fn memory(previous: Option<Arc<Snapshot>>) -> Output {
        let size = previous.as_ref().map_or(0, |p| p.files.len());
        Output {
            memory: Some(Memory {
                files: Mutex::new(HashMap::new()),
                previous,
                kept: (0..size)
                    .map(|_| std::sync::atomic::AtomicBool::new(false))
                    .collect(),
                twice: Mutex::new(Vec::new()),
            }),
            ..Output::discard()
        }
    }

    /// Whether makers should fingerprint their inputs (only the in-memory sink uses them).
    pub fn wants_fingerprints(&self) -> bool {
        self.memory.is_some()
    }

    /// Whether [`Output::reuse`] would take the file at `rel` with fingerprint `key`.
    pub fn reusable(&self, rel: &str, key: u64) -> bool {
        self.memory
            .as_ref()
            .and_then(|m| m.previous.as_ref())
            .and_then(|p| p.files.get(rel))
            .is_some_and(|old| old.key == Some(key))
    }

    /// Takes the file at `rel` from the previous snapshot when it was made from inputs with the
    /// same fingerprint `key`; false when it must be made again.
    pub fn reuse(&self, rel: &str, key: u64) -> bool {
        let Some(m) = &self.memory else { return false };
        let Some(old) = m.previous.as_ref().and_then(|p| p.files.get(rel)) else {
            return false;
        };
        if old.key != Some(key) {
            return false;
        }
        if m.kept[old.slot].swap(true, Ordering::Relaxed)
            && let Ok(mut t) = m.twice.lock()
        {
            t.push(rel.to_string());
        }
        true
    }

    /// Takes every file of the previous snapshot that was neither made again nor taken yet
    /// into this site (the in-memory sink of a patched rebuild, see
    /// [`crate::render::run::render_patch`]).
    pub fn keep_the_rest(&self) {
        let Some(m) = &self.memory else { return };
        let (Some(p), Ok(made)) = (&m.previous, m.files.lock()) else {
            return;
        };
        for k in &m.kept {
            k.store(true, Ordering::Relaxed);
        }
        for path in made.keys() {
            if let Some(f) = p.files.get(path) {
                m.kept[f.slot].store(false, Ordering::Relaxed);
            }
        }
    }

    /// Notes that the file just written at `rel` was made from inputs with fingerprint `key`
    /// (see [`Output::reuse`]); only the in-memory sink keeps it.
    pub fn set_key(&self, rel: &str, key: u64) {
        if let Some(m) = &self.memory
            && let Ok(mut files) = m.files.lock()
            && let Some(f) = files.get_mut(rel)
        {
            f.key = Some(key);
        }
    }

    /// Writes one file at `rel` (a site path such as `stories/a/index.html`).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), FsError> {
        self.write_keyed(rel, bytes, None)
    }

    /// Writes one file made from inputs with fingerprint `key` (see [`Output::reuse`]).
    pub fn write_keyed(&self, rel: &str, bytes: &[u8], key: Option<u64>) -> Result<(), FsError> {
        self.note(rel);
        if let Some(m) = &self.memory {
            m.keep(rel, bytes, key);
            return Ok(());
        }
        match &self.staging {
            Some(dir) => fs::write(&dir.join(rel), bytes),
            None => Ok(()),
        }
    }

    /// Copies a source file to `rel`.
    pub fn copy(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        if self.memory.is_some() {
            return self.read_in(from, rel);
        }
        self.note(rel);
        match &self.staging {
            Some(dir) => fs::copy(from, &dir.join(rel)),
            None => Ok(()),
        }
    }

    /// The in-memory sink's copy: the file's bytes, unless the previous snapshot has the same
    /// file (same path, size and modification time) already.
    fn read_in(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        let key = file_stamp(from).map_err(|source| FsError {
            action: "read",
            path: from.to_path_buf(),
            source,
        })?;
        if self.reuse(rel, key) {
            return Ok(());
        }
        let bytes = std::fs::read(from).map_err(|source| FsError {
            action: "read",
            path: from.to_path_buf(),
            source,
        })?;
        self.write_keyed(rel, &bytes, Some(key))
    }

    /// Puts the unchanging file `from` at `rel`: a hard link where the file system allows (no
    /// bytes copied), else a copy. For toolkit downloads and cached ZIPs.
    pub fn link(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        if self.memory.is_some() {
            return self.read_in(from, rel);
        }
        self.note(rel);
        match &self.staging {
            Some(dir) => fs::link_or_copy(from, &dir.join(rel)).map(|_| ()),
            None => Ok(()),
        }
    }

    /// Notes a path written, for [`Output::duplicates`]; the in-memory sink notices a second
    /// write of a path as it happens.
    fn note(&self, rel: &str) {
        if self.memory.is_none()
            && let Ok(mut w) = self.written.lock()
        {
            w.push(rel.to_string());
        }
    }

    /// Paths written, sorted; a path written twice is a bug in the caller, reported by
    /// [`Output::duplicates`].
    pub fn duplicates(&self) -> Vec<String> {
        if let Some(m) = &self.memory {
            let mut t = m.twice.lock().map(|t| t.clone()).unwrap_or_default();
            // Made afresh and taken from the previous site as well.
            if let (Some(p), Ok(files)) = (&m.previous, m.files.lock()) {
                t.extend(
                    files
                        .keys()
                        .filter(|k| {
                            p.files
                                .get(&***k)
                                .is_some_and(|f| m.kept[f.slot].load(Ordering::Relaxed))
                        })
                        .map(|k| k.to_string()),
                );
            }
            t.sort();
            t.dedup();
            return t;
        }
        let mut w = self.written.lock().map(|w| w.clone()).unwrap_or_default();
        w.sort();
        let mut d: Vec<String> = w
            .windows(2)
            .filter(|p| p[0] == p[1])
            .map(|p| p[0].clone())
            .collect();
        d.dedup();
        d
    }

    /// Swaps the staging folder in as `out_dir`; the old output is removed afterwards.
    pub fn commit(self, out_dir: &Path) -> Result<(), FsError> {
        let Some(staging) = self.staging else {
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
        let m = self.memory?;
        let made = m.files.into_inner().ok()?;
        let fresh: Vec<String> = made.keys().map(|k| k.to_string()).collect();
        let mut files = match &m.previous {
            Some(p) => {
                let mut files = p.files.clone();
                files.retain(|_, f| m.kept[f.slot].load(Ordering::Relaxed));
                files
            }
            None => HashMap::new(),
        };
        // A file made again takes the slot of the previous file at its path. Slots must stay
        // 0..len: they are numbered afresh unless the files made again are exactly the
        // previous files not kept.
        let dropped = m.kept.len() - files.len();
        let (mut replaced, mut renumber) = (0, false);
        for (path, mut f) in made {
            match m.previous.as_ref().and_then(|p| p.files.get(&path)) {
                Some(old) if !m.kept[old.slot].load(Ordering::Relaxed) => {
                    f.slot = old.slot;
                    replaced += 1;
                }
                _ => renumber = true,
            }
            files.insert(path, f);
        }
        if renumber || replaced != dropped {
            for (slot, f) in files.values_mut().enumerate() {
                f.slot = slot;
            }
        }
        Some((Snapshot { files }, fresh))
    }

    /// Removes the staging folder, leaving the previous output untouched.
    pub fn abort(self) {
        if let Some(s) = self.staging {
            let _ = fs::remove_tree(&s);
        }
    }
}

impl Memory {
    fn keep(&self, rel: &str, bytes: &[u8], key: Option<u64>) {
        let hash = hash_bytes(bytes);
        // Unchanged bytes keep the previous allocation (and so the previous ETag).
        let file = match self.previous.as_ref().and_then(|p| p.files.get(rel)) {
            Some(old) if old.hash == hash && *old.bytes == *bytes => MemFile {
                bytes: old.bytes.clone(),
                hash,
                key,
                slot: 0,
            },
            _ => MemFile {
                bytes: Arc::from(bytes),
                hash,
                key,
                slot: 0,
            },
        };
        let before = self
            .files
            .lock()
            .ok()
            .and_then(|mut files| files.insert(Arc::from(rel), file));
        if before.is_some()
            && let Ok(mut t) = self.twice.lock()
        {
            t.push(rel.to_string());
        }
    }
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
