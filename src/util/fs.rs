//! File-system wrappers that put the path in every error.

use std::io;
use std::path::{Component, Path, PathBuf};

/// An I/O error with the path it happened on.
#[derive(Debug)]
pub struct FsError {
    /// What was being done, e.g. "write".
    pub action: &'static str,
    /// The path.
    pub path: PathBuf,
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
    let meta = std::fs::metadata(from).map_err(ctx("copy", from))?;
    if let Some(kind) = special_kind(meta.file_type()) {
        let e = io::Error::other(format!(
            "it is {kind}, not a regular file; it was not opened"
        ));
        return Err(ctx("copy", from)(e));
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

/// The largest source file read (10 MB): a content file, `site.yaml`, a `.ftl` or a toolkit
/// file past it is refused (media files have their own limits).
pub const MAX_SOURCE_BYTES: u64 = 10 * 1024 * 1024;

/// What kind of thing a file-system entry is, when it is neither a regular file, a folder nor
/// a symbolic link: "a named pipe (FIFO)", "a socket" or "a device". `None` for the others.
pub fn special_kind(t: std::fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_block_device() || t.is_char_device() {
            return Some("a device");
        }
    }
    (!t.is_file() && !t.is_dir() && !t.is_symlink()).then_some("not a regular file")
}

/// Reads the regular file `path` whole, at most `limit` bytes. Refuses, without blocking, a
/// named pipe, socket or device (its type is checked before it is opened, and the file is
/// opened non-blocking and checked again), and a file larger than `limit`. The error says
/// what is wrong in words fit for a diagnostic.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    check_regular(&meta, limit)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = opts.open(path).map_err(|e| format!("cannot read: {e}"))?;
    let meta = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    check_regular(&meta, limit)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

/// [`read_regular`] as UTF-8 text (lossless: invalid UTF-8 is an error).
pub fn read_regular_text(path: &Path, limit: u64) -> Result<String, String> {
    String::from_utf8(read_regular(path, limit)?).map_err(|e| {
        format!(
            "not valid UTF-8 text (byte {} cannot be decoded)",
            e.utf8_error().valid_up_to()
        )
    })
}

fn check_regular(meta: &std::fs::Metadata, limit: u64) -> Result<(), String> {
    if meta.is_dir() {
        return Err("this is a folder, not a file".into());
    }
    if let Some(kind) = special_kind(meta.file_type()) {
        return Err(format!(
            "this is {kind}, not a regular file; it was not opened"
        ));
    }
    if meta.len() > limit {
        return Err(too_large(limit));
    }
    Ok(())
}

fn too_large(limit: u64) -> String {
    format!(
        "the file is larger than the limit of {} MB",
        limit / (1024 * 1024)
    )
}

/// The path as the file system resolves it: absolute (a relative path is taken from the
/// current folder), every symbolic link followed, `.` and `..` applied to what they follow
/// after that. Components that do not exist (yet) are kept by name; since no link can hide
/// among them, `..` there is applied by name too. Never fails: the result of a path that
/// cannot be read at all is the absolute path with `.` and `..` applied by name.
pub fn resolve(path: &Path) -> PathBuf {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    if let Ok(real) = abs.canonicalize() {
        return real;
    }
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            Component::Normal(name) => {
                out.push(name);
                if let Ok(real) = out.canonicalize() {
                    out = real;
                }
            }
            root => out.push(root),
        }
    }
    out
}

/// Whether `path` is `base` or inside it as the file system resolves both ([`resolve`]):
/// neither `..` segments nor symbolic links (in `path` or in `base`) can make a path outside
/// `base` pass, or one inside fail.
pub fn is_within(path: &Path, base: &Path) -> bool {
    resolve(path).starts_with(resolve(base))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_within_sees_through_dot_dot_and_links() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("content");
        std::fs::create_dir_all(base.join("a")).unwrap();
        std::fs::create_dir_all(dir.path().join("other")).unwrap();
        assert!(is_within(&base.join("a/b.jpg"), &base));
        assert!(is_within(&base.join("a/new/../b.jpg"), &base));
        assert!(!is_within(&base.join("a/../../other/b.jpg"), &base));
        assert!(!is_within(&base.join("new/../../other"), &base));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("other"), base.join("link")).unwrap();
            assert!(!is_within(&base.join("link/b.jpg"), &base));
            assert!(is_within(&dir.path().join("other/x"), &base.join("link")));
        }
    }
}
