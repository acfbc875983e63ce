//! `useit init DIR`: writes a new site that builds with no warnings, for another programme to
//! start its own portal: `site.yaml` with one language, the bundled theme, its English UI
//! strings, one page of each kind (the champion profile a draft until consent is recorded),
//! a toolkit, and a README for its editors. The files are carried in the binary (`build.rs`
//! embeds `src/init/site/`, `themes/useit/` and `locales/en.ftl`).

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

include!(concat!(env!("OUT_DIR"), "/init_files.rs"));

/// Where the English UI strings' vocabulary names start and end: the portal's names are
/// replaced by the starter site's.
const VOCAB_START: &str = "## Vocabularies\n";
const VOCAB_END: &str = "# ---- end of vocabularies";

/// The names of the starter site's vocabularies (its `site.yaml` and toolkit).
const VOCAB: &str = "neighbourhood-town-centre = Town centre
neighbourhood-riverside = Riverside
theme-skills = Skills and work
theme-community = Community
topic-getting-started = Getting started
audience-community-groups = community groups
";

/// Writes the new site into `dir` (which must not exist or be empty); the number of files.
pub fn run(dir: &Path) -> Result<usize, Diagnostic> {
    let fail = |m: String, help: &str| Diagnostic::error(dir, m).with_help(help);
    if let Ok(mut entries) = std::fs::read_dir(dir)
        && entries.next().is_some()
    {
        return Err(fail(
            "the folder is not empty".into(),
            "give a new folder (useit init makes it) or an empty one: nothing is overwritten",
        ));
    }
    for (rel, bytes) in FILES {
        let path: PathBuf = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                fail(
                    format!("cannot create {}: {e}", parent.display()),
                    "check the permissions of the folder",
                )
            })?;
        }
        let bytes = if *rel == "locales/en.ftl" {
            starter_strings(bytes).into_bytes()
        } else {
            bytes.to_vec()
        };
        std::fs::write(&path, bytes).map_err(|e| {
            fail(
                format!("cannot write {}: {e}", path.display()),
                "check the permissions of the folder",
            )
        })?;
    }
    Ok(FILES.len())
}

/// The portal's English UI strings with the starter site's vocabulary names.
fn starter_strings(portal: &[u8]) -> String {
    let text = String::from_utf8_lossy(portal);
    match (text.find(VOCAB_START), text.find(VOCAB_END)) {
        (Some(a), Some(b)) if a < b => {
            let start = a + VOCAB_START.len();
            format!("{}{VOCAB}{}", &text[..start], &text[b..])
        }
        _ => format!("{text}\n{VOCAB_START}{VOCAB}"),
    }
}

/// The message `useit init` prints.
pub fn done(dir: &Path, files: usize) -> String {
    format!(
        "created a new site in {} ({files} files): `cd {0}`, then `useit serve` to see it, \
         and read its README.md",
        dir.display()
    )
}
