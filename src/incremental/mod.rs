//! Incremental rebuilds (serve): what is kept between builds and how a rebuild decides what it
//! can take from the previous one.
//!
//! - [`memo`]: what serve keeps between builds ([`memo::Incremental`]): template fingerprints,
//!   source hashes, a record per output file, the Markdown memo;
//! - [`keys`]: the key of each output file's inputs (the one account of what a key hashes);
//! - [`recorder`]: the look-ups one render job makes beyond its key, recorded explicitly;
//! - [`reuse`]: the decision to take a file from the previous site or render it again;
//! - [`mix`]: the hasher keys are made with;
//! - [`store`]: serve's in-memory site.

pub mod keys;
pub mod memo;
pub mod mix;
pub mod recorder;
pub mod reuse;
pub mod store;
