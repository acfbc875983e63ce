//! The dev server's path resolver and range parser: whatever the request path (`..`,
//! `%2e%2e`, NULs, very long paths, unicode, double encoding), the answer is a file of the
//! site, a redirect to a folder of the site, or "not found"; never a path outside it.

use proptest::prelude::*;
use useit::serve::http::{Range, Target, range, resolve};

use super::{config, mixed};

/// The files of a small built site.
const SITE: &[&str] = &[
    "index.html",
    "stories/index.html",
    "stories/a/index.html",
    "stories/atom.xml",
    "events/é/index.html",
    "assets/style.css",
    "sitemap.xml",
];

const PIECES: &[&str] = &[
    "/",
    "/",
    "//",
    ".",
    "..",
    "%2e",
    "%2E",
    "%2e%2e",
    "%252e",
    "%2f",
    "%2F",
    "%5c",
    "\\",
    "%00",
    "\0",
    "%",
    "%zz",
    "%C3%A9",
    "%FF",
    "%C3",
    "é",
    "e\u{301}",
    "\u{202e}",
    "🦀",
    "?",
    "#",
    ":",
    "stories",
    "a",
    "index.html",
    "atom.xml",
    "events",
    "assets",
    "style.css",
    "etc",
    "passwd",
    "C:",
    "~",
    " ",
    "%20",
    "\n",
    "\r",
];

fn exists(p: &str) -> bool {
    SITE.contains(&p)
}

fn check(raw: &str) -> Result<(), TestCaseError> {
    match resolve(raw, exists) {
        Target::File(p) => {
            prop_assert!(exists(&p), "{:?} resolved to {:?}", raw, p);
        }
        Target::Redirect(to) => {
            let folder = to.strip_prefix('/').unwrap_or("\0");
            prop_assert!(to.ends_with('/'), "{:?} redirected to {:?}", raw, to);
            prop_assert!(
                exists(&format!("{folder}index.html")),
                "{:?} -> {:?}",
                raw,
                to
            );
        }
        Target::NotFound => {}
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_request_path_stays_inside_the_site(tail in mixed(PIECES, 24)) {
        check(&format!("/{tail}"))?;
        check(&tail)?;
    }

    #[test]
    fn very_long_paths_stay_inside_the_site(seg in prop::sample::select(&["a", "..", ".", "%2e", "é", "a.b"][..]), n in 1usize..5000) {
        check(&format!("/{}", [seg].repeat(n).join("/")))?;
        check(&format!("/{}", seg.repeat(n)))?;
    }

    #[test]
    fn any_range_header_is_inside_the_body(h in mixed(&["bytes=", "-", ",", " ", "0", "1", "18446744073709551615", "99999999999999999999"], 8), len in 0u64..100) {
        match range(Some(&h), len) {
            Range::Part(s, e) => prop_assert!(s <= e && e < len, "{:?} on {} gave {}-{}", h, len, s, e),
            Range::Full | Range::Unsatisfiable => {}
        }
    }
}
