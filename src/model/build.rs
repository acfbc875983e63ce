//! Builds the [`Site`] from loaded sources: parse every file (in parallel), drop drafts and
//! people without web consent, resolve references and taxonomy slugs, place event times in the
//! site's time zone and order every listing.
//!
//! Entry point: [`build`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::kinds::{Day, Use, When};
use super::parse::{Parsed, Raw, field_line, parse};
use super::{Data, EventTimes, Item, ItemId, Kind, Openness, Site, sort, taxonomy};
use crate::config::{Config, Now};
use crate::diag::{Diagnostic, Diagnostics, Severity, closest};
use crate::load::Sources;

/// What the model build needs besides the sources.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Validated configuration.
    pub config: &'a Config,
    /// The build's "now".
    pub now: &'a Now,
    /// Include drafts.
    pub drafts: bool,
}

/// Sources to site model, with every problem found.
pub fn build(sources: Sources, opts: Options<'_>) -> (Site, Diagnostics) {
    let parsed = sources
        .files
        .into_par_iter()
        .map(|f| (f.rel.clone(), parse(f)))
        .collect();
    assemble(parsed, &sources.assets, opts)
}

/// One source file after parsing: its path and the parsed file or its problems.
pub(crate) type ParsedFile = (PathBuf, Result<Parsed, Vec<Diagnostic>>);

/// Parses one file on its own (for callers that keep parsed files between builds and re-parse
/// only the ones that changed, such as `serve`).
pub(crate) fn parse_one(file: crate::load::SourceFile) -> ParsedFile {
    (file.rel.clone(), parse(file))
}

/// Parsed files (sorted by path) to site model: the cross-file half of [`build`].
pub(crate) fn assemble(
    parsed: Vec<ParsedFile>,
    assets: &[PathBuf],
    opts: Options<'_>,
) -> (Site, Diagnostics) {
    let mut ph = crate::util::Phases::new("assemble");
    let mut ds = Diagnostics::default();
    let assets: HashSet<PathBuf> = assets.iter().cloned().collect();
    let mut raws = Vec::new();
    let mut site = Site::default();
    let mut toolkit_bodies = HashMap::new();
    let mut translations = Vec::new();
    // Sources with errors: links and references to them are not reported again.
    let mut broken_champions = HashSet::new();
    for (rel, p) in parsed {
        if p.is_err() {
            site.unpublished.insert(link_key(&rel), BROKEN);
            if let Some(slug) = champion_slug(&rel) {
                broken_champions.insert(slug.to_string());
            }
        }
        match p {
            Ok(Parsed::Item(r)) => raws.push(*r),
            Ok(Parsed::Intro(kind, intro)) => {
                site.intros.insert(kind, intro);
            }
            Ok(Parsed::ToolkitBody(slug, body)) => {
                toolkit_bodies.insert(slug, body);
            }
            Ok(Parsed::Translation(t)) => translations.push(*t),
            Err(list) => ds.extend(list),
        }
    }
    ph.mark("split");
    attach_toolkit_bodies(&mut raws, toolkit_bodies, &assets, &mut ds);
    if !raws.iter().any(|r| r.kind == Kind::Home) && !ds.has_errors() {
        ds.push(
            Diagnostic::error("content/_index.md", "the home page is missing")
                .with_help("create content/_index.md with `title:` and an introduction"),
        );
    }
    check_media(&raws, &assets, &mut ds);
    let champions = publish_filter(&mut raws, &mut site, opts, &mut ds);
    check_paths(&mut raws, &mut ds);
    ph.mark("checks");
    for raw in raws {
        let key = link_key(&raw.source);
        let slug = (raw.kind == Kind::Champion).then(|| raw.slug.clone());
        match to_item(raw, &champions, &broken_champions, opts, &mut ds) {
            Some(item) => site.items.push(item),
            None => {
                site.unpublished.insert(key, BROKEN);
                broken_champions.extend(slug);
            }
        }
    }
    ph.mark("to_item");
    site.items.sort_by(|a, b| a.source.cmp(&b.source));
    resolve_champions_by_path(&mut site);
    ph.mark("champions");
    super::translate::apply(&mut site, translations, opts, &mut ds);
    ph.mark("translate");
    for (id, it) in site.items.iter().enumerate() {
        site.by_link.insert(link_key(&it.source), id);
    }
    ph.mark("by_link");
    site.lists = sort::lists(&site.items);
    ph.mark("lists");
    site.taxonomies = taxonomy::build(&site.items, opts.config);
    (site.toolkit_topics, site.toolkit_audiences) =
        taxonomy::toolkit_filters(&site.items, &site.lists.toolkits, opts.config);
    ph.mark("taxonomies");
    ph.print();
    (site, ds)
}

