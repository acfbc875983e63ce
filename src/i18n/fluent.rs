//! UI strings in Project Fluent syntax, one `locales/<code>.ftl` per language, used from
//! templates as `t(key="events-upcoming")` or `t(key="files-count", count=3)`.
//!
//! A key missing in a language falls back to the default language (English) and is reported as
//! a note (an error with `--strict-i18n`); a key missing in English is an error; a malformed file
//! is an error naming the file and line. Plurals follow CLDR rules through fluent-bundle.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics, Severity};

/// The bundles of every language, in the configured order (default first).
pub struct Locales {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Message ids defined per language.
    keys: Vec<BTreeSet<String>>,
    /// Language codes, same order.
    codes: Vec<String>,
    /// A hash of each language's `.ftl` text, same order (what pages in that language read).
    hashes: Vec<u64>,
    /// Whether each language's bundle puts its arguments in Unicode isolates (right-to-left
    /// languages), same order.
    isolating: Vec<bool>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("codes", &self.codes)
            .finish()
    }
}

/// The deepest nesting of placeables (`{ ... }`) read in a `.ftl` file.
pub const MAX_DEPTH: usize = 64;

/// `text`, or nothing (with an error in `ds`) when its placeables nest too deep.
fn limit_depth(text: String, rel: &Path, ds: &mut Diagnostics) -> String {
    let Some(line) = too_deep(&text) else {
        return text;
    };
    ds.push(
        Diagnostic::error(
            rel,
            format!("placeables are nested more than {MAX_DEPTH} levels deep"),
        )
        .at_line(line)
        .with_help("a message needs a placeable or two (`{ $name }`), never deep nesting"),
    );
    String::new()
}

/// The line where `{` nesting in `text` first goes past [`MAX_DEPTH`] (the parser recurses
/// into placeables: a deep one could overflow the stack).
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, line) in text.lines().enumerate() {
        for c in line.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > MAX_DEPTH {
                return Some(i + 1);
            }
        }
    }
    None
}

/// The key prefixes of the vocabularies' names (`neighbourhood-cape-hill`), in the order of
/// `vocab::Vocab`: their messages are names, reported by `vocab::check`, not as UI strings.
pub const NAME_PREFIXES: [&str; 4] = ["neighbourhood", "theme", "topic", "audience"];

/// True when `key` names a vocabulary entry (`<prefix>-<slug>`).
pub fn is_name_key(key: &str) -> bool {
    NAME_PREFIXES.iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|rest| rest.len() > 1 && rest.starts_with('-'))
    })
}

/// Path of a language's strings.
pub fn ftl_path(code: &str) -> PathBuf {
    Path::new("locales").join(format!("{code}.ftl"))
}

