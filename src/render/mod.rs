//! Render stage: Tera 2 templates from `themes/<theme>/templates/`, and every output file.
//!
//! Entry points: [`Theme::load`] reads and compiles the templates (syntax errors become
//! diagnostics naming the template and line); [`run::render_all`] renders every page, listing,
//! feed and static file into an [`crate::write::Output`], in parallel.
//!
//! Files: [`context`] (the render context, [`context::Renderer`]), [`job`] (the job model),
//! [`jobs`] (one file per kind of output file and the table of them), [`run`] (rendering the
//! jobs in parallel, or patching), [`listings`] (the table of listings), [`pager`],
//! [`views`], [`items`], [`toolkit_views`], [`taxonomy_views`], [`events`], [`ics`], [`survey`], [`share`] (share previews and links), [`feeds`] (feeds and sitemap, after the jobs),
//! [`output`] (what a job returns, CSS minification), [`compact`] (the whitespace pass over every page).

pub mod assets;
pub(crate) mod body;
mod compact;
pub mod context;
pub mod digest;
pub mod events;
pub mod facets;
pub mod facts;
pub mod feeds;
pub mod flyer;
pub mod ics;
pub mod items;
pub mod job;
pub mod jobs;
pub mod licence;
pub mod listings;
pub mod opportunities;
pub mod output;
pub mod pager;
pub mod run;
pub mod share;
pub mod short;
pub mod shortcodes;
pub mod survey;
pub mod taxonomy_views;
pub mod toolkit_views;
pub mod videos;
pub mod views;
pub mod weeks;

use std::path::{Path, PathBuf};

use tera::{Context, ErrorKind, Tera};
use walkdir::WalkDir;

use crate::diag::{Diagnostic, Diagnostics};

/// The compiled templates and the theme's static files.
pub struct Theme {
    /// Compiled templates.
    pub tera: Tera,
    /// Theme folder relative to the root, e.g. `themes/useit`.
    pub dir: PathBuf,
    /// Static files, relative to `dir/static`.
    pub statics: Vec<PathBuf>,
    /// Each static file's name (`/`-separated) with its fingerprinted output path (see
    /// [`assets`]).
    pub assets: std::collections::BTreeMap<String, String>,
}

/// Templates every theme must provide.
pub const REQUIRED: [&str; 13] = [
    "base.html",
    "home.html",
    "page.html",
    "story.html",
    "champion.html",
    "event.html",
    "opportunity.html",
    "survey.html",
    "toolkit.html",
    "section.html",
    "taxonomy.html",
    "term.html",
    "404.html",
];

impl Theme {
    /// The error for output path `file`, written as a file, which the site also needs as the
    /// folder of `under`: placed on the theme's static file of that name when there is one.
    pub(crate) fn folder_clash(&self, file: &str, under: &str) -> crate::diag::Diagnostic {
        use crate::diag::{Diagnostic, Severity};
        let message = format!(
            "is published as the file `{file}`, but the site also needs `{file}/` as a folder \
             (for `{under}`)"
        );
        let help = "rename this file (or move it into a folder of its own) in the theme's `static/` \
                    folder: the generated pages own that name";
        let stat = self.dir.join("static").join(file);
        if self
            .statics
            .iter()
            .any(|s| s.as_path() == std::path::Path::new(file))
        {
            return Diagnostic::error(stat, message).with_help(help);
        }
        Diagnostic::general(
            Severity::Error,
            format!(
                "two outputs clash: `{file}` is written as a file and as the folder of `{under}`"
            ),
        )
    }

    /// The error for `funding.emblem` in `site.yaml` when the theme has no such static file.
    pub(crate) fn missing_emblem(&self, config: &crate::config::Config) -> Option<Diagnostic> {
        let f = config.site.funding.as_ref()?;
        let path = std::path::Path::new(&f.emblem);
        if self.statics.iter().any(|s| s.as_path() == path) {
            return None;
        }
        Some(
            Diagnostic::error(
                "site.yaml",
                format!(
                    "`funding.emblem` `{}` is not in the theme ({} has no such file)",
                    f.emblem,
                    self.dir.join("static").display()
                ),
            )
            .with_help(
                "put the emblem (an SVG or PNG) in the theme's static/ folder, or correct the name",
            )
            .at_line_if(f.emblem_line),
        )
    }

