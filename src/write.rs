//! Write stage: where rendered files go.
//!
//! A build writes into a staging folder beside the output folder and swaps it in only when
//! everything succeeded ([`Output::commit`]); a failed build removes the staging folder and the
//! previous output stays byte-for-byte intact. `check` uses [`Output::discard`], which only
//! counts. Files are handed over one by one as they are rendered, never held as a whole site.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::util::fs::{self, FsError};

/// A sink for output files.
#[derive(Debug)]
pub struct Output {
    staging: Option<PathBuf>,
    files: AtomicUsize,
    bytes: AtomicUsize,
    written: Mutex<Vec<String>>,
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
            files: AtomicUsize::new(0),
            bytes: AtomicUsize::new(0),
            written: Mutex::new(Vec::new()),
        }
    }

    /// Writes one file at `rel` (a site path such as `stories/a/index.html`).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), FsError> {
        self.count(rel, bytes.len());
        match &self.staging {
            Some(dir) => fs::write(&dir.join(rel), bytes),
            None => Ok(()),
        }
    }

    /// Copies a source file to `rel`.
    pub fn copy(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        let len = std::fs::metadata(from)
            .map(|m| m.len() as usize)
            .unwrap_or(0);
        self.count(rel, len);
        match &self.staging {
            Some(dir) => fs::copy(from, &dir.join(rel)),
            None => Ok(()),
        }
    }

    /// Puts the unchanging file `from` at `rel`: a hard link where the file system allows (no
    /// bytes copied), else a copy. For toolkit downloads and cached ZIPs.
    pub fn link(&self, from: &Path, rel: &str) -> Result<(), FsError> {
        let len = std::fs::metadata(from)
            .map(|m| m.len() as usize)
            .unwrap_or(0);
        self.count(rel, len);
        match &self.staging {
            Some(dir) => fs::link_or_copy(from, &dir.join(rel)).map(|_| ()),
            None => Ok(()),
        }
    }

    fn count(&self, rel: &str, len: usize) {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(len, Ordering::Relaxed);
        if let Ok(mut w) = self.written.lock() {
            w.push(rel.to_string());
        }
    }

    /// Number of files written.
    pub fn files(&self) -> usize {
        self.files.load(Ordering::Relaxed)
    }

    /// Paths written, sorted; a path written twice is a bug in the caller, reported by
    /// [`Output::duplicates`].
    pub fn duplicates(&self) -> Vec<String> {
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

    /// Removes the staging folder, leaving the previous output untouched.
    pub fn abort(self) {
        if let Some(s) = self.staging {
            let _ = fs::remove_tree(&s);
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
}
