//! Site configuration (`site.yaml`) and the build clock.
//!
//! Entry points: [`Config::load`] reads and validates `site.yaml`; [`Now::resolve`] fixes
//! "now" once per build from `--now`, `SOURCE_DATE_EPOCH` or the system clock.

use std::path::Path;

use jiff::{Timestamp, ZonedDateTime, tz::TimeZone};
use serde::Deserialize;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::frontmatter::parse_yaml;

pub mod data;
mod footer;
mod images;
pub mod short;
mod terms;
pub mod venue;
pub use footer::{Channel, Funding};
pub use short::ShortLink;
pub use terms::{Term, Vocabulary};
use terms::{term_errors, term_line};

/// `site.yaml`, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteConfig {
    /// Site name, in the header and the `<title>`.
    pub title: String,
    /// One-sentence description for the home page and feeds.
    pub description: String,
    /// Absolute URL the site is published at, possibly with a subpath.
    pub base_url: String,
    /// Default language code.
    pub language: String,
    /// IANA time zone that event times are written in.
    pub time_zone: String,
    /// Items per listing page.
    pub paginate: usize,
    /// The neighbourhoods taxonomy: the only slugs content may use (names: `neighbourhood-<slug>`
    /// in the language files).
    pub neighbourhoods: Vec<Term>,
    /// The themes (work packages) taxonomy (names: `theme-<slug>`).
    pub themes: Vec<Term>,
    /// Theme folder name under `themes/`.
    pub theme: String,
    /// How many days ahead repeating events are listed.
    pub event_horizon_days: i64,
    /// Widths in pixels every content image is resized to (never upscaled).
    pub image_widths: Vec<u32>,
    /// Quality of the lossy encodings (WebP and JPEG), 1 to 100.
    pub image_quality: u8,
    /// Largest image accepted, in pixels (width times height), checked from the file's header
    /// before anything is decoded.
    pub image_max_pixels: u64,
    /// The topics toolkits may use (`topics:` in `toolkit.yaml`), each with a filter page
    /// (names: `topic-<slug>`).
    pub toolkit_topics: Vec<Term>,
    /// Largest toolkit file before a warning, e.g. `5 MB` (decimal units: kB, MB, GB).
    pub toolkit_file_limit: String,
    /// Languages the site is published in; the first is `language` (the default).
    pub languages: Vec<Language>,
    /// Origins (`https://video.example.org`) that raw HTML in Markdown and Markdown images may
    /// load images, video and audio from; any other site's resources are removed.
    pub allow_remote: Vec<String>,
    /// The programme's own channels, linked from every page's footer.
    pub channels: Vec<footer::Channel>,
    /// The funding acknowledgement in every page's footer.
    pub funding: Option<footer::Funding>,
    /// Short addresses (`survey`) and the content file each leads to (`@/surveys/x.md`).
    pub short_links: std::collections::BTreeMap<String, String>,
}

/// A language of the site, from `site.yaml`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Code used in file names (`x.ur.md`) and URLs (`/ur/`).
    pub code: String,
    /// English name, for reports.
    pub name: String,
    /// The language's own name, shown in the language switcher.
    pub endonym: String,
    /// Text direction.
    #[serde(default)]
    pub dir: Direction,
    /// BCP 47 locale for dates and numbers (default: the code), e.g. `en-GB`.
    #[serde(default)]
    pub locale: Option<String>,
}

/// Text direction of a language.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// `ltr` or `rtl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            base_url: String::new(),
            language: "en".into(),
            time_zone: "Europe/London".into(),
            paginate: 12,
            neighbourhoods: Vec::new(),
            themes: Vec::new(),
            theme: "useit".into(),
            event_horizon_days: 365,
            image_widths: vec![320, 640, 960, 1280],
            image_quality: 75,
            image_max_pixels: 40_000_000,
            toolkit_topics: Vec::new(),
            toolkit_file_limit: "10 MB".into(),
            languages: Vec::new(),
            allow_remote: Vec::new(),
            channels: Vec::new(),
            funding: None,
            short_links: Default::default(),
        }
    }
}

