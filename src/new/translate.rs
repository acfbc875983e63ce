//! `useit new --translate PATH --lang CODE`: starts a translation from its original. The file
//! holds every translatable field of the original's kind with the original's value, each
//! under a `# translate` line, the original's body under a marker line, `reviewed: false`,
//! `draft: true` and the hash of the original's text it was made from (`source_hash:`).
//! Published while the marker line is still there, it is an error (see
//! [`crate::model::kinds::common::required_text`]).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::i18n::source::{FIELD, Original, target_of};
use crate::model::kinds::common::TRANSLATE_MARKER;
use crate::model::kinds::translation::language_suffix;

/// Writes the `CODE` translation of the original `path` (relative to `root`, or under it) and
/// returns its path relative to `root`.
pub fn create(root: &Path, path: &Path, code: &str) -> Result<PathBuf, Diagnostic> {
    let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let languages = site_languages(root);
    let (default, name) = match languages.iter().position(|(c, _)| c == code) {
        Some(0) => {
            return Err(Diagnostic::error(
                &rel,
                format!("`{code}` is the site's default language, the original's own"),
            )
            .with_help("give the code of another language of site.yaml"));
        }
        Some(i) => (&languages[0].1, &languages[i].1),
        None => return Err(unknown_language(code, &languages)),
    };
    if let Some((orig, c)) = language_suffix(&rel)
        && languages.iter().any(|(l, _)| *l == c)
    {
        return Err(
            Diagnostic::error(&rel, "this is a translation, not an original").with_help(format!(
                "give the original: useit new --translate {} --lang {code}",
                orig.display()
            )),
        );
    }
    let out = translation_path(&rel, code);
    let (original, target, _) = out.as_deref().and_then(target_of).ok_or_else(|| {
        Diagnostic::error(&rel, "not a content file that can be translated").with_help(
            "give a page of content/ (content/stories/x.md, content/champions/x/index.md, \
             content/_index.md) or a toolkit (toolkits/x/index.md)",
        )
    })?;
    let out = out.unwrap_or_default();
    if !root.join(&original).is_file() {
        return Err(
            Diagnostic::error(&original, "the original does not exist").with_help(
                "check the path (relative to the site folder), or write the original first",
            ),
        );
    }
    if root.join(&out).exists() {
        return Err(
            Diagnostic::error(&out, "already exists; nothing was written").with_help(format!(
                "edit it, and after bringing it up to date run `useit i18n --mark-current {}`",
                out.display()
            )),
        );
    }
    let orig = Original::read(root, &original, target)?;
    let text = scaffold(&orig, (code, name), default);
    crate::util::fs::write(&root.join(&out), text.as_bytes()).map_err(|e| {
        Diagnostic::error(&out, e.to_string()).with_help("check that the folder is writable")
    })?;
    Ok(out)
}

/// The site's languages, code and English name, the default first (English alone when
/// site.yaml cannot be read).
pub(super) fn site_languages(root: &Path) -> Vec<(String, String)> {
    crate::config::Config::load(root, None)
        .map(|c| {
            c.site
                .languages
                .iter()
                .map(|l| (l.code.clone(), l.name.clone()))
                .collect()
        })
        .unwrap_or_else(|_| vec![("en".into(), "English".into())])
}

/// The error for a language code site.yaml does not list.
pub(super) fn unknown_language(code: &str, languages: &[(String, String)]) -> Diagnostic {
    let codes: Vec<&str> = languages.iter().map(|(c, _)| c.as_str()).collect();
    Diagnostic::error(
        "site.yaml",
        format!("language `{code}` is not one of the site's languages"),
    )
    .with_help(format!(
        "use one of: {} (or add it to `languages` in site.yaml)",
        codes.join(", ")
    ))
}

/// `x.md` -> `x.CODE.md`; a toolkit's `toolkit.yaml` or `index.md` -> `index.CODE.md`.
fn translation_path(rel: &Path, code: &str) -> Option<PathBuf> {
    let name = rel.file_name()?.to_str()?;
    let stem = match name {
        "toolkit.yaml" if rel.starts_with("toolkits") => "index",
        _ => name.strip_suffix(".md")?,
    };
    Some(rel.with_file_name(format!("{stem}.{code}.md")))
}

/// The translation file's text.
fn scaffold(o: &Original, (code, name): (&str, &str), default: &str) -> String {
    let mut s = String::from("---\n");
    let _ = writeln!(
        s,
        "# {name} ({code}) translation of {}, made by `useit new --translate`.",
        o.path.display()
    );
    s.push_str(
        "# Translate each value under a `# translate` line and the text below the marker line,\n\
         # then delete the marker line and `draft: true`. Dates, places and links come from the\n\
         # original and cannot be set here.\n",
    );
    for (field, value) in &o.fields {
        s.push_str("# translate\n");
        match (*field, value) {
            ("files", serde_json::Value::Array(files)) => {
                s.push_str("files:\n");
                for f in files {
                    let mut dash = "  - ";
                    for key in ["path", "title", "description"] {
                        if let Some(v) = f.get(key) {
                            let _ = writeln!(s, "{dash}{key}: {v}");
                            dash = "    ";
                        }
                    }
                }
            }
            _ => match block(&o.yaml, field) {
                Some(b) => s.push_str(&b),
                None => {
                    let _ = writeln!(s, "{field}: {value}");
                }
            },
        }
    }
    let _ = write!(
        s,
        "reviewed: false                  # true once a fluent speaker has checked it\n\
         draft: true                      # remove when every value and the text are translated\n\
         # The original's text this was made from: when the original changes, `useit i18n` says\n\
         # so; bring the translation up to date, then run `useit i18n --mark-current FILE`.\n\
         {FIELD}: {}\n\
         ---\n{TRANSLATE_MARKER} the text below is the original's ({default}); translate it, then delete this line -->\n",
        o.hash
    );
    s.push_str(o.body.trim_start_matches(['\n', '\r']));
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The lines of the top-level field `name` in `yaml`, as written (a value may go on over
/// indented lines), ending in a newline.
fn block(yaml: &str, name: &str) -> Option<String> {
    let key = format!("{name}:");
    let mut lines = yaml
        .split_inclusive('\n')
        .skip_while(|l| !l.starts_with(&key));
    let mut out = lines.next()?.to_string();
    let mut pending = String::new();
    for l in lines {
        if l.trim().is_empty() {
            pending.push_str(l);
        } else if l.starts_with([' ', '\t']) {
            out.push_str(&pending);
            pending.clear();
            out.push_str(l);
        } else {
            break;
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_block_goes_on_over_indented_lines() {
        let y = "title: A\nsummary: >\n  one\n\n  two\nauthor: B\n# c\nimage_alt: x";
        assert_eq!(block(y, "summary").unwrap(), "summary: >\n  one\n\n  two\n");
        assert_eq!(block(y, "image_alt").unwrap(), "image_alt: x\n");
        assert_eq!(block(y, "titles"), None);
    }

    #[test]
    fn translation_paths() {
        let p = |s: &str| translation_path(Path::new(s), "so").map(|p| p.display().to_string());
        assert_eq!(
            p("content/stories/x.md").as_deref(),
            Some("content/stories/x.so.md")
        );
        assert_eq!(
            p("toolkits/t/toolkit.yaml").as_deref(),
            Some("toolkits/t/index.so.md")
        );
        assert_eq!(
            p("toolkits/t/index.md").as_deref(),
            Some("toolkits/t/index.so.md")
        );
        assert_eq!(p("content/stories/x.txt"), None);
    }
}
