//! The share-preview picture of a page without one of its own: its title drawn in its own
//! script on the site's colour, a 1200 x 630 JPEG (WhatsApp and Facebook read no SVG).
//!
//! Entry points: [`Fonts::load`] (the theme's `fonts/*.ttf`, read once per build when a card is
//! first asked for; their SHA-256 is part of every key, so new fonts draw every card again),
//! [`key`] (what a card depends on: this drawing's version, the fonts, the site's name, the
//! title and its direction) and [`draw`].
//!
//! Text is laid out by usvg, which shapes it with harfrust (so Arabic and Urdu letters join and
//! Bengali clusters form) and takes each missing letter from the next font that has it, and
//! drawn by resvg. usvg lays a line out as a left-to-right paragraph: a right-to-left title's
//! lines are each wrapped in a right-to-left embedding (RLE ... PDF), so that the Unicode bidi
//! algorithm orders them as a right-to-left paragraph, and aligned to the right.

use std::path::Path;
use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use sha2::{Digest, Sha256};

use crate::util::escape::xml;
use crate::util::hash::hex;

/// Bumped whenever the drawing changes, so old cards are not reused.
const VERSION: &str = "useit-title-card-1";

/// Size of a card.
pub const SIZE: (u32, u32) = super::images::CARD_SIZE;

const MARGIN: f32 = 80.0;
const TITLE_SIZE: f32 = 64.0;
const LINE_HEIGHT: f32 = 1.5;
const MAX_LINES: usize = 4;
const SITE_SIZE: f32 = 34.0;
const BACKGROUND: &str = "#005f73";
const FOREGROUND: &str = "#ffffff";
const FAMILIES: &str = "'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Bengali', sans-serif";

/// The theme's fonts, loaded once.
#[derive(Debug)]
pub struct Fonts {
    db: Arc<usvg::fontdb::Database>,
    /// SHA-256 (hex) of every font file, in name order.
    hash: String,
}

impl Fonts {
    /// Every `.ttf` and `.otf` file in `dir` (the theme's `fonts/` folder).
    pub fn load(dir: &Path) -> Result<Fonts, String> {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read the fonts folder {}: {e}", dir.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|x| x.eq_ignore_ascii_case("ttf") || x.eq_ignore_ascii_case("otf"))
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(format!("no .ttf or .otf file in {}", dir.display()));
        }
        let mut db = usvg::fontdb::Database::new();
        let mut hash = Sha256::new();
        for f in files {
            let bytes =
                std::fs::read(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
            hash.update(&bytes);
            db.load_font_data(bytes);
        }
        Ok(Fonts {
            db: Arc::new(db),
            hash: hex(&hash.finalize()),
        })
    }
}

/// Site path of a card: `images/<first 20 hex digits of its key>-title.jpg`.
pub fn name(key: &str) -> String {
    format!("images/{}-title.jpg", &key[..20.min(key.len())])
}

/// SHA-256 (hex) of everything the card of `title` depends on.
pub fn key(fonts: &Fonts, site: &str, title: &str, rtl: bool) -> String {
    let mut h = Sha256::new();
    for part in [
        VERSION,
        &fonts.hash,
        site,
        title,
        if rtl { "rtl" } else { "ltr" },
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    hex(&h.finalize())
}

/// The card of `title` (right-to-left when `rtl`), with the site's name `site` at its foot.
pub fn draw(fonts: &Fonts, site: &str, title: &str, rtl: bool) -> Result<image::RgbImage, String> {
    let opt = usvg::Options {
        fontdb: fonts.db.clone(),
        font_family: "Noto Sans".into(),
        ..usvg::Options::default()
    };
    // The isolates that keep left-to-right words in place in the page are not needed here:
    // the embedding orders the whole line.
    let title: String = title
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    let lines = wrap(&opt, &title, rtl);
    let svg = svg(&lines, site, rtl);
    let tree = usvg::Tree::from_str(&svg, &opt).map_err(|e| format!("cannot lay out: {e}"))?;
    let (w, h) = SIZE;
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or("cannot make a picture of that size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    // The background is opaque: every pixel's colour is its own, not premultiplied.
    let data = pixmap.data();
    Ok(image::RgbImage::from_fn(w, h, |x, y| {
        let i = ((y * w + x) * 4) as usize;
        image::Rgb([data[i], data[i + 1], data[i + 2]])
    }))
}

/// One line as drawn: a right-to-left line in its embedding.
fn line_text(line: &str, rtl: bool) -> String {
    if rtl {
        format!("\u{202B}{line}\u{202C}")
    } else {
        line.to_string()
    }
}

/// Width of `line` drawn at the title's size.
fn width(opt: &usvg::Options<'_>, line: &str, rtl: bool) -> f32 {
    let (w, h) = SIZE;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\"><text x=\"0\" \
         y=\"100\" font-family=\"{FAMILIES}\" font-size=\"{TITLE_SIZE}\" font-weight=\"700\">{}\
         </text></svg>",
        xml(&line_text(line, rtl))
    );
    usvg::Tree::from_str(&svg, opt).map_or(f32::MAX, |t| t.root().abs_bounding_box().width())
}

/// `title` in lines that fit the card, at most [`MAX_LINES`]; the last ends in "…" when the
/// title is longer.
fn wrap(opt: &usvg::Options<'_>, title: &str, rtl: bool) -> Vec<String> {
    let room = SIZE.0 as f32 - 2.0 * MARGIN;
    let fits = |s: &str| width(opt, s, rtl) <= room;
    let mut lines: Vec<String> = Vec::new();
    let mut words = title.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let mut line = word.to_string();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if !fits(&longer) {
                break;
            }
            line = longer;
            words.next();
        }
        if lines.len() + 1 == MAX_LINES && words.peek().is_some() {
            // The last line: as many words as fit with the ellipsis.
            let rest: Vec<&str> = std::iter::once(line.as_str()).chain(words).collect();
            let mut cut = rest.join(" ");
            while !fits(&format!("{cut}…")) && cut.contains(' ') {
                cut.truncate(cut.rfind(' ').unwrap_or(0));
            }
            lines.push(format!("{cut}…"));
            return lines;
        }
        lines.push(line);
    }
    lines
}

