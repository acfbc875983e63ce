//! Serve, watch half: file-system events to a rebuild [`Plan`].
//!
//! Entry points: [`classify`], a pure function from a changed path (relative to the site root)
//! to what it means ([`Change`]); [`plan`], which folds a batch of changes into one plan; and
//! [`Watcher`], which watches `site.yaml`, `data/`, `content/`, `themes/`, `locales/` and
//! `toolkits/`
//! through a short debouncer and hands each batch of paths over a channel.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

/// Folders watched recursively.
pub const WATCHED: [&str; 5] = ["content", "themes", "locales", "toolkits", "data"];

/// What one changed path means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `site.yaml` or a file of `data/` (read with it): rebuild everything.
    Config,
    /// A file or folder under `content/` or `toolkits/`: re-read it (and what is inside).
    Source(PathBuf),
    /// Anything in `themes/` (templates, static files).
    Theme,
    /// A file of `locales/`: re-render every page of that language (`None`: not one language's
    /// file, e.g. the folder itself: every language).
    Locale(Option<String>),
}

/// Classifies `rel`, a path relative to the site root; `None` for paths the site is not built
/// from (the output folder, `.git/`, the cache, editor files at the top level).
pub fn classify(rel: &Path) -> Option<Change> {
    let parts: Vec<&str> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    match parts.as_slice() {
        ["site.yaml"] | ["data", ..] => Some(Change::Config),
        ["content" | "toolkits", ..] => Some(Change::Source(rel.to_path_buf())),
        ["themes", ..] => Some(Change::Theme),
        ["locales"] => Some(Change::Locale(None)),
        ["locales", file, ..] => Some(Change::Locale(
            file.strip_suffix(".ftl")
                .filter(|_| parts.len() == 2)
                .map(str::to_string),
        )),
        _ => None,
    }
}

/// What a batch of changes asks for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    /// `site.yaml` changed: everything is rebuilt.
    pub config: bool,
    /// The theme changed: templates are read again (pages re-render by template).
    pub theme: bool,
    /// Sources to read again, without any path inside another one of the set.
    pub sources: BTreeSet<PathBuf>,
    /// Languages whose pages re-render; `None` stands for all.
    pub locales: BTreeSet<Option<String>>,
}

impl Plan {
    /// Nothing to do.
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }
}

/// Folds changes into one plan.
pub fn plan(changes: impl IntoIterator<Item = Change>) -> Plan {
    let mut p = Plan::default();
    for c in changes {
        match c {
            Change::Config => p.config = true,
            Change::Theme => p.theme = true,
            Change::Source(s) => {
                p.sources.insert(s);
            }
            Change::Locale(l) => {
                p.locales.insert(l);
            }
        }
    }
    // A folder re-read covers everything inside it.
    let all: Vec<PathBuf> = p.sources.iter().cloned().collect();
    p.sources
        .retain(|s| !all.iter().any(|o| o != s && s.starts_with(o)));
    p
}

/// Watches the site's sources; batches of changed paths (relative to the root) arrive on the
/// receiver returned by [`Watcher::start`].
pub struct Watcher {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    watching: BTreeSet<&'static str>,
}

impl Watcher {
    /// Starts watching `root` with a debounce of `debounce`.
    pub fn start(
        root: &Path,
        debounce: Duration,
    ) -> Result<(Watcher, mpsc::Receiver<Vec<PathBuf>>), notify::Error> {
        let root = root.canonicalize().map_err(notify::Error::io)?;
        let (tx, rx) = mpsc::channel();
        let base = root.clone();
        let tick = Some(debounce / 4);
        let debouncer = new_debouncer(debounce, tick, move |res: DebounceEventResult| {
            let paths: Vec<PathBuf> = match res {
                // Reads (including the build's own) are not changes.
                Ok(events) => events
                    .iter()
                    .filter(|e| !matches!(e.kind, EventKind::Access(_)))
                    .flat_map(|e| e.paths.iter())
                    .filter_map(|p| p.strip_prefix(&base).ok().map(Path::to_path_buf))
                    .collect(),
                // The watcher lost track (e.g. too many events): re-read everything.
                Err(_) => vec![PathBuf::from("site.yaml")],
            };
            if !paths.is_empty() {
                let _ = tx.send(paths);
            }
        })?;
        let mut w = Watcher {
            debouncer,
            root,
            watching: BTreeSet::new(),
        };
        w.debouncer.watch(&w.root, RecursiveMode::NonRecursive)?;
        w.watch_new_folders();
        Ok((w, rx))
    }

    /// Watches folders of [`WATCHED`] that exist now and were not watched yet (such as a
    /// `locales/` created while serving).
    pub fn watch_new_folders(&mut self) {
        for dir in WATCHED {
            let path = self.root.join(dir);
            if !self.watching.contains(dir)
                && path.is_dir()
                && self
                    .debouncer
                    .watch(&path, RecursiveMode::Recursive)
                    .is_ok()
            {
                self.watching.insert(dir);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_paths() {
        let cases: &[(&str, Option<Change>)] = &[
            ("site.yaml", Some(Change::Config)),
            (
                "content/stories/a.md",
                Some(Change::Source("content/stories/a.md".into())),
            ),
            ("content", Some(Change::Source("content".into()))),
            (
                "content/champions/amina/photo.jpg",
                Some(Change::Source("content/champions/amina/photo.jpg".into())),
            ),
            (
                "toolkits/fuse/toolkit.yaml",
                Some(Change::Source("toolkits/fuse/toolkit.yaml".into())),
            ),
            ("data/venues.yaml", Some(Change::Config)),
            ("data", Some(Change::Config)),
            ("themes/useit/templates/base.html", Some(Change::Theme)),
            ("themes/useit/static/style.css", Some(Change::Theme)),
            ("locales/en.ftl", Some(Change::Locale(Some("en".into())))),
            ("locales/ar.ftl", Some(Change::Locale(Some("ar".into())))),
            ("locales", Some(Change::Locale(None))),
            ("locales/notes.txt", Some(Change::Locale(None))),
            ("locales/en/extra.ftl", Some(Change::Locale(None))),
            ("public/index.html", None),
            (".useit-cache/images/x.webp", None),
            (".git/index", None),
            ("target/debug/useit", None),
            ("site.yaml~", None),
            ("README.md", None),
            ("../content/a.md", None),
            ("/etc/passwd", None),
        ];
        for (path, want) in cases {
            assert_eq!(classify(Path::new(path)), *want, "{path}");
        }
    }

    #[test]
    fn plans_fold_changes() {
        let p = plan([
            Change::Source("content/stories/a.md".into()),
            Change::Source("content/stories".into()),
            Change::Source("toolkits/x/index.md".into()),
            Change::Theme,
            Change::Locale(Some("en".into())),
        ]);
        assert!(p.theme && !p.config);
        assert_eq!(
            p.sources.iter().collect::<Vec<_>>(),
            vec![
                Path::new("content/stories"),
                Path::new("toolkits/x/index.md")
            ]
        );
        assert_eq!(p.locales.len(), 1);
        assert!(plan([]).is_empty());
        assert!(plan([Change::Config]).config);
    }
}
