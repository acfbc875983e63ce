//! Shortcodes: `{{ name(arg="value", n=3) }}` calls in Markdown, as in Zola, each expanded to
//! HTML by the render stage (a template of the theme) and checked at build time.
//!
//! Entry points: [`expand`], which finds the calls of a text outside code (fenced and indented
//! code blocks, inline code), checks each against [`SHORTCODES`] and replaces it by a marker;
//! and [`Expanded::substitute`], which puts each call's HTML in place of its marker once the
//! text is HTML (after the sanitiser: the theme's HTML is not cleaned). A call is written on
//! one line; `{{/* name(...) */}}` writes the call itself as text.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::source::{Call, Source, Value};
use crate::diag::{Diagnostic, closest};

/// The type of an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Text in quotes.
    Text,
    /// `true` or `false`.
    Bool,
}

/// One argument of a shortcode.
#[derive(Debug)]
pub struct Arg {
    /// Its name.
    pub name: &'static str,
    /// Its type.
    pub ty: Type,
    /// It must be given.
    pub required: bool,
}

/// A required text argument.
const fn req(name: &'static str) -> Arg {
    Arg {
        name,
        ty: Type::Text,
        required: true,
    }
}

/// An optional text argument.
const fn opt(name: &'static str) -> Arg {
    Arg {
        name,
        ty: Type::Text,
        required: false,
    }
}

/// An optional `true`/`false` argument.
const fn flag(name: &'static str) -> Arg {
    Arg {
        name,
        ty: Type::Bool,
        required: false,
    }
}

/// One shortcode the site knows.
#[derive(Debug)]
pub struct Spec {
    /// Its name.
    pub name: &'static str,
    /// Its arguments.
    pub args: &'static [Arg],
    /// It shows a block (a card, a figure), which must be a paragraph of its own.
    pub block: bool,
    /// A call as the README writes it.
    pub example: &'static str,
}

/// Every shortcode; each is rendered by the theme's `shortcodes/<name>.html`.
pub const SHORTCODES: &[Spec] = &[
    Spec {
        name: "event_card",
        args: &[req("event")],
        block: true,
        example: "{{ event_card(event=\"@/events/soho-social-enterprise-network.md\") }}",
    },
    Spec {
        name: "opportunity_card",
        args: &[req("opportunity")],
        block: true,
        example: "{{ opportunity_card(opportunity=\"@/opportunities/ielts-classes-spring-2027.md\") }}",
    },
    Spec {
        name: "toolkit_file",
        args: &[req("toolkit"), req("file"), opt("text")],
        block: false,
        example: "{{ toolkit_file(toolkit=\"@/toolkits/finance-basics\", file=\"start-up-budget.xlsx\") }}",
    },
    Spec {
        name: "button",
        args: &[req("text"), req("link")],
        block: false,
        example: "{{ button(text=\"Take the survey\", link=\"@/surveys/community-survey.md\") }}",
    },
    Spec {
        name: "figure",
        args: &[req("src"), req("caption"), opt("alt"), flag("decorative")],
        block: true,
        example: "{{ figure(src=\"market.jpg\", alt=\"Stalls on Soho Road\", caption=\"The Saturday market\") }}",
    },
    Spec {
        name: "video",
        args: &[req("src")],
        block: true,
        example: "{{ video(src=\"community-researcher-video-diary.mp4\") }}",
    },
];

/// The spec of shortcode `name`.
pub fn spec(name: &str) -> Option<&'static Spec> {
    SHORTCODES.iter().find(|s| s.name == name)
}

/// Marks the place of call `i` in the text until it is HTML.
fn marker(i: usize) -> String {
    format!("\u{FFFC}{i}\u{FFFC}")
}

