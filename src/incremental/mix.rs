//! The hasher keys are made with: [`Mix`], a `DefaultHasher` with a chaining `mix` shorthand.

use std::hash::{Hash, Hasher};

/// A hasher with the `mix` shorthand.
pub struct Mix(std::hash::DefaultHasher);

impl Mix {
    /// Starts a key.
    pub fn new() -> Mix {
        Mix(std::hash::DefaultHasher::new())
    }

    /// Adds a value.
    pub fn mix<T: Hash + ?Sized>(mut self, v: &T) -> Mix {
        v.hash(&mut self.0);
        self
    }

    /// The key.
    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

impl Default for Mix {
    fn default() -> Self {
        Mix::new()
    }
}
