//! Two things the binary carries from the checkout it is built in:
//! - the files `useit init` writes (`init_files.rs` in `OUT_DIR`): the starter site of
//!   `src/init/site/`, the bundled theme `themes/useit/` and `locales/en.ftl`;
//! - the commit, for `useit --version`.
//!
//! The commit (`USEIT_COMMIT`) is the short hash of `git rev-parse HEAD`, or `unknown commit`
//! outside a git checkout (a source archive); uncommitted changes are not told apart. Only the
//! version line uses it: built sites never carry it, so the output stays the same from commit
//! to commit.
use std::path::{Path, PathBuf};
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Every file under `dir`, sorted, as paths relative to `dir`.
fn files(dir: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir.join(rel)) else {
        return;
    };
    let mut names: Vec<PathBuf> = entries.flatten().map(|e| rel.join(e.file_name())).collect();
    names.sort();
    for n in names {
        if dir.join(&n).is_dir() {
            files(dir, &n, out);
        } else {
            out.push(n);
        }
    }
}

/// `init_files.rs`: `pub(crate) const FILES: &[(&str, &[u8])]`, each file's path in the new
/// site with its bytes.
fn init_files() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut entries: Vec<(String, PathBuf)> = Vec::new();
    for (from, to) in [("src/init/site", ""), ("themes/useit", "themes/useit")] {
        let mut found = Vec::new();
        files(&root.join(from), Path::new(""), &mut found);
        for f in found {
            let dest = Path::new(to).join(&f).to_string_lossy().replace('\\', "/");
            entries.push((dest, root.join(from).join(&f)));
        }
        println!("cargo:rerun-if-changed={from}");
    }
    entries.push(("locales/en.ftl".into(), root.join("locales/en.ftl")));
    println!("cargo:rerun-if-changed=locales/en.ftl");
    let mut code = String::from(
        "/// The files `useit init` writes: path in the new site, bytes.\npub(crate) const FILES: &[(&str, &[u8])] = &[\n",
    );
    for (dest, src) in entries {
        code.push_str(&format!(
            "    ({dest:?}, include_bytes!({:?})),\n",
            src.to_string_lossy()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("init_files.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}

fn main() {
    init_files();
    let commit = git(&["rev-parse", "--short=7", "HEAD"]).filter(|c| !c.is_empty());
    let shown = commit.unwrap_or_else(|| "unknown commit".to_string());
    println!("cargo:rustc-env=USEIT_COMMIT={shown}");
    // Again when HEAD moves (a commit, a checkout, a fetch that packs the refs).
    for path in [".git/HEAD", ".git/packed-refs"] {
        println!("cargo:rerun-if-changed={path}");
    }
    if let Some(head) = git(&["symbolic-ref", "-q", "HEAD"]) {
        println!("cargo:rerun-if-changed=.git/{head}");
    }
}
