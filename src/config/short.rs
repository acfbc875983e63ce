//! Short addresses: `short_links:` in `site.yaml` (`survey: "@/surveys/community-survey.md"`)
//! and the path rules they share with the `aliases:` of front matter ([`short_path`]).
//!
//! Entry points: [`short_path`], [`errors`] (what is wrong with `short_links:`, as (message,
//! help)) and [`line`] (the line of `site.yaml` an entry is written on).

use std::collections::BTreeMap;

/// What a short address is written as: `/survey`, `survey`, `ur/old-page/`.
pub const PATH_HELP: &str = "write a path of the site such as `survey` or `/events/old-name/`: \
letters, digits, `-`, `_` and `.` between single `/`, no `..`, no `?` or `#`";

/// `raw` as a site path ending in `/` (`/Survey` -> `Survey/`), or `None` when it is not a
/// path: empty, `..` or `.`, a scheme or host, a query, a fragment, a space, an empty segment.
pub fn short_path(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    let inner = trimmed.strip_prefix('/').unwrap_or(trimmed);
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    if inner.is_empty() {
        return None;
    }
    let good_segment = |s: &str| {
        !s.is_empty()
            && s != "."
            && s != ".."
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    inner
        .split('/')
        .all(good_segment)
        .then(|| format!("{inner}/"))
}

/// One entry of `short_links:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortLink {
    /// Site path, ending in `/` (`survey/`).
    pub path: String,
    /// The `@/` link key of the content file it leads to (`surveys/community-survey.md`).
    pub target: String,
    /// The address as written (`/survey`).
    pub written: String,
    /// Its line in `site.yaml`.
    pub line: Option<usize>,
}

/// The entries of `short_links:` that are paths (the others are errors of [`errors`]).
pub(super) fn links(links: &BTreeMap<String, String>) -> Vec<ShortLink> {
    links
        .iter()
        .filter_map(|(raw, target)| {
            Some(ShortLink {
                path: short_path(raw)?,
                target: target
                    .trim()
                    .trim_start_matches("@/")
                    .trim_end_matches('/')
                    .to_string(),
                written: raw.clone(),
                line: None,
            })
        })
        .collect()
}

/// Sets the line of `site.yaml` (`text`) of each of `links`.
pub(super) fn place(links: &mut [ShortLink], text: &str) {
    for l in links {
        l.line = entry_line(text, &l.written);
    }
}

/// The problems of `short_links:` (address to `@/` link of a content file), as (message,
/// help); every message quotes the address first, as written.
pub(super) fn errors(links: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut errs = Vec::new();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (raw, target) in links {
        match short_path(raw) {
            None => errs.push((
                format!("the short link `{raw}` in `short_links` is not a path"),
                PATH_HELP.to_string(),
            )),
            Some(p) => {
                if let Some(other) = seen.insert(p.clone(), raw) {
                    errs.push((
                        format!(
                            "the short link `{raw}` in `short_links` is the same address as `{other}`"
                        ),
                        "keep one of the two, or give one another name".into(),
                    ));
                }
            }
        }
        if !target.trim().starts_with("@/") {
            errs.push((
                format!("the short link `{raw}` in `short_links` leads to `{target}`, which is not an `@/` link"),
                "name the content file it leads to, e.g. `survey: \"@/surveys/community-survey.md\"`".into(),
            ));
        }
    }
    errs
}

/// The line of `site.yaml` (`text`) that an error of [`errors`] is about, or of the short
/// link `address` as written: its entry under `short_links:`.
pub fn line(text: &str, message: &str) -> Option<usize> {
    if !message.contains("`short_links`") {
        return None;
    }
    let address = message.split('`').nth(1)?;
    entry_line(text, address)
}

/// The line of the entry `address:` under `short_links:` in `text`.
pub fn entry_line(text: &str, address: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.trim_end() == "short_links:")?;
    let unquoted = |k: &str| k.trim().trim_matches(['"', '\'']).to_string();
    lines
        .iter()
        .enumerate()
        .skip(start + 1)
        .take_while(|(_, l)| {
            l.starts_with([' ', '\t']) || l.trim().is_empty() || l.starts_with('#')
        })
        .find(|(_, l)| {
            l.split_once(':')
                .is_some_and(|(k, _)| unquoted(k) == address)
        })
        .map(|(i, _)| i + 1)
        .or(Some(start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_or_refused() {
        for (raw, want) in [
            ("survey", Some("survey/")),
            ("/survey", Some("survey/")),
            ("/ur/old-page/", Some("ur/old-page/")),
            ("events/soho_2018.html", Some("events/soho_2018.html/")),
            ("", None),
            ("/", None),
            ("a//b", None),
            ("../etc", None),
            ("a/./b", None),
            ("https://x.org/a", None),
            ("join us", None),
            ("survey?src=x", None),
            ("a#b", None),
            ("ﺱ", None),
        ] {
            assert_eq!(short_path(raw).as_deref(), want, "{raw:?}");
        }
    }

    #[test]
    fn errors_name_the_entry_and_its_line() {
        let links: BTreeMap<String, String> = [
            ("join us".to_string(), "@/pages/join.md".to_string()),
            ("fuse".to_string(), "opportunities/fuse.md".to_string()),
            ("/fuse".to_string(), "@/opportunities/fuse.md".to_string()),
        ]
        .into_iter()
        .collect();
        let errs = errors(&links);
        assert_eq!(errs.len(), 3, "{errs:?}");
        let text = "title: x\nshort_links:\n  /fuse: \"@/opportunities/fuse.md\"\n  fuse: opportunities/fuse.md\n  \"join us\": \"@/pages/join.md\"\nlanguage: en\n";
        let lines: Vec<Option<usize>> = errs.iter().map(|(m, _)| line(text, m)).collect();
        assert!(
            lines.contains(&Some(4)) && lines.contains(&Some(5)),
            "{lines:?}"
        );
        assert_eq!(line(text, "`title` is missing"), None);
    }
}