/// For a file whose front matter text is unchanged (the caller compares its hash): whether
/// `new`, its new parse, differs from `old`, its previous one, in the Markdown body of an item
/// or an item's translation alone. Serve then patches the model with [`set_body`] instead of
/// building it again.
pub(crate) fn body_only_change(old: &ParsedFile, new: &ParsedFile) -> bool {
    match (&old.1, &new.1) {
        // A toolkit's body is another file (`index.md`, parsed on its own).
        (Ok(Parsed::Item(a)), Ok(Parsed::Item(b))) => {
            a.kind != Kind::Toolkit
                && a.kind == b.kind
                && a.slug == b.slug
                && a.body_line == b.body_line
        }
        (Ok(Parsed::Translation(a)), Ok(Parsed::Translation(b))) => {
            !matches!(a.target, super::parse::Target::Intro(_))
                && a.target == b.target
                && a.body_line == b.body_line
        }
        _ => false,
    }
}

/// Gives the published item made from `parsed` (see [`body_only_change`]) its new body;
/// returns the item, `None` when the file is not published.
pub(crate) fn set_body(site: &mut Site, parsed: &ParsedFile) -> Option<ItemId> {
    let (body, line) = match &parsed.1 {
        Ok(Parsed::Item(r)) => (r.body.clone(), r.body_line),
        Ok(Parsed::Translation(t)) => (t.body.as_str().into(), t.body_line),
        _ => return None,
    };
    let id = *site.by_link.get(&link_key(&parsed.0))?;
    let it = &mut site.items[id];
    if it.source != parsed.0 {
        return None;
    }
    it.body = body;
    it.body_line = line;
    Some(id)
}

/// Why a source is missing from the site when it has errors of its own.
pub const BROKEN: &str = "has errors (reported separately)";

fn champion_slug(rel: &Path) -> Option<&str> {
    let mut parts = rel.components().map(|c| c.as_os_str().to_str());
    match (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) {
        (
            Some(Some("content")),
            Some(Some("champions")),
            Some(Some(slug)),
            Some(Some("index.md")),
            None,
        ) => Some(slug),
        _ => None,
    }
}

/// Resolves champion references of the originals (before translations are added, which copy
/// them): points each story at its (published) champion and lists each champion's stories.
fn resolve_champions_by_path(site: &mut Site) {
    let champions: HashMap<&str, ItemId> = site
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.kind == Kind::Champion)
        .filter_map(|(id, it)| Some((champion_slug(&it.source)?, id)))
        .collect();
    let mut refs = Vec::new();
    for (id, it) in site.items.iter().enumerate() {
        if let Data::Story(fm, _) = &it.data
            && let Some(slug) = &fm.champion
            && let Some(&c) = champions.get(slug.as_str())
        {
            refs.push((id, c));
        }
    }
    for (story, champ) in refs {
        if let Data::Story(_, c) = &mut site.items[story].data {
            *c = Some(champ);
        }
        site.champion_stories.entry(champ).or_default().push(story);
    }
    for list in site.champion_stories.values_mut() {
        let items = &site.items;
        list.sort_by(|&a, &b| {
            items[b]
                .date
                .cmp(&items[a].date)
                .then_with(|| items[a].slug.cmp(&items[b].slug))
        });
    }
}

/// The `@/` key of a source: its path under `content/`, or `toolkits/<slug>`.
pub fn link_key(source: &Path) -> String {
    let s = source.to_string_lossy().replace('\\', "/");
    if let Some(rest) = s.strip_prefix("content/") {
        return rest.to_string();
    }
    s.trim_end_matches("/toolkit.yaml").to_string()
}

fn attach_toolkit_bodies(
    raws: &mut [Raw],
    mut bodies: HashMap<String, String>,
    assets: &HashSet<PathBuf>,
    ds: &mut Diagnostics,
) {
    for r in raws.iter_mut().filter(|r| r.kind == Kind::Toolkit) {
        if let Some(b) = bodies.remove(&r.slug) {
            r.body = b.into();
        }
        if let Data::Toolkit(fm, dir) = &r.data {
            let mut listed = HashSet::new();
            for f in &fm.files {
                let p = Path::new(&f.path);
                let line = field_line_value(&r.text, &f.path);
                let escapes = p.is_absolute()
                    || p.components()
                        .any(|c| !matches!(c, std::path::Component::Normal(_)));
                if escapes {
                    ds.push(with_line(
                        Diagnostic::error(&r.source, format!("file `{}` is outside the toolkit folder", f.path))
                            .with_help("list files by their name inside the toolkit folder, without `..` or `/`"),
                        line,
                    ));
                    continue;
                }
                let full = dir.join(p);
                if !listed.insert(full.clone()) {
                    ds.push(with_line(
                        Diagnostic::error(&r.source, format!("file `{}` is listed twice", f.path))
                            .with_help("keep one entry per file"),
                        line,
                    ));
                }
                if !assets.contains(&full) {
                    ds.push(with_line(
                        Diagnostic::error(
                            &r.source,
                            format!("listed file `{}` does not exist", f.path),
                        )
                        .with_help(format!("add the file at {} or fix `path`", full.display())),
                        line,
                    ));
                }
            }
            for a in assets.iter().filter(|a| a.parent() == Some(dir.as_path())) {
                if !listed.contains(a) {
                    ds.push(
                        Diagnostic::warning(
                            a,
                            "this file is in a toolkit folder but not listed in toolkit.yaml",
                        )
                        .with_help("add it under `files:` in toolkit.yaml, or remove it"),
                    );
                }
            }
        }
    }
    for slug in bodies.into_keys() {
        ds.push(
            Diagnostic::error(
                format!("toolkits/{slug}/index.md"),
                "toolkit text without a toolkit.yaml",
            )
            .with_help(format!(
                "add toolkits/{slug}/toolkit.yaml with the toolkit's title and files"
            )),
        );
    }
}

