//! Command-line interface (clap derive): one args struct per command, each command a thin call
//! into the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::BuildOptions;
use crate::new::NewKind;

/// useit: build the USE-IT! community portal.
#[derive(Debug, Parser)]
#[command(name = "useit", version, about)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (default `public/`).
    Build(BuildArgs),
    /// Load, validate and render everything without writing; list every problem.
    Check(CheckArgs),
    /// Create a new content file with every field of its kind, commented.
    New(NewArgs),
}

/// Options shared by `build` and `check`.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// Site folder (the one holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Override `base_url` from site.yaml, e.g. https://user.github.io/useit/.
    #[arg(long)]
    pub base_url: Option<String>,
    /// Include drafts.
    #[arg(long)]
    pub drafts: bool,
    /// Fix "now" (2026-11-25, 2026-11-25T09:00 or RFC 3339); default SOURCE_DATE_EPOCH, else the clock.
    #[arg(long)]
    pub now: Option<String>,
    /// Treat warnings as errors (exit 1), e.g. a toolkit file over `toolkit_file_limit`.
    #[arg(long)]
    pub strict: bool,
}

/// `useit build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Site options.
    #[command(flatten)]
    pub site: SiteArgs,
    /// Output folder, relative to the site folder unless absolute.
    #[arg(long, short, default_value = "public")]
    pub output: PathBuf,
}

/// `useit check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Site options.
    #[command(flatten)]
    pub site: SiteArgs,
}

/// `useit new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Kind of content.
    #[arg(value_enum)]
    pub kind: NewKind,
    /// Title of the new page.
    pub title: String,
    /// Language code of the new page (default: the site's language).
    #[arg(long)]
    pub lang: Option<String>,
    /// Site folder.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

fn options(site: SiteArgs, output: Option<PathBuf>) -> BuildOptions {
    let output = output.map(|o| {
        if o.is_absolute() {
            o
        } else {
            site.root.join(o)
        }
    });
    BuildOptions {
        root: site.root,
        output,
        base_url: site.base_url,
        drafts: site.drafts,
        now: site.now,
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok(),
        progress: true,
        strict: site.strict,
    }
}

/// Runs a parsed command line; prints results and diagnostics.
pub fn run(cli: Cli, colour: bool) -> ExitCode {
    match cli.command {
        Command::Build(a) => report(
            crate::build(&options(a.site, Some(a.output))),
            "Built",
            colour,
        ),
        Command::Check(a) => report(crate::build(&options(a.site, None)), "Checked", colour),
        Command::New(a) => match crate::new::create(&a.root, a.kind, &a.title, a.lang.as_deref()) {
            Ok(path) => {
                println!("{}", path.display());
                ExitCode::SUCCESS
            }
            Err(d) => {
                let mut ds = crate::diag::Diagnostics::default();
                ds.push(d);
                eprint!("{}", ds.render(colour));
                ExitCode::from(1)
            }
        },
    }
}

fn report(
    result: Result<crate::Summary, crate::diag::Diagnostics>,
    verb: &str,
    colour: bool,
) -> ExitCode {
    match result {
        Ok(summary) => {
            if !summary.diags.is_empty() {
                eprint!("{}", summary.diags.render(colour));
            }
            println!("{}", summary.line(verb));
            if summary.toolkits.files > 0 {
                println!("{}", summary.toolkits.line());
            }
            ExitCode::SUCCESS
        }
        Err(ds) => {
            eprint!("{}", ds.render(colour));
            eprintln!("{verb}: failed; the previous output is unchanged");
            ExitCode::from(1)
        }
    }
}
