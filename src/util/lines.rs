//! Where things are in a text: the 1-based line of a byte offset, for diagnostics.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used
)]

/// The 1-based line of the byte at `offset` in `text` (an offset past the end counts as the
/// end): one more than the newlines before it.
pub fn line_at(text: &[u8], offset: usize) -> usize {
    let before = text.get(..offset).unwrap_or(text);
    // At most text.len() newlines, so one more never saturates.
    before
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        .saturating_add(1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_newlines_before_the_offset() {
        let t = b"a\nbc\n\nd";
        assert_eq!(super::line_at(t, 0), 1);
        assert_eq!(super::line_at(t, 2), 2);
        assert_eq!(super::line_at(t, 6), 4);
        assert_eq!(super::line_at(t, 99), 4);
    }
}