/// Validated configuration with derived values.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file as written.
    pub site: SiteConfig,
    /// Base URL with scheme and host, always ending in `/`.
    pub base_url: String,
    /// Path part of the base URL, always starting and ending in `/` (e.g. `/useit/`).
    pub base_path: String,
    /// The site's time zone.
    pub tz: TimeZone,
    /// `toolkit_file_limit` in bytes.
    pub toolkit_file_limit: u64,
    /// `allow_remote:` as origins (`https://host` or `https://host:port`, lower case).
    pub allow_remote: Vec<String>,
    /// `short_links:`, checked: each address as a site path.
    pub short_links: Vec<ShortLink>,
    /// The records of `data/` (organisations, developments, venues).
    pub data: data::SiteData,
}

/// The cap on `image_max_pixels` (100 megapixels): decoding one image of that size takes
/// about 400 MB, and more would exhaust an ordinary machine.
pub const MAX_IMAGE_PIXELS: u64 = 100_000_000;

impl Config {
    /// Reads `site.yaml` under `root`, applying a `--base-url` override.
    pub fn load(root: &Path, base_url_override: Option<&str>) -> Result<Config, Diagnostics> {
        let rel = Path::new("site.yaml");
        let mut ds = Diagnostics::default();
        let text = match crate::util::fs::read_regular_text(
            &root.join(rel),
            crate::util::fs::MAX_SOURCE_BYTES,
        ) {
            Ok(t) => t,
            Err(e) => {
                ds.push(
                    Diagnostic::error(rel, format!("cannot read the site configuration: {e}"))
                        .with_help("run useit from the site folder, or pass --root DIR"),
                );
                return Err(ds);
            }
        };
        let site: SiteConfig = match parse_yaml(&text, rel, 0) {
            Ok(s) => s,
            Err(d) => {
                ds.push(*d);
                return Err(ds);
            }
        };
        match Self::from_site(site, base_url_override) {
            Ok(mut c) => {
                if let Some(f) = c.site.funding.as_mut() {
                    f.emblem_line = footer::emblem_line(&text, &f.emblem);
                }
                short::place(&mut c.short_links, &text);
                c.data = data::load(root, &c.site.languages)?;
                Ok(c)
            }
            Err(list) => {
                ds.extend(list.into_iter().map(|(m, h)| {
                    let line = crate::markdown::allowlist::entry_line(&text, &m)
                        .or_else(|| term_line(&text, &m))
                        .or_else(|| footer::line(&text, &m))
                        .or_else(|| short::line(&text, &m));
                    Diagnostic {
                        line,
                        ..Diagnostic::error(rel, m).with_help(h)
                    }
                }));
                Err(ds)
            }
        }
    }

    /// Validates a parsed [`SiteConfig`]; errors are (message, help) pairs.
    pub fn from_site(
        site: SiteConfig,
        base_url_override: Option<&str>,
    ) -> Result<Config, Vec<(String, String)>> {
        let mut errs = Vec::new();
        if site.title.trim().is_empty() {
            errs.push((
                "`title` is missing".into(),
                "add `title: Your site name`".into(),
            ));
        }
        let raw = base_url_override.unwrap_or(&site.base_url);
        let (base_url, base_path) = match split_base_url(raw) {
            Some(v) => v,
            None => {
                errs.push((
                    format!("`base_url` `{raw}` is not an absolute http(s) URL"),
                    "write it like `https://example.org/` or `https://user.github.io/site/`".into(),
                ));
                (String::new(), "/".into())
            }
        };
        if !(1..=3660).contains(&site.event_horizon_days) {
            errs.push((
                "`event_horizon_days` must be between 1 and 3660".into(),
                "set `event_horizon_days: 365`".into(),
            ));
        }
        if site.paginate == 0 {
            errs.push((
                "`paginate` must be at least 1".into(),
                "set `paginate: 12`".into(),
            ));
        }
        let tz = match jiff::tz::db().get(&site.time_zone) {
            Ok(tz) => tz,
            Err(_) => {
                errs.push((
                    format!("unknown time zone `{}`", site.time_zone),
                    "use an IANA name such as `Europe/London`".into(),
                ));
                TimeZone::UTC
            }
        };
        errs.extend(term_errors(vocabularies(&site)));
        errs.extend(images::settings_errors(&site));
        errs.extend(footer::errors(&site.channels, site.funding.as_ref()));
        errs.extend(short::errors(&site.short_links));
        let short_links = short::links(&site.short_links);
        let toolkit_file_limit = parse_size(&site.toolkit_file_limit).unwrap_or_else(|| {
            errs.push((
                format!(
                    "`toolkit_file_limit` `{}` is not a size",
                    site.toolkit_file_limit
                ),
                "write a number with a unit, e.g. `5 MB` or `800 kB`".into(),
            ));
            0
        });
        let (allow_remote, remote_errs) =
            crate::markdown::allowlist::origins(&site.allow_remote, &base_url);
        errs.extend(remote_errs);
        let mut site = site;
        errs.extend(normalise_languages(&mut site));
        if errs.is_empty() {
            Ok(Config {
                site,
                base_url,
                base_path,
                tz,
                toolkit_file_limit,
                allow_remote,
                short_links,
                data: data::SiteData::default(),
            })
        } else {
            Err(errs)
        }
    }

