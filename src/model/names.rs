//! The name check: the text of every published item, in every language's file, is searched for
//! the names of the champions (their shown name: the name, or the pseudonym of an anonymous
//! profile, and the other forms in `also_known_as`). Naming someone who is not published is an
//! error; naming a published person without listing them (`champion:` or `people:`) is a
//! warning, since the item would not be withheld if their consent ended.
//!
//! Words are runs of letters, digits and combining marks (so Arabic, Urdu and Bengali names
//! match), compared in lower case; a name matches only whole words in sequence, on one line.
//! One [`Matcher`] over all names: each word of the text is looked up once, so the check is
//! linear in the size of the site.
//!
//! Entry points: [`Matcher::new`] (from every champion, before any is dropped) and [`check`].

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::Kind;
use super::kinds::Front;
use super::kinds::translation::RawTranslation;
use super::parse::Raw;
use super::people::Publication;
use crate::diag::{Diagnostic, Diagnostics};

/// Top-level front-matter fields that refer to people by slug or define a profile's own names:
/// never a mention.
const REFERENCE_FIELDS: [&str; 6] = [
    "champion",
    "people",
    "also_known_as",
    "without_people",
    "name",
    "pseudonym",
];

/// A section introduction's source path and text.
pub(crate) type IntroText = (std::path::PathBuf, std::sync::Arc<str>);

/// One champion's slug and name forms, as written.
#[derive(Debug, Clone, Default)]
struct Person {
    slug: String,
    forms: Vec<String>,
}

/// Every champion's name forms, looked up by their first word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matcher {
    people: Vec<Person>,
    /// First word (lower case) to the remaining words and the person.
    first: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The first letters (lower case) of those first words, sorted: a word starting with any
    /// other letter is no name, and is neither lower-cased nor looked up (most words of a
    /// site are not names: this keeps the check near the cost of reading the text).
    initials: Vec<char>,
}

impl Matcher {
    /// From every champion profile in `raws` (published or not).
    pub(crate) fn new<'r>(raws: impl IntoIterator<Item = &'r Raw>) -> Matcher {
        Matcher::of(raws.into_iter().filter_map(|r| {
            let Front::Champion(fm) = &r.front else {
                return None;
            };
            let shown = if fm.anonymous {
                &fm.pseudonym
            } else {
                &fm.name
            };
            Some((
                r.slug.clone(),
                shown.iter().chain(&fm.also_known_as).cloned().collect(),
            ))
        }))
    }

    /// From each person's slug and name forms.
    fn of(people: impl IntoIterator<Item = (String, Vec<String>)>) -> Matcher {
        let mut m = Matcher {
            people: Vec::new(),
            first: HashMap::new(),
            initials: Vec::new(),
        };
        for (slug, forms) in people {
            let id = m.people.len();
            for form in &forms {
                let mut w = words(form).into_iter().map(|(_, w)| w);
                if let Some(head) = w.next() {
                    m.first.entry(head).or_default().push((w.collect(), id));
                }
            }
            m.people.push(Person { slug, forms });
        }
        m.initials = m.first.keys().filter_map(|w| w.chars().next()).collect();
        m.initials.sort_unstable();
        m.initials.dedup();
        m
    }

    /// Whether `word` (as written) may be the first word of a name.
    fn may_start(&self, word: &str) -> bool {
        let first = word.chars().next().and_then(|c| c.to_lowercase().next());
        first.is_some_and(|c| self.initials.binary_search(&c).is_ok())
    }

    /// Every mention in `text`: its line (0-based), the person, the words as written. Serve
    /// patches a body edit only when the old and the new body give the same list, so the
    /// name check's findings cannot change (the front matter, which decides between error
    /// and warning, is unchanged by such an edit).
    pub(crate) fn mentions(&self, text: &str) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        for (n, line) in text.lines().enumerate() {
            out.extend(
                self.find(line)
                    .into_iter()
                    .map(|(p, w)| (n, p, w.to_string())),
            );
        }
        out
    }

    /// Whether `text` names any of the people, on any line.
    pub(crate) fn names_anyone(&self, text: &str) -> bool {
        text.lines().any(|l| !self.find(l).is_empty())
    }

    /// The people named in `line`, each once, with the words as written.
    fn find<'l>(&self, line: &'l str) -> Vec<(usize, &'l str)> {
        let mut found: Vec<(usize, &str)> = Vec::new();
        let mut key = String::new();
        for (start, w) in raw_words(line) {
            if !self.may_start(w) {
                continue;
            }
            key.clear();
            key.extend(w.chars().flat_map(char::to_lowercase));
            let Some(cands) = self.first.get(key.as_str()) else {
                continue;
            };
            for (rest, p) in cands {
                if found.iter().any(|(q, _)| q == p) {
                    continue;
                }
                if let Some(end) = followed_by(line, start + w.len(), rest) {
                    found.push((*p, &line[start..end]));
                }
            }
        }
        found
    }
}

