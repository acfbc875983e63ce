//! The git pre-commit hook: `useit hooks install` writes it, `useit check --staged` is what it
//! runs, and `useit new` reminds the writer once when it is missing.
//!
//! Entry points: [`install`], [`check_staged`], [`remind_once`]. The staged check reads only
//! the files in the index (`git diff --cached`), their staged contents (not the working copy),
//! and never builds the site, so it takes a fraction of a second.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::inspect::{self, Format};
use super::{SourceCheck, contact, diagnose};
use crate::diag::{Diagnostic, Severity};

/// Marks the hook's text so an existing useit hook is recognised.
const MARK: &str = "# Installed by `useit hooks install`";

/// Runs git in `root` and returns stdout, or `None` when git fails or is missing.
fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

fn git_path(root: &Path, what: &str) -> Option<PathBuf> {
    let out = git(root, &["rev-parse", "--git-path", what])?;
    let p = PathBuf::from(String::from_utf8_lossy(&out).trim());
    Some(if p.is_absolute() { p } else { root.join(p) })
}

/// The hook script for a site at `prefix` inside the repository.
fn script(useit: &Path, prefix: &str) -> String {
    format!(
        "#!/bin/sh\n{MARK}: refuses a commit that stages a photo, video or\n\
         # document carrying a location or a camera serial number. Fix: useit scrub PATH\n\
         useit='{}'\n[ -x \"$useit\" ] || useit=useit\n\
         exec \"$useit\" check --staged --root \"$(git rev-parse --show-toplevel)/{prefix}\"\n",
        useit.display().to_string().replace('\'', "'\\''"),
    )
}

/// Writes `.git/hooks/pre-commit`; refuses to replace a different hook unless `force`.
pub fn install(root: &Path, force: bool) -> Result<String, Diagnostic> {
    let not_repo = || {
        Diagnostic::general(Severity::Error, "this site is not in a git repository")
            .with_help("run `git init` first, or give the site folder with --root")
    };
    let hook = git_path(root, "hooks/pre-commit").ok_or_else(not_repo)?;
    let prefix = git(root, &["rev-parse", "--show-prefix"]).ok_or_else(not_repo)?;
    let prefix = String::from_utf8_lossy(&prefix).trim().to_string();
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("useit"));
    let text = script(&exe, &prefix);
    let shown = hook.display().to_string();
    match std::fs::read_to_string(&hook) {
        Ok(old) if old == text => return Ok(format!("{shown}: already installed")),
        Ok(_) if !force => {
            return Err(Diagnostic::error(&hook, "a different pre-commit hook already exists")
                .with_help("run `useit hooks install --force` to replace it (the old one is kept as pre-commit.old), or add `useit check --staged` to it yourself"));
        }
        Ok(_) => {
            let old = hook.with_file_name("pre-commit.old");
            std::fs::rename(&hook, &old)
                .map_err(|e| Diagnostic::error(&hook, format!("cannot keep the old hook: {e}")))?;
        }
        Err(_) => {}
    }
    crate::util::fs::write(&hook, text.as_bytes())
        .map_err(|e| Diagnostic::error(&hook, e.to_string()))?;
    make_executable(&hook)
        .map_err(|e| Diagnostic::error(&hook, format!("cannot make it executable: {e}")))?;
    Ok(format!(
        "{shown}: installed; commits that stage media with a location or serial number are refused"
    ))
}

#[cfg(unix)]
fn make_executable(p: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn make_executable(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Checks the staged media and champion sources under `content/` and `toolkits/`.
pub fn check_staged(root: &Path) -> Result<SourceCheck, Diagnostic> {
    let names = git(
        root,
        &[
            "diff",
            "--cached",
            "--name-only",
            "-z",
            "--diff-filter=ACMR",
            "--relative",
        ],
    )
    .ok_or_else(|| {
        Diagnostic::general(Severity::Error, "cannot list the staged files with git")
            .with_help("run this inside a git repository, with git installed")
    })?;
    let mut check = SourceCheck::default();
    for name in names.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        let rel = PathBuf::from(String::from_utf8_lossy(name).into_owned());
        if !(rel.starts_with("content") || rel.starts_with("toolkits")) {
            continue;
        }
        let format = Format::of(&rel);
        let champion = contact::is_champion_source(&rel);
        if format.is_none() && !champion {
            continue;
        }
        let spec = format!(":./{}", rel.display());
        let Some(bytes) = git(root, &["cat-file", "blob", &spec]) else {
            check
                .diags
                .push(Diagnostic::warning(&rel, "cannot read the staged file"));
            continue;
        };
        if let Some(format) = format {
            check.media += 1;
            let found = inspect::inspect_bytes(format, &bytes);
            check.diags.extend(diagnose(&rel, found));
        } else {
            check
                .diags
                .extend(contact::scan(&rel, &String::from_utf8_lossy(&bytes)));
        }
    }
    Ok(check)
}

/// Prints a one-time note to stderr when the site's repository has no useit pre-commit hook.
pub fn remind_once(root: &Path) {
    let (Some(hook), Some(marker)) = (
        git_path(root, "hooks/pre-commit"),
        git_path(root, "useit-hook-reminded"),
    ) else {
        return;
    };
    let installed = std::fs::read_to_string(&hook).is_ok_and(|t| t.contains("useit"));
    if installed || marker.exists() {
        return;
    }
    eprintln!(
        "note: this repository has no useit pre-commit hook; run `useit hooks install` so that \
         photos carrying a location can never be committed (this note is shown once)"
    );
    let _ = std::fs::write(&marker, "reminded\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_quotes_the_binary_path() {
        let s = script(Path::new("/opt/it's/useit"), "site/");
        assert!(s.contains("useit='/opt/it'\\''s/useit'"), "{s}");
        assert!(s.contains("check --staged --root \"$(git rev-parse --show-toplevel)/site/\""));
        assert!(s.starts_with("#!/bin/sh\n"));
    }
}
