//! Toolkit downloads stage, between model and render: what every downloadable file is (format
//! told from its content), how big, its SHA-256, and the ZIP of each whole toolkit.
//!
//! Entry point: [`prepare`]. It refuses files that are symbolic links out of their toolkit
//! folder or whose content does not match their extension, warns about files over
//! `toolkit_file_limit`, and uses the cache in `.useit-cache/` ([`cache`]) so unchanged files
//! are never read again and unchanged toolkits never zipped again. [`Stats`] counts the work so
//! tests (and people) can see it without timing anything.

pub mod bundle;
pub mod cache;
pub mod facts;
pub mod format;
mod look;
pub mod manifest;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use cache::{Cache, ZipEntry};
pub use facts::{FileFacts, human_size};
use look::{Job, Looked, look, rel_key};

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Data, ItemId, Site};

/// Where a toolkit's ZIP bytes are.
#[derive(Debug, Clone)]
pub enum BundleBytes {
    /// In the cache folder (builds).
    Cached(PathBuf),
    /// Only in memory (`check`, which writes nothing).
    Memory(Vec<u8>),
}

/// The ZIP of a whole toolkit.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// File name, `<slug>.zip`.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, lowercase hex.
    pub sha256: String,
    /// The bytes.
    pub bytes: BundleBytes,
}

/// Facts of one toolkit: one entry per listed file (none when the file has a problem).
#[derive(Debug, Clone, Default)]
pub struct ToolkitFacts {
    /// Per file, in `files:` order.
    pub files: Vec<Option<FileFacts>>,
    /// The ZIP, when every file is fine.
    pub bundle: Option<Bundle>,
}

/// Work done, for the build summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Files offered.
    pub files: usize,
    /// Their total size.
    pub bytes: u64,
    /// Files read and hashed in this build.
    pub hashed: usize,
    /// Files whose facts came from the cache.
    pub from_cache: usize,
    /// ZIPs built in this build.
    pub zips_built: usize,
    /// ZIPs reused from the cache.
    pub zips_from_cache: usize,
}

impl Stats {
    /// `toolkits: 12 files (1.3 MB), 12 files hashed, 0 from cache, 5 zips built, 0 zips from cache`.
    pub fn line(&self) -> String {
        format!(
            "toolkits: {} files ({}), {} files hashed, {} from cache, {} zips built, {} zips from cache",
            self.files,
            human_size(self.bytes),
            self.hashed,
            self.from_cache,
            self.zips_built,
            self.zips_from_cache
        )
    }
}

/// Everything render needs about downloads.
#[derive(Debug, Default)]
pub struct Downloads {
    /// By toolkit item.
    pub toolkits: HashMap<ItemId, ToolkitFacts>,
    /// Work done.
    pub stats: Stats,
}

/// A toolkit's ZIP and whether it was built (false: from the cache), or why it could not be.
type BundleResult = Result<(Bundle, bool), Diagnostic>;

/// One job per file listed by a toolkit.
fn jobs<'a>(root: &Path, site: &'a Site) -> Vec<Job<'a>> {
    let mut jobs = Vec::new();
    for (id, it) in site.items.iter().enumerate() {
        // A translation offers its original's files (and ZIP), at the original's address.
        if let Data::Toolkit(fm, dir) = &it.data
            && it.original.is_none()
        {
            for (index, f) in fm.files.iter().enumerate() {
                jobs.push(Job {
                    id,
                    index,
                    source: &it.source,
                    text: crate::util::fs::read_regular_text(
                        &root.join(&it.source),
                        crate::util::fs::MAX_SOURCE_BYTES,
                    )
                    .unwrap_or_default(),
                    dir,
                    name: &f.path,
                });
            }
        }
    }
    jobs
}