/// Where the words `rest` (lower case) end when they are the words of `line` that come next
/// after byte `from`; `None` when they are not.
fn followed_by(line: &str, from: usize, rest: &[String]) -> Option<usize> {
    let mut next = raw_words(line.get(from..)?);
    let mut end = from;
    for want in rest {
        let (at, w) = next.next()?;
        if !w.chars().flat_map(char::to_lowercase).eq(want.chars()) {
            return None;
        }
        end = from + at + w.len();
    }
    Some(end)
}

/// The words of `text` as written: start offset and the word, without allocating.
fn raw_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if is_word_char(c) {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, &text[start..end]))
    })
}

/// The words of `text`: start offset and lower-case form.
fn words(text: &str) -> Vec<(usize, String)> {
    raw_words(text)
        .map(|(i, w)| (i, w.to_lowercase()))
        .collect()
}

/// Letters, digits, and the combining marks and joiners that sit inside words of Arabic-script
/// and Indic names (vowel signs, harakat, ZWNJ), which are not letters to `char`.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC
            | 0x06DF..=0x06E8 | 0x06EA..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F
            | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7
            | 0x09E2..=0x09E3 | 0x0A01..=0x0A03 | 0x0A3C..=0x0A51 | 0x0A70..=0x0A71
            | 0x200C..=0x200D)
}

/// One file to search: its path and text, the item's own profile (a champion's slug, whose
/// name is no mention) and the people it lists.
struct Text<'a> {
    path: &'a Path,
    text: &'a str,
    own: Option<&'a str>,
    listed: &'a HashSet<&'a str>,
    can_list: bool,
}

/// Searches every published item (`raws`, after withholding), the section introductions and
/// the translations of both for names of champions.
pub(crate) fn check(
    m: &Matcher,
    publication: &Publication,
    raws: &[Raw],
    (translations, intros): (&[RawTranslation], &[IntroText]),
    ds: &mut Diagnostics,
) {
    let listed: HashMap<&Path, (HashSet<&str>, &Raw)> = raws
        .iter()
        .map(|r| {
            let mut slugs: HashSet<&str> = r.front.featured().slugs.into_iter().collect();
            // The people of its videos are listed too (each video is withheld without them).
            slugs.extend(
                videos_of(&r.front)
                    .iter()
                    .flat_map(|v| v.people.iter().map(String::as_str)),
            );
            (r.source.as_path(), (slugs, r))
        })
        .collect();
    for r in raws {
        let entry = &listed[r.source.as_path()];
        scan(m, publication, &text(&r.source, &r.text, entry), true, ds);
        if r.kind == Kind::Toolkit {
            let body = r.source.with_file_name("index.md");
            scan(m, publication, &text(&body, &r.body, entry), false, ds);
        }
        // The transcripts of the videos that are published: what is said is text too.
        for v in videos_of(&r.front) {
            for (code, t) in &v.transcript_text {
                let Some(file) = v.transcript.get(code) else {
                    continue;
                };
                let path = r.source.with_file_name(file);
                scan(m, publication, &text(&path, t, entry), false, ds);
            }
        }
    }
    let none = HashSet::new();
    let intro = |path, text| Text {
        path,
        text,
        own: None,
        listed: &none,
        can_list: false,
    };
    for (path, t) in intros {
        scan(m, publication, &intro(path, t), true, ds);
    }
    for t in translations.iter().filter(|t| !t.fm.draft) {
        if let Some(entry) = listed.get(t.original.as_path()) {
            scan(m, publication, &text(&t.source, &t.text, entry), true, ds);
        } else if intros.iter().any(|(p, _)| *p == t.original) {
            scan(m, publication, &intro(&t.source, &t.text), true, ds);
        }
    }
}

/// The videos of a story or champion page.
fn videos_of(front: &super::kinds::Front) -> &[super::kinds::VideoFm] {
    match front {
        super::kinds::Front::Story(fm) => &fm.videos,
        super::kinds::Front::Champion(fm) => &fm.videos,
        _ => &[],
    }
}

