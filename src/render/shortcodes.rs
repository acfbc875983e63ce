//! The HTML of a shortcode call (see [`crate::markdown::shortcodes`]): its references resolved
//! in the page's language and rendered by the theme's `shortcodes/<name>.html`.
//!
//! Entry point: [`Renderer::shortcode`]. A reference to an item that is not published (a
//! draft, withheld for consent, scheduled) shows nothing and tells the writer, as a link to it
//! does; a reference to nothing is an error on the call's line.

use std::path::Path;

use tera::Context;

use super::context::Renderer;
use crate::diag::{Diagnostic, Severity, closest};
use crate::incremental::recorder::Recorder;
use crate::markdown::{Answer, Call, Target};
use crate::model::{Data, ItemId, Kind};

/// What a shortcode gives before its template: the template's variables, or nothing to show
/// (`None`: already reported), or the problem.
type Made = Result<Option<Context>, Diagnostic>;

impl Renderer<'_> {
    /// The HTML of `call`, written in the source `page`, on a page in language `lang`; image
    /// and item look-ups go through `rec`.
    pub(crate) fn shortcode(
        &self,
        page: &Path,
        call: &Call,
        lang: usize,
        rec: &Recorder,
    ) -> Answer {
        let made = match call.name.as_str() {
            "event_card" => self.card(page, call, Kind::Event, lang, rec),
            "opportunity_card" => self.card(page, call, Kind::Opportunity, lang, rec),
            "toolkit_file" => self.toolkit_file(page, call, lang, rec),
            "button" => self.button(page, call, lang),
            "figure" => self.figure(page, call, rec),
            // The page's own video: put in place by the page (it knows the page's videos).
            "video" => {
                let src = call.text("src").unwrap_or_default();
                return (super::videos::marker(src), Vec::new());
            }
            other => Err(Diagnostic::error(
                page,
                format!("shortcode `{other}` has no renderer"),
            )),
        };
        let mut ctx = match made {
            Ok(Some(ctx)) => ctx,
            Ok(None) => return (String::new(), Vec::new()),
            Err(d) => return (String::new(), vec![d.at_line(call.line)]),
        };
        let template = format!("shortcodes/{}.html", call.name);
        if !self.theme.tera.get_template_names().any(|n| n == template) {
            let d = Diagnostic::error(
                page,
                format!("the theme has no template for shortcode `{}`", call.name),
            )
            .at_line(call.line)
            .with_help(format!(
                "add {} to the theme",
                self.theme.dir.join("templates").join(&template).display()
            ));
            return (String::new(), vec![d]);
        }
        let language = &self.config.site.languages[lang];
        ctx.insert("lang", &language.code);
        ctx.insert("lang_index", &lang);
        ctx.insert("site", &self.site_view(lang, ""));
        match self
            .theme
            .render(&template, &ctx, &page.display().to_string())
        {
            Ok(html) => (html.trim().to_string(), Vec::new()),
            Err(ds) => (String::new(), ds),
        }
    }

    /// The item that the `@/` reference in argument `arg` names, which must be of `kind`, in
    /// language `lang` where it has a version in it.
    fn reference(
        &self,
        page: &Path,
        call: &Call,
        arg: &str,
        kind: Kind,
        lang: usize,
    ) -> Result<Option<ItemId>, Diagnostic> {
        let written = call.text(arg).unwrap_or_default();
        let example = match kind {
            Kind::Toolkit => format!("@/{}/x", kind.section()),
            _ => format!("@/{}/x.md", kind.section()),
        };
        let Some(key) = written.strip_prefix("@/").map(|k| k.trim_end_matches('/')) else {
            return Err(Diagnostic::error(
                page,
                format!(
                    "argument `{arg}` of shortcode `{}` is `{written}`, not an `@/` reference",
                    call.name
                ),
            )
            .with_help(format!(
                "name the {} by its source file, as links do: {arg}=\"{example}\"",
                kind.name()
            )));
        };
        if let Some(&id) = self.site.by_link.get(key) {
            let found = self.site.items[id].kind;
            if found != kind {
                let what = |k: Kind| {
                    format!(
                        "{} {}",
                        if k.name().starts_with(['a', 'e', 'i', 'o', 'u']) {
                            "an"
                        } else {
                            "a"
                        },
                        k.name()
                    )
                };
                return Err(Diagnostic::error(
                    page,
                    format!(
                        "`@/{key}` in shortcode `{}` is {}, not {}",
                        call.name,
                        what(found),
                        what(kind)
                    ),
                )
                .with_help(format!("name {} here: {arg}=\"{example}\"", what(kind))));
            }
            return Ok(Some(self.site.items[id].in_lang(lang, id)));
        }
        if let Some(&why) = self.site.unpublished.get(key) {
            return hidden(page, &call.name, key, why).map(|()| None);
        }
        let prefix = format!("{}/", kind.section());
        let keys = self
            .site
            .by_link
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .map(String::as_str);
        let guess = closest(key, keys)
            .map(|c| format!("did you mean `@/{c}`? "))
            .unwrap_or_default();
        Err(Diagnostic::error(
            page,
            format!(
                "shortcode `{}` refers to `@/{key}`: no such {}",
                call.name,
                kind.name()
            ),
        )
        .with_help(format!(
            "{guess}`@/` references name a source file, e.g. {example}"
        )))
    }

    fn card(&self, page: &Path, call: &Call, kind: Kind, lang: usize, rec: &Recorder) -> Made {
        let Some(id) = self.reference(page, call, kind.name(), kind, lang)? else {
            return Ok(None);
        };
        let mut ctx = Context::new();
        ctx.insert("item", &self.views(lang, rec).item(id, None, false));
        ctx.insert("hl", &3);
        Ok(Some(ctx))
    }

    fn toolkit_file(&self, page: &Path, call: &Call, lang: usize, rec: &Recorder) -> Made {
        let Some(id) = self.reference(page, call, "toolkit", Kind::Toolkit, lang)? else {
            return Ok(None);
        };
        let Data::Toolkit(fm, _) = &self.site.items[id].data else {
            return Ok(None);
        };
        let views = self.views(lang, rec);
        let toolkit = views.toolkit(id, fm);
        let name = call.text("file").unwrap_or_default();
        let Some(file) = toolkit.files.into_iter().find(|f| f.name == name) else {
            let names: Vec<&str> = fm.files.iter().map(|f| f.path.as_str()).collect();
            let guess = closest(name, names.iter().copied())
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            return Err(Diagnostic::error(
                page,
                format!(
                    "toolkit `{}` has no file `{name}`",
                    call.text("toolkit").unwrap_or_default()
                ),
            )
            .with_help(format!("{guess}its files are {}", names.join(", "))));
        };
        let mut ctx = Context::new();
        ctx.insert("text", call.text("text").unwrap_or(file.title));
        ctx.insert("file", &file);
        Ok(Some(ctx))
    }

    fn button(&self, page: &Path, call: &Call, lang: usize) -> Made {
        let link = call.text("link").unwrap_or_default();
        let url = if let Some(rest) = link.strip_prefix("@/") {
            let (key, anchor) = rest
                .split_once('#')
                .map_or((rest, String::new()), |(k, a)| (k, format!("#{a}")));
            match super::body::resolve_link(self.site, self.config, key, lang) {
                Target::Url(u) => format!("{u}{anchor}"),
                Target::Hidden(None) => return Ok(None),
                Target::Hidden(Some(why)) => {
                    return hidden(page, &call.name, key, why).map(|()| None);
                }
                Target::Missing => {
                    return Err(Diagnostic::error(page, format!("shortcode `button` links to `@/{key}`: no such page"))
                        .with_help("`@/` links name a source file under content/, e.g. @/surveys/x.md or @/toolkits/x"));
                }
            }
        } else if ["https://", "http://", "mailto:", "tel:"]
            .iter()
            .any(|p| link.starts_with(p))
        {
            link.to_string()
        } else {
            return Err(Diagnostic::error(page, format!("shortcode `button` links to `{link}`, which is neither a page of the site nor an address"))
                .with_help("link to a page as @/stories/x.md (its source file), or to a full address (https://..., mailto:..., tel:...)"));
        };
        let mut ctx = Context::new();
        ctx.insert("text", call.text("text").unwrap_or_default());
        ctx.insert("url", &url);
        ctx.insert("external", &link.starts_with("http"));
        Ok(Some(ctx))
    }

    fn figure(&self, page: &Path, call: &Call, rec: &Recorder) -> Made {
        let src = call.text("src").unwrap_or_default();
        let alt = call.text("alt").unwrap_or_default().trim();
        let decorative = call.flag("decorative");
        if alt.is_empty() && !decorative {
            return Err(Diagnostic::error(page, format!("figure `{src}` has no alt text"))
                .with_help("describe the picture for people who cannot see it: alt=\"What it shows\"; if it is only decoration, write decorative=true (the caption is read out either way)"));
        }
        if decorative && !alt.is_empty() {
            return Err(Diagnostic::error(
                page,
                format!("figure `{src}` is marked decorative but has alt text"),
            )
            .with_help("keep the description and remove decorative=true, or remove the alt text"));
        }
        let Some(picture) = rec.ask(
            self.media,
            page,
            Some(call.line),
            src,
            alt,
            crate::media::Use::Picture,
        ) else {
            return Ok(None);
        };
        let mut ctx = Context::new();
        ctx.insert(
            "picture",
            &picture.html(crate::media::SIZES_COLUMN, None, false),
        );
        ctx.insert("caption", call.text("caption").unwrap_or_default());
        Ok(Some(ctx))
    }
}

/// The writer is told that shortcode `name` shows nothing because `@/key` is not published
/// (`why`); nothing is said when it has errors of its own (reported already).
fn hidden(page: &Path, name: &str, key: &str, why: &'static str) -> Result<(), Diagnostic> {
    if why == crate::model::BROKEN {
        return Ok(());
    }
    let d = Diagnostic::warning(
        page,
        format!("shortcode `{name}` shows nothing: `@/{key}` is not published (it {why})"),
    )
    .with_help("remove the shortcode, or publish the page it refers to");
    // Withheld with a person, it comes back with them; scheduled, on its date: a note.
    let note = why == crate::model::people::WITHHELD || why == crate::model::build::SCHEDULED;
    Err(if note {
        Diagnostic {
            severity: Severity::Note,
            ..d
        }
    } else {
        d
    })
}
