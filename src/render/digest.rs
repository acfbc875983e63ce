//! The weekly digest for partners' newsletters, rendered by the jobs `digest` (the e-mail-safe
//! page) and `digest_text` (its text): which digest each job makes ([`Which`]), the build's
//! weeks worked out once ([`of_build`]) and the templates' view of one ([`DigestView`]). What a
//! week lists is [`super::weeks`].

use serde::Serialize;

use super::context::Renderer;
use super::items::ItemView;
use super::views::{DateView, Views};
pub use super::weeks::{Digest, Shown, WEEKS, Week, weeks};
use crate::incremental::keys::Keys;
use crate::incremental::mix::Mix;
use crate::model::ItemId;

pub use super::output::DIGEST_DIR as DIR;

/// The e-mail-safe page of one week (and of the copy at `latest/`).
pub const EMAIL: &str = "digest-email.html";
/// The archive page at `digest/`.
pub const INDEX: &str = "digest-index.html";
/// The text version's template.
pub const TEXT_TEMPLATE: &str = "digest.txt";

/// Whether `theme` has the digest's templates (a theme without them has no digest).
pub fn in_theme(theme: &super::Theme) -> bool {
    [EMAIL, INDEX, TEXT_TEMPLATE]
        .iter()
        .all(|n| theme.tera.contains_template(n))
}

/// The key of what a digest lists (`s`), mixed into `m`.
pub fn listed(s: &Shown, k: &Keys<'_>, m: Mix) -> u64 {
    let m = s
        .events
        .iter()
        .fold(m, |m, &(i, n)| m.mix(&(k.summary(i), n)));
    [&s.new_opportunities, &s.closing, &s.stories]
        .iter()
        .fold(m, |m, ids| {
            ids.iter()
                .fold(m, |m, &i| m.mix(&k.summary(i)))
                .mix(&0xfeu8)
        })
        .finish()
}

/// The folder of the newest week's copy (under [`DIR`]).
pub const LATEST: &str = "latest";

/// The text version's file name in a week's folder.
pub const TEXT: &str = "digest.txt";

/// Which digest a job makes: one of the archived weeks (newest first), or the newest week's
/// copy at `digest/latest/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// `weeks(today)[n]`.
    Week(usize),
    /// The copy of the newest week.
    Latest,
}

impl Which {
    /// Every digest of a build, the copy last: as job numbers (`WEEKS` is the copy).
    pub fn all(r: &Renderer<'_>) -> impl Iterator<Item = usize> {
        (0..of_build(r).len()).chain([WEEKS])
    }

    /// The digest of job number `n` (see [`Which::all`]).
    pub fn of(n: usize) -> Which {
        if n >= WEEKS {
            Which::Latest
        } else {
            Which::Week(n)
        }
    }

    /// The digest it makes, and its folder name.
    pub fn digest<'r>(&self, r: &'r Renderer<'_>) -> (&'r Digest, String) {
        let all = of_build(r);
        // `weeks` always holds this week, first.
        let this = &all[0];
        match *self {
            Which::Week(n) => {
                let d = all.get(n).unwrap_or(this);
                (d, d.week.slug())
            }
            Which::Latest => (this, LATEST.to_string()),
        }
    }
}

/// The build's digests, newest first ([`weeks`] of the build's day), each listing worked out
/// once a build and shared by every language, page, text version and key.
pub fn of_build<'r>(r: &'r Renderer<'_>) -> &'r [Digest] {
    r.digests.get_or_init(|| {
        weeks(r.now.date())
            .into_iter()
            .map(|week| Digest {
                shown: super::weeks::shown(r.site, &week),
                week,
            })
            .collect()
    })
}

/// One language of the digest, for its "in other languages" line.
#[derive(Debug, Serialize)]
pub struct LanguageLink {
    /// Language code.
    pub code: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Its own name.
    pub endonym: String,
    /// Absolute URL of the same week's digest in that language.
    pub url: String,
}

/// What the digest templates get as `digest`.
#[derive(Debug, Serialize)]
pub struct DigestView<'a> {
    /// `2026-W49`.
    pub slug: String,
    /// The ISO week number.
    pub number: i8,
    /// Its Monday and Sunday, in the page language.
    pub from: DateView,
    /// Its Sunday.
    pub to: DateView,
    /// Absolute URL of the week's page (the copy at `latest/` points here).
    pub web_url: String,
    /// Absolute URL of the text version.
    pub text_url: String,
    /// The site's scheme and host, to make the items' root-relative URLs absolute.
    pub origin: String,
    /// The sections (see [`Shown`]).
    pub events: Vec<ItemView<'a>>,
    /// Opportunities published that week.
    pub new_opportunities: Vec<ItemView<'a>>,
    /// Opportunities closing that week.
    pub closing: Vec<ItemView<'a>>,
    /// Stories published that week.
    pub stories: Vec<ItemView<'a>>,
    /// Nothing to list.
    pub empty: bool,
    /// Absolute URLs of the events and opportunities listings and of the events feed.
    pub events_url: String,
    /// The opportunities listing.
    pub opportunities_url: String,
    /// The Atom feed of events.
    pub feed_url: String,
    /// The same week in the other languages.
    pub languages: Vec<LanguageLink>,
}

/// The site path of the digest folder `slug` in `lang` (`ur/digest/2026-W49/`).
pub fn path(r: &Renderer<'_>, lang: usize, slug: &str) -> String {
    r.in_lang(lang, &format!("{DIR}{slug}/"))
}

/// The view of digest `d` (folder `slug`) in `lang`.
pub fn view<'a>(v: &Views<'a>, r: &Renderer<'a>, d: &Digest, slug: &str) -> DigestView<'a> {
    let c = r.config;
    let lang = v.lang;
    let (week, s) = (&d.week, &d.shown);
    let handed_on = |view| super::share::handed_on(r.site, view);
    let list = |ids: &[ItemId]| {
        ids.iter()
            .map(|&i| handed_on(v.item(i, None, false)))
            .collect()
    };
    let web = path(r, lang, &week.slug());
    let abs = |p: &str| c.permalink(&r.in_lang(lang, p));
    DigestView {
        slug: week.slug(),
        number: week.number(),
        from: v.date(week.monday),
        to: v.date(week.sunday()),
        web_url: c.permalink(&web),
        text_url: c.permalink(&format!("{}{TEXT}", path(r, lang, slug))),
        origin: c
            .base_url
            .strip_suffix(c.base_path.as_str())
            .unwrap_or(&c.base_url)
            .to_string(),
        events: s
            .events
            .iter()
            .map(|&(i, n)| handed_on(v.item_at(i, Some(n), None, false)))
            .collect(),
        new_opportunities: list(&s.new_opportunities),
        closing: list(&s.closing),
        stories: list(&s.stories),
        empty: s.is_empty(),
        events_url: abs("events/"),
        opportunities_url: abs("opportunities/"),
        feed_url: abs("events/atom.xml"),
        languages: r
            .languages()
            .filter(|&l| l != lang)
            .map(|l| {
                let language = &c.site.languages[l];
                LanguageLink {
                    code: language.code.clone(),
                    dir: language.dir.as_str(),
                    endonym: language.endonym.clone(),
                    url: c.permalink(&path(r, l, slug)),
                }
            })
            .collect(),
    }
}
