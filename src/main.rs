//! The `useit` command: parse arguments, run the library, print diagnostics, exit.
//!
//! Exit codes: 0 success, 1 content or build errors, 2 usage errors (from clap).

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of glibc's allocator: a build allocates and frees millions of small strings
/// and template values from both threads, and glibc's `malloc`/`free` took about 30 % of a
/// 10,000-source build's CPU (see docs/performance.md for the figures that chose it).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = useit::cli::Cli::parse();
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    // The whole command runs on a thread with an explicit stack (see `useit::STACK_BYTES`).
    useit::with_big_stack(move || useit::cli::run(cli, colour)).unwrap_or_else(|| {
        eprintln!("error: internal error: the build stopped unexpectedly; please report this");
        ExitCode::from(101)
    })
}