/// The card's SVG: the title's lines from the top, the site's name at the foot above a rule.
fn svg(lines: &[String], site: &str, rtl: bool) -> String {
    let (w, h) = SIZE;
    let (x, anchor) = if rtl {
        (w as f32 - MARGIN, "end")
    } else {
        (MARGIN, "start")
    };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\"><rect width=\"{w}\" height=\"{h}\" fill=\"{BACKGROUND}\"/>"
    );
    let step = TITLE_SIZE * LINE_HEIGHT;
    for (i, line) in lines.iter().enumerate() {
        let y = MARGIN + TITLE_SIZE + step * i as f32;
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"{FAMILIES}\" \
             font-size=\"{TITLE_SIZE}\" font-weight=\"700\" fill=\"{FOREGROUND}\">{}</text>",
            xml(&line_text(line, rtl))
        ));
    }
    let foot = h as f32 - MARGIN;
    out.push_str(&format!(
        "<rect x=\"{MARGIN}\" y=\"{}\" width=\"{}\" height=\"4\" fill=\"{FOREGROUND}\"/>\
         <text x=\"{x}\" y=\"{foot}\" text-anchor=\"{anchor}\" font-family=\"{FAMILIES}\" \
         font-size=\"{SITE_SIZE}\" font-weight=\"700\" fill=\"{FOREGROUND}\">{}</text></svg>",
        foot - SITE_SIZE - 24.0,
        w as f32 - 2.0 * MARGIN,
        xml(site)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/useit/fonts");
        Fonts::load(&dir).expect("the theme's fonts")
    }

    #[test]
    fn long_titles_wrap_into_at_most_four_lines() {
        let f = fonts();
        let opt = usvg::Options {
            fontdb: f.db.clone(),
            ..usvg::Options::default()
        };
        let short = wrap(&opt, "Mentoring places", false);
        assert_eq!(short, ["Mentoring places"]);
        let long = "word ".repeat(80);
        let lines = wrap(&opt, &long, false);
        assert_eq!(lines.len(), MAX_LINES, "{lines:?}");
        assert!(lines[MAX_LINES - 1].ends_with('…'));
        for l in &lines {
            assert!(width(&opt, l, false) <= SIZE.0 as f32 - 2.0 * MARGIN, "{l}");
        }
    }

    #[test]
    fn cards_are_drawn_with_text_in_every_script() {
        let f = fonts();
        for (title, rtl) in [
            ("SOHO Social Enterprise Network meeting", false),
            ("SOHO Social Enterprise Network کی میٹنگ", true),
            ("اجتماع شبكة سوهو", true),
            // A lam-alef ligature: Noto Sans Arabic's drew nothing through usvg.
            ("الاجتماعية", true),
            ("সোহো সোশ্যাল এন্টারপ্রাইজ নেটওয়ার্কের সভা", false),
        ] {
            let img = draw(&f, "USE-IT! Greater Icknield", title, rtl).unwrap();
            assert_eq!((img.width(), img.height()), SIZE);
            // The title's band holds white (text) pixels, the margin none.
            let white = |y0: u32, y1: u32| {
                (y0..y1)
                    .flat_map(|y| (0..SIZE.0).map(move |x| (x, y)))
                    .filter(|&(x, y)| img.get_pixel(x, y).0.iter().all(|&c| c > 200))
                    .count()
            };
            assert!(white(80, 170) > 1000, "{title}: no text drawn");
            assert_eq!(white(0, 40), 0, "{title}");
        }
        assert_ne!(
            key(&f, "S", "a", false),
            key(&f, "S", "a", true),
            "the direction is part of the key"
        );
    }
}
