//! Diagnostics: every content problem the pipeline finds, with where it is and how to fix it.
//!
//! Stages push [`Diagnostic`]s into a [`Diagnostics`] list instead of stopping at the first
//! problem, so `useit check` can list them all. [`Diagnostics::render`] prints them for a
//! terminal (coloured only when asked) or for a log.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Information only: never fails a build, not counted as a warning.
    Note,
    /// A content problem that does not stop the build.
    Warning,
    /// The build cannot produce a correct site.
    Error,
}

/// One problem, located in a source file where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// The file, relative to the site root.
    pub path: Option<PathBuf>,
    /// 1-based line in that file, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error about `path` (no line known yet).
    pub fn error(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, Some(path.as_ref().to_path_buf()), message)
    }

    /// A warning about `path`.
    pub fn warning(path: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(
            Severity::Warning,
            Some(path.as_ref().to_path_buf()),
            message,
        )
    }

    /// A problem not tied to a file.
    pub fn general(severity: Severity, message: impl Into<String>) -> Self {
        Self::new(severity, None, message)
    }

    fn new(severity: Severity, path: Option<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            severity,
            path,
            line: None,
            column: None,
            message: clip(&message.into(), MAX_MESSAGE_CHARS),
            help: None,
        }
    }

    /// Adds the 1-based line.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// Adds the 1-based line when there is one.
    pub fn at_line_if(self, line: Option<usize>) -> Self {
        match line {
            Some(l) => self.at_line(l),
            None => self,
        }
    }

    /// Adds the 1-based line and column.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Adds how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `file:line:col` as shown to the user.
    pub fn location(&self) -> Option<String> {
        let path = self.path.as_ref()?;
        let mut s = path.display().to_string();
        if let Some(line) = self.line {
            let _ = write!(s, ":{line}");
            if let Some(col) = self.column {
                let _ = write!(s, ":{col}");
            }
        }
        Some(s)
    }
}

/// A list of diagnostics gathered across stages.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds many.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// A list of one diagnostic.
    pub fn one(d: Diagnostic) -> Diagnostics {
        Diagnostics { items: vec![d] }
    }

    /// Whether [`Diagnostics::finish`] would fail: any error, or with `strict` any warning.
    pub fn fails(&self, strict: bool) -> bool {
        self.has_errors() || (strict && self.count(Severity::Warning) > 0)
    }

    /// The end of a stage: with `strict` (`--strict`) every warning becomes an error (notes
    /// stay notes); `Err` when any error remains, else `Ok` with the warnings and notes. The
    /// one place where `--strict` is applied.
    pub fn finish(mut self, strict: bool) -> Result<Diagnostics, Diagnostics> {
        if strict {
            self.escalate_warnings();
        }
        if self.has_errors() {
            Err(self)
        } else {
            Ok(self)
        }
    }

    /// Turns every warning into an error; notes stay notes.
    fn escalate_warnings(&mut self) {
        for d in &mut self.items {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
                let why = "an error because of --strict";
                d.help = Some(match d.help.take() {
                    Some(h) => format!("{h} ({why})"),
                    None => why.into(),
                });
            }
        }
    }

    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// How many diagnostics have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// All diagnostics, in the order they were found (see [`Diagnostics::sorted`] for output).
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// All diagnostics, in a stable order (file, line, message).
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            (b.severity, &a.path, a.line, &a.message)
                .cmp(&(a.severity, &b.path, b.line, &b.message))
        });
        v.dedup_by(|a, b| {
            (a.severity, &a.path, a.line, a.column, &a.message)
                == (b.severity, &b.path, b.line, b.column, &b.message)
        });
        v
    }

    /// True when there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Text for the terminal: one block per diagnostic, then a count line.
    pub fn render(&self, colour: bool) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            render_one(&mut out, d, colour);
        }
        let shown = self.sorted();
        let count = |s: Severity| shown.iter().filter(|d| d.severity == s).count();
        let (e, w) = (count(Severity::Error), count(Severity::Warning));
        if e + w > 0 {
            let _ = writeln!(out, "{} error(s), {} warning(s)", e, w);
        }
        out
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn render_one(out: &mut String, d: &Diagnostic, colour: bool) {
    let (label, code) = match d.severity {
        Severity::Error => ("error", "1;31"),
        Severity::Warning => ("warning", "1;33"),
        Severity::Note => ("note", "1;36"),
    };
    let paint = |s: &str, code: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let _ = write!(out, "{}: ", paint(label, code));
    if let Some(loc) = d.location() {
        let _ = write!(out, "{}: ", paint(&loc, "1"));
    }
    let _ = writeln!(out, "{}", d.message);
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  {} {}", paint("help:", "1;32"), help);
    }
}

/// The longest message a diagnostic keeps, in characters: a value quoted in it (a field of
/// megabytes) is cut, never echoed whole.
pub const MAX_MESSAGE_CHARS: usize = 400;

/// `text` cut to at most `max` characters (on a character boundary), with `…` marking the cut.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// The closest candidate to `word` by edit distance, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    let limit = (word.chars().count() / 3).max(2);
    best.filter(|(d, _)| *d <= limit).map(|(_, c)| c)
}

/// The help for a name that is not one of `known`: the closest one when it is a likely typo,
/// else the known names and where to add a new one (`add_to`, e.g. `site.yaml`).
pub fn suggest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>, add_to: &str) -> String {
    let known: Vec<&str> = known.into_iter().collect();
    if known.is_empty() {
        return format!("add it to {add_to} (there are none yet)");
    }
    let list = known.join(", ");
    match closest(word, known.iter().copied()) {
        Some(c) => format!("did you mean `{c}`? Known: {list}"),
        None => format!("use one of: {list} (or add it to {add_to})"),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_field_names() {
        let fields = ["title", "summary", "neighbourhoods", "date"];
        assert_eq!(closest("titel", fields), Some("title"));
        assert_eq!(closest("neighborhoods", fields), Some("neighbourhoods"));
        assert_eq!(closest("colour", fields), None);
    }

    #[test]
    fn finish_escalates_warnings_only_when_strict() {
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::warning("a.md", "w"));
        ds.push(Diagnostic::general(Severity::Note, "n"));
        assert!(!ds.fails(false) && ds.fails(true));
        let kept = ds.clone().finish(false).unwrap();
        assert_eq!(kept.count(Severity::Warning), 1);
        let failed = ds.finish(true).unwrap_err();
        assert_eq!(failed.count(Severity::Error), 1);
        assert_eq!(failed.count(Severity::Note), 1);
        let e = failed
            .sorted()
            .into_iter()
            .find(|d| d.severity == Severity::Error);
        assert_eq!(
            e.and_then(|d| d.help.as_deref()),
            Some("an error because of --strict")
        );
    }

    #[test]
    fn renders_location_and_help_without_colour() {
        let mut ds = Diagnostics::default();
        ds.push(
            Diagnostic::error("content/a.md", "bad")
                .at(3, 5)
                .with_help("fix it"),
        );
        let text = ds.render(false);
        assert!(text.contains("error: content/a.md:3:5: bad"), "{text}");
        assert!(text.contains("help: fix it"));
        assert!(text.contains("1 error(s), 0 warning(s)"));
        assert!(!text.contains('\x1b'));
    }
}
