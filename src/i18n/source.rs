//! The text a translation is made from: an original's translatable front-matter fields and its
//! body, read from its file, and their hash. A translation records the hash as `source_hash:`;
//! `useit i18n` reports it stale as soon as the original's text hashes differently, and
//! `useit i18n --mark-current FILE` records the current hash after a review ([`mark_current`]).
//!
//! Entry points: [`Original::read`], [`current_hashes`], [`mark_current`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::diag::Diagnostic;
use crate::load::frontmatter::{parse_yaml, split};
use crate::model::Site;
use crate::model::kinds::translation::{Target, text_fields};

/// The front-matter field a translation records the hash in.
pub const FIELD: &str = "source_hash";

/// How many hexadecimal digits of the SHA-256 are kept.
const DIGITS: usize = 12;

/// An original, as far as translating it goes.
#[derive(Debug)]
pub struct Original {
    /// The file holding its front matter (a toolkit's `toolkit.yaml`).
    pub path: PathBuf,
    /// Its front matter (a toolkit's whole `toolkit.yaml`).
    pub yaml: String,
    /// Its Markdown body (a toolkit's `index.md`).
    pub body: String,
    /// The translatable fields it sets, in order, with their values.
    pub fields: Vec<(&'static str, serde_json::Value)>,
    /// The hash of those fields and the body.
    pub hash: String,
}

impl Original {
    /// Reads the original `rel` (relative to `root`; for a toolkit its `toolkit.yaml`) of a
    /// translation of `target`.
    pub(crate) fn read(root: &Path, rel: &Path, target: Target) -> Result<Original, Diagnostic> {
        let read = |p: &Path| {
            std::fs::read_to_string(root.join(p))
                .map(|t| t.trim_start_matches('\u{feff}').to_string())
                .map_err(|e| {
                    Diagnostic::error(p, format!("cannot read the original: {e}"))
                        .with_help("a translation `x.<lang>.md` sits beside its original `x.md`")
                })
        };
        let text = read(rel)?;
        let (yaml, offset, body) = if target == Target::Item(crate::model::Kind::Toolkit) {
            let index = rel.with_file_name("index.md");
            let body = if root.join(&index).exists() {
                read(&index)?
            } else {
                String::new()
            };
            (text, 0, body)
        } else {
            let s = split(&text, rel).map_err(|d| *d)?;
            (s.yaml.to_string(), s.yaml_offset, s.body.to_string())
        };
        let map: BTreeMap<String, serde_json::Value> =
            parse_yaml(&yaml, rel, offset).map_err(|d| *d)?;
        let fields: Vec<(&'static str, serde_json::Value)> = text_fields(target)
            .into_iter()
            .filter_map(|name| Some((name, text_of(name, map.get(name)?))))
            .collect();
        let hash = hash(&fields, &body);
        Ok(Original {
            path: rel.to_path_buf(),
            yaml,
            body,
            fields,
            hash,
        })
    }
}

/// The text of a field: a toolkit's files count only by their path, title and description.
fn text_of(name: &str, v: &serde_json::Value) -> serde_json::Value {
    match (name, v) {
        ("files", serde_json::Value::Array(files)) => files
            .iter()
            .map(|f| {
                let keep = ["path", "title", "description"];
                let o = f.as_object().into_iter().flatten();
                serde_json::Value::Object(
                    o.filter(|(k, _)| keep.contains(&k.as_str()))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                )
            })
            .collect(),
        _ => v.clone(),
    }
}

/// The first [`DIGITS`] hexadecimal digits of the SHA-256 of the fields (name and value as
/// JSON, one a line) and the body (line endings and surrounding blank space ignored).
fn hash(fields: &[(&str, serde_json::Value)], body: &str) -> String {
    let mut h = Sha256::new();
    for (name, v) in fields {
        h.update(name.as_bytes());
        h.update(b"\0");
        h.update(v.to_string().as_bytes());
        h.update(b"\n");
    }
    h.update(b"body\0");
    h.update(body.replace("\r\n", "\n").trim().as_bytes());
    let mut hex = crate::util::hash::hex(&h.finalize());
    hex.truncate(DIGITS);
    hex
}

/// What a translation file `rel` translates: its original's path (a toolkit's `toolkit.yaml`)
/// and kind, and its language code; `None` when `rel` is not a translation.
pub(crate) fn target_of(rel: &Path) -> Option<(PathBuf, Target, String)> {
    match crate::model::parse::parse(crate::load::SourceFile {
        rel: rel.to_path_buf(),
        text: "---\n---\n".into(),
    }) {
        Ok(crate::model::parse::Parsed::Translation(t)) => Some((t.original, t.target, t.code)),
        _ => None,
    }
}

/// The current hash of every original that has a translation, by source path.
pub fn current_hashes(root: &Path, site: &Site) -> HashMap<PathBuf, Result<String, String>> {
    let mut out = HashMap::new();
    for it in site.items.iter().filter(|it| it.original.is_some()) {
        let Some((orig, target, _)) = target_of(&it.source) else {
            continue;
        };
        out.entry(orig.clone()).or_insert_with(|| {
            Original::read(root, &orig, target)
                .map(|o| o.hash)
                .map_err(|d| d.message)
        });
    }
    out
}

/// Records in the translation `file` (relative to `root`) the hash of its original's text as
/// it is now, rewriting only the `source_hash:` line (or adding it before the closing `---`);
/// returns the file's path relative to `root` and the hash.
pub fn mark_current(root: &Path, file: &Path) -> Result<(PathBuf, String), Diagnostic> {
    let rel = file.strip_prefix(root).unwrap_or(file).to_path_buf();
    let (orig, target, _) = target_of(&rel).ok_or_else(|| {
        Diagnostic::error(&rel, "not a translation file").with_help(
            "name the translation beside its original: content/stories/x.so.md, \
             content/champions/x/index.so.md or toolkits/x/index.so.md",
        )
    })?;
    let full = root.join(&rel);
    let text = std::fs::read_to_string(&full).map_err(|e| {
        Diagnostic::error(&rel, format!("cannot read: {e}"))
            .with_help("give the path of the translation, relative to the site folder")
    })?;
    let hash = Original::read(root, &orig, target)?.hash;
    let new = with_hash(&text, &hash).ok_or_else(|| {
        Diagnostic::error(
            &rel,
            "no front matter: the file must start with a `---` line",
        )
        .at_line(1)
        .with_help("start the file with `---`, the YAML fields, then another `---` line")
    })?;
    if new != text {
        crate::util::fs::write(&full, new.as_bytes())
            .map_err(|e| Diagnostic::error(&rel, e.to_string()))?;
    }
    Ok((rel, hash))
}

/// `text` with its front matter's `source_hash:` value set to `hash`, every other byte kept.
fn with_hash(text: &str, hash: &str) -> Option<String> {
    let key = format!("{FIELD}:");
    let mut out = String::with_capacity(text.len() + 40);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    out.push_str(first);
    let eol = if first.ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut done = false;
    for line in lines.by_ref() {
        if !done && line.trim_end() == "---" {
            out.push_str(&format!("{key} {hash}{eol}"));
            out.push_str(line);
            done = true;
            break;
        }
        match line.strip_prefix(&key).filter(|_| !done) {
            Some(rest) => {
                let value = rest.trim_start();
                let value_len = value
                    .find(|c: char| c.is_whitespace())
                    .unwrap_or(value.len());
                out.push_str(&key);
                out.push(' ');
                out.push_str(hash);
                out.push_str(&value[value_len..]);
                done = true;
            }
            None => out.push_str(line),
        }
    }
    if !done {
        return None;
    }
    out.extend(lines);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_line_is_rewritten_in_place_or_added() {
        let t = "---\ntitle: x\nsource_hash: 000000000000   # note\n---\nsource_hash: body\n";
        assert_eq!(
            with_hash(t, "abcdefabcdef").unwrap(),
            "---\ntitle: x\nsource_hash: abcdefabcdef   # note\n---\nsource_hash: body\n"
        );
        let t = "---\r\ntitle: x\r\n---\r\nbody";
        assert_eq!(
            with_hash(t, "abc").unwrap(),
            "---\r\ntitle: x\r\nsource_hash: abc\r\n---\r\nbody"
        );
        assert_eq!(with_hash("no front matter", "abc"), None);
        assert_eq!(with_hash("---\ntitle: x\n", "abc"), None);
    }

    #[test]
    fn only_text_changes_the_hash() {
        let f = |t: &str| vec![("title", serde_json::json!(t))];
        assert_eq!(hash(&f("A"), "Body\n"), hash(&f("A"), "\r\nBody"));
        assert_ne!(hash(&f("A"), "Body"), hash(&f("B"), "Body"));
        assert_ne!(hash(&f("A"), "Body"), hash(&f("A"), "Body."));
        assert_eq!(hash(&f("A"), "Body").len(), DIGITS);
    }
}