impl Locales {
    /// A hash of the UI strings pages in language `lang` can show: that language's and the
    /// default language's (the fallback).
    pub fn text_hash(&self, lang: usize) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(&(self.hashes.first(), self.hashes.get(lang)), &mut h);
        std::hash::Hasher::finish(&h)
    }

    /// Reads every configured language's `.ftl` file. Missing keys are notes (errors when
    /// `strict`); a missing default-language file or malformed syntax is an error.
    pub fn load(root: &Path, config: &Config, strict: bool) -> (Locales, Diagnostics) {
        let mut ds = Diagnostics::default();
        let mut bundles = Vec::new();
        let mut keys = Vec::new();
        let mut codes = Vec::new();
        let mut hashes = Vec::new();
        for (i, lang) in config.site.languages.iter().enumerate() {
            let rel = ftl_path(&lang.code);
            let full = root.join(&rel);
            let text = match crate::util::fs::read_regular_text(
                &full,
                crate::util::fs::MAX_SOURCE_BYTES,
            ) {
                Ok(t) => t,
                Err(_) if i > 0 && full.symlink_metadata().is_err() => {
                    ds.push(Diagnostic { severity: if strict { Severity::Error } else { Severity::Note }, ..Diagnostic::error(&rel, "no UI strings for this language: every string falls back to the default language") }
                        .with_help(format!("copy {} and translate it", ftl_path(&config.site.languages[0].code).display())));
                    String::new()
                }
                Err(e) => {
                    ds.push(
                        Diagnostic::error(&rel, format!("cannot read the UI strings: {e}"))
                            .with_help(
                                "every template string needs an English message: create the file",
                            ),
                    );
                    String::new()
                }
            };
            let text = limit_depth(text, &rel, &mut ds);
            hashes.push(crate::util::hash::hash_bytes(text.as_bytes()));
            let (bundle, defined) = bundle(
                &lang.code,
                lang.locale.as_deref(),
                is_rtl(lang),
                text,
                &rel,
                &mut ds,
            );
            bundles.push(bundle);
            keys.push(defined);
            codes.push(lang.code.clone());
        }
        let locales = Locales {
            bundles,
            keys,
            codes,
            hashes,
            isolating: config.site.languages.iter().map(is_rtl).collect(),
        };
        for i in 1..locales.codes.len() {
            // Names of vocabularies are reported on their own (`vocab::check`).
            let missing: Vec<&String> = locales.keys[0]
                .difference(&locales.keys[i])
                .filter(|k| !is_name_key(k))
                .collect();
            if !missing.is_empty() && !locales.keys[i].is_empty() {
                let severity = if strict {
                    Severity::Error
                } else {
                    Severity::Note
                };
                let list: Vec<&str> = missing.iter().take(8).map(|s| s.as_str()).collect();
                ds.push(Diagnostic {
                    severity,
                    ..Diagnostic::error(ftl_path(&locales.codes[i]), format!(
                        "{} UI string(s) not translated yet, shown in the default language: {}{}",
                        missing.len(), list.join(", "), if missing.len() > 8 { ", ..." } else { "" }
                    ))
                });
            }
        }
        (locales, ds)
    }

    /// True when language `lang`'s own file defines message `key` (no fallback).
    pub fn defines(&self, lang: usize, key: &str) -> bool {
        self.keys.get(lang).is_some_and(|k| k.contains(key))
    }

    /// True when language `lang` has a file with any message in it.
    pub fn has_any(&self, lang: usize) -> bool {
        self.keys.get(lang).is_some_and(|k| !k.is_empty())
    }

    /// The keys of the default language.
    pub fn default_keys(&self) -> impl Iterator<Item = &str> {
        self.keys[0].iter().map(String::as_str)
    }

    /// Keys defined in the default language but not in language `lang`.
    pub fn missing(&self, lang: usize) -> Vec<String> {
        self.keys[0].difference(&self.keys[lang]).cloned().collect()
    }

    /// Number of keys in the default language.
    pub fn key_count(&self) -> usize {
        self.keys[0].len()
    }

    /// Formats message `key` in language `lang` (falling back to the default language).
    pub fn format(
        &self,
        lang: usize,
        key: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, String> {
        let lang = lang.min(self.bundles.len().saturating_sub(1));
        let from = match self.bundles[lang].get_message(key) {
            Some(_) => lang,
            None => 0,
        };
        let bundle = &self.bundles[from];
        // A bundle that isolates its arguments would put a second isolate around an argument
        // that is one already (the site's name in a right-to-left page).
        let unwrapped;
        let args = match args {
            Some(a) if self.isolating[from] => {
                unwrapped = without_outer_isolates(a);
                Some(&unwrapped)
            }
            other => other,
        };
        let msg = bundle.get_message(key).ok_or_else(|| {
            format!(
                "UI string `{key}` is missing from {}",
                ftl_path(&self.codes[0]).display()
            )
        })?;
        let pattern = msg
            .value()
            .ok_or_else(|| format!("UI string `{key}` has no value"))?;
        let mut errors = Vec::new();
        let out = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if let Some(e) = errors.first() {
            return Err(format!(
                "UI string `{key}` in {}: {e}",
                ftl_path(&self.codes[lang]).display()
            ));
        }
        Ok(out)
    }

    /// Registers `t(key=..., count=..., name=...)` on `tera`; the page language comes from the
    /// template context variable `lang_index`.
    pub fn register(self: &Arc<Self>, tera: &mut tera::Tera) {
        let me = Arc::clone(self);
        tera.register_function(
            "t",
            move |kwargs: tera::Kwargs, state: &tera::State| -> tera::TeraResult<String> {
                let key: String = kwargs.must_get("key")?;
                let lang: usize = state.get::<usize>("lang_index")?.unwrap_or(0);
                let mut args = FluentArgs::new();
                for (k, v) in kwargs.iter() {
                    let name = k.to_string();
                    if name == "key" {
                        continue;
                    }
                    let value = match v.as_i64() {
                        Some(n) => FluentValue::from(n),
                        None => FluentValue::from(v.to_string()),
                    };
                    args.set(name, value);
                }
                me.format(lang, &key, Some(&args))
                    .map_err(tera::Error::message)
            },
        );
    }
}

