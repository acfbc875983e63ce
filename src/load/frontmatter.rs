//! Front matter: split the `---` block from the Markdown body and deserialize it.
//!
//! Entry points: [`split`] and [`parse_yaml`]. YAML errors from serde-saphyr are turned into
//! [`Diagnostic`]s whose line numbers are lines of the whole file, with a suggested fix.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used
)]

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, clip, closest};

/// A file cut into front matter and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the delimiters.
    pub yaml: &'a str,
    /// How many file lines come before the first YAML line (1 when `---` is on line 1).
    pub yaml_offset: usize,
    /// The Markdown after the closing delimiter.
    pub body: &'a str,
}

/// Cuts `text` into front matter and body. The opening `---` must be the first line.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Box<Diagnostic>> {
    let missing = || {
        Box::new(
            Diagnostic::error(
                path,
                "no front matter: the file must start with a `---` line",
            )
            .at_line(1)
            .with_help("start the file with `---`, the YAML fields, then another `---` line"),
        )
    };
    let rest = text.strip_prefix("---").ok_or_else(missing)?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
        .ok_or_else(missing)?;
    let mut offset = 0usize;
    for line in rest.split_inclusive('\n') {
        // Cut at the start of a line: always a char boundary inside `rest`.
        let cut = rest.split_at_checked(offset);
        if let Some((yaml, after)) = cut.filter(|_| line.trim_end() == "---") {
            return Ok(Split {
                yaml,
                yaml_offset: 1,
                body: after.get(line.len()..).unwrap_or_default(),
            });
        }
        // The lines' lengths add up to rest.len(), so this never saturates.
        offset = offset.saturating_add(line.len());
    }
    Err(Box::new(
        Diagnostic::error(path, "the front matter is not closed")
            .at_line(1)
            .with_help(
                "add a line with only `---` after the last front matter field, before the text",
            ),
    ))
}

/// Deserializes YAML into `T`, reporting errors at file lines (`offset` lines precede the YAML).
pub fn parse_yaml<T: DeserializeOwned>(
    yaml: &str,
    path: &Path,
    offset: usize,
) -> Result<T, Box<Diagnostic>> {
    let input = if yaml.trim().is_empty() { "{}" } else { yaml };
    check_limits(input, path, offset)?;
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    serde_saphyr::from_str_with_options::<T>(input, options).map_err(|e| {
        let raw = e.without_snippet().to_string();
        let msg = strip_position(&raw);
        let (mut message, mut help) = explain(msg);
        if path.extension().is_some_and(|e| e == "yaml") {
            // A whole YAML file (site.yaml, toolkit.yaml) has no front matter.
            let say = |t: &str| {
                t.replace("to the front matter", "to the file")
                    .replace("the front matter", "the file")
            };
            message = say(&message);
            help = help.map(|h| say(&h));
        }
        let missing = msg.starts_with("missing field");
        let mut d = Diagnostic::error(path, message);
        if missing {
            // serde reports a missing field at the end of the mapping; the block's first line
            // (the opening `---`, or line 1 of a YAML file) is where the writer should look.
            d = d.at_line(offset.max(1));
        } else if let Some(loc) = e.location() {
            // Saturating is harmless: a line past usize::MAX is only a number in a message.
            let line = usize::try_from(loc.line()).unwrap_or(usize::MAX);
            let column = usize::try_from(loc.column()).unwrap_or(usize::MAX);
            d = d.at(line.saturating_add(offset), column);
        }
        if let Some(h) = help {
            d = d.with_help(h);
        }
        Box::new(d)
    })
}

/// The longest line of YAML (one field's value, in practice) read, in bytes: 1 MB.
pub const MAX_FIELD_BYTES: usize = 1024 * 1024;

/// The deepest nesting of lists and mappings read in YAML.
pub const MAX_DEPTH: usize = 64;