    /// Index of the language with `code`.
    pub fn lang_index(&self, code: &str) -> Option<usize> {
        self.site.languages.iter().position(|l| l.code == code)
    }

    /// The URL prefix of language `lang`: empty for the default, `ur/` for Urdu.
    pub fn lang_prefix(&self, lang: usize) -> String {
        if lang == 0 {
            String::new()
        } else {
            format!("{}/", self.site.languages[lang].code)
        }
    }

    /// Root-relative URL for a site path such as `stories/x/` (no leading slash).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_path, path)
    }

    /// Absolute URL for a site path.
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }
}

/// Puts the default language first (adding it when `languages` is empty) and checks codes.
fn normalise_languages(site: &mut SiteConfig) -> Vec<(String, String)> {
    let mut errs = Vec::new();
    if site.languages.is_empty() {
        let code = site.language.clone();
        site.languages.push(Language {
            name: code.clone(),
            endonym: code.clone(),
            code,
            dir: Direction::Ltr,
            locale: None,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for l in &site.languages {
        let ok = (2..=3).contains(&l.code.len()) && l.code.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            errs.push((
                format!(
                    "language code `{}` is not a two- or three-letter lower-case code",
                    l.code
                ),
                "use ISO 639 codes such as `en`, `ur`, `ar`, `pl`, `bn`, `so`".into(),
            ));
        }
        if !seen.insert(l.code.clone()) {
            errs.push((
                format!("language `{}` is listed twice", l.code),
                "keep one entry per language".into(),
            ));
        }
    }
    match site.languages.iter().position(|l| l.code == site.language) {
        Some(i) => {
            let default = site.languages.remove(i);
            site.languages.insert(0, default);
        }
        None => errs.push((
            format!(
                "the default `language: {}` is not in `languages`",
                site.language
            ),
            "add it to `languages` with its endonym and direction".into(),
        )),
    }
    errs
}

/// The vocabularies of `site.yaml`: (field, key prefix in the language files, entries).
pub fn vocabularies(site: &SiteConfig) -> [Vocabulary<'_>; 3] {
    [
        ("neighbourhoods", "neighbourhood", &site.neighbourhoods),
        ("themes", "theme", &site.themes),
        ("toolkit_topics", "topic", &site.toolkit_topics),
    ]
}

/// Splits `https://host/sub/` into (`https://host/sub/`, `/sub/`).
fn split_base_url(raw: &str) -> Option<(String, String)> {
    let url = crate::util::url::parse(raw)?;
    if url.host.is_empty() || raw.contains(['?', '#', ' ']) {
        return None;
    }
    let mut path = url.rest.trim_end_matches('/').to_string();
    path.push('/');
    let base = format!("{}://{}{}", url.scheme, url.host, path);
    Some((base, path))
}

/// Parses a size such as `5 MB`, `800 kB`, `1.5 GB` or `1200` (bytes); decimal units.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let mult = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" | "bytes" => 1.0,
        "kb" => 1e3,
        "mb" => 1e6,
        "gb" => 1e9,
        _ => return None,
    };
    (n >= 0.0).then(|| (n * mult).round() as u64)
}

/// The build's fixed "now".
#[derive(Debug, Clone)]
pub struct Now {
    /// The instant, in the site's time zone.
    pub zoned: ZonedDateTime,
}