/// Whether `lang` is written right to left (its bundle isolates its arguments).
fn is_rtl(lang: &crate::config::Language) -> bool {
    lang.dir == crate::config::Direction::Rtl
}

/// `args` with each text argument that is one whole Unicode isolate (FSI, LRI or RLI ... its
/// PDI) taken out of it, for a bundle that isolates every argument itself.
fn without_outer_isolates<'a>(args: &'a FluentArgs<'a>) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (k, v) in args.iter() {
        let v = match v {
            FluentValue::String(s) => FluentValue::from(inside_isolate(s)),
            other => other.clone(),
        };
        out.set(k, v);
    }
    out
}

/// The text inside `s` when `s` is one isolate from its first character to its last, else `s`.
fn inside_isolate(s: &str) -> &str {
    let Some(inner) = s
        .strip_prefix(['\u{2066}', '\u{2067}', '\u{2068}'])
        .and_then(|r| r.strip_suffix('\u{2069}'))
    else {
        return s;
    };
    // The opening isolate must be closed by the last character, not earlier.
    let mut depth = 0usize;
    for c in inner.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' if depth == 0 => return s,
            '\u{2069}' => depth -= 1,
            _ => {}
        }
    }
    inner
}

fn bundle(
    code: &str,
    locale: Option<&str>,
    isolate: bool,
    text: String,
    rel: &Path,
    ds: &mut Diagnostics,
) -> (FluentBundle<FluentResource>, BTreeSet<String>) {
    let langid: LanguageIdentifier = locale.unwrap_or(code).parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(isolate);
    let line_of = |text: &str, pos: usize| crate::util::lines::line_at(text.as_bytes(), pos);
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                ds.push(
                    Diagnostic::error(rel, format!("not valid Fluent syntax: {}", e.kind))
                        .at_line(line_of(&text, e.slice.as_ref().map_or(e.pos.start, |s| s.start)))
                        .with_help("a message is `key = text`; continuation lines start with spaces; see projectfluent.org"),
                );
            }
            r
        }
    };
    let mut defined = BTreeSet::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry
            && !defined.insert(m.id.name.to_string())
        {
            ds.push(
                Diagnostic::error(rel, format!("UI string `{}` is defined twice", m.id.name))
                    .with_help("keep one definition"),
            );
        }
    }
    let _ = bundle.add_resource(resource);
    (bundle, defined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(files: &[(&str, &str, &str)]) -> (Locales, Diagnostics) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("locales")).unwrap();
        let mut langs = Vec::new();
        for (code, dirn, text) in files {
            std::fs::write(dir.path().join(format!("locales/{code}.ftl")), text).unwrap();
            langs.push(format!(
                "  - {{ code: {code}, name: {code}, endonym: {code}, dir: {dirn} }}\n"
            ));
        }
        let yaml = format!(
            "title: T\nbase_url: https://e.org/\nlanguage: en\nlanguages:\n{}",
            langs.concat()
        );
        let site: crate::config::SiteConfig = serde_saphyr::from_str(&yaml).unwrap();
        let cfg = Config::from_site(site, None).unwrap();
        Locales::load(dir.path(), &cfg, false)
    }

    #[test]
    fn an_argument_already_isolated_is_isolated_once() {
        assert_eq!(inside_isolate("\u{2068}USE-IT!\u{2069}"), "USE-IT!");
        // Two isolates side by side are not one.
        let two = "\u{2068}a\u{2069} \u{2068}b\u{2069}";
        assert_eq!(inside_isolate(two), two);
        assert_eq!(inside_isolate("plain"), "plain");
        let en = "site-feed = Feed of { $site }\n";
        let ar = "site-feed = خلاصة { $site }\n";
        let (l, _) = locales(&[("en", "ltr", en), ("ar", "rtl", ar)]);
        let mut a = FluentArgs::new();
        a.set("site", FluentValue::from("\u{2068}USE-IT!\u{2069}"));
        assert_eq!(
            l.format(1, "site-feed", Some(&a)).unwrap(),
            "خلاصة \u{2068}USE-IT!\u{2069}"
        );
        // A bundle that does not isolate keeps the argument as given.
        assert_eq!(
            l.format(0, "site-feed", Some(&a)).unwrap(),
            "Feed of \u{2068}USE-IT!\u{2069}"
        );
    }

    const EN: &str = "files = { $count ->\n    [one] {$count} file\n   *[other] {$count} files\n}\nhello = Hello\nonly-en = Only English\n";

    #[test]
    fn polish_and_arabic_plurals_follow_cldr() {
        let pl = "files = { $count ->\n    [one] {$count} plik\n    [few] {$count} pliki\n    [many] {$count} plików\n   *[other] {$count} pliku\n}\nhello = Cześć\n";
        let ar = "files = { $count ->\n    [zero] لا ملفات\n    [one] ملف واحد\n    [two] ملفان\n    [few] {$count} ملفات\n    [many] {$count} ملفًا\n   *[other] {$count} ملف\n}\nhello = مرحبا\n";
        let (l, ds) = locales(&[("en", "ltr", EN), ("pl", "ltr", pl), ("ar", "rtl", ar)]);
        assert!(!ds.has_errors(), "{}", ds.render(false));
        let f = |lang: usize, n: i64| {
            let mut a = FluentArgs::new();
            a.set("count", FluentValue::from(n));
            l.format(lang, "files", Some(&a))
                .unwrap()
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(
            [f(1, 1), f(1, 3), f(1, 5), f(1, 22), f(1, 25)],
            ["1 plik", "3 pliki", "5 plików", "22 pliki", "25 plików"]
        );
        assert_eq!(
            [f(2, 0), f(2, 1), f(2, 2), f(2, 3), f(2, 11), f(2, 100)],
            [
                "لا ملفات",
                "ملف واحد",
                "ملفان",
                "3 ملفات",
                "11 ملفًا",
                "100 ملف"
            ]
        );
        assert_eq!(f(0, 1), "1 file");
        assert_eq!(
            l.format(1, "only-en", None).unwrap(),
            "Only English",
            "falls back to English"
        );
        assert_eq!(l.missing(1), ["only-en"]);
        assert!(
            ds.sorted()
                .iter()
                .any(|d| d.severity == Severity::Note && d.message.contains("only-en"))
        );
        assert!(
            l.format(0, "nope", None)
                .unwrap_err()
                .contains("missing from locales/en.ftl")
        );
    }

    #[test]
    fn malformed_file_and_missing_variable_are_errors() {
        let (l, ds) = locales(&[
            ("en", "ltr", "ok = Fine\nbroken = { $x\nnext = Next\n"),
            ("pl", "ltr", "ok = {$who} ok\n"),
        ]);
        let d = ds
            .sorted()
            .into_iter()
            .find(|d| d.severity == Severity::Error)
            .expect("syntax error");
        assert_eq!(d.location().unwrap(), "locales/en.ftl:2");
        assert!(
            l.format(1, "ok", None)
                .unwrap_err()
                .contains("locales/pl.ftl")
        );
    }
}
