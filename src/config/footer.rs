//! The footer's links to the programme's own channels and its funding acknowledgement
//! (`channels:` and `funding:` in `site.yaml`): plain links and a self-hosted emblem, never an
//! embed, so no page makes a request to another site.

use serde::{Deserialize, Serialize};

/// One of the programme's own channels (a social-media account, a partner's page).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// The name shown, e.g. `Facebook`: a brand name, the same in every language.
    pub name: String,
    /// Its address, `https://...`.
    pub url: String,
}

/// The funding acknowledgement: the statement is the `footer-funding` UI string of each
/// language; the emblem is a file of the theme's `static/` folder.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// The emblem's path in the theme's `static/` folder, e.g. `eu-emblem.svg`.
    pub emblem: String,
    /// Where the statement links to (the funding programme's page of the project).
    #[serde(default)]
    pub url: Option<String>,
    /// The line of `emblem:` in `site.yaml`, for the error when the theme has no such file
    /// (known only once the theme is loaded).
    #[serde(skip)]
    pub emblem_line: Option<usize>,
}

use crate::util::url::is_web_address;

/// The problems of `channels` and `funding`, as (message, help).
pub(super) fn errors(channels: &[Channel], funding: Option<&Funding>) -> Vec<(String, String)> {
    let mut errs = Vec::new();
    for c in channels {
        if c.name.trim().is_empty() {
            errs.push((
                format!(
                    "a channel in `channels` has no name (its address is `{}`)",
                    c.url
                ),
                "give it the name readers know it by, e.g. `name: Facebook`".into(),
            ));
        }
        if !is_web_address(&c.url) {
            errs.push((
                format!(
                    "the address `{}` of channel `{}` is not a web address",
                    c.url, c.name
                ),
                "write the full address, e.g. `url: https://www.facebook.com/USEITUIA/`".into(),
            ));
        }
    }
    if let Some(f) = funding {
        let bad = f.emblem.trim().is_empty()
            || f.emblem.starts_with('/')
            || f.emblem.split(['/', '\\']).any(|p| p == "..");
        if bad {
            errs.push((
                format!("`funding.emblem` `{}` is not a file of the theme", f.emblem),
                "name a file in the theme's static/ folder, e.g. `emblem: eu-emblem.svg`".into(),
            ));
        }
        if let Some(u) = f.url.as_deref().filter(|u| !is_web_address(u)) {
            errs.push((
                format!("`funding.url` `{u}` is not a web address"),
                "write the full address, e.g. `url: https://www.uia-initiative.eu/`".into(),
            ));
        }
    }
    errs
}

/// The line of `site.yaml` (`text`) that an error of [`errors`] is about: the entry holding
/// the value it quotes, under `channels:` or `funding:`.
pub(super) fn line(text: &str, message: &str) -> Option<usize> {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let (field, value) = match quoted.as_slice() {
        [f, v, ..] if f.starts_with("funding.") => ("funding", *v),
        [v, ..] if message.contains("channel") => ("channels", *v),
        _ => return None,
    };
    let start = crate::load::frontmatter::field_line(text, field)?;
    let found = text
        .lines()
        .enumerate()
        .skip(start)
        .take_while(|(_, l)| l.starts_with([' ', '-', '\t']))
        .find(|(_, l)| !value.is_empty() && l.contains(value));
    Some(found.map_or(start, |(i, _)| i + 1))
}

/// The line of `funding.emblem` in `site.yaml` (`text`).
pub(super) fn emblem_line(text: &str, emblem: &str) -> Option<usize> {
    line(text, &format!("`funding.emblem` `{emblem}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_point_at_their_entry() {
        let text = "title: x\nchannels:\n  - { name: A, url: \"https://a.org/\" }\n  - { name: B, url: \"b.org\" }\nfunding:\n  url: x\n  emblem: ../e.svg\n";
        let channel = Channel {
            name: "B".into(),
            url: "b.org".into(),
        };
        let funding = Funding {
            emblem: "../e.svg".into(),
            url: None,
            emblem_line: None,
        };
        let errs = errors(&[channel], Some(&funding));
        let lines: Vec<Option<usize>> = errs.iter().map(|(m, _)| line(text, m)).collect();
        assert_eq!(lines, [Some(4), Some(7)]);
    }

    #[test]
    fn channels_need_a_name_and_a_web_address() {
        let ok = Channel {
            name: "Facebook".into(),
            url: "https://www.facebook.com/USEITUIA/".into(),
        };
        assert!(errors(std::slice::from_ref(&ok), None).is_empty());
        for url in [
            "facebook.com/x",
            "javascript:alert(1)",
            "https://",
            "https://a b.org/",
        ] {
            let c = Channel {
                url: url.into(),
                ..ok.clone()
            };
            let errs = errors(&[c], None);
            assert_eq!(errs.len(), 1, "{url}");
            assert!(errs[0].0.contains(url), "{errs:?}");
        }
        let unnamed = Channel {
            name: " ".into(),
            ..ok
        };
        assert!(errors(&[unnamed], None)[0].0.contains("has no name"));
    }

    #[test]
    fn the_emblem_is_a_file_of_the_theme() {
        let f = |emblem: &str| Funding {
            emblem: emblem.into(),
            url: None,
            emblem_line: None,
        };
        assert!(errors(&[], Some(&f("eu-emblem.svg"))).is_empty());
        for bad in ["", "/etc/x.svg", "../x.svg", "a/../../x.svg"] {
            assert_eq!(errors(&[], Some(&f(bad))).len(), 1, "{bad}");
        }
    }
}
