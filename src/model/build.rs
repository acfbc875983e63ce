//! Builds the [`Site`] from loaded sources: parse every file (in parallel), drop drafts and
//! people without web consent, resolve references and taxonomy slugs, place event times in the
//! site's time zone and order every listing. What each kind checks and derives is in
//! [`super::kinds`]; this file only runs the steps in order.
//!
//! Entry point: [`build`].

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;

use super::item::{Champions, to_item};
use super::kinds::translation::{RawTranslation, Target};
use super::kinds::{Front, champion, identifiers, story, toolkit};
use super::names::IntroText;
use super::parse::{Parsed, Raw, parse};
use super::paths::champion_slug;
use super::publish::{check_paths, publish_filter};
use super::{Data, ItemId, Kind, Site, sort, taxonomy};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Sources;

pub use super::kinds::champion::CONSENT_WARNING_DAYS;
pub use super::paths::{item_path, link_key};
pub(crate) use super::publish::{DRAFT, EXPIRED, SCHEDULED};
pub use super::{BROKEN, Options};

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
    let mut bodies = (HashMap::new(), HashMap::new()); // of toolkits; transcripts
    let mut translations = Vec::new();
    let mut intro_texts = Vec::new();
    let mut broken_champions = HashSet::new(); // with errors: references are not reported
    for (rel, p) in parsed {
        if p.is_err() {
            site.unpublished.insert(link_key(&rel), BROKEN);
            if let Some(slug) = champion_slug(&rel) {
                broken_champions.insert(slug.to_string());
            }
        }
        match p {
            Ok(Parsed::Item(r)) => raws.push(*r),
            Ok(Parsed::Intro(kind, intro, text)) => {
                intro_texts.push((rel.clone(), text));
                site.intros.insert(kind, intro);
            }
            Ok(Parsed::ToolkitBody(slug, body)) => _ = bodies.0.insert(slug, body),
            Ok(Parsed::Transcript(text)) => _ = bodies.1.insert(rel.clone(), text),
            Ok(Parsed::Translation(t)) => translations.push(*t),
            Err(list) => ds.extend(list),
        }
    }
    ph.mark("split");
    check_files(&mut raws, bodies, &assets, opts, &mut ds);
    let champions = consent(
        &mut raws,
        &mut site,
        &broken_champions,
        (&translations[..], &intro_texts[..]),
        opts,
        &mut ds,
    );
    check_paths(&mut raws, &mut ds);
    check_moves(&raws, &mut ds);
    ph.mark("checks");
    let aliases = super::short::aliases_of(&raws); // before the raws become items
    for raw in raws {
        let key = link_key(&raw.source);
        let slug = (raw.kind == Kind::Champion).then(|| raw.slug.clone());
        let known = Champions {
            published: &champions,
            broken: &broken_champions,
        };
        match to_item(raw, &known, opts, &mut ds) {
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
    index_links(&mut site, aliases, opts, &mut ds);
    ph.mark("translate, by_link, short links");
    site.lists = sort::lists(&site.items);
    ph.mark("lists");
    site.taxonomies = taxonomy::build(&site.items, opts.config);
    (site.toolkit_topics, site.toolkit_audiences) =
        taxonomy::toolkit_filters(&site.items, &site.lists.toolkits, opts.config);
    site.today = opts.now.date();
    ph.mark("taxonomies");
    ph.print();
    (site, ds)
}

/// The `@/` link key of every item, then the short addresses that lead to them.
fn index_links(
    site: &mut Site,
    aliases: Vec<super::short::Aliases>,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) {
    for (id, it) in site.items.iter().enumerate() {
        site.by_link.insert(link_key(&it.source), id);
    }
    site.short_links = super::short::resolve(site, opts.config, aliases, ds);
}

/// Every published event's `moved_to` names another published event (`raws`: the items left
/// after drafts and withheld items were dropped).
fn check_moves(raws: &[Raw], ds: &mut Diagnostics) {
    let events: std::collections::BTreeSet<&str> = raws
        .iter()
        .filter(|r| matches!(r.front, Front::Event(_)))
        .map(|r| r.slug.as_str())
        .collect();
    for r in raws {
        let Front::Event(fm) = &r.front else { continue };
        let Some(to) = &fm.moved_to else { continue };
        let (message, help) = if *to == r.slug {
            (
                "`moved_to` names this event itself".to_string(),
                String::new(),
            )
        } else if events.contains(&to.as_str()) {
            continue;
        } else {
            let near = crate::diag::closest(to, events.iter().copied());
            (
                format!("`moved_to` names no published event: `{to}`"),
                near.map_or(String::new(), |n| format!("did you mean `{n}`? ")),
            )
        };
        let help = format!(
            "{help}give the slug of the new event's file (content/events/SLUG.md), published \
             (not a draft)"
        );
        let d = Diagnostic::error(&r.source, message).with_help(help);
        ds.push(r.errors().place(d, "moved_to"));
    }
}

/// The home page is required (reported only when nothing else is wrong).
fn check_home(raws: &[Raw], ds: &mut Diagnostics) {
    if !raws.iter().any(|r| r.kind == Kind::Home) && !ds.has_errors() {
        ds.push(
            Diagnostic::error("content/_index.md", "the home page is missing")
                .with_help("create content/_index.md with `title:` and an introduction"),
        );
    }
}

/// Who may be shown: drops drafts and people without consent, withholds the items featuring
/// them, and checks every remaining text for names; returns every champion slug with whether
/// it is published.
fn consent(
    raws: &mut Vec<Raw>,
    site: &mut Site,
    broken: &HashSet<String>,
    (translations, intros): (&[RawTranslation], &[IntroText]),
    opts: Options<'_>,
    ds: &mut Diagnostics,
) -> HashMap<String, bool> {
    let names = super::names::Matcher::new(raws.iter());
    site.social = super::social::Social::new(raws.iter());
    let publication = publish_filter(raws, site, opts, ds);
    super::people::withhold(raws, site, &publication, broken, ds);
    super::videos::withhold(raws, &publication, ds);
    super::names::check(&names, &publication, raws, (translations, intros), ds);
    publication
        .into_iter()
        .map(|(slug, why)| (slug, why.is_none()))
        .collect()
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
            !matches!(a.target, Target::Intro(_))
                && a.target == b.target
                && a.body_line == b.body_line
        }
        _ => false,
    }
}

