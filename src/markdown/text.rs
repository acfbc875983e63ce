//! The text pass of the Markdown stage: what plain body text becomes on its way to HTML.
//!
//! Entry point: [`text_html`], called by [`super::render`] on each run of text outside code
//! (and on a heading's text once its id is made). Two rules, in one scan:
//! - **Phone numbers** (`0121 464 7000`, `07700 900123`, `+44 121 464 7000`) become `tel:`
//!   links, except inside a link.
//! - **Bidi isolation**, in right-to-left text only: every left-to-right token with a neutral
//!   or weak character in it (a brand such as `USE-IT!`, a URL, an e-mail address, a phone
//!   number, a postcode such as `B66 2QT`, a code such as `CR-2027-04`) is wrapped in
//!   `<bdi dir="ltr">`, so the bidi algorithm cannot reorder its parts ("!USE-IT",
//!   "7000 464 0121"). A single plain word or number needs nothing and gets nothing.

use crate::util::escape::xml;

/// Characters that may sit inside a left-to-right token (between letters or digits).
const INNER: &[char] = &[
    '-', '.', '/', ':', '@', '_', '!', '?', '=', '&', '%', '#', '~', '+', '\'',
];

/// Characters a token does not end with (sentence punctuation), except `!` after a letter
/// (a brand such as `USE-IT!`).
const TRAILING: &[char] = &['.', ',', ':', ';', '?', '\'', '-', '/', '=', '&'];

/// The HTML of `text`, or `None` when it needs no change (the caller keeps the text event).
/// `rtl`: the text is right-to-left; `in_link`: it is a link's text (no `tel:` link inside).
pub fn text_html(text: &str, rtl: bool, in_link: bool) -> Option<String> {
    let phones = if in_link { Vec::new() } else { phones(text) };
    if phones.is_empty() && !rtl {
        return None;
    }
    let mut out = String::new();
    let mut changed = !phones.is_empty();
    let mut last = 0;
    for (start, end, tel) in phones {
        changed |= isolate(&text[last..start], rtl, &mut out);
        let link = format!("<a href=\"tel:{tel}\">{}</a>", xml(&text[start..end]));
        out.push_str(&wrap(link, rtl));
        last = end;
    }
    changed |= isolate(&text[last..], rtl, &mut out);
    changed.then_some(out)
}

/// `html` in a left-to-right isolate when `rtl`.
fn wrap(html: String, rtl: bool) -> String {
    if rtl {
        format!("<bdi dir=\"ltr\">{html}</bdi>")
    } else {
        html
    }
}

/// Every phone number of `text`: (start, end, `tel:` form).
fn phones(text: &str) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let at_start = text[..i].chars().next_back().is_none_or(|c| !is_word(c));
        match phone_at(&text[i..]).filter(|_| at_start) {
            Some((len, tel)) => {
                found.push((i, i + len, tel));
                i += len;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    found
}

/// Appends `text` escaped to `out`, with its left-to-right tokens isolated when `rtl`; true
/// when it isolated any.
fn isolate(text: &str, rtl: bool, out: &mut String) -> bool {
    let spans = if rtl {
        ltr_tokens(text, false)
    } else {
        Vec::new()
    };
    let mut last = 0;
    for &(start, end) in &spans {
        out.push_str(&xml(&text[last..start]));
        out.push_str(&wrap(xml(&text[start..end]), true));
        last = end;
    }
    out.push_str(&xml(&text[last..]));
    !spans.is_empty()
}

/// The left-to-right tokens of `text` that need an isolate (those with a neutral or weak
/// character in them), as byte ranges; with `phones`, a phone number is one token.
fn ltr_tokens(text: &str, phones: bool) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let at_start = text[..i].chars().next_back().is_none_or(|c| !is_word(c));
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !at_start || !(c.is_ascii_alphanumeric() || c == '+') {
            i += c.len_utf8();
            continue;
        }
        let phone = phones.then(|| phone_at(&text[i..])).flatten();
        let end = i + phone.map_or_else(|| token_len(&text[i..]), |(n, _)| n);
        if text[i..end].contains(|c: char| !c.is_alphanumeric()) {
            found.push((i, end));
        }
        i = end.max(i + c.len_utf8());
    }
    found
}

/// `text` (plain text: a title, a summary) with its left-to-right tokens in Unicode isolates
/// (FSI ... PDI), for right-to-left text shown where no element can isolate them: `<title>`,
/// attributes, a heading written in front matter.
pub fn isolate_plain(text: &str) -> std::borrow::Cow<'_, str> {
    let spans = ltr_tokens(text, true);
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut last = 0;
    for (start, end) in spans {
        out.push_str(&text[last..start]);
        out.push('\u{2068}');
        out.push_str(&text[start..end]);
        out.push('\u{2069}');
        last = end;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// The site's name (a brand: "USE-IT! ...") as one left-to-right isolate (FSI ... PDI) in a
/// right-to-left page, so "!" stays at its end in titles, headings and attributes.
pub fn isolate_whole(text: &str, dir: crate::config::Direction) -> String {
    match dir {
        crate::config::Direction::Rtl => format!("\u{2068}{text}\u{2069}"),
        crate::config::Direction::Ltr => text.to_string(),
    }
}

/// The event of a run of body text `t`: HTML when the text pass changed it.
pub(super) fn event(t: String, rtl: bool, in_link: bool) -> pulldown_cmark::Event<'static> {
    match text_html(&t, rtl, in_link) {
        Some(h) => pulldown_cmark::Event::Html(h.into()),
        None => pulldown_cmark::Event::Text(t.into()),
    }
}

