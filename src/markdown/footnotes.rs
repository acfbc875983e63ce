//! Footnotes: `[^label]` references numbered in the order they first appear, their definitions
//! gathered in that order at the end of the text, each with a link back to every place that
//! refers to it. A definition nothing refers to is left out with a warning on its line.

use std::collections::HashMap;

use pulldown_cmark::{Event, html};

use crate::diag::Diagnostic;
use crate::util::escape::xml;

/// The footnotes of one text while its events go by.
#[derive(Default)]
pub(super) struct Footnotes<'m> {
    /// Labels by number (the order of their first reference).
    order: Vec<String>,
    /// Per label: its number and the references made so far.
    refs: HashMap<String, (usize, usize)>,
    /// Per label: its definition's events and line.
    defs: HashMap<String, (Vec<Event<'m>>, usize)>,
    /// The definition being collected: its label, line and events.
    open: Option<(String, usize, Vec<Event<'m>>)>,
}

impl<'m> Footnotes<'m> {
    /// The HTML of a reference to `label` (pulldown-cmark reports only those to a note that
    /// is written): its number, linking to the note.
    pub(super) fn reference(&mut self, label: &str) -> String {
        let next = self.order.len() + 1;
        let (n, k) = self.refs.entry(label.to_string()).or_insert((next, 0));
        *k += 1;
        if *n == next {
            self.order.push(label.to_string());
        }
        format!(
            "<sup class=\"fn-ref\"><a href=\"#fn-{n}\" id=\"{}\">{n}</a></sup>",
            ref_id(*n, *k)
        )
    }

    /// A definition of `label` starts on `line`: its events are collected until [`Self::end`].
    pub(super) fn start(&mut self, label: &str, line: usize) {
        self.open = Some((label.to_string(), line, Vec::new()));
    }

    /// Where events go while a definition is open.
    pub(super) fn collecting(&mut self) -> Option<&mut Vec<Event<'m>>> {
        self.open.as_mut().map(|(_, _, events)| events)
    }

    /// The open definition ends (the first definition of a label counts).
    pub(super) fn end(&mut self) {
        if let Some((label, line, events)) = self.open.take() {
            self.defs.entry(label).or_insert((events, line));
        }
    }

    /// The notes section (`None` when nothing refers to a note) and a warning per definition
    /// nothing refers to. `back` names the link back to the text, in the text's language.
    pub(super) fn section(
        mut self,
        back: &str,
        rtl: bool,
        path: &std::path::Path,
    ) -> (Option<String>, Vec<Diagnostic>) {
        let mut unused: Vec<(usize, String)> = self
            .defs
            .iter()
            .filter(|(label, _)| !self.refs.contains_key(*label))
            .map(|(label, (_, line))| (*line, label.clone()))
            .collect();
        unused.sort();
        let warnings = unused
            .into_iter()
            .map(|(line, label)| {
                Diagnostic::warning(
                    path,
                    format!("the footnote `[^{label}]` is never referred to"),
                )
                .at_line(line)
                .with_help(format!(
                    "refer to it with `[^{label}]` where it belongs in the text, or remove it"
                ))
            })
            .collect();
        if self.order.is_empty() {
            return (None, warnings);
        }
        let arrow = if rtl { "↪" } else { "↩" };
        let mut out = String::from("<section class=\"footnotes\">\n<ol>\n");
        for (i, label) in self.order.iter().enumerate() {
            let n = i + 1;
            let refs = self.refs.get(label).map_or(1, |(_, k)| *k);
            let mut note = String::new();
            if let Some((events, _)) = self.defs.remove(label) {
                html::push_html(&mut note, events.into_iter());
            }
            let backs: String = (1..=refs)
                .map(|k| {
                    format!(
                        " <a href=\"#{}\" class=\"fn-back\">{arrow}<span class=\"vh\">{}</span></a>",
                        ref_id(n, k),
                        xml(back)
                    )
                })
                .collect();
            // The links back end the note's last paragraph, as they would end a sentence.
            let note = match note.trim_end().strip_suffix("</p>") {
                Some(head) => format!("{head}{backs}</p>"),
                None => format!("{note}<p>{backs}</p>"),
            };
            out.push_str(&format!("<li id=\"fn-{n}\">{note}</li>\n"));
        }
        out.push_str("</ol>\n</section>\n");
        (Some(out), warnings)
    }
}

/// The id of the `k`-th reference to note `n`.
fn ref_id(n: usize, k: usize) -> String {
    match k {
        1 => format!("fnref-{n}"),
        _ => format!("fnref-{n}-{k}"),
    }
}

/// The first `[^label]` left in text `t`: a reference to a note that is not written (which
/// pulldown-cmark leaves as text).
pub(super) fn unresolved(t: &str) -> Option<&str> {
    let start = t.find("[^")? + 2;
    let len = t[start..].find(']')?;
    let label = &t[start..start + len];
    (!label.is_empty() && !label.contains(char::is_whitespace)).then_some(label)
}

/// The warning for a reference to note `label`, which is not written, on `line`.
pub(super) fn missing(path: &std::path::Path, label: &str, line: usize) -> Diagnostic {
    Diagnostic::warning(path, format!("the footnote `[^{label}]` has no text"))
        .at_line(line)
        .with_help(format!(
            "write the note on a line of its own, usually at the end: `[^{label}]: The note.`"
        ))
}
