//! The privacy commands' terminal side: `useit scrub`, `useit hooks install` and
//! `useit check --staged` print their results here, so `crate::cli` stays a dispatcher.
//!
//! Exit codes as everywhere: 0 success, 1 a problem in the sources (or a file that could not
//! be cleaned).

use std::path::Path;
use std::process::ExitCode;

use crate::cli::{HooksAction, HooksArgs, ScrubArgs};
use crate::diag::Diagnostics;

use super::{hook, scrub};

/// The line `useit check` prints after a clean check.
pub fn media_line(n: usize) -> String {
    format!(
        "source media: {n} file{} checked, none carries a location",
        if n == 1 { "" } else { "s" }
    )
}

fn exit(ds: &Diagnostics) -> ExitCode {
    if ds.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `useit check --staged`: the pre-commit hook.
pub fn check_staged(root: &Path, colour: bool) -> ExitCode {
    match hook::check_staged(root) {
        Ok(check) => {
            eprint!("{}", check.diags.render(colour));
            if check.diags.has_errors() {
                eprintln!(
                    "Commit refused: a staged file carries a location or a serial number. \
                     Run the `useit scrub` command above, `git add` the file again and commit."
                );
            } else {
                println!(
                    "{}",
                    media_line(check.media).replace(" checked", " staged and checked")
                );
            }
            exit(&check.diags)
        }
        Err(d) => {
            let mut ds = Diagnostics::default();
            ds.push(d);
            eprint!("{}", ds.render(colour));
            ExitCode::from(1)
        }
    }
}

/// `useit scrub`.
pub fn scrub(a: ScrubArgs, colour: bool) -> ExitCode {
    let report = scrub::run(&scrub::ScrubOptions {
        root: a.root,
        paths: a.paths,
        dry_run: a.dry_run,
    });
    for line in &report.lines {
        println!("{line}");
    }
    eprint!("{}", report.diags.render(colour));
    let verb = if a.dry_run {
        "would be cleaned"
    } else {
        "cleaned"
    };
    println!(
        "scrub: {} of {} media file{} {verb}{}",
        report.changed,
        report.checked,
        if report.checked == 1 { "" } else { "s" },
        if report.changed == 0 {
            "; nothing to remove"
        } else {
            ""
        }
    );
    exit(&report.diags)
}

/// `useit hooks install`.
pub fn hooks(a: HooksArgs, colour: bool) -> ExitCode {
    match a.action {
        HooksAction::Install { root, force } => match hook::install(&root, force) {
            Ok(msg) => {
                println!("{msg}");
                ExitCode::SUCCESS
            }
            Err(d) => {
                let mut ds = Diagnostics::default();
                ds.push(d);
                eprint!("{}", ds.render(colour));
                ExitCode::from(1)
            }
        },
    }
}