impl Now {
    /// `--now` if given, else `SOURCE_DATE_EPOCH`, else the clock.
    ///
    /// `--now` accepts an RFC 3339 timestamp (`2026-11-25T09:00:00Z`), a local date-time
    /// (`2026-11-25T09:00`, read in the site's zone) or a date (`2026-11-25`, at midnight).
    pub fn resolve(arg: Option<&str>, epoch: Option<&str>, tz: &TimeZone) -> Result<Now, String> {
        let ts = if let Some(a) = arg {
            parse_now(a, tz).ok_or_else(|| {
                format!(
                    "--now `{a}` is not a date or time: write 2026-11-25, 2026-11-25T09:00 or 2026-11-25T09:00:00Z"
                )
            })?
        } else if let Some(e) = epoch.filter(|e| !e.is_empty()) {
            let secs: i64 = e.trim().parse().map_err(|_| {
                format!("SOURCE_DATE_EPOCH `{e}` is not a number of seconds since 1970")
            })?;
            Timestamp::from_second(secs).map_err(|err| format!("SOURCE_DATE_EPOCH `{e}`: {err}"))?
        } else {
            Timestamp::now()
        };
        Ok(Now {
            zoned: ts.to_zoned_datetime(tz.clone()),
        })
    }

    /// Today's date in the site's zone.
    pub fn date(&self) -> jiff::civil::Date {
        self.zoned.date()
    }
}

fn parse_now(a: &str, tz: &TimeZone) -> Option<Timestamp> {
    if let Ok(ts) = a.parse::<Timestamp>() {
        return Some(ts);
    }
    if let Ok(dt) = a.replace(' ', "T").parse::<jiff::civil::DateTime>() {
        return dt.to_zoned_datetime(tz.clone()).ok().map(|z| z.timestamp());
    }
    a.parse::<jiff::civil::Date>()
        .ok()?
        .to_zoned_datetime(tz.clone())
        .ok()
        .map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_keeps_subpath() {
        assert_eq!(
            split_base_url("https://x.github.io/useit"),
            Some(("https://x.github.io/useit/".into(), "/useit/".into()))
        );
        assert_eq!(
            split_base_url("http://127.0.0.1:1111"),
            Some(("http://127.0.0.1:1111/".into(), "/".into()))
        );
        assert_eq!(split_base_url("example.org"), None);
    }

    #[test]
    fn vocabulary_entries_are_slugs_and_an_old_name_is_refused_with_its_line() {
        let text = "title: T\nbase_url: https://e.org/\nneighbourhoods:\n  - soho\n  - { slug: cape-hill, name: Cape Hill }\n";
        let site: SiteConfig = parse_yaml(text, Path::new("site.yaml"), 0).unwrap();
        assert_eq!(site.neighbourhoods[0], Term::new("soho"));
        let errs = Config::from_site(site, None).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(
            errs[0]
                .1
                .contains("`neighbourhood-cape-hill = Cape Hill` in locales/en.ftl"),
            "{errs:?}"
        );
        assert_eq!(terms::term_line(text, &errs[0].0), Some(5));
    }

    #[test]
    fn sizes_in_decimal_units() {
        assert_eq!(parse_size("5 MB"), Some(5_000_000));
        assert_eq!(parse_size("800kB"), Some(800_000));
        assert_eq!(parse_size("1.5 GB"), Some(1_500_000_000));
        assert_eq!(parse_size("1200"), Some(1200));
        assert_eq!(parse_size("5 MiB"), None);
        assert_eq!(parse_size("big"), None);
    }

    #[test]
    fn now_from_flag_epoch_and_local_date() {
        let tz = jiff::tz::db().get("Europe/London").unwrap();
        let n = Now::resolve(Some("2026-07-01"), None, &tz).unwrap();
        assert_eq!(
            n.zoned.to_string(),
            "2026-07-01T00:00:00+01:00[Europe/London]"
        );
        let n = Now::resolve(None, Some("0"), &tz).unwrap();
        assert_eq!(n.date().to_string(), "1970-01-01");
        assert!(Now::resolve(Some("yesterday"), None, &tz).is_err());
    }
}
