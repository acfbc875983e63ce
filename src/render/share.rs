//! Share previews and share links: what a crawler reads of a page when its address is pasted
//! into WhatsApp, Facebook or X (Open Graph and Twitter card tags, [`ShareView`], in the
//! template variable `share`), and the plain share links of events, opportunities, stories,
//! toolkits and surveys ([`ShareLinks`]).
//!
//! Entry points: [`page`] (every page: the site's name and description in the page's language;
//! [`super::context::Renderer::context`] inserts it) and [`item`] (an item's own page and its
//! fallback pages: its title and summary in the language they are written in). This file
//! imports no render context: the context imports it.
//!
//! A preview is copied and shown by the platform it is shared to, so it follows the `social`
//! consent, not `web` ([`crate::model::social`]): a title or summary naming a champion who did
//! not agree to social media is replaced by the kind of page and the site's description, and
//! the picture of an item featuring them (or of their profile) is not used. Share links are
//! plain links: nothing is requested from another site until the reader taps one.

use std::path::Path;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use super::items::{Extra, ItemView};
use super::views::Views;
use crate::config::{Config, Language};
use crate::model::{ItemId, Kind, Site};

use crate::util::url::SHARE_ENDPOINTS as ENDPOINTS;

/// Kinds whose pages offer share links.
pub const WITH_LINKS: [Kind; 5] = [
    Kind::Event,
    Kind::Opportunity,
    Kind::Story,
    Kind::Toolkit,
    Kind::Survey,
];

/// What a query value may keep unescaped (RFC 3986 unreserved characters).
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The share preview of one page, and its share links where it has them.
#[derive(Debug, Serialize)]
pub struct ShareView {
    /// `og:title`.
    pub title: String,
    /// `og:description`.
    pub description: String,
    /// Absolute address (`og:url`): the canonical one.
    pub url: String,
    /// `article` for an item, `website` for the rest.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `og:locale` of the text, e.g. `ur_PK`.
    pub locale: String,
    /// `og:locale:alternate`: the locales of the page's other language versions.
    pub locale_alternates: Vec<String>,
    /// `og:image`, when the page has one.
    pub image: Option<ShareImage>,
    /// The share links (events, opportunities, stories, toolkits, surveys).
    pub links: Option<ShareLinks>,
}

/// The preview picture.
#[derive(Debug, Serialize)]
pub struct ShareImage {
    /// Absolute address.
    pub url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Text alternative (empty: decorative).
    pub alt: String,
    /// MIME type.
    #[serde(rename = "type")]
    pub mime: &'static str,
}

/// Plain share links: each opens the app or site with the text filled in, on a tap.
#[derive(Debug, Serialize)]
pub struct ShareLinks {
    /// `https://wa.me/?text=…`.
    pub whatsapp: String,
    /// `sms:?&body=…`.
    pub sms: String,
    /// `mailto:?subject=…&body=…`.
    pub email: String,
    /// `https://www.facebook.com/sharer/sharer.php?u=…`.
    pub facebook: String,
}

/// `og:locale` of a language: `language_TERRITORY` from its `locale` in `site.yaml`, else from
/// its code's most likely territory (CLDR likely subtags: `ur` is `ur_PK`, `bn` is `bn_BD`).
pub fn og_locale(language: &Language) -> String {
    let written = language.locale.as_deref().unwrap_or(&language.code);
    let Ok(mut locale) = written.parse::<icu_locale::Locale>() else {
        return language.code.replace('-', "_");
    };
    icu_locale::LocaleExpander::new_common().maximize(&mut locale.id);
    match locale.id.region {
        Some(region) => format!("{}_{}", locale.id.language, region),
        None => locale.id.language.to_string(),
    }
}

/// The preview of the page at site path `path` in language `lang`, whose language versions are
/// in `versions` (language indexes): the site's name, and the home page's summary in the
/// page's language (the site's description without one).
pub(crate) fn page(
    site: &Site,
    config: &Config,
    lang: usize,
    path: &str,
    versions: &[usize],
) -> ShareView {
    let language = &config.site.languages[lang];
    let description = site
        .home()
        .map(|h| &site.items[site.items[h].in_lang(lang, h)])
        .filter(|h| h.lang == lang && !h.summary.is_empty())
        .map_or(config.site.description.clone(), |h| {
            bidi(&h.summary, language)
        });
    ShareView {
        title: crate::markdown::text::isolate_whole(&config.site.title, language.dir),
        description,
        url: config.permalink(path),
        kind: "website",
        locale: og_locale(language),
        locale_alternates: versions
            .iter()
            .filter(|&&l| l != lang)
            .map(|&l| og_locale(&config.site.languages[l]))
            .collect(),
        image: None,
        links: None,
    }
}

