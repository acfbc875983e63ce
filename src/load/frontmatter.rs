//! Front matter: split the `---` block from the Markdown body and deserialize it.
//!
//! Entry points: [`split`] and [`parse_yaml`]. YAML errors from serde-saphyr are turned into
//! [`Diagnostic`]s whose line numbers are lines of the whole file, with a suggested fix.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, closest};

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
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(Split {
                yaml,
                yaml_offset: 1,
                body,
            });
        }
        offset += line.len();
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
    serde_saphyr::from_str::<T>(input).map_err(|e| {
        let raw = e.without_snippet().to_string();
        let msg = strip_position(&raw);
        let (message, help) = explain(msg);
        let missing = msg.starts_with("missing field");
        let mut d = Diagnostic::error(path, message);
        if missing {
            // serde reports a missing field at the end of the mapping; the block's first line
            // (the opening `---`, or line 1 of a YAML file) is where the writer should look.
            d = d.at_line(offset.max(1));
        } else if let Some(loc) = e.location() {
            d = d.at(loc.line() as usize + offset, loc.column() as usize);
        }
        if let Some(h) = help {
            d = d.with_help(h);
        }
        Box::new(d)
    })
}

/// serde-saphyr appends " at line L, column C": we report positions separately.
fn strip_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

/// Rewrites a serde/YAML message in plain words and suggests a fix.
fn explain(msg: &str) -> (String, Option<String>) {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split(", ")
            .map(|s| s.trim_matches('`'))
            .filter(|s| !s.is_empty())
            .collect();
        let help = match closest(field, known.iter().copied()) {
            Some(c) => format!("did you mean `{c}`? Known fields: {}", known.join(", ")),
            None => format!("remove it; known fields are: {}", known.join(", ")),
        };
        return (format!("unknown field `{field}`"), Some(help));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split(", ")
            .map(|s| s.trim_matches('`'))
            .collect();
        let help = match closest(value, known.iter().copied()) {
            Some(c) => format!("did you mean `{c}`? Allowed: {}", known.join(", ")),
            None => format!("use one of: {}", known.join(", ")),
        };
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
    if msg.contains("expected sequence") {
        return (
            "expected a list".into(),
            Some("write a list as `[first, second]` or one `- item` per line".into()),
        );
    }
    if msg.contains("expected string scalar") {
        return (
            "expected a single text value".into(),
            Some("put the value on the same line; quote it if it contains `:`, `[` or `#`".into()),
        );
    }
    if msg.starts_with("invalid type") || msg.starts_with("invalid ") {
        return (format!("wrong type of value: {msg}"), None);
    }
    if msg.contains("end of input") {
        return (
            "the YAML ends too early".into(),
            Some("check for an unclosed quote or bracket".into()),
        );
    }
    if msg.contains("is not a date") || msg.contains("not a real date") {
        return (
            msg.to_string(),
            Some("write dates as YYYY-MM-DD with a real day and month, e.g. 2027-03-15".into()),
        );
    }
    if msg.contains("is not a date and time") {
        return (
            msg.to_string(),
            Some("write YYYY-MM-DD HH:MM in 24-hour UK time, e.g. 2027-03-15 18:00".into()),
        );
    }
    if msg.contains("mapping values are not allowed") {
        return (
            "a value contains `: ` where YAML does not expect it".into(),
            Some("put the whole value in double quotes, e.g. title: \"Jobs: what is on\"".into()),
        );
    }
    if msg.contains("tab") {
        return (msg.to_string(), Some("indent with spaces, not tabs".into()));
    }
    (
        format!("the front matter is not valid YAML: {msg}"),
        Some(
            "check this line: indent nested fields with spaces, put a space after each `:`, \
              close every quote and bracket, and quote values that contain `: ` or start with `#`"
                .into(),
        ),
    )
}

#[cfg(test)]
mod tests {
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
}