/// A text with its calls replaced by markers, and what each call gave.
#[derive(Debug, Default)]
pub(super) struct Expanded {
    /// The Markdown with markers.
    pub text: String,
    /// Per call: its name, line and answer.
    pieces: Vec<(&'static Spec, usize, String)>,
    /// Problems of the calls.
    pub diags: Vec<Diagnostic>,
}

/// The calls of `md` expanded (see the module documentation); `None` when it has none.
pub(super) fn expand(md: &str, opts: Options, src: &Source<'_>) -> Option<Expanded> {
    if !md.contains("{{") {
        return None;
    }
    let code = code_ranges(md, opts);
    let mut out = Expanded::default();
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = md[from..].find("{{").map(|i| i + from) {
        from = at + 2;
        if code.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let line_end = md[at..].find('\n').map_or(md.len(), |i| at + i);
        let line = src.first_line + crate::util::lines::line_at(md.as_bytes(), at) - 1;
        let Some(found) = scan(&md[at..line_end]) else {
            continue;
        };
        out.text.push_str(&md[last..at]);
        match found {
            Found::Literal(len, inner) => {
                out.text.push_str(&format!("{{{{{inner}}}}}"));
                last = at + len;
            }
            Found::Call(len, parsed) => {
                last = at + len;
                match parsed.and_then(|c| check(c, line)) {
                    Ok((spec, call)) => {
                        let (html, diags) = (src.shortcode)(&call);
                        out.diags.extend(diags);
                        out.text.push_str(&marker(out.pieces.len()));
                        out.pieces.push((spec, line, html));
                    }
                    Err(e) => out.diags.push(e.into_diag(src, line)),
                }
            }
        }
        from = last;
    }
    out.text.push_str(&md[last..]);
    Some(out)
}

/// The byte ranges of code in `md`: code blocks and inline code.
fn code_ranges(md: &str, opts: Options) -> Vec<Range<usize>> {
    Parser::new_ext(md, opts)
        .into_offset_iter()
        .filter(|(e, _)| matches!(e, Event::Start(Tag::CodeBlock(_)) | Event::Code(_)))
        .map(|(_, r)| r)
        .collect()
}

/// What starts at a `{{`.
enum Found {
    /// `{{/* x */}}`: its length and the text between the comment marks.
    Literal(usize, String),
    /// `{{ name(`...: its length and the call, or what is wrong with it.
    Call(usize, Result<Raw, Problem>),
}

/// A call as written: name and arguments.
struct Raw {
    name: String,
    args: Vec<(String, Value)>,
}

/// What is wrong with a call.
enum Problem {
    /// It cannot be read: what was expected.
    Syntax(&'static str),
    /// Unknown shortcode.
    Unknown(String),
    /// Unknown argument of a known shortcode.
    UnknownArg(&'static Spec, String),
    /// A required argument missing.
    Missing(&'static Spec, &'static str),
    /// An argument of the wrong type, or given twice.
    Bad(&'static Spec, String, &'static str),
}

/// The call or literal at the start of `s` (one line), `None` when it is no shortcode (text
/// such as `{{ x }}`).
fn scan(s: &str) -> Option<Found> {
    let inner = s[2..].trim_start();
    if let Some(rest) = inner.strip_prefix("/*") {
        let end = rest.find("*/}}")?;
        let len = s.len() - rest.len() + end + 4;
        return Some(Found::Literal(len, rest[..end].to_string()));
    }
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(inner.len());
    if name_len == 0 || !inner[name_len..].trim_start().starts_with('(') {
        return None;
    }
    let Some(close) = s.find("}}") else {
        return Some(Found::Call(
            s.len(),
            Err(Problem::Syntax("`}}` on the same line")),
        ));
    };
    let body = s[2..close].trim();
    Some(Found::Call(close + 2, parse(body)))
}

/// `name(key=value, ...)`.
fn parse(body: &str) -> Result<Raw, Problem> {
    let open = body.find('(').ok_or(Problem::Syntax("`(`"))?;
    let name = body[..open].trim().to_string();
    let Some(mut rest) = body[open + 1..].strip_suffix(')') else {
        return Err(Problem::Syntax("`)` before `}}`"));
    };
    let mut args = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let eq = rest
            .find('=')
            .ok_or(Problem::Syntax("`name=value` arguments"))?;
        let key = rest[..eq].trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Problem::Syntax("`name=value` arguments"));
        }
        let (value, after) = value(rest[eq + 1..].trim_start())?;
        args.push((key.to_string(), value));
        rest = after.trim_start();
        match rest.strip_prefix(',') {
            Some(r) => rest = r,
            None if rest.is_empty() => break,
            None => return Err(Problem::Syntax("`,` between arguments")),
        }
    }
    Ok(Raw { name, args })
}

/// A value at the start of `s`, and what follows it.
fn value(s: &str) -> Result<(Value, &str), Problem> {
    if let Some(q) = s.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) {
        let end = s[1..].find(q).ok_or(Problem::Syntax("a closing quote"))?;
        return Ok((Value::Text(s[1..1 + end].to_string()), &s[2 + end..]));
    }
    let len = s.find([',', ' ', ')']).unwrap_or(s.len());
    let word = &s[..len];
    let v = match word {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        w => Value::Number(w.parse().map_err(|_| Problem::Syntax("text in quotes"))?),
    };
    Ok((v, &s[len..]))
}

/// `raw` checked against its spec.
fn check(raw: Raw, line: usize) -> Result<(&'static Spec, Call), Problem> {
    let spec = spec(&raw.name).ok_or_else(|| Problem::Unknown(raw.name.clone()))?;
    for (i, (name, v)) in raw.args.iter().enumerate() {
        let Some(Arg { ty, .. }) = spec.args.iter().find(|a| a.name == name) else {
            return Err(Problem::UnknownArg(spec, name.clone()));
        };
        if raw.args[..i].iter().any(|(n, _)| n == name) {
            return Err(Problem::Bad(spec, name.clone(), "is given twice"));
        }
        match (ty, v) {
            (Type::Text, Value::Text(_)) | (Type::Bool, Value::Bool(_)) => {}
            (Type::Text, _) => {
                return Err(Problem::Bad(spec, name.clone(), "must be text in quotes"));
            }
            (Type::Bool, _) => {
                return Err(Problem::Bad(
                    spec,
                    name.clone(),
                    "must be `true` or `false`",
                ));
            }
        }
    }
    if let Some(a) = spec
        .args
        .iter()
        .find(|a| a.required && !raw.args.iter().any(|(n, _)| n == a.name))
    {
        return Err(Problem::Missing(spec, a.name));
    }
    let call = Call {
        name: spec.name.to_string(),
        args: raw.args,
        line,
    };
    Ok((spec, call))
}