/// The name matcher over every champion among `parsed` (see [`body_mentions`]).
pub(crate) fn name_matcher<'p>(
    parsed: impl Iterator<Item = &'p ParsedFile>,
) -> super::names::Matcher {
    super::names::Matcher::new(parsed.filter_map(|p| match &p.1 {
        Ok(Parsed::Item(r)) if r.kind == Kind::Champion => Some(&**r),
        _ => None,
    }))
}

/// Where the body of `parsed` names a champion (see [`super::names::Matcher::mentions`]): a
/// body edit that changes this list is not patched, so that the name check runs on it.
pub(crate) fn body_mentions(
    m: &super::names::Matcher,
    parsed: &ParsedFile,
) -> Vec<(usize, usize, String)> {
    match &parsed.1 {
        Ok(Parsed::Item(r)) => m.mentions(&r.body),
        Ok(Parsed::Translation(t)) => m.mentions(&t.body),
        _ => Vec::new(),
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

/// Gives each toolkit its Markdown body and checks its listed files; a body without a
/// toolkit is an error.
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
        if let Front::Toolkit(fm) = &r.front {
            let dir = r.source.parent().unwrap_or(std::path::Path::new(""));
            toolkit::check_files(fm, dir, &r.errors(), assets, ds);
        }
    }
    for slug in bodies.into_keys() {
        // A toolkit.yaml that failed to read has errors of its own, which say what to fix.
        let yaml = PathBuf::from(format!("toolkits/{slug}/toolkit.yaml"));
        if ds.iter().any(|d| d.path.as_ref() == Some(&yaml)) {
            continue;
        }
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

/// Checks of the files themselves: toolkit bodies and files, the home page, media, the
/// identifying details of anonymous profiles, and videos with their transcripts.
fn check_files(
    raws: &mut [Raw],
    (bodies, transcripts): (
        HashMap<String, String>,
        HashMap<PathBuf, std::sync::Arc<str>>,
    ),
    assets: &HashSet<PathBuf>,
    opts: Options<'_>,
    ds: &mut Diagnostics,
) {
    attach_toolkit_bodies(raws, bodies, assets, ds);
    check_media(raws, assets, ds);
    super::videos::attach(raws, transcripts, assets, opts.config, ds);
}

/// The home page must exist; story images and champion photos must be files beside their page,
/// inside `content/`; an anonymous profile's identifying details are listed until they are
/// reviewed.
fn check_media(raws: &[Raw], assets: &HashSet<PathBuf>, ds: &mut Diagnostics) {
    check_home(raws, ds);
    for r in raws {
        match &r.front {
            Front::Story(fm) => ds.extend(story::check_media(fm, &r.errors(), assets)),
            Front::Champion(fm) => {
                champion::check_media(fm, &r.errors(), assets, ds);
                identifiers::review(fm, &r.errors(), &r.body, ds);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, Now, SiteConfig, Term};
    use crate::diag::Severity;
    use crate::load::SourceFile;

    fn config() -> Config {
        let site = SiteConfig {
            title: "T".into(),
            base_url: "https://example.org/sub/".into(),
            neighbourhoods: vec![Term::new("ladywood")],
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
        assert_eq!(s.unpublished.len(), 3);
        // The story featuring p2 is withheld with them, with a note (not a warning).
        assert!(s.items.iter().all(|i| i.kind != Kind::Story));
        assert_eq!(
            s.unpublished.get("stories/s.md"),
            Some(&crate::model::people::WITHHELD)
        );
        assert!(ds.sorted().iter().any(|d| {
            d.severity == Severity::Note
                && d.message
                    .contains("withheld in every language: this story features `p2`")
        }));
        assert_eq!(ds.count(Severity::Warning), 0, "{}", ds.render(false));
    }

    #[test]
    fn incomplete_consent_is_never_published_and_each_missing_part_is_named() {
        let champ = "---\nname: New Person\nrole: mentor\nneighbourhood: ladywood\nconsent:\n  uses: []\n  given: ~\n  recorded_by: \"\"\n  record: \"\"\n---\n";
        let (s, ds) = site(
            &[HOME, ("content/champions/n/index.md", champ)],
            "2026-11-25",
        );
        assert!(s.items.iter().all(|i| i.kind != Kind::Champion));
        let missing: Vec<(Option<usize>, &str)> = ds
            .sorted()
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| (d.line, d.message.split('`').nth(1).unwrap_or("")))
            .collect();
        let want = [
            (Some(6), "uses"),
            (Some(7), "given"),
            (Some(8), "recorded_by"),
            (Some(9), "record"),
        ];
        assert_eq!(missing, want);
    }

    #[test]
    fn names_of_people_not_shown_are_errors_in_any_item() {
        let champ = |uses: &str| {
            format!(
                "---\nname: Hodan Ali\nalso_known_as: [Hodan, هودن]\nrole: mentor\nneighbourhood: ladywood\nconsent: {{uses: [{uses}], given: 2018-01-01, recorded_by: x, record: CR-2018-001}}\n---\n"
            )
        };
        let page = "---\ntitle: About\nsummary: S\n---\nOne line.\nWe thank HODAN for her help.\n";
        let files = |c: &str| {
            vec![
                HOME,
                ("content/champions/h/index.md", c.to_string().leak() as &str),
                ("content/pages/about.md", page),
            ]
        };
        let (_, ds) = site(&files(&champ("print")), "2026-11-25");
        let errors: Vec<String> = ds
            .sorted()
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.location().unwrap_or_default())
            .collect();
        assert_eq!(errors, ["content/pages/about.md:6"], "{}", ds.render(false));
        let (_, ds) = site(&files(&champ("web")), "2026-11-25");
        assert!(!ds.has_errors());
        assert_eq!(ds.count(Severity::Warning), 1, "{}", ds.render(false));
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
