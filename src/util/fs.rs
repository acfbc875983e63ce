//! File-system wrappers that put the path in every error.

use std::io;
use std::path::Path;

/// An I/O error with the path it happened on.
#[derive(Debug)]
pub struct FsError {
    /// What was being done, e.g. "write".
    pub action: &'static str,
    /// The path.
    pub path: std::path::PathBuf,
    /// The cause.
    pub source: io::Error,
}

impl std::fmt::Display for FsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot {} {}: {}",
            self.action,
            self.path.display(),
            self.source
        )
    }
}

impl std::error::Error for FsError {}

fn ctx<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> FsError + use<'a> {
    move |source| FsError {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `bytes` to `path`, creating parent folders.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(ctx("create folder", parent))?;
    }
    std::fs::write(path, bytes).map_err(ctx("write", path))
}

/// Copies `from` to `to`, creating parent folders.
pub fn copy(from: &Path, to: &Path) -> Result<(), FsError> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(ctx("create folder", parent))?;
    }
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(ctx("copy", from))
}

/// Removes a folder tree if it exists.
pub fn remove_tree(path: &Path) -> Result<(), FsError> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(ctx("remove", path)(e)),
        _ => Ok(()),
    }
}

/// Creates a folder tree.
pub fn create_dir_all(path: &Path) -> Result<(), FsError> {
    std::fs::create_dir_all(path).map_err(ctx("create folder", path))
}

/// Renames `from` to `to`.
pub fn rename(from: &Path, to: &Path) -> Result<(), FsError> {
    std::fs::rename(from, to).map_err(ctx("rename", from))
}

/// Hard-links `to` to the file `from` resolves to (after symbolic links), creating parent
/// folders; copies when the file system cannot link (another device, no hard links).
/// Returns true when it linked.
pub fn link_or_copy(from: &Path, to: &Path) -> Result<bool, FsError> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(ctx("create folder", parent))?;
    }
    let real = std::fs::canonicalize(from).map_err(ctx("read", from))?;
    if std::fs::hard_link(&real, to).is_ok() {
        return Ok(true);
    }
    copy(&real, to).map(|()| false)
}
