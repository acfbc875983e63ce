//! Small helpers shared by every stage: file I/O with paths in errors, slugs, text escaping.

pub mod escape;
pub mod fs;
pub mod hash;
pub mod lang;
pub mod lines;
pub mod mime;
pub mod phases;
pub mod slug;
pub mod url;

pub use phases::Phases;

/// Drops `value` on another thread: freeing a large model or memo takes milliseconds a writer
/// waiting for a rebuild would notice.
pub fn drop_later<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}