/// The file `path` with `text`, of the item in `entry`.
fn text<'a>(path: &'a Path, text: &'a str, entry: &'a (HashSet<&'a str>, &'a Raw)) -> Text<'a> {
    let (listed, r) = entry;
    Text {
        path,
        text,
        own: (r.kind == Kind::Champion).then_some(r.slug.as_str()),
        listed,
        can_list: matches!(r.kind, Kind::Story | Kind::Event | Kind::Opportunity),
    }
}

/// Reports each person named on each line of `t` (front matter skipped outside `---` lines
/// only when `front` says the file has some).
fn scan(m: &Matcher, publication: &Publication, t: &Text<'_>, front: bool, ds: &mut Diagnostics) {
    let mut fences = if front && t.text.starts_with("---") {
        0
    } else {
        2
    };
    let mut skipping = false;
    for (n, line) in t.text.lines().enumerate() {
        if fences < 2 {
            if line.trim_end() == "---" {
                fences += 1;
                continue;
            }
            if !line.starts_with([' ', '\t', '-']) {
                let key = line.split(':').next().unwrap_or("").trim();
                skipping = REFERENCE_FIELDS.contains(&key);
            }
            if skipping {
                continue;
            }
        }
        for (p, said) in m.find(line) {
            let person = &m.people[p];
            if t.own == Some(person.slug.as_str()) {
                continue;
            }
            let why = publication.get(&person.slug).copied().flatten();
            if let Some(d) = mention(t, person, said, why) {
                ds.push(d.at_line(n + 1));
            }
        }
    }
}

/// The diagnostic for `person` named as `said` in `t`: an error when they are not published
/// (`why`), a warning when the item does not list them, else nothing.
fn mention(t: &Text<'_>, person: &Person, said: &str, why: Option<&str>) -> Option<Diagnostic> {
    let slug = &person.slug;
    if let Some(why) = why {
        return Some(
            Diagnostic::error(
                t.path,
                format!("names “{said}” (champion `{slug}`), who {why}"),
            )
            .with_help(format!(
                "remove every mention of them (the forms the name check looks for: {}), and any \
                     link to their profile, from this file; `without_people: reviewed` does not \
                     silence this: it says the item was rewritten to stand without them, and this \
                     check makes sure it was",
                person.forms.join(", ")
            )),
        );
    }
    if t.listed.contains(slug.as_str()) {
        return None;
    }
    let help = if t.can_list {
        format!(
            "add `people: [{slug}]` (or, on a story about them, `champion: {slug}`) so that the \
             item is withheld if their consent ends; or remove the mention"
        )
    } else {
        "this kind of page cannot list people, so it would stay online if their consent ended: \
         remove the mention, or move it to a story, event or opportunity that lists them in \
         `people:`"
            .to_string()
    };
    Some(
        Diagnostic::warning(
            t.path,
            format!("names “{said}” (champion `{slug}`) but does not list them"),
        )
        .with_help(help),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_keep_marks() {
        let w: Vec<String> = words("Hodan's profile, هودن علي، ফারজানা বেগম।")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["hodan", "s", "profile", "هودن", "علي", "ফারজানা", "বেগম"]);
    }

    fn matcher(forms: &[&[&str]]) -> Matcher {
        Matcher::of(forms.iter().enumerate().map(|(id, names)| {
            (
                format!("p{id}"),
                names.iter().map(|s| s.to_string()).collect(),
            )
        }))
    }

    #[test]
    fn whole_names_in_any_case_and_script_are_found_once_with_the_words_as_written() {
        let m = matcher(&[&["Hodan Ali", "هودن"], &["Tomasz"], &["İlker Kaya"]]);
        assert_eq!(
            m.find("HODAN  ali met Tomasz; hodan ali again, tomaszek and هودن."),
            [(0, "HODAN  ali"), (1, "Tomasz")]
        );
        assert_eq!(m.find("Hodan alone, Alicia, Hodan-Ali"), [(0, "Hodan-Ali")]);
        assert_eq!(m.find("ilker kaya and İLKER KAYA"), [(2, "İLKER KAYA")]);
        assert!(m.find("Hodan").is_empty(), "the second word is missing");
        assert_eq!(m.find("قالت هودن:"), [(0, "هودن")]);
    }
}
