//! Incremental rebuilds (serve): what is kept between builds and how a rebuild decides what it
//! can take from the previous one.

pub mod store;
