//! The Markdown stage: arbitrary Markdown built from fragments (nesting, raw HTML, links of
//! every kind including `@/` links, images, code). Rendering never panics, even thousands of
//! levels deep, and every problem it reports names the file and a line of the body.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use useit::highlight::Highlighter;
use useit::markdown::{ImageRef, Source, Target, render};

use super::{config, line_count, mixed};

const FILE: &str = "content/stories/fuzz.md";

/// The line the body starts on in the file (after a front matter of a few lines).
const FIRST_LINE: usize = 7;

static HIGHLIGHTER: LazyLock<Highlighter> = LazyLock::new(Highlighter::default);

const PIECES: &[&str] = &[
    "\n",
    "\n",
    "\n\n",
    "  ",
    "    ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "- [ ] ",
    "# ",
    "## ",
    "###### ",
    "####### ",
    "text",
    "Ünïcödé",
    "\u{202e}",
    "e\u{301}",
    "🦀",
    "\u{b}",
    "\0",
    "*",
    "**",
    "_",
    "~~",
    "`",
    "```",
    "```rust\n",
    "```no-such-lang\n",
    "~~~",
    "| a | b |\n|---|---|\n",
    "|",
    "[x](https://example.org/)",
    "[x](@/stories/known.md)",
    "[x](@/stories/known.md#part)",
    "[x](@/missing.md)",
    "[x](@/draft.md)",
    "[x](@/)",
    "[x](@/../../etc)",
    "[x](javascript:alert(1))",
    "[x](data:text/html,x)",
    "<https://example.org>",
    "[x][ref]",
    "[ref]: @/stories/known.md\n",
    "![alt](photo.jpg)",
    "![](photo.jpg)",
    "![](photo.jpg \"decorative\")",
    "![x](@/x.jpg)",
    "[^1]",
    "[^1]: note\n",
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<img src=x onerror=y>",
    "<iframe src=\"https://evil.example\">",
    "<!-- ",
    " -->",
    "<b>",
    "</b>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "{#id}",
    "{.class}",
    "\\",
    "---\n",
    "===\n",
    "\t",
    "\r\n",
];

fn resolve(target: &str) -> Target {
    match target.split('#').next().unwrap_or_default() {
        "stories/known.md" => Target::Url("/stories/known/".into()),
        "draft.md" => Target::Hidden(Some("it is a draft")),
        _ => Target::Missing,
    }
}

fn image(i: &ImageRef<'_>) -> Option<String> {
    (!i.src.contains('@')).then(|| format!("<img src=\"/x.webp\" alt=\"{}\">", i.alt.len()))
}

/// Renders `md` on a thread with the pipeline's stack and checks every diagnostic.
fn check(md: String) -> Result<(), TestCaseError> {
    let lines = line_count(&md);
    let result = useit::with_big_stack(move || {
        let src = Source {
            path: Path::new(FILE),
            first_line: FIRST_LINE,
            resolve: &resolve,
            highlighter: &HIGHLIGHTER,
            image: &image,
            eager_first_image: true,
            allow_remote: &[],
            rtl: false,
            footnote_back: "Back to the text",
            toc: Some("Contents"),
            shortcode: &|_| (String::new(), Vec::new()),
        };
        render(&md, &src)
    });
    let Some((_html, ds)) = result else {
        return Err(TestCaseError::fail("the Markdown stage panicked"));
    };
    for d in &ds {
        prop_assert_eq!(d.path.as_deref(), Some(Path::new(FILE)), "{:?}", d);
        let line = d.line.unwrap_or(0);
        prop_assert!(
            (FIRST_LINE..FIRST_LINE + lines).contains(&line),
            "line {:?} outside the body (lines {}..{}): {:?}",
            d.line,
            FIRST_LINE,
            FIRST_LINE + lines,
            d
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn markdown_fragments_render_or_are_located(md in mixed(PIECES, 60)) {
        check(md)?;
    }

    #[test]
    fn deep_containers_render_or_are_located(
        marker in prop::sample::select(&["> ", "- ", "1. ", "* ", "  - ", "<div>", "[", "*", "> - "][..]),
        depth in 1usize..4000,
        tail in prop::sample::select(&["x", "[x](@/missing.md)", "![](a.jpg)", "```\ncode\n```"][..]),
    ) {
        check(format!("{}{tail}\n", marker.repeat(depth)))?;
    }
}
