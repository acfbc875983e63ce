//! Where things are in a text: the 1-based line of a byte offset, for diagnostics.

/// The 1-based line of the byte at `offset` in `text` (an offset past the end counts as the
/// end): one more than the newlines before it.
pub fn line_at(text: &[u8], offset: usize) -> usize {
    text[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
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
