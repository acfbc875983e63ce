//! The nesting limit on Markdown containers (block quotes and lists), checked on the text
//! before it is parsed, so that no parser or renderer ever sees a deeper structure.
//!
//! Entry point: [`too_deep`]. Each line's depth is counted conservatively (it may count more
//! levels than the parser would make, never fewer): every `>`, `-`, `+`, `*` or `1.`/`1)`
//! marker at the start of the line, one after another, is a level, and a run of two or more
//! spaces before a marker counts a level per two columns (a list nested by indentation).
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used
)]

/// The most containers (block quotes and lists) one inside another.
pub const MAX_DEPTH: usize = 100;

/// The first line over the limit: its byte offset in `md` and its depth.
pub fn too_deep(md: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in md.split('\n') {
        let depth = line_depth(line.as_bytes());
        if depth > MAX_DEPTH {
            return Some((offset, depth));
        }
        // offset stays within md.len() + 1, so this never saturates.
        offset = offset.saturating_add(line.len()).saturating_add(1);
    }
    None
}

/// The container depth a line opens or continues, counted conservatively.
fn line_depth(b: &[u8]) -> usize {
    if thematic_break(b) {
        return 0;
    }
    let (mut depth, mut i) = (0usize, 0usize);
    loop {
        let mut cols = 0usize;
        while let Some(&c) = b.get(i).filter(|&&c| c == b' ' || c == b'\t') {
            // Saturating is harmless here and below: a saturated count is only "too deep".
            cols = cols.saturating_add(if c == b'\t' { 4 } else { 1 });
            i = i.saturating_add(1);
        }
        let Some(len) = marker(b.get(i..).unwrap_or_default()) else {
            return depth;
        };
        let indent = if cols >= 2 { cols / 2 } else { 0 };
        depth = depth.saturating_add(1).saturating_add(indent);
        i = i.saturating_add(len);
    }
}

/// The length of the container marker `b` starts with, if any.
fn marker(b: &[u8]) -> Option<usize> {
    let ends = |at: usize| {
        b.get(at)
            .is_none_or(|&c| c == b' ' || c == b'\t' || c == b'\r')
    };
    match b.first()? {
        b'>' => Some(1),
        b'-' | b'+' | b'*' if ends(1) => Some(1),
        b'0'..=b'9' => {
            let digits = b.iter().take(10).take_while(|c| c.is_ascii_digit()).count();
            // digits <= 10, so this never saturates.
            let len = digits.saturating_add(1);
            (digits <= 9 && matches!(b.get(digits), Some(b'.' | b')')) && ends(len)).then_some(len)
        }
        _ => None,
    }
}

/// `- - -`, `***`, `_ _ _`: a horizontal rule, no list.
fn thematic_break(b: &[u8]) -> bool {
    let mut marks = b.iter().filter(|c| !c.is_ascii_whitespace());
    let Some(&first) = marks.clone().next() else {
        return false;
    };
    matches!(first, b'-' | b'*' | b'_') && marks.clone().count() >= 3 && marks.all(|&c| c == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_per_line() {
        let cases: &[(&str, usize)] = &[
            ("plain text", 0),
            ("> quote", 1),
            ("> > > deep", 3),
            (">>>no spaces", 3),
            ("- a", 1),
            ("- - - x", 3),
            ("1. 2) - > x", 4),
            ("  - nested by indent", 2),
            ("    - two levels in", 3),
            ("> - a\n", 2),
            (">   - b", 3),
            ("-not a list", 0),
            ("1234567890. not a list", 0),
            ("- - -", 0),
            ("* * * * *", 0),
            ("---", 0),
            ("-", 1),
            ("> -", 2),
            ("\t- tab", 3),
        ];
        for (line, want) in cases {
            assert_eq!(line_depth(line.as_bytes()), *want, "{line:?}");
        }
    }

    #[test]
    fn first_line_over_the_limit() {
        let ok = "> ".repeat(MAX_DEPTH) + "x\n";
        assert_eq!(too_deep(&ok), None);
        let md = format!(
            "intro\n\n{}x\n{}y\n",
            "> ".repeat(MAX_DEPTH + 1),
            "- ".repeat(5000)
        );
        assert_eq!(too_deep(&md), Some((7, MAX_DEPTH + 1)));
        let lists = format!("a\n{}b", "- ".repeat(5000));
        assert_eq!(too_deep(&lists), Some((2, 5000)));
    }
}
