//! The one escaper for HTML and XML text and attribute values: feeds, the sitemap, image and
//! code markup written outside templates, and every value a template prints (Tera's autoescape
//! and its `escape`, `escape_html` and `escape_xml` filters all call [`write_xml`]).
//!
//! Besides the five markup characters it drops every character that may not appear in an XML
//! 1.0 document or that HTML treats as a parse error: the C0 controls other than tab, line feed
//! and carriage return (XML 1.0 `Char` production), DEL and the C1 controls, and the Unicode
//! noncharacters (U+FDD0 to U+FDEF and the last two code points of every plane, among them
//! U+FFFE and U+FFFF). A vertical tab pasted into a title therefore never makes a feed
//! unparsable. (Surrogates cannot occur in a Rust string.)

use std::io;

/// Whether `c` may be written to an XML or HTML text: see the module documentation.
pub fn allowed(c: char) -> bool {
    let n = c as u32;
    match n {
        0x09 | 0x0A | 0x0D => true,
        0x00..=0x1F | 0x7F..=0x9F | 0xFDD0..=0xFDEF => false,
        _ => n & 0xFFFE != 0xFFFE,
    }
}

/// The replacement text of `c`, if it is one of the markup characters.
fn entity(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => return None,
    })
}

/// Escapes `&`, `<`, `>`, `"` and `'` for XML and HTML text or attribute values and drops the
/// characters neither may hold (see [`allowed`]).
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None if allowed(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// [`xml`] into a writer, in the shape Tera's `set_escape_fn` takes.
pub fn write_xml(s: &str, w: &mut dyn io::Write) -> io::Result<()> {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let e = entity(c);
        if e.is_some() || !allowed(c) {
            w.write_all(&s.as_bytes()[start..i])?;
            if let Some(e) = e {
                w.write_all(e.as_bytes())?;
            }
            start = i + c.len_utf8();
        }
    }
    w.write_all(&s.as_bytes()[start..])
}

/// The first character of `s` that [`xml`] would drop, with its byte offset.
pub fn first_dropped(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| !allowed(c))
}

#[cfg(test)]
mod tests {
    use super::{allowed, first_dropped, write_xml, xml};

    #[test]
    fn escapes_markup() {
        assert_eq!(
            xml(r#"<a href="x">Tom & 'Jo'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jo&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn drops_what_xml_and_html_cannot_hold() {
        let input =
            "a\u{0}b\u{7}c\u{b}d\u{c}e\u{1b}f\u{7f}g\u{85}h\u{fffe}i\u{ffff}j\u{fdd0}k\u{1fffe}l";
        assert_eq!(xml(input), "abcdefghijkl");
        assert_eq!(xml("tab\tline\ncr\r"), "tab\tline\ncr\r");
        assert_eq!(
            xml("সামাজিক 🎉 é \u{d7ff}\u{e000}\u{fffd}\u{10000}"),
            "সামাজিক 🎉 é \u{d7ff}\u{e000}\u{fffd}\u{10000}"
        );
        assert_eq!(first_dropped("ok\u{b}x"), Some((2, '\u{b}')));
        assert_eq!(first_dropped("fine"), None);
    }

    #[test]
    fn every_code_point_is_classified_like_xml_1_0() {
        for n in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(n) else { continue };
            // XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
            let xml_char =
                matches!(n, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF);
            if allowed(c) {
                assert!(xml_char, "U+{n:04X} is kept but is no XML character");
            }
        }
    }

    #[test]
    fn writer_and_string_agree() {
        for s in [
            "",
            "plain",
            "<&>\"'",
            "x\u{1}y\u{b}<z>\u{ffff}",
            "é\u{7}🎉&",
        ] {
            let mut buf = Vec::new();
            write_xml(s, &mut buf).unwrap();
            assert_eq!(String::from_utf8(buf).unwrap(), xml(s), "{s:?}");
        }
    }
}
