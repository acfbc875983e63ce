//! The front-matter loader: `split` and `parse_yaml` on arbitrary text, on YAML-ish text built
//! from fragments, and on deep nesting. Every error names the file, and its line (when it has
//! one) lies inside the file.

use std::path::Path;

use proptest::prelude::*;
use useit::config::SiteConfig;
use useit::diag::Diagnostic;
use useit::load::frontmatter::{parse_yaml, split};
use useit::model::kinds::event::EventFm;
use useit::model::kinds::story::StoryFm;

use super::{config, line_count, mixed};

const FILE: &str = "content/events/fuzz.md";

/// Pieces of front matter: keys of the kinds, YAML syntax, odd values.
const YAML: &[&str] = &[
    "title: ",
    "summary: ",
    "start: ",
    "end: ",
    "repeat: ",
    "except: ",
    "tags: ",
    "venue: ",
    "cost: ",
    "category: ",
    "all_day: ",
    "date: ",
    "author: ",
    "base_url: ",
    "paginate: ",
    "\n",
    "\n",
    "\n",
    "  ",
    "    ",
    "- ",
    ": ",
    ":",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "'",
    "\"",
    "#",
    "&a ",
    "*a",
    "<<: *a",
    "!!binary ",
    "!x ",
    "|",
    ">-",
    "---",
    "...",
    "\t",
    "\r\n",
    "~",
    "null",
    "true",
    "yes",
    "x",
    "Free",
    "2026-11-25",
    "2026-11-25T09:00",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "24:61",
    "1e999",
    "-0",
    "99999999999999999999999",
    "0x1F",
    ".nan",
    "FREQ=WEEKLY;BYDAY=TU",
    "\u{202e}",
    "\u{200f}",
    "e\u{301}",
    "🦀",
    "\u{b}",
    "\0",
    "\u{feff}",
    "? ",
    "%YAML 1.2\n",
];

/// The first problem of loading `text` as front matter into `T`, if any.
fn load<T: serde::de::DeserializeOwned>(text: &str, path: &Path) -> Option<Diagnostic> {
    let s = match split(text, path) {
        Ok(s) => s,
        Err(d) => return Some(*d),
    };
    parse_yaml::<T>(s.yaml, path, s.yaml_offset)
        .err()
        .map(|d| *d)
}

/// Fails unless `d` names `path` and, when it has a line, a line of `text`.
fn located(d: &Diagnostic, path: &Path, text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(d.path.as_deref(), Some(path), "{:?}", d);
    prop_assert!(!d.message.trim().is_empty(), "{:?}", d);
    if let Some(line) = d.line {
        prop_assert!(
            (1..=line_count(text)).contains(&line),
            "line {} of a {}-line file: {:?}",
            line,
            line_count(text),
            d
        );
    }
    Ok(())
}

/// Loads `text` as each kind of front matter (and as a whole YAML file) on a thread with the
/// pipeline's stack, and checks every problem is located.
fn check_all(text: String) -> Result<(), TestCaseError> {
    let result = useit::with_big_stack(move || {
        let (md, yaml) = (Path::new(FILE), Path::new("site.yaml"));
        let wrapped = format!("---\n{text}\n---\nbody\n");
        let ds = [
            (md, load::<serde_json::Value>(&text, md), &text),
            (md, load::<EventFm>(&wrapped, md), &wrapped),
            (md, load::<StoryFm>(&wrapped, md), &wrapped),
            (
                yaml,
                parse_yaml::<SiteConfig>(&text, yaml, 0).err().map(|d| *d),
                &text,
            ),
        ];
        ds.into_iter()
            .filter_map(|(p, d, t)| d.map(|d| (p, d, t.clone())))
            .collect::<Vec<_>>()
    });
    let Some(ds) = result else {
        return Err(TestCaseError::fail("the loader panicked"));
    };
    for (path, d, text) in &ds {
        located(d, path, text)?;
    }
    Ok(())
}

/// Nesting `depth` levels deep in one of the ways YAML allows.
fn nested(style: u8, depth: usize) -> String {
    match style % 4 {
        0 => format!("title: {}x{}", "[".repeat(depth), "]".repeat(depth)),
        1 => format!("title: {}x{}", "{a: ".repeat(depth), "}".repeat(depth)),
        2 => (0..depth)
            .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
            .collect(),
        _ => format!("title:\n{}x\n", "- ".repeat(depth)),
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn arbitrary_text_is_loaded_or_located(text in any::<String>()) {
        check_all(text)?;
    }

    #[test]
    fn yaml_fragments_are_loaded_or_located(text in mixed(YAML, 40)) {
        check_all(text)?;
    }

    #[test]
    fn deep_nesting_is_refused_with_its_line(style in 0u8..4, depth in 1usize..3000) {
        let text = nested(style, depth);
        check_all(text)?;
    }
}
