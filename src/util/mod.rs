//! Small helpers shared by every stage: file I/O with paths in errors, slugs, text escaping.

pub mod escape;
pub mod fs;
pub mod lang;
pub mod phases;
pub mod slug;

pub use phases::Phases;