/// Story images and champion photos must be files beside their page, inside `content/`.
fn check_media(raws: &[Raw], assets: &HashSet<PathBuf>, ds: &mut Diagnostics) {
    for r in raws {
        let (field, file) = match &r.data {
            Data::Story(fm, _) => ("image", fm.image.as_deref()),
            Data::Champion(fm) => ("photo", fm.photo.as_deref()),
            _ => continue,
        };
        let Some(file) = file else { continue };
        if let Data::Champion(fm) = &r.data
            && fm.anonymous
        {
            ds.push(with_line(
                Diagnostic::warning(
                    &r.source,
                    "an anonymous champion's `photo` is never published",
                )
                .with_help(
                    "remove `photo:` and the photo file: the repository itself may be public",
                ),
                field_line(&r.text, "photo"),
            ));
        }
        let p = Path::new(file);
        let dir = r.source.parent().unwrap_or(Path::new(""));
        let inside = !p.is_absolute()
            && p.components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        let d = if !inside {
            Diagnostic::error(
                &r.source,
                format!("`{field}` `{file}` points outside the page's folder"),
            )
            .with_help(format!(
                "put the file in {} and give its name only",
                dir.display()
            ))
        } else if !assets.contains(&dir.join(p)) {
            Diagnostic::error(&r.source, format!("`{field}` file `{file}` does not exist"))
                .with_help(format!(
                    "add {} or fix the file name",
                    dir.join(p).display()
                ))
        } else {
            continue;
        };
        ds.push(with_line(d, field_line(&r.text, field)));
    }
}

fn with_line(d: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(l) => d.at_line(l),
        None => d,
    }
}

fn field_line_value(text: &str, value: &str) -> Option<usize> {
    text.lines().position(|l| l.contains(value)).map(|i| i + 1)
}

/// A published consent ending within this many days of "now" is a warning.
pub const CONSENT_WARNING_DAYS: i64 = 30;