/// Refuses YAML with a line longer than [`MAX_FIELD_BYTES`] or nested deeper than
/// [`MAX_DEPTH`] (in flow brackets or by indentation) before the parser sees it: such input is
/// a mistake or an attack, and parsing it could take minutes or overflow the stack.
fn check_limits(yaml: &str, path: &Path, offset: usize) -> Result<(), Box<Diagnostic>> {
    let mut depth = 0usize;
    for (i, line) in yaml.lines().enumerate() {
        let at = i.saturating_add(1).saturating_add(offset);
        if line.len() > MAX_FIELD_BYTES {
            let msg = format!(
                "this line is {} bytes long, more than the limit of 1 MB for one field",
                line.len()
            );
            let help =
                "shorten the value; long text belongs in the page's body, after the closing `---`";
            return Err(Box::new(
                Diagnostic::error(path, msg).at_line(at).with_help(help),
            ));
        }
        let indent = line
            .len()
            .saturating_sub(line.trim_start_matches([' ', '-']).len());
        depth = flow_depth(line, depth);
        if depth > MAX_DEPTH || indent > MAX_DEPTH.saturating_mul(2) {
            let msg = format!("the YAML is nested more than {MAX_DEPTH} levels deep");
            let help = "flatten the structure: fields hold text, lists or one level of mappings";
            return Err(Box::new(
                Diagnostic::error(path, msg).at_line(at).with_help(help),
            ));
        }
    }
    Ok(())
}

/// The depth of flow brackets (`[`, `{`) after `line`, starting at `depth`; quoted text and
/// comments are skipped. Stops counting once past [`MAX_DEPTH`].
fn flow_depth(line: &str, mut depth: usize) -> usize {
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => break,
            // depth <= MAX_DEPTH + 1 (the loop stops past it), so this never saturates.
            (None, '[' | '{') => depth = depth.saturating_add(1),
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_DEPTH {
            break;
        }
    }
    depth
}

/// serde-saphyr appends " at line L, column C": we report positions separately.
fn strip_position(msg: &str) -> &str {
    msg.rsplit_once(" at line ").map_or(msg, |(head, _)| head)
}

/// The most characters of a value a message quotes.
const VALUE_CHARS: usize = 100;

/// Rewrites a serde/YAML message in plain words and suggests a fix.
fn explain(msg: &str) -> (String, Option<String>) {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, known) = name_and_expected(rest, true);
        let help = match closest(field, known.iter().copied()) {
            Some(c) => format!("did you mean `{c}`? Known fields: {}", known.join(", ")),
            None => format!("remove it; known fields are: {}", known.join(", ")),
        };
        return (
            format!("unknown field `{}`", clip(field, VALUE_CHARS)),
            Some(help),
        );
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, known) = name_and_expected(rest, false);
        let help = match closest(value, known.iter().copied()) {
            Some(c) => format!("did you mean `{c}`? Allowed: {}", known.join(", ")),
            None => format!("use one of: {}", known.join(", ")),
        };
        let value = clip(value, VALUE_CHARS);
        return (format!("`{value}` is not an allowed value"), Some(help));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (
            format!("required field `{field}` is missing"),
            Some(format!("add a `{field}:` line to the front matter")),
        );
    }
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return (
            format!("field `{key}` is given twice"),
            Some("keep only one of them".into()),
        );
    }
    let plain = |table: &[(&str, Option<&str>, &str)]| {
        let (_, message, help) = table.iter().find(|(words, _, _)| msg.contains(words))?;
        Some((message.unwrap_or(msg).to_string(), Some(help.to_string())))
    };
    if let Some(said) = plain(&SHAPES) {
        return said;
    }
    if msg.starts_with("invalid ") {
        return (
            format!("wrong type of value: {}", clip(msg, 2 * VALUE_CHARS)),
            None,
        );
    }
    if let Some(said) = plain(&OTHERS) {
        return said;
    }
    (
        format!(
            "the front matter is not valid YAML: {}",
            clip(msg, 2 * VALUE_CHARS)
        ),
        Some(
            "check this line: indent nested fields with spaces, put a space after each `:`, \
              close every quote and bracket, and quote values that contain `: ` or start with `#`"
                .into(),
        ),
    )
}