/// A heading's event after its id is made: its text through the text pass (no `tel:` links).
pub(super) fn in_heading(e: pulldown_cmark::Event<'_>, rtl: bool) -> pulldown_cmark::Event<'_> {
    match e {
        pulldown_cmark::Event::Text(t) => match text_html(&t, rtl, true) {
            Some(h) => pulldown_cmark::Event::Html(h.into()),
            None => pulldown_cmark::Event::Text(t),
        },
        other => other,
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '+' || c == '@'
}

/// Length of the left-to-right token at the start of `s`: ASCII letters and digits, with
/// [`INNER`] characters and single spaces between them, without trailing punctuation.
fn token_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        let bang = c == '!' && i > 0 && (b[i - 1] as char).is_ascii_alphabetic();
        if c.is_ascii_alphanumeric() || bang {
            i += 1;
            end = i;
        } else if (INNER.contains(&c) || c == ' ')
            && b.get(i + 1).is_some_and(|n| {
                n.is_ascii_alphanumeric() || (c != ' ' && INNER.contains(&(*n as char)))
            })
        {
            i += 1;
        } else {
            break;
        }
    }
    let t = &s[..end];
    t.trim_end_matches(TRAILING).len()
}

/// A UK phone number at the start of `s`: its length and its `tel:` form (`+441214647000`).
/// `0` and 9 or 10 more digits, or `+44` and 9 or 10 digits, in groups split by single spaces
/// or hyphens, not followed by a letter or digit.
fn phone_at(s: &str) -> Option<(usize, String)> {
    let (intl, rest) = match s.strip_prefix("+44") {
        Some(r) => (true, r.strip_prefix(' ').unwrap_or(r)),
        None if s.starts_with('0') => (false, &s[1..]),
        None => return None,
    };
    let skipped = s.len() - rest.len();
    let b = rest.as_bytes();
    let (mut digits, mut i, mut end) = (String::new(), 0, 0);
    while i < b.len() {
        if b[i].is_ascii_digit() {
            digits.push(b[i] as char);
            i += 1;
            end = i;
        } else if (b[i] == b' ' || b[i] == b'-') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    let followed = rest[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let national = if intl {
        digits.strip_prefix('0').unwrap_or(&digits)
    } else {
        &digits
    };
    let ok = (9..=10).contains(&national.len()) && !national.starts_with('0') && !followed;
    ok.then(|| (skipped + end, format!("+44{national}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_tel_links() {
        let cases = [
            (
                "Call 0121 464 7000 today.",
                Some("Call <a href=\"tel:+441214647000\">0121 464 7000</a> today."),
            ),
            (
                "Text 07700 900123",
                Some("Text <a href=\"tel:+447700900123\">07700 900123</a>"),
            ),
            (
                "Ring +44 121 464 7000.",
                Some("Ring <a href=\"tel:+441214647000\">+44 121 464 7000</a>."),
            ),
            ("In 2027 we had 120 people", None),
            ("Code 01214647000123", None),
            ("Ref 0121", None),
        ];
        for (text, want) in cases {
            assert_eq!(text_html(text, false, false).as_deref(), want, "{text}");
        }
        assert_eq!(
            text_html("0121 464 7000", false, true),
            None,
            "not inside a link"
        );
    }

    #[test]
    fn ltr_tokens_in_rtl_text_are_isolated() {
        let got = text_html(
            "مرحبا USE-IT! في https://use-it.example.org/survey?lang=ar.",
            true,
            false,
        )
        .unwrap();
        assert_eq!(
            got,
            "مرحبا <bdi dir=\"ltr\">USE-IT!</bdi> في <bdi dir=\"ltr\">https://use-it.example.org/survey?lang=ar</bdi>."
        );
        let got = text_html(
            "اتصل 0121 464 7000 أو info@use-it.example.org، B66 2QT",
            true,
            false,
        )
        .unwrap();
        assert!(
            got.contains("<bdi dir=\"ltr\"><a href=\"tel:+441214647000\">0121 464 7000</a></bdi>"),
            "{got}"
        );
        assert!(
            got.contains("<bdi dir=\"ltr\">info@use-it.example.org</bdi>،"),
            "{got}"
        );
        assert!(got.contains("<bdi dir=\"ltr\">B66 2QT</bdi>"), "{got}");
        assert_eq!(
            text_html("نص IELTS و 12 أسبوعا", true, false),
            None,
            "plain words stay"
        );
        assert_eq!(
            text_html("USE-IT! <b>", false, false),
            None,
            "nothing in LTR text"
        );
        assert_eq!(isolate_plain("عن USE-IT!"), "عن \u{2068}USE-IT!\u{2069}");
        assert_eq!(
            isolate_plain("اتصل 0121 464 7000"),
            "اتصل \u{2068}0121 464 7000\u{2069}"
        );
        assert!(matches!(
            isolate_plain("عن IELTS"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            text_html("a <b> USE-IT!", true, false).unwrap(),
            "a &lt;b&gt; <bdi dir=\"ltr\">USE-IT!</bdi>"
        );
    }
}
