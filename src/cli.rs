//! Command-line interface (clap derive): one args struct per command, each command a thin call
//! into the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::diag::{Diagnostic, Diagnostics};
use crate::new::NewKind;
use crate::pipeline::BuildOptions;
use crate::privacy::{hook, scrub};
use crate::summary::Mode;

/// `useit --version`: the crate's version and the commit it was built from (see `build.rs`).
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("USEIT_COMMIT"), ")");

/// useit: build the USE-IT! community portal.
#[derive(Debug, Parser)]
#[command(name = "useit", version = VERSION, about)]
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
    /// Build and serve the site, rebuild on every change and reload open pages.
    Serve(ServeArgs),
    /// Create a new content file with every field of its kind, commented.
    New(NewArgs),
    /// Report translation coverage per language (pages, UI strings, stale and unreviewed).
    I18n(I18nArgs),
    /// Remove location, device, serial and owner metadata from source media, in place.
    Scrub(ScrubArgs),
    /// Install the git pre-commit hook that checks staged media.
    Hooks(HooksArgs),
    /// Create a new site in DIR: one language, the theme, one page of each kind, a README.
    Init(InitArgs),
}

/// `useit init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (it may exist if it is empty).
    pub dir: PathBuf,
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
    /// Treat UI strings missing in a language as errors (they fall back to English otherwise).
    #[arg(long)]
    pub strict_i18n: bool,
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
    /// Replace an existing, non-empty output folder that was not made by useit (it has no
    /// `.useit-output` file); what it holds is listed first. Source folders are refused even so.
    #[arg(long)]
    pub force: bool,
}

/// `useit check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Site options.
    #[command(flatten)]
    pub site: SiteArgs,
    /// Check only the media and champion files staged in git (what the pre-commit hook runs).
    #[arg(long)]
    pub staged: bool,
    /// Also list every link to another site and check that it answers (8 at a time, with a
    /// timeout); never done by a plain build.
    #[arg(long)]
    pub external: bool,
    /// Seconds each external link may take to answer.
    #[arg(long, default_value_t = 10.0, requires = "external")]
    pub external_timeout: f64,
}

/// `useit serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Site folder (the one holding site.yaml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Port to listen on (0: any free port, printed at start).
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on. Anything but loopback makes the preview reachable from other
    /// machines (a warning is printed).
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Include drafts.
    #[arg(long)]
    pub drafts: bool,
    /// Fix "now" (as for build); without it, "now" is fixed when serve starts.
    #[arg(long)]
    pub now: Option<String>,
    /// Base URL of the pages (default: the server's own address).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Milliseconds of quiet after a file event before rebuilding (raise it if saves on a
    /// slow or network drive show as half-written files).
    #[arg(long, default_value_t = 10)]
    pub debounce_ms: u64,
}

/// `useit scrub`.
#[derive(Debug, Args)]
pub struct ScrubArgs {
    /// Files or folders to scrub (default: the site's content/ and toolkits/).
    pub paths: Vec<PathBuf>,
    /// Site folder.
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Report what would be removed; change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `useit hooks`.
#[derive(Debug, Args)]
pub struct HooksArgs {
    /// What to do.
    #[command(subcommand)]
    pub action: HooksAction,
}

/// `useit hooks` actions.
#[derive(Debug, Subcommand)]
pub enum HooksAction {
    /// Write .git/hooks/pre-commit running `useit check --staged`.
    Install {
        /// Site folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Replace an existing, different pre-commit hook (kept as pre-commit.old).
        #[arg(long)]
        force: bool,
    },
}

/// `useit i18n`.
#[derive(Debug, Args)]
pub struct I18nArgs {
    /// Site options.
    #[command(flatten)]
    pub site: SiteArgs,
    /// `table` for people, `json` for CI.
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
    /// After a review, record in this translation (path relative to the site folder; may be
    /// repeated) that it is up to date with its original's text as it is now.
    #[arg(long, value_name = "FILE")]
    pub mark_current: Vec<PathBuf>,
}

/// Output format of reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// A plain-text table.
    Table,
    /// JSON.
    Json,
}

/// `useit new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Kind of content.
    #[arg(value_enum, required_unless_present = "translate")]
    pub kind: Option<NewKind>,
    /// Title of the new page.
    #[arg(required_unless_present = "translate")]
    pub title: Option<String>,
    /// Language code of the new page (default: the site's language).
    #[arg(long)]
    pub lang: Option<String>,
    /// Start the `--lang` translation of this original (path relative to the site folder),
    /// with its text to translate.
    #[arg(long, value_name = "FILE", requires = "lang", conflicts_with_all = ["kind", "title"])]
    pub translate: Option<PathBuf>,
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
        force: false,
        base_url: site.base_url,
        drafts: site.drafts,
        now: site.now,
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok(),
        progress: true,
        strict: site.strict,
        strict_i18n: site.strict_i18n,
        external: None,
    }
}