/// `name`, expected one of `a`, `b`: the name and the expected names (empty ones dropped when
/// `drop_empty`).
fn name_and_expected(rest: &str, drop_empty: bool) -> (&str, Vec<&str>) {
    let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
    let known = expected
        .trim_start_matches(", expected one of ")
        .trim_start_matches(", expected ")
        .split(", ")
        .map(|s| s.trim_matches('`'))
        .filter(|s| !drop_empty || !s.is_empty())
        .collect();
    (name, known)
}

/// Messages about the shape of a value, recognised by words they contain (checked first): the
/// words, the plain message (`None`: the message as it is) and the suggested fix.
const SHAPES: [(&str, Option<&str>, &str); 3] = [
    (
        "expected mapping start",
        Some("this field takes named fields, not one line of text"),
        "write its fields as `{field: value, ...}` or one indented `field: value` per line; a \
         place is `venue: {name: Summerfield Community Centre, address: Winson Green Road, \
         postcode: B18 4EJ}` (an address needs its postcode)",
    ),
    (
        "expected sequence",
        Some("expected a list"),
        "write a list as `[first, second]` or one `- item` per line",
    ),
    (
        "expected string scalar",
        Some("expected a single text value"),
        "put the value on the same line; quote it if it contains `:`, `[` or `#`",
    ),
];

/// Other messages recognised by words they contain (checked after wrong types), like
/// [`SHAPES`].
const OTHERS: [(&str, Option<&str>, &str); 7] = [
    (
        "end of input",
        Some("the YAML ends too early"),
        "check for an unclosed quote or bracket",
    ),
    (
        "is not a date",
        None,
        "write dates as YYYY-MM-DD with a real day and month, e.g. 2027-03-15",
    ),
    (
        "not a real date",
        None,
        "write dates as YYYY-MM-DD with a real day and month, e.g. 2027-03-15",
    ),
    (
        "too far in the past or future",
        None,
        "write the year in full, e.g. 2027-03-15; dates run from 1900 to 2999",
    ),
    (
        "is not a date and time",
        None,
        "write YYYY-MM-DD HH:MM in 24-hour UK time, e.g. 2027-03-15 18:00",
    ),
    (
        "mapping values are not allowed",
        Some("a value contains `: ` where YAML does not expect it"),
        "put the whole value in double quotes, e.g. title: \"Jobs: what is on\"",
    ),
    ("tab", None, "indent with spaces, not tabs"),
];

/// What [`field_line`] looks for: a `name:` line, optionally inside the list entry whose
/// `key:` has a given value (such as the `files:` entry with `path: guide.pdf`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldAt<'a> {
    /// The field name, without the colon.
    pub name: &'a str,
    /// The list entry: its identifying field and that field's value.
    pub entry: Option<(&'a str, &'a str)>,
}

impl<'a> FieldAt<'a> {
    /// The field `name` anywhere in the front matter (top level or nested).
    pub fn new(name: &'a str) -> Self {
        FieldAt { name, entry: None }
    }

    /// The field inside the list entry whose `key:` is `value`.
    pub fn in_entry(self, key: &'a str, value: &'a str) -> Self {
        FieldAt {
            entry: Some((key, value)),
            ..self
        }
    }
}

impl<'a> From<&'a str> for FieldAt<'a> {
    fn from(name: &'a str) -> Self {
        FieldAt::new(name)
    }
}

