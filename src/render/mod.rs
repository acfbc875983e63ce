//! Render stage: Tera 2 templates from `themes/<theme>/templates/`, and every output file.
//!
//! Entry points: [`Theme::load`] reads and compiles the templates (syntax errors become
//! diagnostics naming the template and line); [`pages::render_all`] renders every page, listing,
//! feed and static file into an [`crate::write::Output`], in parallel.

pub mod feeds;
pub mod pages;
pub mod views;

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
    /// Loads `themes/<name>/` under `root`.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Diagnostics> {
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
        if let Err(e) = tera.add_raw_templates(sources) {
            ds.push(template_error(&e, &tdir, None));
            return Err(ds);
        }
        let mut statics = Vec::new();
        let sdir = root.join(&dir).join("static");
        for e in WalkDir::new(&sdir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if e.file_type().is_file() {
                statics.push(
                    e.path()
                        .strip_prefix(&sdir)
                        .unwrap_or(e.path())
                        .to_path_buf(),
                );
            }
        }
        Ok(Theme { tera, dir, statics })
    }

    /// Renders `template` with `ctx`; an error names the template, its line and the page.
    pub fn render(&self, template: &str, ctx: &Context, page: &str) -> Result<String, Diagnostic> {
        self.tera
            .render(template, ctx)
            .map_err(|e| template_error(&e, &self.dir.join("templates"), Some(page)))
    }
}

/// A Tera error as a diagnostic at `template:line:col`.
fn template_error(e: &tera::Error, tdir: &Path, page: Option<&str>) -> Diagnostic {
    let while_ = String::new();
    let seen = page
        .map(|p| format!(" (first seen while rendering {p})"))
        .unwrap_or_default();
    let mut cause = String::new();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause.push_str(&format!(": {s}"));
        src = s.source();
    }
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let what = if matches!(e.kind(), ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            Diagnostic::error(tdir.join(r.filename()), format!("{what}: {}{cause}{while_}", r.message()))
                .at(r.span().start_line, r.span().start_col + 1)
                .with_help(format!("fix the template at this line; see docs/templates.md for the variables available{seen}"))
        }
        ErrorKind::MissingParent { current, parent } => Diagnostic::error(
            tdir.join(current),
            format!("extends `{parent}`, which does not exist{while_}"),
        )
        .with_help("check the name in {% extends %}"),
        ErrorKind::TemplateNotFound(name) => {
            Diagnostic::error(tdir.join(name), format!("template not found{while_}"))
                .with_help("add the template to the theme")
        }
        _ => Diagnostic::error(tdir, format!("template error: {e}{cause}{while_}"))
            .with_help("check the theme's templates"),
    }
}