/// Drops drafts and people who may not be shown; returns every champion slug with whether it
/// is published.
fn publish_filter(
    raws: &mut Vec<Raw>,
    site: &mut Site,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> HashMap<String, bool> {
    let today = opts.now.date();
    let mut champions = HashMap::new();
    raws.retain(|r| {
        let draft = match &r.data {
            Data::Page(f) => f.draft,
            Data::Story(f, _) => f.draft,
            Data::Champion(f) => f.draft,
            Data::Event(f, _) => f.draft,
            Data::Opportunity(f, _) => f.draft,
            Data::Survey(f, _) => f.draft,
            Data::Toolkit(f, _) => f.draft,
        };
        let mut why = None;
        if draft && !opts.drafts {
            why = Some("is a draft");
        }
        if let Data::Champion(f) = &r.data {
            let c = &f.consent;
            if !c.uses.contains(&Use::Web) {
                why = Some("has no consent for the web");
            } else if c.given.0 > today {
                why = Some("gave consent that starts later");
            } else if c.expires.is_some_and(|Day(e)| e < today) {
                why = Some("has consent that has expired");
            }
            if why.is_some() && why != Some("is a draft") {
                ds.push(Diagnostic {
                    severity: Severity::Note,
                    ..Diagnostic::error(
                        &r.source,
                        format!("not published: this person {}", why.unwrap_or("")),
                    )
                });
            }
            if why.is_none()
                && let Some(Day(e)) = c.expires
                && e <= today.saturating_add(jiff::Span::new().days(CONSENT_WARNING_DAYS))
            {
                ds.push(with_line(
                    Diagnostic::warning(
                        &r.source,
                        format!("consent expires on {e}: after that the profile disappears from the site"),
                    )
                    .with_help("ask the person to renew their consent and update `expires` (and the consent register), or plan to take the profile down"),
                    field_line(&r.text, "expires"),
                ));
            }
            champions.insert(r.slug.clone(), why.is_none());
        }
        if let Some(w) = why {
            site.unpublished.insert(link_key(&r.source), w);
        }
        why.is_none()
    });
    champions
}

/// Reports pages whose URLs collide (with each other or with the site's own pages) and keeps
/// only the first of each, so rendering never writes one file twice.
fn check_paths(raws: &mut Vec<Raw>, ds: &mut Diagnostics) {
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    raws.sort_by(|a, b| a.source.cmp(&b.source));
    raws.retain(|r| {
        let path = item_path(r.kind, &r.slug);
        let reserved = (r.kind == Kind::Page
            && (Kind::SECTIONS.iter().any(|k| k.section() == r.slug)
                || taxonomy::SLUGS.contains(&r.slug.as_str())
                || r.slug == "404"))
            || (r.kind == Kind::Toolkit && taxonomy::TOOLKIT_RESERVED.contains(&r.slug.as_str()));
        if reserved {
            ds.push(
                Diagnostic::error(
                    &r.source,
                    format!("the page's URL /{}/ is used by the site itself", r.slug),
                )
                .with_help("rename the file"),
            );
            return false;
        }
        if let Some(other) = seen.get(&path) {
            ds.push(
                Diagnostic::error(
                    &r.source,
                    format!(
                        "duplicate slug: {} is also published at /{path}",
                        other.display()
                    ),
                )
                .with_help("rename one of the two files so their URLs differ"),
            );
            return false;
        }
        seen.insert(path, r.source.clone());
        true
    });
}

/// Site path of an item.
pub fn item_path(kind: Kind, slug: &str) -> String {
    match kind {
        Kind::Home => String::new(),
        Kind::Page => format!("{slug}/"),
        k => format!("{}/{slug}/", k.section()),
    }
}

fn to_item(
    raw: Raw,
    champions: &HashMap<String, bool>,
    broken_champions: &HashSet<String>,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> Option<Item> {
    let cfg = opts.config;
    let Raw {
        kind,
        source,
        text,
        body_line,
        slug,
        body,
        mut data,
    } = raw;
    let mut errs = Vec::new();
    let (title, summary, date, updated, tags, hoods, themes) = common(&data);
    let neighbourhoods = resolve_terms(
        &hoods,
        &cfg.site.neighbourhoods,
        "neighbourhoods",
        &source,
        &text,
        &mut errs,
    );
    let themes = resolve_terms(
        &themes,
        &cfg.site.themes,
        "themes",
        &source,
        &text,
        &mut errs,
    );
    match &mut data {
        Data::Story(fm, champ) => {
            if let Some(c) = &fm.champion {
                match champions.get(c) {
                    Some(true) => *champ = None,
                    Some(false) => ds.push(with_line(
                        Diagnostic::warning(
                            &source,
                            format!(
                                "champion `{c}` is not published; the story is shown without them"
                            ),
                        )
                        .with_help("check the champion's consent, or remove `champion:`"),
                        field_line(&text, "champion"),
                    )),
                    None if broken_champions.contains(c) => {}
                    None => {
                        let help = match closest(c, champions.keys().map(String::as_str)) {
                            Some(s) => format!(
                                "did you mean `{s}`? Champions are content/champions/NAME/index.md"
                            ),
                            None => "use the folder name of a profile in content/champions/".into(),
                        };
                        errs.push(with_line(
                            Diagnostic::error(&source, format!("unknown champion `{c}`"))
                                .with_help(help),
                            field_line(&text, "champion"),
                        ));
                    }
                }
            }
        }
        Data::Event(fm, times) => match event_times(fm, opts) {
            Ok(t) => *times = t,
            Err((field, msg, help)) => {
                errs.push(with_line(
                    Diagnostic::error(&source, msg).with_help(help),
                    field_line(&text, field),
                ));
            }
        },
        Data::Toolkit(fm, _) => check_toolkit(fm, &slug, cfg, &source, &text, &mut errs),
        Data::Opportunity(fm, o) => *o = openness(fm.closes, opts.now),
        Data::Survey(fm, o) => *o = openness(Some(fm.closes), opts.now),
        Data::Champion(fm)
            if !cfg
                .site
                .neighbourhoods
                .iter()
                .any(|t| t.slug == fm.neighbourhood) =>
        {
            let mut e = Vec::new();
            resolve_terms(
                std::slice::from_ref(&fm.neighbourhood),
                &cfg.site.neighbourhoods,
                "neighbourhood",
                &source,
                &text,
                &mut e,
            );
            errs.extend(e);
        }
        _ => {}
    }
    if !errs.is_empty() {
        ds.extend(errs);
        return None;
    }
    let media_line = match kind {
        Kind::Story => field_line(&text, "image"),
        Kind::Champion => field_line(&text, "photo"),
        _ => None,
    };
    Some(Item {
        kind,
        path: item_path(kind, &slug),
        source,
        body_line,
        media_line,
        slug,
        title,
        summary,
        date,
        updated,
        tags,
        neighbourhoods,
        themes,
        body,
        data,
        lang: 0,
        original: None,
        translations: Vec::new(),
        reviewed: true,
    })
}

type Common = (
    String,
    String,
    Option<jiff::civil::Date>,
    Option<jiff::civil::Date>,
    Vec<String>,
    Vec<String>,
    Vec<String>,
);

fn common(data: &Data) -> Common {
    let d = |x: &Option<Day>| x.map(|Day(d)| d);
    match data {
        Data::Page(f) => (
            f.title.clone(),
            f.summary.clone(),
            None,
            d(&f.updated),
            vec![],
            vec![],
            vec![],
        ),
        Data::Story(f, _) => (
            f.title.clone(),
            f.summary.clone(),
            Some(f.date.0),
            d(&f.updated),
            f.tags.clone(),
            f.neighbourhoods.clone(),
            f.themes.clone(),
        ),
        Data::Champion(f) => {
            let name = if f.anonymous {
                f.pseudonym.clone()
            } else {
                f.name.clone()
            };
            let summary = f.quote.clone().unwrap_or_default();
            (
                name.unwrap_or_default(),
                summary,
                None,
                None,
                vec![],
                vec![f.neighbourhood.clone()],
                f.themes.clone(),
            )
        }
        Data::Event(f, _) => (
            f.title.clone(),
            f.summary.clone(),
            Some(f.start.date()),
            None,
            f.tags.clone(),
            f.neighbourhoods.clone(),
            f.themes.clone(),
        ),
        Data::Opportunity(f, _) => (
            f.title.clone(),
            f.summary.clone(),
            Some(f.date.0),
            None,
            f.tags.clone(),
            f.neighbourhoods.clone(),
            f.themes.clone(),
        ),
        Data::Survey(f, _) => (
            f.title.clone(),
            f.summary.clone(),
            Some(f.date.0),
            None,
            f.tags.clone(),
            f.neighbourhoods.clone(),
            f.themes.clone(),
        ),
        Data::Toolkit(f, _) => (
            f.title.clone(),
            f.summary.clone(),
            Some(f.updated.0),
            Some(f.updated.0),
            f.topics.clone(),
            f.neighbourhoods.clone(),
            f.themes.clone(),
        ),
    }
}

fn resolve_terms(
    slugs: &[String],
    terms: &[crate::config::Term],
    field: &str,
    source: &Path,
    text: &str,
    errs: &mut Vec<Diagnostic>,
) -> Vec<usize> {
    let mut out = Vec::new();
    for s in slugs {
        match terms.iter().position(|t| &t.slug == s) {
            Some(i) if !out.contains(&i) => out.push(i),
            Some(_) => {}
            None => {
                let known: Vec<&str> = terms.iter().map(|t| t.slug.as_str()).collect();
                let help = match closest(s, known.iter().copied()) {
                    Some(c) => format!("did you mean `{c}`? Known: {}", known.join(", ")),
                    None => format!("use one of: {} (or add it to site.yaml)", known.join(", ")),
                };
                errs.push(with_line(
                    Diagnostic::error(
                        source,
                        format!("unknown {} `{s}`", field.trim_end_matches('s')),
                    )
                    .with_help(help),
                    field_line(text, field),
                ));
            }
        }
    }
    out
}

/// Toolkit fields checked against the configuration: topics, file languages, reserved names.
fn check_toolkit(
    fm: &super::kinds::ToolkitFm,
    slug: &str,
    cfg: &Config,
    source: &Path,
    text: &str,
    errs: &mut Vec<Diagnostic>,
) {
    let known: Vec<&str> = cfg
        .site
        .toolkit_topics
        .iter()
        .map(|t| t.slug.as_str())
        .collect();
    for t in &fm.topics {
        if known.contains(&t.as_str()) {
            continue;
        }
        let help = match (closest(t, known.iter().copied()), known.is_empty()) {
            (_, true) => "declare the topics toolkits may use in site.yaml under `toolkit_topics:` ({slug, name})".to_string(),
            (Some(c), _) => format!("did you mean `{c}`? Known topics: {}", known.join(", ")),
            (None, _) => format!("use one of: {} (or add it to `toolkit_topics` in site.yaml)", known.join(", ")),
        };
        errs.push(with_line(
            Diagnostic::error(source, format!("unknown topic `{t}`")).with_help(help),
            field_line(text, "topics"),
        ));
    }
    for f in &fm.files {
        if crate::util::lang::name(&f.language).is_none() {
            let help = match closest(&f.language, crate::util::lang::codes()) {
                Some(c) => format!("did you mean `{c}`? Use a two-letter language code such as en, ar, so, ur"),
                None => "use a two-letter language code such as en, ar, so, ur (the table is in src/util/lang.rs)".into(),
            };
            errs.push(with_line(
                Diagnostic::error(
                    source,
                    format!("file `{}`: unknown language `{}`", f.path, f.language),
                )
                .with_help(help),
                file_field_line(text, &f.path, "language"),
            ));
        }
        if f.path == format!("{slug}.zip") {
            errs.push(with_line(
                Diagnostic::error(
                    source,
                    format!("file `{}` has the name of the whole-toolkit ZIP", f.path),
                )
                .with_help(
                    "rename the file: the build publishes the whole toolkit under this name",
                ),
                file_field_line(text, &f.path, "path"),
            ));
        }
    }
}

/// Line of `field` inside the `files:` entry whose `path` is `file` (that entry's first line
/// when the field is not written).
pub(crate) fn file_field_line(text: &str, file: &str, field: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| {
        let t = l.trim_start().trim_start_matches("- ").trim_start();
        t.strip_prefix("path:")
            .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == file)
    })?;
    let entry_start = (0..=start)
        .rev()
        .find(|&i| lines[i].trim_start().starts_with("- "))
        .unwrap_or(start);
    let key = format!("{field}:");
    let found = lines[entry_start..]
        .iter()
        .enumerate()
        .take_while(|(n, l)| *n == 0 || !l.trim_start().starts_with("- "))
        .find(|(_, l)| l.trim_start().trim_start_matches("- ").starts_with(&key))
        .map(|(n, _)| entry_start + n + 1);
    found.or(Some(start + 1))
}