/// The 1-based file line where a front-matter field is written, the one line-finder of the
/// crate's diagnostics. Only the front matter is searched (up to the closing `---`; a YAML file
/// without delimiters is searched whole).
///
/// Without an entry, the first line that sets `name:` (top level, nested, or as a list item).
/// With one, the `name:` line of that list entry, or the entry's identifying line when the
/// entry does not write `name`; `None` when no entry has that value.
pub fn field_line<'a>(text: &str, at: impl Into<FieldAt<'a>>) -> Option<usize> {
    let at = at.into();
    let lines: Vec<&str> = text
        .lines()
        .take_while({
            let mut seen = 0u32;
            move |l| {
                if l.trim_end() == "---" {
                    // Only compared with 2, so saturating is harmless.
                    seen = seen.saturating_add(1);
                }
                seen < 2
            }
        })
        .collect();
    let key = format!("{}:", at.name);
    let sets = |l: &str| l.trim_start().trim_start_matches("- ").starts_with(&key);
    let Some((entry_key, value)) = at.entry else {
        // An index into `lines` is below usize::MAX, so the 1-based lines never saturate.
        return lines
            .iter()
            .position(|l| sets(l))
            .map(|i| i.saturating_add(1));
    };
    let start = lines.iter().position(|l| {
        let t = l.trim_start().trim_start_matches("- ").trim_start();
        t.strip_prefix(entry_key)
            .and_then(|t| t.strip_prefix(':'))
            .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == value)
    })?;
    let item = |l: &str| l.trim_start().starts_with("- ");
    let entry_start = lines
        .get(..=start)
        .and_then(|before| before.iter().rposition(|l| item(l)))
        .unwrap_or(start);
    let found = lines
        .get(entry_start..)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .take_while(|(n, l)| *n == 0 || !item(l))
        .find(|(_, l)| sets(l))
        .map(|(n, _)| entry_start.saturating_add(n).saturating_add(1));
    found.or(Some(start.saturating_add(1)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Fm {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[test]
    fn split_cases() {
        let p = Path::new("a.md");
        let s = split("---\ntitle: x\n---\nbody\n", p).unwrap();
        assert_eq!((s.yaml, s.body, s.yaml_offset), ("title: x\n", "body\n", 1));
        let s = split("---\r\ntitle: x\r\n---\r\n", p).unwrap();
        assert_eq!(s.yaml, "title: x\r\n");
        assert!(
            split("title: x\n", p)
                .unwrap_err()
                .message
                .contains("no front matter")
        );
        assert!(
            split("---\ntitle: x\n", p)
                .unwrap_err()
                .message
                .contains("not closed")
        );
        assert!(split("--- \n", p).is_err());
    }

    #[test]
    fn errors_name_file_line_and_fix() {
        let p = Path::new("content/stories/a.md");
        for (yaml, line, msg, help) in [
            (
                "title: a\ntitel: b\n",
                3,
                "unknown field `titel`",
                "did you mean `title`?",
            ),
            (
                "tags: []\n",
                1,
                "required field `title` is missing",
                "add a `title:` line",
            ),
            (
                "title: a\ntags: x\n",
                3,
                "expected a list",
                "[first, second]",
            ),
            (
                "title: a\ntitle: b\n",
                3,
                "field `title` is given twice",
                "keep only one",
            ),
        ] {
            let d = parse_yaml::<Fm>(yaml, p, 1).unwrap_err();
            assert_eq!(d.line, Some(line), "{yaml}");
            assert!(d.message.contains(msg), "{}", d.message);
            assert!(
                d.help.as_deref().unwrap_or("").contains(help),
                "{:?}",
                d.help
            );
        }
    }

    #[test]
    fn field_lines_in_front_matter_and_list_entries() {
        let md = "---\ntitle: T\nconsent:\n  record: CR-1\ntags:\n  - name: x\n---\nrecord: body\n";
        assert_eq!(field_line(md, "title"), Some(2));
        assert_eq!(field_line(md, "record"), Some(4));
        assert_eq!(field_line(md, "name"), Some(6));
        assert_eq!(field_line(md, "summary"), None);
        let yaml = "title: T\nfiles:\n  - path: a.pdf\n    title: A\n  - title: B\n    path: \"b.pdf\"\n    language: so\n";
        let at = |field, file| field_line(yaml, FieldAt::new(field).in_entry("path", file));
        assert_eq!(at("path", "a.pdf"), Some(3));
        assert_eq!(at("language", "b.pdf"), Some(7));
        // Not written in its entry: the entry's `path` line.
        assert_eq!(at("language", "a.pdf"), Some(3));
        assert_eq!(at("path", "c.pdf"), None);
    }
}
