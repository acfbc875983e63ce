//! The benchmark's floor (`scripts/bench`): the least any generator must do for a site of
//! Markdown files. Reads every `.md` file under a folder, drops its front matter, renders the
//! body with pulldown-cmark and writes the HTML to `OUT/<path>.html`, in parallel on every
//! core.
//!
//!     cargo run --release --example floor -- CONTENT_DIR OUT_DIR

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: floor CONTENT_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    let files: Vec<PathBuf> = walkdir::WalkDir::new(src)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let failed: Vec<String> = files
        .par_iter()
        .filter_map(|f| page(Path::new(src), f, Path::new(out)).err())
        .collect();
    for e in &failed {
        eprintln!("error: {e}");
    }
    println!("{} files", files.len());
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Renders one Markdown file `f` under `src` into `out`.
fn page(src: &Path, f: &Path, out: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
    let body = match text
        .strip_prefix("---\n")
        .and_then(|t| t.split_once("\n---\n"))
    {
        Some((_, body)) => body,
        None => &text,
    };
    let mut html = String::with_capacity(body.len() * 3 / 2);
    let opts = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(body, opts));
    let rel = f.strip_prefix(src).unwrap_or(f).with_extension("html");
    let dst = out.join(rel);
    if let Some(dir) = dst.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&dst, html).map_err(|e| format!("{}: {e}", dst.display()))
}