/// The preview of item `id` shown as `view` (its own page, or a fallback page: then in the
/// item's own language, with the item's canonical address), with share links for the kinds
/// that have them.
pub(crate) fn item(v: &Views<'_>, id: ItemId, view: &ItemView<'_>) -> ShareView {
    let it = &v.site.items[id];
    let social = &v.site.social;
    let versions: Vec<usize> = (0..it.translations.len())
        .filter(|&l| it.translations[l].is_some())
        .collect();
    let mut share = page(v.site, v.config, it.lang, &it.path, &versions);
    let own_profile = it.kind == Kind::Champion && social.features_someone(it);
    // A heading or summary naming someone who did not agree to social media is not shown.
    share.title = if own_profile || social.names_someone(&view.title) {
        view.kind_name.clone()
    } else {
        match &view.extra {
            Extra::Event(e) if e.status != "scheduled" => v.tr_args(
                "event-title-with-status",
                &[
                    ("status", e.status_name.clone()),
                    ("title", view.title.to_string()),
                ],
            ),
            _ => view.title.to_string(),
        }
    };
    if !(own_profile || view.summary.is_empty() || social.names_someone(&view.summary)) {
        share.description = view.summary.to_string();
    }
    // The item's picture may show the people it features.
    if !social.features_someone(it) {
        share.image = v
            .lead_picture(id, crate::media::Use::Card)
            .map(|p| image(v.config, p));
    }
    if share.image.is_none() {
        with_title_card(v, &mut share, &it.source, it.lang);
    }
    share.kind = "article";
    share.links = WITH_LINKS
        .contains(&it.kind)
        .then(|| links(&share.title, &share.description, &share.url));
    share
}

/// Gives `share` the title card of its title, written in language `lang` (asked for by the
/// source `page`), when the theme has the fonts to draw it.
pub(crate) fn with_title_card(v: &Views<'_>, share: &mut ShareView, page: &Path, lang: usize) {
    let rtl = v.config.site.languages[lang].dir == crate::config::Direction::Rtl;
    let card = v.ask_image(
        page,
        None,
        &share.title,
        "",
        crate::media::Use::Title { rtl },
    );
    share.image = card.map(|p| ShareImage {
        alt: share.title.clone(),
        ..image(v.config, p)
    });
}

fn image(c: &Config, p: crate::media::Picture) -> ShareImage {
    ShareImage {
        url: absolute(c, &p.url),
        width: p.width,
        height: p.height,
        alt: p.alt,
        mime: p.mime,
    }
}

/// `view` as it may be handed on to others (the weekly digest, which partners paste into their
/// newsletters and posts): a title naming a champion who did not agree to social media is
/// replaced by the kind of item, such a summary left out.
pub(crate) fn handed_on<'a>(site: &Site, mut view: ItemView<'a>) -> ItemView<'a> {
    if site.social.names_someone(&view.title) {
        view.title = view.kind_name.clone().into();
    }
    if site.social.names_someone(&view.summary) {
        view.summary = "".into();
    }
    view
}

/// The share links of a page titled `title` at `url`.
fn links(title: &str, description: &str, url: &str) -> ShareLinks {
    let q = |s: &str| utf8_percent_encode(s, QUERY).to_string();
    let message = format!("{title}\n{url}");
    let body = if description.is_empty() {
        message.clone()
    } else {
        format!("{title}\n\n{description}\n\n{url}")
    };
    ShareLinks {
        whatsapp: format!("{}?text={}", ENDPOINTS[0], q(&message)),
        sms: format!("sms:?&body={}", q(&message)),
        email: format!("mailto:?subject={}&body={}", q(title), q(&body)),
        facebook: format!("{}sharer.php?u={}", ENDPOINTS[1], q(url)),
    }
}

/// The absolute address of `url`, a root-relative one (base path included).
fn absolute(c: &Config, url: &str) -> String {
    let origin = c.base_url.strip_suffix(&c.base_path).unwrap_or(&c.base_url);
    format!("{origin}{url}")
}

fn bidi(text: &str, language: &Language) -> String {
    match language.dir {
        crate::config::Direction::Rtl => crate::markdown::text::isolate_plain(text).into_owned(),
        crate::config::Direction::Ltr => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(code: &str, locale: Option<&str>) -> Language {
        Language {
            code: code.into(),
            name: String::new(),
            endonym: String::new(),
            dir: crate::config::Direction::Ltr,
            locale: locale.map(str::to_string),
        }
    }

    #[test]
    fn og_locales_have_a_territory() {
        let cases = [
            ("en", Some("en-GB"), "en_GB"),
            ("ur", None, "ur_PK"),
            ("ar", None, "ar_EG"),
            ("pl", None, "pl_PL"),
            ("bn", None, "bn_BD"),
            ("so", None, "so_SO"),
        ];
        for (code, locale, want) in cases {
            assert_eq!(og_locale(&language(code, locale)), want, "{code}");
        }
    }

    #[test]
    fn share_links_carry_the_title_and_address_escaped() {
        let l = links(
            "SOHO کی میٹنگ & more",
            "",
            "https://x.github.io/useit/ur/events/a/",
        );
        let url = "https%3A%2F%2Fx.github.io%2Fuseit%2Fur%2Fevents%2Fa%2F";
        assert!(
            l.whatsapp.starts_with("https://wa.me/?text=SOHO%20"),
            "{}",
            l.whatsapp
        );
        assert!(l.whatsapp.ends_with(&format!("%0A{url}")), "{}", l.whatsapp);
        assert!(l.whatsapp.contains("%26%20more"), "{}", l.whatsapp);
        assert_eq!(
            l.facebook,
            format!("https://www.facebook.com/sharer/sharer.php?u={url}")
        );
        assert!(l.sms.starts_with("sms:?&body=SOHO"));
        assert!(
            l.email.starts_with("mailto:?subject=SOHO%20"),
            "{}",
            l.email
        );
        for s in [&l.whatsapp, &l.sms, &l.email, &l.facebook] {
            assert!(
                !s.contains(' ') && !s.contains('\n') && !s.contains('"'),
                "{s}"
            );
        }
    }
}