/// `event (required), ...`: the arguments of `spec` in words.
fn arg_list(spec: &Spec) -> String {
    let args: Vec<String> = spec
        .args
        .iter()
        .map(|a| {
            if a.required {
                format!("{} (required)", a.name)
            } else {
                a.name.to_string()
            }
        })
        .collect();
    args.join(", ")
}

impl Problem {
    fn into_diag(self, src: &Source<'_>, line: usize) -> Diagnostic {
        let names = || SHORTCODES.iter().map(|s| s.name);
        let (message, help) = match self {
            Problem::Syntax(want) => (
                format!("malformed shortcode: expected {want}"),
                "write a shortcode on one line as {{ name(argument=\"value\") }}, e.g. {{ button(text=\"Book a place\", link=\"@/events/x.md\") }}; to show the braces as text, write {{/* ... */}}".to_string(),
            ),
            Problem::Unknown(name) => {
                let known = names().collect::<Vec<_>>().join(", ");
                let guess = closest(&name, names())
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                (
                    format!("unknown shortcode `{name}`"),
                    format!("{guess}the shortcodes are {known} (see the README, \"Shortcodes\")"),
                )
            }
            Problem::UnknownArg(spec, arg) => {
                let guess = closest(&arg, spec.args.iter().map(|a| a.name))
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                (
                    format!("shortcode `{}` has no argument `{arg}`", spec.name),
                    format!("{guess}`{}` takes {}: {}", spec.name, arg_list(spec), spec.example),
                )
            }
            Problem::Missing(spec, arg) => (
                format!("shortcode `{}` needs the argument `{arg}`", spec.name),
                format!("`{}` takes {}: {}", spec.name, arg_list(spec), spec.example),
            ),
            Problem::Bad(spec, arg, what) => (
                format!("argument `{arg}` of shortcode `{}` {what}", spec.name),
                format!("write it as in {}", spec.example),
            ),
        };
        Diagnostic::error(src.path, message)
            .at_line(line)
            .with_help(help)
    }
}

impl Expanded {
    /// `html` with each marker replaced by its call's HTML; a block call that is not a
    /// paragraph (or list item) of its own, and any call inside a heading, a link or a tag, is
    /// an error and shows nothing.
    pub(super) fn substitute(&mut self, mut html: String, path: &std::path::Path) -> String {
        for (i, (spec, line, piece)) in self.pieces.iter().enumerate() {
            let m = marker(i);
            let fits = html
                .match_indices(&m)
                .all(|(at, _)| fits(&html, at, m.len(), spec.block));
            if !fits {
                self.diags.push(misplaced(path, spec, *line));
                html = html.replace(&m, "");
                continue;
            }
            if spec.block {
                html = html.replace(&format!("<p>{m}</p>"), piece);
            }
            html = html.replace(&m, piece);
        }
        html
    }
}

/// The marker at `at..at + len` of `html` may become its call's HTML.
fn fits(html: &str, at: usize, len: usize, block: bool) -> bool {
    let (before, after) = (&html[..at], &html[at + len..]);
    if block {
        return (before.ends_with("<p>") && after.starts_with("</p>"))
            || (before.ends_with("<li>") && after.starts_with("</li>"));
    }
    let after_last = |open: &str, close: &str| {
        before
            .rfind(open)
            .is_some_and(|o| before.rfind(close).is_none_or(|c| c < o))
    };
    !after_last("<", ">")
        && !after_last("<a ", "</a>")
        && !(1..=6).any(|n| after_last(&format!("<h{n}"), &format!("</h{n}>")))
}

fn misplaced(path: &std::path::Path, spec: &Spec, line: usize) -> Diagnostic {
    let (message, help) = if spec.block {
        (
            format!(
                "shortcode `{}` shows a block, but it is inside a sentence, heading or link",
                spec.name
            ),
            format!(
                "put it on a line of its own with an empty line before and after it: {}",
                spec.example
            ),
        )
    } else {
        (
            format!(
                "shortcode `{}` is inside a heading, a link or an image's text",
                spec.name
            ),
            "move it into the text of a paragraph or list item".to_string(),
        )
    };
    Diagnostic::error(path, message)
        .at_line(line)
        .with_help(help)
}