    /// Loads `themes/<name>/` under `root`.
    pub fn load(
        root: &Path,
        name: &str,
        locales: &std::sync::Arc<crate::i18n::fluent::Locales>,
    ) -> Result<Theme, Diagnostics> {
        let dir = Path::new("themes").join(name);
        let tdir = dir.join("templates");
        let mut ds = Diagnostics::default();
        let mut sources = Vec::new();
        for e in WalkDir::new(root.join(&tdir)).sort_by_file_name() {
            match e {
                Ok(e) if e.file_type().is_file() => {
                    let rel = e.path().strip_prefix(root.join(&tdir)).unwrap_or(e.path());
                    let name = rel.to_string_lossy().replace('\\', "/");
                    match crate::load::read_text(root, tdir.join(rel)) {
                        Ok(f) => sources.push((name, f.text)),
                        Err(d) => ds.push(d),
                    }
                }
                Ok(_) => {}
                // A missing theme is a problem of site.yaml, which names it.
                Err(_) if !root.join(&tdir).is_dir() => ds.push(
                    Diagnostic::error(
                        "site.yaml",
                        format!("theme `{name}` has no templates folder ({} is missing)", tdir.display()),
                    )
                    .with_help("set `theme:` to a folder under themes/ (the bundled one is `useit`), or create it"),
                ),
                Err(e) => ds.push(
                    Diagnostic::error(&tdir, format!("cannot read the theme's templates: {e}"))
                        .with_help(format!("the theme `{name}` must have a templates/ folder")),
                ),
            }
        }
        for req in REQUIRED {
            if !ds.has_errors() && !sources.iter().any(|(n, _)| n == req) {
                ds.push(
                    Diagnostic::error(tdir.join(req), "required template is missing").with_help(
                        "add it to the theme (see docs/templates.md for what it renders)",
                    ),
                );
            }
        }
        if ds.has_errors() {
            return Err(ds);
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        // One escaper for every printed value: it also drops characters XML and HTML cannot hold.
        tera.set_escape_fn(crate::util::escape::write_xml);
        for name in ["escape_html", "escape_xml"] {
            tera.register_filter(name, |v: &str, _: tera::Kwargs, _: &tera::State| {
                crate::util::escape::xml(v)
            });
        }
        // Functions first: templates are checked for unknown functions when they are added.
        locales.register(&mut tera);
        if let Err(e) = tera.add_raw_templates(sources) {
            ds.extend(template_errors(&e, &tdir, None));
            return Err(ds);
        }
        let statics = statics_of(&root.join(&dir).join("static"));
        let assets = assets::table(root, &dir, &statics).map_err(|list| {
            ds.extend(list);
            std::mem::take(&mut ds)
        })?;
        Ok(Theme {
            tera,
            dir,
            statics,
            assets,
        })
    }

    /// Renders `template` with `ctx`; an error names the template, its line and the page.
    pub fn render(
        &self,
        template: &str,
        ctx: &Context,
        page: &str,
    ) -> Result<String, Vec<Diagnostic>> {
        self.tera
            .render(template, ctx)
            .map_err(|e| template_errors(&e, &self.dir.join("templates"), Some(page)))
    }
}

/// Every file under `sdir`, relative to it, sorted.
fn statics_of(sdir: &Path) -> Vec<PathBuf> {
    WalkDir::new(sdir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(sdir)
                .unwrap_or(e.path())
                .to_path_buf()
        })
        .collect()
}

const TEMPLATE_HELP: &str =
    "fix the template at this line; see docs/templates.md for the variables available";

/// A Tera error as diagnostics at `template:line:col` (one error may carry several reports).
fn template_errors(e: &tera::Error, tdir: &Path, page: Option<&str>) -> Vec<Diagnostic> {
    let seen = page
        .map(|p| format!(" (first seen while rendering {p})"))
        .unwrap_or_default();
    let mut cause = String::new();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause.push_str(&format!(": {s}"));
        src = s.source();
    }
    let one = |d: Diagnostic| vec![d];
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let what = if matches!(e.kind(), ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            one(Diagnostic::error(
                tdir.join(r.filename()),
                format!("{what}: {}{cause}", r.message()),
            )
            .at(r.span().start_line, r.span().start_col + 1)
            .with_help(format!("{TEMPLATE_HELP}{seen}")))
        }
        ErrorKind::MissingParent { current, parent } => one(Diagnostic::error(
            tdir.join(current),
            format!("extends `{parent}`, which does not exist"),
        )
        .with_help("check the name in {% extends %}")),
        ErrorKind::TemplateNotFound(name) => one(Diagnostic::error(
            tdir.join(name),
            format!("template not found{seen}"),
        )
        .with_help("add the template to the theme")),
        ErrorKind::Msg(text) => {
            let parsed = parse_reports(text, tdir);
            if parsed.is_empty() {
                one(
                    Diagnostic::error(tdir, format!("template error: {text}{cause}"))
                        .with_help(format!("check the theme's templates{seen}")),
                )
            } else {
                parsed
            }
        }
        _ => one(
            Diagnostic::error(tdir, format!("template error: {e}{cause}"))
                .with_help(format!("check the theme's templates{seen}")),
        ),
    }
}

/// Tera joins reports such as "error: Unknown filter `x`\n --> page.html:6:21" into one
/// message; split them back into located diagnostics.
fn parse_reports(text: &str, tdir: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some(msg) = line.trim_start().strip_prefix("error: ") else {
            continue;
        };
        let Some(loc) = lines
            .get(i + 1)
            .and_then(|l| l.trim_start().strip_prefix("--> "))
        else {
            continue;
        };
        let mut parts = loc.rsplitn(3, ':');
        let (col, line_no, file) = (parts.next(), parts.next(), parts.next());
        let (Some(col), Some(line_no), Some(file)) = (col, line_no, file) else {
            continue;
        };
        let (Ok(l), Ok(c)) = (line_no.parse::<usize>(), col.parse::<usize>()) else {
            continue;
        };
        out.push(
            Diagnostic::error(tdir.join(file), format!("template error: {msg}"))
                .at(l, c)
                .with_help(TEMPLATE_HELP),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_joined_reports() {
        let text = "error: Unknown filter `shout`\n --> page.html:6:21\n  |\n6 | x\n\nerror: Unknown test `odd2`\n --> base.html:2:3\n";
        let ds = parse_reports(text, Path::new("themes/t/templates"));
        assert_eq!(ds.len(), 2);
        assert_eq!(
            ds[0].location().unwrap(),
            "themes/t/templates/page.html:6:21"
        );
        assert_eq!(ds[0].message, "template error: Unknown filter `shout`");
        assert_eq!(ds[1].line, Some(2));
    }
}
