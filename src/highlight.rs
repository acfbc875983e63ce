//! Code highlighting with syntect, as CSS classes (never inline styles).
//!
//! The syntax set is loaded on the first code block that names a language, so pages without
//! code never pay for it. The [`Highlighter`] owns that lazy state; there is no global (serve
//! keeps one for its whole session, see `incremental::memo::Incremental`).

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Class prefix of highlighted tokens (`hl-keyword`, `hl-string`...), styled by the theme.
const STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Highlights code blocks; cheap to create, loads syntaxes on first use.
#[derive(Debug, Default)]
pub struct Highlighter {
    syntaxes: OnceLock<SyntaxSet>,
}

impl Highlighter {
    /// HTML for a fenced code block: `<pre><code class="language-x">` with classed spans.
    /// Unknown or missing languages are escaped plain text.
    pub fn block(&self, lang: &str, code: &str) -> String {
        let lang = lang.split([',', ' ']).next().unwrap_or("").trim();
        let escaped_lang = crate::util::escape::xml(lang);
        let inner = if lang.is_empty() {
            None
        } else {
            self.classed(lang, code)
        };
        let inner = inner.unwrap_or_else(|| crate::util::escape::xml(code));
        if lang.is_empty() {
            format!("<pre><code>{inner}</code></pre>\n")
        } else {
            format!("<pre><code class=\"language-{escaped_lang}\">{inner}</code></pre>\n")
        }
    }

    fn classed(&self, lang: &str, code: &str) -> Option<String> {
        let set = self.syntaxes.get_or_init(SyntaxSet::load_defaults_newlines);
        let syntax = set.find_syntax_by_token(lang)?;
        let mut g = ClassedHTMLGenerator::new_with_class_style(syntax, set, STYLE);
        for line in LinesWithEndings::from(code) {
            g.parse_html_for_line_which_includes_newline(line).ok()?;
        }
        Some(g.finalize())
    }

    /// True once a code block has needed the syntax set.
    pub fn loaded(&self) -> bool {
        self.syntaxes.get().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_not_styles_and_lazy_loading() {
        let h = Highlighter::default();
        assert!(h.block("", "<b>").contains("&lt;b&gt;"));
        assert!(!h.loaded(), "plain blocks must not load syntaxes");
        let html = h.block("rust", "fn main() {}\n");
        assert!(h.loaded());
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="));
        assert!(h.block("no-such-lang", "x<y").contains("x&lt;y"));
    }
}