/// Looks at every toolkit file (in parallel), then builds or reuses each toolkit's ZIP.
/// `persist`: write the cache and keep ZIPs in it (builds); `check` passes false.
pub fn prepare(
    root: &Path,
    site: &Site,
    config: &Config,
    persist: bool,
) -> (Downloads, Diagnostics) {
    let mut ds = Diagnostics::default();
    let old = Cache::load(root);
    let jobs = jobs(root, site);
    let looked: Vec<(&Job<'_>, Looked)> = jobs
        .par_iter()
        .map(|j| (j, look(root, j, &old, config.toolkit_file_limit)))
        .collect();
    let mut dl = Downloads::default();
    let mut new = Cache::default();
    for (j, l) in looked {
        ds.extend(l.diags);
        let entry = dl.toolkits.entry(j.id).or_default();
        entry.files.resize(entry.files.len().max(j.index + 1), None);
        if let Some((facts, cached)) = l.facts {
            dl.stats.files += 1;
            dl.stats.bytes += facts.size;
            if l.hashed {
                dl.stats.hashed += 1;
            } else {
                dl.stats.from_cache += 1;
            }
            new.files.insert(rel_key(&j.dir.join(j.name)), cached);
            entry.files[j.index] = Some(facts);
        }
    }
    let bundles: Vec<(ItemId, BundleResult)> = dl
        .toolkits
        .par_iter()
        .filter(|(_, t)| t.files.iter().all(Option::is_some))
        .map(|(&id, t)| (id, bundle_for(root, site, id, t, &old, persist)))
        .collect();
    for (id, b) in bundles {
        match b {
            Ok((b, built)) => {
                if built {
                    dl.stats.zips_built += 1;
                } else {
                    dl.stats.zips_from_cache += 1;
                }
                let key = zip_key_of(site, id, &dl.toolkits[&id]);
                new.zips.insert(
                    key,
                    ZipEntry {
                        size: b.size,
                        sha256: b.sha256.clone(),
                    },
                );
                if let Some(t) = dl.toolkits.get_mut(&id) {
                    t.bundle = Some(b);
                }
            }
            Err(d) => ds.push(d),
        }
    }
    if persist && let Err(e) = new.save(root) {
        ds.push(
            Diagnostic::warning(cache::DIR, format!("cannot write the toolkit cache: {e}"))
                .with_help("check that the site folder is writable; the next build will hash every file again"),
        );
    }
    (dl, ds)
}

fn toolkit_files(site: &Site, id: ItemId) -> (&Path, Vec<&str>) {
    match &site.items[id].data {
        Data::Toolkit(fm, dir) => (dir, fm.files.iter().map(|f| f.path.as_str()).collect()),
        _ => (Path::new(""), Vec::new()),
    }
}

fn zip_key_of(site: &Site, id: ItemId, t: &ToolkitFacts) -> String {
    let (_, names) = toolkit_files(site, id);
    let pairs: Vec<(&str, &str)> = names
        .iter()
        .zip(&t.files)
        .filter_map(|(n, f)| f.as_ref().map(|f| (*n, f.sha256.as_str())))
        .collect();
    bundle::key(&pairs)
}

/// The toolkit's ZIP: from the cache when the same files were zipped before, else built (and
/// kept in the cache when `persist`). The bool is true when it was built.
fn bundle_for(
    root: &Path,
    site: &Site,
    id: ItemId,
    t: &ToolkitFacts,
    old: &Cache,
    persist: bool,
) -> BundleResult {
    let it = &site.items[id];
    let name = format!("{}.zip", it.slug);
    let key = zip_key_of(site, id, t);
    let path = Cache::zip_path(root, &key);
    if let Some(z) = old.zips.get(&key)
        && std::fs::metadata(&path).is_ok_and(|m| m.len() == z.size)
    {
        let b = Bundle {
            name,
            size: z.size,
            sha256: z.sha256.clone(),
            bytes: BundleBytes::Cached(path),
        };
        return Ok((b, false));
    }
    let (dir, names) = toolkit_files(site, id);
    let mut entries = Vec::new();
    for (n, f) in names.iter().zip(&t.files) {
        let bytes =
            crate::util::fs::read_regular(&root.join(dir).join(n), u64::MAX).map_err(|e| {
                Diagnostic::error(dir.join(n), e).with_help("check the file's permissions")
            })?;
        if let Some(f) = f {
            entries.push(bundle::Entry {
                name: n,
                format: f.format,
                bytes,
            });
        }
    }
    let zip = bundle::zip_bytes(entries).map_err(|e| {
        Diagnostic::error(&it.source, format!("cannot build {name}: {e}"))
            .with_help("this is a bug in useit; please report it")
    })?;
    let sha256 = bundle::sha256(&zip);
    let size = zip.len() as u64;
    let bytes = if persist {
        cache::write_atomic(&path, &zip).map_err(|e| {
            Diagnostic::error(cache::DIR, format!("cannot write {}: {e}", path.display()))
                .with_help("check that the site folder is writable")
        })?;
        BundleBytes::Cached(path)
    } else {
        BundleBytes::Memory(zip)
    };
    Ok((
        Bundle {
            name,
            size,
            sha256,
            bytes,
        },
        true,
    ))
}
