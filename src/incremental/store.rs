//! The in-memory site store of `serve`: the files of a build held in memory ([`Memory`]),
//! and the finished site they become ([`Snapshot`]). Given the previous snapshot, a renderer
//! can ask whether a file made from the same inputs (the same fingerprint) already exists and
//! take it instead of rendering it again ([`Memory::reuse`]).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::util::hash::hash_bytes;

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
    /// [`Memory::into_snapshot`]); the others are known to be the same as in `self`.
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

/// The files of a build held in memory and the snapshot it may reuse files from.
#[derive(Debug)]
pub struct Memory {
    /// Files made afresh.
    files: Mutex<HashMap<Arc<str>, MemFile>>,
    previous: Option<Arc<Snapshot>>,
    /// Per file of `previous` (by its slot): taken into this site. A flag, not a map insert:
    /// a rebuild takes most of the site from the previous one.
    kept: Vec<AtomicBool>,
    /// Paths written twice.
    twice: Mutex<Vec<String>>,
}

impl Memory {
    /// An empty store that may reuse the files of `previous`.
    pub fn new(previous: Option<Arc<Snapshot>>) -> Memory {
        let size = previous.as_ref().map_or(0, |p| p.files.len());
        Memory {
            files: Mutex::new(HashMap::new()),
            previous,
            kept: (0..size).map(|_| AtomicBool::new(false)).collect(),
            twice: Mutex::new(Vec::new()),
        }
    }

    /// The file of the previous snapshot at `rel`.
    fn old(&self, rel: &str) -> Option<&MemFile> {
        self.previous.as_ref().and_then(|p| p.files.get(rel))
    }

    /// Whether [`Memory::reuse`] would take the file at `rel` with fingerprint `key`.
    pub fn reusable(&self, rel: &str, key: u64) -> bool {
        self.old(rel).is_some_and(|old| old.key == Some(key))
    }

    /// Takes the file at `rel` from the previous snapshot when it was made from inputs with the
    /// same fingerprint `key`; false when it must be made again.
    pub fn reuse(&self, rel: &str, key: u64) -> bool {
        let Some(old) = self.old(rel) else {
            return false;
        };
        if old.key != Some(key) {
            return false;
        }
        if self.kept[old.slot].swap(true, Ordering::Relaxed)
            && let Ok(mut t) = self.twice.lock()
        {
            t.push(rel.to_string());
        }
        true
    }

    /// Takes every file of the previous snapshot that was neither made again nor taken yet.
    pub fn keep_the_rest(&self) {
        let (Some(p), Ok(made)) = (&self.previous, self.files.lock()) else {
            return;
        };
        for k in &self.kept {
            k.store(true, Ordering::Relaxed);
        }
        for path in made.keys() {
            if let Some(f) = p.files.get(path) {
                self.kept[f.slot].store(false, Ordering::Relaxed);
            }
        }
    }

    /// Notes that the file just written at `rel` was made from inputs with fingerprint `key`.
    pub fn set_key(&self, rel: &str, key: u64) {
        if let Ok(mut files) = self.files.lock()
            && let Some(f) = files.get_mut(rel)
        {
            f.key = Some(key);
        }
    }

    /// Keeps the file `bytes` at `rel`, made from inputs with fingerprint `key`.
    pub fn put(&self, rel: &str, bytes: &[u8], key: Option<u64>) {
        let hash = hash_bytes(bytes);
        // Unchanged bytes keep the previous allocation (and so the previous ETag).
        let bytes = match self.old(rel) {
            Some(old) if old.hash == hash && *old.bytes == *bytes => old.bytes.clone(),
            _ => Arc::from(bytes),
        };
        let file = MemFile {
            bytes,
            hash,
            key,
            slot: 0,
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

    /// Takes no file under `prefix` (`pagefind/`) from the previous snapshot: a maker that
    /// writes that whole folder afresh (the search index) calls this before writing.
    pub fn forget_dir(&self, prefix: &str) {
        if let Some(p) = &self.previous {
            for (path, f) in &p.files {
                if path.starts_with(prefix) {
                    self.kept[f.slot].store(false, Ordering::Relaxed);
                }
            }
        }
    }

    /// The HTML files of the site as it stands: made afresh, or taken from the previous
    /// snapshot; with their bytes.
    pub fn html_files(&self) -> Vec<(String, Arc<[u8]>)> {
        let mut out: Vec<(String, Arc<[u8]>)> = Vec::new();
        if let Ok(made) = self.files.lock() {
            out.extend(
                made.iter()
                    .filter(|(k, _)| k.ends_with(".html"))
                    .map(|(k, f)| (k.to_string(), f.bytes.clone())),
            );
        }
        if let Some(p) = &self.previous {
            out.extend(
                p.files
                    .iter()
                    .filter(|(k, f)| {
                        k.ends_with(".html") && self.kept[f.slot].load(Ordering::Relaxed)
                    })
                    .map(|(k, f)| (k.to_string(), f.bytes.clone())),
            );
        }
        out
    }

    /// Paths written twice, or made afresh and taken from the previous site as well; sorted.
    pub fn duplicates(&self) -> Vec<String> {
        let mut t = self.twice.lock().map(|t| t.clone()).unwrap_or_default();
        if let (Some(p), Ok(files)) = (&self.previous, self.files.lock()) {
            t.extend(
                files
                    .keys()
                    .filter(|k| {
                        p.files
                            .get(&***k)
                            .is_some_and(|f| self.kept[f.slot].load(Ordering::Relaxed))
                    })
                    .map(|k| k.to_string()),
            );
        }
        t.sort();
        t.dedup();
        t
    }

    /// The finished site, with the paths made afresh rather than taken from the previous
    /// snapshot; `None` when a lock was poisoned.
    pub fn into_snapshot(self) -> Option<(Snapshot, Vec<String>)> {
        let made = self.files.into_inner().ok()?;
        let fresh: Vec<String> = made.keys().map(|k| k.to_string()).collect();
        let kept = self.kept;
        let mut files = match &self.previous {
            Some(p) => {
                let mut files = p.files.clone();
                files.retain(|_, f| kept[f.slot].load(Ordering::Relaxed));
                files
            }
            None => HashMap::new(),
        };
        // A file made again takes the slot of the previous file at its path. Slots must stay
        // 0..len: they are numbered afresh unless the files made again are exactly the
        // previous files not kept.
        let dropped = kept.len() - files.len();
        let (mut replaced, mut renumber) = (0, false);
        for (path, mut f) in made {
            match self.previous.as_ref().and_then(|p| p.files.get(&path)) {
                Some(old) if !kept[old.slot].load(Ordering::Relaxed) => {
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
}
