//! The toolkit cache, `.useit-cache/` in the site root: what each download's SHA-256 and format
//! were the last time it was read (keyed by path, size and modification time), and the ZIPs of
//! whole toolkits (named by the hash of their inputs). A rebuild with unchanged toolkits reads,
//! hashes and zips nothing.
//!
//! Entry points: [`Cache::load`] and [`Cache::save`]. A missing or unreadable cache is empty; it
//! is only ever a shortcut, never a source of truth the build could not recompute.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Folder of the cache, relative to the site root.
pub const DIR: &str = ".useit-cache";
const FILE: &str = "toolkits.json";
const VERSION: u32 = 1;

/// What a file was when it was last hashed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since 1970.
    pub mtime_ns: u64,
    /// SHA-256, lowercase hex.
    pub sha256: String,
    /// Format id (see [`super::format::FORMATS`]).
    pub format: String,
}

/// A built ZIP in `.useit-cache/zips/<key>.zip`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZipEntry {
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the ZIP, lowercase hex.
    pub sha256: String,
}

/// The cache's content.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    version: u32,
    /// Files by path relative to the site root.
    pub files: BTreeMap<String, FileEntry>,
    /// ZIPs by the hash of their inputs.
    pub zips: BTreeMap<String, ZipEntry>,
}

impl Cache {
    /// Reads `<root>/.useit-cache/toolkits.json`; empty when absent, unreadable or old.
    pub fn load(root: &Path) -> Cache {
        std::fs::read(root.join(DIR).join(FILE))
            .ok()
            .and_then(|b| serde_json::from_slice::<Cache>(&b).ok())
            .filter(|c| c.version == VERSION)
            .unwrap_or_default()
    }

    /// Where the ZIP with this key lives.
    pub fn zip_path(root: &Path, key: &str) -> PathBuf {
        root.join(DIR).join("zips").join(format!("{key}.zip"))
    }

    /// Writes the cache (atomically: a temporary file renamed over the old one) and removes
    /// cached ZIPs no longer listed.
    pub fn save(mut self, root: &Path) -> std::io::Result<()> {
        self.version = VERSION;
        let dir = root.join(DIR);
        std::fs::create_dir_all(dir.join("zips"))?;
        let json = serde_json::to_vec_pretty(&self).map_err(std::io::Error::other)?;
        write_atomic(&dir.join(FILE), &json)?;
        for e in std::fs::read_dir(dir.join("zips"))?.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".zip").unwrap_or(&name);
            // Temporary files belong to a build running right now; leave them alone.
            if !name.starts_with(".tmp-") && !self.zips.contains_key(key) {
                let _ = std::fs::remove_file(e.path());
            }
        }
        Ok(())
    }
}

/// Writes `bytes` to a uniquely named temporary file beside `path`, then renames it into place,
/// so two builds of the same site never see a half-written file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".tmp-{}-{:?}-{}",
        std::process::id(),
        std::thread::current().id(),
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_prune() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Cache::load(dir.path());
        assert!(c.files.is_empty());
        c.files.insert(
            "toolkits/a/x.csv".into(),
            FileEntry {
                size: 3,
                mtime_ns: 7,
                sha256: "ab".into(),
                format: "csv".into(),
            },
        );
        c.zips.insert(
            "k1".into(),
            ZipEntry {
                size: 1,
                sha256: "cd".into(),
            },
        );
        write_atomic(&Cache::zip_path(dir.path(), "k1"), b"z").unwrap();
        write_atomic(&Cache::zip_path(dir.path(), "old"), b"z").unwrap();
        c.save(dir.path()).unwrap();
        let c = Cache::load(dir.path());
        assert_eq!(c.files["toolkits/a/x.csv"].sha256, "ab");
        assert!(Cache::zip_path(dir.path(), "k1").exists());
        assert!(!Cache::zip_path(dir.path(), "old").exists());
    }
}
