//! What the Markdown stage is given: the [`Source`] of a text (its file, how `@/` links and
//! images resolve, its direction and words), and what a link resolves to ([`Target`]).

use std::path::Path;

use crate::diag::Diagnostic;
use crate::highlight::Highlighter;

/// What a link target resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A URL to link to.
    Url(String),
    /// A page that exists but is not published: show the text without link. With a reason
    /// (draft, no consent) the writer is warned; without one (the page has errors of its own,
    /// already reported) nothing more is said.
    Hidden(Option<&'static str>),
    /// No such page.
    Missing,
}

/// An argument's value as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// `"text"` or `'text'`.
    Text(String),
    /// `3`, `-1`.
    Number(i64),
    /// `true`, `false`.
    Bool(bool),
}

/// One checked shortcode call: a known name with known arguments of the right types, every
/// required one given.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Call {
    /// The shortcode's name.
    pub name: String,
    /// Its arguments in the order written.
    pub args: Vec<(String, Value)>,
    /// The file line it is written on.
    pub line: usize,
}

impl Call {
    /// The text argument `name`, if given.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, v)| match v {
            Value::Text(t) if n == name => Some(t.as_str()),
            _ => None,
        })
    }

    /// The boolean argument `name` (false when not given).
    pub fn flag(&self, name: &str) -> bool {
        self.args
            .iter()
            .any(|(n, v)| n == name && *v == Value::Bool(true))
    }
}

/// What the render stage answers for a call: its HTML (empty: nothing shown) and what it
/// found wrong.
pub type Answer = (String, Vec<Diagnostic>);

/// Where the Markdown comes from and how `@/` links resolve.
pub struct Source<'a> {
    /// File, for diagnostics.
    pub path: &'a Path,
    /// File line the body starts on.
    pub first_line: usize,
    /// Resolves the part after `@/` (without `#anchor`).
    pub resolve: &'a dyn Fn(&str) -> Target,
    /// Shared highlighter.
    pub highlighter: &'a Highlighter,
    /// Publishes an image and returns its HTML; `None` leaves it out (the callee records why).
    pub image: &'a dyn Fn(&ImageRef<'_>) -> Option<String>,
    /// The first image is not lazy-loaded (nothing above it on the page is an image).
    pub eager_first_image: bool,
    /// Origins that images, video and audio may load from (`allow_remote:` in `site.yaml`).
    pub allow_remote: &'a [String],
    /// The text is right-to-left: its left-to-right tokens (brand, URLs, phone numbers) are
    /// isolated ([`text::text_html`]).
    pub rtl: bool,
    /// The words of a footnote's link back to the text, in the text's language.
    pub footnote_back: &'a str,
    /// A table of contents of the `##` and `###` headings goes above the text, under this
    /// heading (in the text's language).
    pub toc: Option<&'a str>,
    /// Renders a checked shortcode call (see [`super::shortcodes`]): its HTML and problems.
    pub shortcode: &'a dyn Fn(&Call) -> Answer,
}

/// An image written in Markdown.
#[derive(Debug, Clone, Copy)]
pub struct ImageRef<'a> {
    /// The path as written.
    pub src: &'a str,
    /// Text alternative; empty when decorative.
    pub alt: &'a str,
    /// File line.
    pub line: usize,
    /// Load at once (the first image of the page), not lazily.
    pub eager: bool,
}

/// The title that marks an image as decorative: `![](photo.jpg "decorative")`.
pub const DECORATIVE: &str = "decorative";
