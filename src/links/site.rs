//! The link check of one built site: the written files and collected links checked against
//! each other, broken links placed at their Markdown source, and with `--external` the links
//! to other sites asked.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Duration;

use super::{Collector, Origin, diagnostics, external};
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::model::Site;

/// The diagnostics of the links `links` gathered, against the written `files`; with
/// `external` (a timeout), the report of links to other sites too.
pub fn check(
    links: &Collector,
    files: &HashSet<String>,
    site: &Site,
    config: &Config,
    external: Option<Duration>,
) -> (Vec<Diagnostic>, Option<String>) {
    let broken = links.check(files, &config.base_path);
    let mut ds = diagnostics(&broken, || origins(site, config));
    let report = external.map(|timeout| {
        let (text, ext_ds) = external::report(&links.external(files, &config.base_url), timeout);
        ds.extend(ext_ds);
        text
    });
    (ds, report)
}

/// The output file of site path `path` (`index.html` inside a folder).
fn file_of(path: &str) -> String {
    match path.is_empty() || path.ends_with('/') {
        true => format!("{path}index.html"),
        false => path.to_string(),
    }
}

/// Where the text of each item's page and each section's introduction came from.
fn origins(site: &Site, config: &Config) -> HashMap<String, Origin> {
    let origin = |source: &Path, body_line, body: &str| Origin {
        source: source.to_path_buf(),
        body_line,
        body: body.into(),
    };
    let mut map = HashMap::new();
    for it in &site.items {
        let o = origin(&it.body_path(), it.body_line, &it.body);
        map.insert(file_of(&it.path), o);
    }
    let own = site.intros.iter().map(|(k, i)| ((*k, 0), i));
    let translated = site.intro_translations.iter().map(|(k, i)| (*k, i));
    for ((kind, lang), intro) in own.chain(translated) {
        let Some(source) = &intro.source else {
            continue;
        };
        let path = format!("{}{}/", config.lang_prefix(lang), kind.section());
        map.insert(file_of(&path), origin(source, intro.body_line, &intro.body));
    }
    map
}
