//! The HTML of the elements the Markdown walk rewrites: headings (with unique ids), images
//! (published through [`Source::image`], or refused with the reason) and links (`@/` links
//! resolved, others held to the sanitiser's rules).

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, html};

use super::sanitise::Policy;
use super::source::{DECORATIVE, ImageRef, Source, Target};
use super::text;
use crate::diag::Diagnostic;
use crate::util::escape::xml;
use crate::util::slug::slugify;

pub(super) fn heading_html(
    level: HeadingLevel,
    id: Option<CowStr<'_>>,
    inner: Vec<Event<'_>>,
    ids: &mut HashSet<String>,
    rtl: bool,
) -> (String, String, String) {
    let text: String = inner
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let base = id.map(|i| i.to_string()).unwrap_or_else(|| slugify(&text));
    let base = if base.is_empty() {
        "section".to_string()
    } else {
        base
    };
    let mut unique = base.clone();
    let mut n = 1;
    while !ids.insert(unique.clone()) {
        unique = format!("{base}-{n}");
        n += 1;
    }
    let mut body = String::new();
    html::push_html(
        &mut body,
        inner.into_iter().map(|e| text::in_heading(e, rtl)),
    );
    let html = format!("<{level} id=\"{}\">{body}</{level}>\n", xml(&unique));
    (html, unique, text)
}

/// The HTML of a Markdown image, `None` when it cannot be published (already reported).
pub(super) fn image_html(
    dest: &str,
    title: &str,
    line: usize,
    alt: &str,
    eager: bool,
    src: &Source<'_>,
) -> Result<Option<String>, Diagnostic> {
    let decorative = title.trim().eq_ignore_ascii_case(DECORATIVE);
    if alt.is_empty() && !decorative {
        return Err(Diagnostic::error(src.path, format!("image `{dest}` has no alt text"))
            .at_line(line)
            .with_help(format!("describe the picture for people who cannot see it: ![What it shows]({dest}); if it is only decoration, write ![]({dest} \"decorative\")")));
    }
    if decorative && !alt.is_empty() {
        return Err(Diagnostic::error(src.path, format!("image `{dest}` is marked decorative but has alt text"))
            .at_line(line)
            .with_help("a decorative image has empty alt text: keep the description and remove \"decorative\", or remove the description"));
    }
    if (Policy {
        allow_remote: src.allow_remote,
    })
    .remote_image(dest)
    {
        let lazy = if eager {
            ""
        } else {
            " loading=\"lazy\" decoding=\"async\""
        };
        return Ok(Some(format!(
            "<img src=\"{}\" alt=\"{}\"{lazy}>",
            xml(dest),
            xml(alt)
        )));
    }
    Ok((src.image)(&ImageRef {
        src: dest,
        alt,
        line,
        eager,
    }))
}

/// The opening `<a>` for a link, `None` to drop the link but keep its text.
pub(super) fn link_open(
    dest: &str,
    title: &str,
    src: &Source<'_>,
) -> Result<Option<String>, Diagnostic> {
    let title_attr = if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", xml(title))
    };
    if let Some(rest) = dest.strip_prefix("@/") {
        let (key, anchor) = match rest.split_once('#') {
            Some((k, a)) => (k, format!("#{a}")),
            None => (rest, String::new()),
        };
        return match (src.resolve)(key) {
            Target::Url(u) => Ok(Some(format!("<a href=\"{}\"{title_attr}>", xml(&format!("{u}{anchor}"))))),
            Target::Hidden(None) => Ok(None),
            Target::Hidden(Some(why)) => {
                let d = Diagnostic::warning(
                    src.path,
                    format!("link to `@/{rest}`, which is not published (it {why}): shown as plain text"),
                )
                .with_help("remove the link, or publish the page it points to");
                // Withheld with a person, it comes back with them; scheduled, on its date: a
                // note, like the withholding.
                let withheld = why == crate::model::people::WITHHELD
                    || why == crate::model::build::SCHEDULED;
                Err(if withheld { Diagnostic { severity: crate::diag::Severity::Note, ..d } } else { d })
            }
            Target::Missing => Err(Diagnostic::error(src.path, format!("link to `@/{rest}`: no such page"))
                .with_help("`@/` links name a source file under content/, e.g. @/stories/x.md, @/champions/x/index.md or @/toolkits/x")),
        };
    }
    let external =
        dest.starts_with("http://") || dest.starts_with("https://") || dest.starts_with("//");
    let rel = if external { " rel=\"noopener\"" } else { "" };
    Ok(Some(format!("<a href=\"{}\"{title_attr}{rel}>", xml(dest))))
}