type FieldError = (&'static str, String, String);

fn event_times(fm: &super::kinds::EventFm, opts: Options<'_>) -> Result<EventTimes, FieldError> {
    let tz = &opts.config.tz;
    let place = |w: When,
                 field: &'static str,
                 end_of_day: bool|
     -> Result<jiff::ZonedDateTime, FieldError> {
        let dt = match w {
            When::At(dt) => dt,
            When::Day(d) if end_of_day => d
                .tomorrow()
                .unwrap_or(d)
                .to_datetime(jiff::civil::Time::midnight()),
            When::Day(d) => d.to_datetime(jiff::civil::Time::midnight()),
        };
        let amb = tz.to_ambiguous_zoned_datetime(dt);
        if amb.is_ambiguous() {
            let what = if matches!(amb.offset(), jiff::tz::AmbiguousOffset::Gap { .. }) {
                "does not exist: the clocks go forward an hour then"
            } else {
                "happens twice: the clocks go back an hour then"
            };
            return Err((
                field,
                format!("`{field}` {} {what}", dt.strftime("%Y-%m-%d %H:%M")),
                "choose a time at least an hour earlier or later".into(),
            ));
        }
        amb.compatible()
            .map_err(|e| (field, format!("`{field}`: {e}"), "check the date".into()))
    };
    let all_day = fm.all_day || matches!(fm.start, When::Day(_));
    let start = place(fm.start, "start", false)?;
    let end = fm
        .end
        .map(|e| place(e, "end", matches!(e, When::Day(_))))
        .transpose()?;
    let finish =
        |s: &jiff::ZonedDateTime, e: Option<&jiff::ZonedDateTime>| -> jiff::ZonedDateTime {
            match (e, all_day) {
                (Some(e), _) => e.clone(),
                (None, true) => s
                    .date()
                    .tomorrow()
                    .ok()
                    .and_then(|d| d.to_zoned_datetime(tz.clone()).ok())
                    .unwrap_or_else(|| s.clone()),
                (None, false) => s.clone(),
            }
        };
    let now = opts.now.zoned.timestamp();
    let rule = match &fm.repeat {
        None => None,
        Some(r) => Some(super::recur::Rule::parse(r).map_err(|m| {
            (
                "repeat",
                format!("`repeat`: {m}"),
                "see README: Events, repeating events".to_string(),
            )
        })?),
    };
    let occurrences = match &rule {
        None => {
            let past = finish(&start, end.as_ref()).timestamp() <= now;
            vec![super::Occurrence {
                start: start.clone(),
                end: end.clone(),
                past,
            }]
        }
        Some(rule) => {
            let horizon = opts
                .now
                .date()
                .saturating_add(jiff::Span::new().days(opts.config.site.event_horizon_days));
            let except: Vec<jiff::civil::Date> = fm.except.iter().map(|d| d.0).collect();
            let length = end
                .as_ref()
                .map(|e| start.datetime().until(e.datetime()).unwrap_or_default());
            rule.expand(start.datetime(), &except, horizon)
                .into_iter()
                .filter_map(|dt| {
                    let s = dt.to_zoned_datetime(tz.clone()).ok()?;
                    let e = length
                        .and_then(|l| dt.checked_add(l).ok())
                        .and_then(|d| d.to_zoned_datetime(tz.clone()).ok());
                    let past = finish(&s, e.as_ref()).timestamp() <= now;
                    Some(super::Occurrence {
                        start: s,
                        end: e,
                        past,
                    })
                })
                .collect()
        }
    };
    if occurrences.is_empty() {
        return Err((
            "repeat",
            "`repeat` gives no dates (check UNTIL, COUNT and `except`)".into(),
            "the first date is `start`; make sure it matches the rule".into(),
        ));
    }
    let past = occurrences.iter().all(|o| o.past);
    Ok(EventTimes {
        start,
        end,
        past,
        rule,
        occurrences,
    })
}

fn openness(closes: Option<Day>, now: &Now) -> Openness {
    let today = now.date();
    match closes {
        None => Openness {
            open: true,
            closing_soon: false,
        },
        Some(Day(c)) => {
            let open = c >= today;
            let soon = open && today.saturating_add(jiff::Span::new().days(7)) >= c;
            Openness {
                open,
                closing_soon: soon,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{SiteConfig, Term};
    use crate::load::SourceFile;

    fn config() -> Config {
        let site = SiteConfig {
            title: "T".into(),
            base_url: "https://example.org/sub/".into(),
            neighbourhoods: vec![Term {
                slug: "ladywood".into(),
                name: "Ladywood".into(),
            }],
            ..SiteConfig::default()
        };
        Config::from_site(site, None).unwrap()
    }

    fn site(files: &[(&str, &str)], now: &str) -> (Site, Diagnostics) {
        let cfg = config();
        let now = Now::resolve(Some(now), None, &cfg.tz).unwrap();
        let sources = Sources {
            files: files
                .iter()
                .map(|(p, t)| SourceFile {
                    rel: p.into(),
                    text: t.to_string(),
                })
                .collect(),
            assets: vec![],
        };
        build(
            sources,
            Options {
                config: &cfg,
                now: &now,
                drafts: false,
            },
        )
    }

    const HOME: (&str, &str) = ("content/_index.md", "---\ntitle: Home\n---\n");

    fn event(day: &str) -> String {
        format!(
            "---\ntitle: E {day}\nsummary: S\nstart: {day} 18:00\nvenue: {{name: Hall}}\ncost: Free\ncategory: training\n---\n"
        )
    }

    #[test]
    fn events_split_on_now_and_sort() {
        let (a, b, c) = (
            event("2027-01-10"),
            event("2026-12-01"),
            event("2026-10-01"),
        );
        let files = [
            HOME,
            ("content/events/a.md", &a),
            ("content/events/b.md", &b),
            ("content/events/c.md", &c),
        ];
        let (s, ds) = site(&files, "2026-11-25");
        assert!(!ds.has_errors(), "{}", ds.render(false));
        let slugs = |ids: &[(usize, usize)]| {
            ids.iter()
                .map(|&(i, _)| s.items[i].slug.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(slugs(&s.lists.upcoming_events), ["b", "a"]);
        assert_eq!(slugs(&s.lists.past_events), ["c"]);
        let (s2, _) = site(&files, "2027-02-01");
        assert_eq!(s2.lists.upcoming_events.len(), 0);
    }

    #[test]
    fn repeating_event_lists_each_occurrence_across_clock_changes() {
        let ev = "---\ntitle: Network\nsummary: S\nstart: 2027-01-14 18:00\nend: 2027-01-14 20:00\nrepeat: FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH\nexcept: [2027-05-13]\nvenue: {name: Hall}\ncost: Free\ncategory: network-meeting\n---\n";
        let (s, ds) = site(&[HOME, ("content/events/n.md", ev)], "2027-02-01");
        assert!(!ds.has_errors(), "{}", ds.render(false));
        let Data::Event(_, t) = &s.items[s.lists.upcoming_events[0].0].data else {
            panic!()
        };
        let shown: Vec<String> = s
            .lists
            .upcoming_events
            .iter()
            .map(|&(_, n)| t.occurrences[n].start.to_string())
            .collect();
        // 14 January is past on 1 February; May is skipped; July and September are in summer time.
        assert_eq!(
            shown[..3],
            [
                "2027-03-11T18:00:00+00:00[Europe/London]",
                "2027-07-08T18:00:00+01:00[Europe/London]",
                "2027-09-09T18:00:00+01:00[Europe/London]",
            ]
        );
        assert_eq!(s.lists.past_events.len(), 1);
    }

    #[test]
    fn clock_change_gap_and_unsupported_rule_are_errors() {
        let gap = "---\ntitle: G\nsummary: S\nstart: 2027-03-28 01:30\nvenue: {name: Hall}\ncost: Free\ncategory: training\n---\n";
        let rule = "---\ntitle: R\nsummary: S\nstart: 2027-01-04 10:00\nrepeat: FREQ=DAILY\nvenue: {name: Hall}\ncost: Free\ncategory: training\n---\n";
        let (_, ds) = site(
            &[
                HOME,
                ("content/events/g.md", gap),
                ("content/events/r.md", rule),
            ],
            "2026-11-25",
        );
        let all = ds.render(false);
        assert!(all.contains("content/events/g.md:4: `start` 2027-03-28 01:30 does not exist: the clocks go forward"), "{all}");
        assert!(
            all.contains("content/events/r.md:5: `repeat`: FREQ=DAILY is not supported"),
            "{all}"
        );
    }

    #[test]
    fn people_without_web_consent_are_not_in_the_model() {
        let champ = |uses: &str, expires: &str| {
            format!(
                "---\nname: Person\nrole: mentor\nneighbourhood: ladywood\nconsent:\n  uses: [{uses}]\n  given: 2018-01-01\n  {expires}\n  recorded_by: x\n  record: CR-2018-001\n---\n"
            )
        };
        let (web, print, old) = (
            champ("web", ""),
            champ("print", ""),
            champ("web", "expires: 2020-01-01"),
        );
        let story = "---\ntitle: S\ndate: 2018-01-01\nsummary: S\nchampion: p2\n---\n";
        let files = [
            HOME,
            ("content/champions/p1/index.md", web.as_str()),
            ("content/champions/p2/index.md", print.as_str()),
            ("content/champions/p3/index.md", old.as_str()),
            ("content/stories/s.md", story),
        ];
        let (s, ds) = site(&files, "2026-11-25");
        let champs: Vec<&str> = s
            .items
            .iter()
            .filter(|i| i.kind == Kind::Champion)
            .map(|i| i.slug.as_str())
            .collect();
        assert_eq!(champs, ["p1"]);
        assert_eq!(s.unpublished.len(), 2);
        assert!(ds.sorted().iter().any(
            |d| d.severity == Severity::Warning && d.message.contains("`p2` is not published")
        ));
        let story = s.items.iter().find(|i| i.kind == Kind::Story).unwrap();
        assert!(matches!(story.data, Data::Story(_, None)));
    }

    #[test]
    fn consent_ending_within_thirty_days_is_a_warning() {
        let champ = |expires: &str| {
            format!(
                "---\nname: P\nrole: mentor\nneighbourhood: ladywood\nconsent:\n  uses: [web]\n  given: 2018-01-01\n  expires: {expires}\n  recorded_by: x\n  record: CR-2018-001\n---\n"
            )
        };
        let (soon, later) = (champ("2026-12-20"), champ("2027-02-01"));
        let files = [
            HOME,
            ("content/champions/soon/index.md", soon.as_str()),
            ("content/champions/later/index.md", later.as_str()),
        ];
        let (s, ds) = site(&files, "2026-11-25");
        assert_eq!(
            s.items.iter().filter(|i| i.kind == Kind::Champion).count(),
            2
        );
        let warnings: Vec<(String, Option<usize>)> = ds
            .sorted()
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| (d.path.as_ref().unwrap().display().to_string(), d.line))
            .collect();
        assert_eq!(
            warnings,
            [("content/champions/soon/index.md".to_string(), Some(8))]
        );
    }

    #[test]
    fn reference_and_slug_errors_are_located() {
        let s1 = "---\ntitle: A\ndate: 2018-01-01\nsummary: S\nneighbourhoods: [ladywod]\nchampion: nobody\n---\n";
        let s2 = "---\ntitle: B\ndate: 2018-01-01\nsummary: S\n---\n";
        let files = [
            HOME,
            ("content/stories/My Story.md", s1),
            ("content/stories/my-story.md", s2),
        ];
        let (_, ds) = site(&files, "2026-11-25");
        let all = ds.sorted();
        let find = |m: &str| all.iter().find(|d| d.message.contains(m)).copied();
        let hood = find("unknown neighbourhood `ladywod`").expect("unknown neighbourhood");
        assert_eq!(hood.line, Some(5));
        assert!(
            hood.help
                .as_deref()
                .unwrap()
                .contains("did you mean `ladywood`")
        );
        assert_eq!(find("unknown champion `nobody`").unwrap().line, Some(6));
        assert!(find("duplicate slug").is_some());
    }
}