/// Runs a parsed command line; prints results and diagnostics.
pub fn run(cli: Cli, colour: bool) -> ExitCode {
    match cli.command {
        Command::Build(a) => {
            let mut opts = options(a.site, Some(a.output));
            opts.force = a.force;
            let failed = match opts.output.as_ref().filter(|o| o.exists()) {
                Some(o) => format!("build failed; {} was left unchanged", o.display()),
                None => "build failed; nothing was written".to_string(),
            };
            report(crate::build(&opts), Mode::Build, &failed, colour)
        }
        Command::Check(a) if a.staged => check_staged(&a.site.root, colour),
        Command::Check(a) => {
            let mut opts = options(a.site, None);
            opts.external = a
                .external
                .then(|| std::time::Duration::from_secs_f64(a.external_timeout.clamp(0.1, 600.0)));
            report(crate::build(&opts), Mode::Check, "check failed", colour)
        }
        Command::Serve(a) => {
            let opts = crate::serve::ServeOptions {
                root: a.root,
                bind: a.bind,
                port: a.port,
                open: a.open,
                drafts: a.drafts,
                now: a.now,
                base_url: a.base_url,
                debounce: std::time::Duration::from_millis(a.debounce_ms),
                colour,
            };
            match crate::serve::serve(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Scrub(a) => scrub(a, colour),
        Command::Hooks(a) => hooks(a, colour),
        Command::I18n(a) if !a.mark_current.is_empty() => mark_current(&a, colour),
        Command::I18n(a) => {
            let format = a.format;
            match crate::i18n_report(&options(a.site, None)) {
                Ok(c) => {
                    match format {
                        ReportFormat::Table => print!("{}", crate::i18n::report::table(&c)),
                        ReportFormat::Json => {
                            println!("{}", serde_json::to_string_pretty(&c).unwrap_or_default())
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(ds) => {
                    eprint!("{}", ds.render(colour));
                    ExitCode::from(1)
                }
            }
        }
        Command::Init(a) => match crate::init::run(&a.dir) {
            Ok(n) => {
                println!("{}", crate::init::done(&a.dir, n));
                ExitCode::SUCCESS
            }
            Err(d) => fail(d, colour),
        },
        Command::New(a) => match new_file(&a) {
            Ok(path) => {
                println!("{}", path.display());
                crate::privacy::hook::remind_once(&a.root);
                ExitCode::SUCCESS
            }
            Err(d) => fail(d, colour),
        },
    }
}

/// `useit new`: a new page, or with `--translate` the translation of an original.
fn new_file(a: &NewArgs) -> Result<PathBuf, Diagnostic> {
    match (&a.translate, a.kind, &a.title, &a.lang) {
        (Some(path), _, _, Some(lang)) => crate::new::translate(&a.root, path, lang),
        (_, Some(kind), Some(title), lang) => {
            crate::new::create(&a.root, kind, title, lang.as_deref())
        }
        _ => Err(Diagnostic::general(
            crate::diag::Severity::Error,
            "give a kind and a title, or --translate FILE --lang CODE",
        )),
    }
}

/// `useit i18n --mark-current FILE...`.
fn mark_current(a: &I18nArgs, colour: bool) -> ExitCode {
    let mut code = ExitCode::SUCCESS;
    for f in &a.mark_current {
        match crate::i18n::source::mark_current(&a.site.root, f) {
            Ok((rel, hash)) => println!("{}: marked current (source_hash: {hash})", rel.display()),
            Err(d) => code = fail(d, colour),
        }
    }
    code
}

fn report(
    result: Result<crate::Summary, Diagnostics>,
    mode: Mode,
    failed: &str,
    colour: bool,
) -> ExitCode {
    match result {
        Ok(summary) => {
            if !summary.diags.is_empty() {
                eprint!("{}", summary.diags.render(colour));
            }
            println!("{}", summary.line(mode));
            if summary.toolkits.files > 0 {
                println!("{}", summary.toolkits.line());
            }
            if mode == Mode::Check {
                println!("{}", media_line(summary.media_checked));
            }
            if let Some(external) = &summary.external {
                print!("{external}");
            }
            ExitCode::SUCCESS
        }
        Err(ds) => {
            eprint!("{}", ds.render(colour));
            eprintln!("{failed}");
            ExitCode::from(1)
        }
    }
}

/// The line `useit check` prints after a clean check.
fn media_line(n: usize) -> String {
    format!(
        "source media: {n} file{} checked, none carries a location",
        if n == 1 { "" } else { "s" }
    )
}

/// Exit code 1 when `ds` holds an error, else success.
fn exit(ds: &Diagnostics) -> ExitCode {
    if ds.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the one problem that stopped a command; exit code 1.
fn fail(d: Diagnostic, colour: bool) -> ExitCode {
    eprint!("{}", Diagnostics::one(d).render(colour));
    ExitCode::from(1)
}

/// `useit check --staged`: the pre-commit hook.
fn check_staged(root: &Path, colour: bool) -> ExitCode {
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
        Err(d) => fail(d, colour),
    }
}

/// `useit scrub`.
fn scrub(a: ScrubArgs, colour: bool) -> ExitCode {
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
fn hooks(a: HooksArgs, colour: bool) -> ExitCode {
    match a.action {
        HooksAction::Install { root, force } => match hook::install(&root, force) {
            Ok(msg) => {
                println!("{msg}");
                ExitCode::SUCCESS
            }
            Err(d) => fail(d, colour),
        },
    }
}
