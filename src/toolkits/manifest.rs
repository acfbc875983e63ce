//! `/toolkits/index.json`: a machine-readable list of every toolkit and file, with absolute
//! URLs, sizes, SHA-256 checksums, formats, languages and dates, for partners who mirror the
//! toolkits or check their downloads.
//!
//! Entry point: [`json`]. The output is deterministic: toolkits by slug, files in the order
//! `toolkit.yaml` lists them, fields in a fixed order, no build time.

use serde::Serialize;

use super::Downloads;
use crate::config::Config;
use crate::model::{Data, Site};

#[derive(Serialize)]
struct Manifest<'a> {
    site: &'a str,
    toolkits: Vec<ToolkitEntry<'a>>,
}

#[derive(Serialize)]
struct ToolkitEntry<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    url: String,
    version: Option<&'a str>,
    licence: Option<&'a str>,
    updated: String,
    topics: &'a [String],
    audience: &'a [String],
    zip: Option<FileEntry<'a>>,
    files: Vec<FileEntry<'a>>,
}

#[derive(Serialize)]
struct FileEntry<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    url: String,
    size: u64,
    sha256: &'a str,
    format: &'static str,
    format_name: &'static str,
    media_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    updated: Option<String>,
}

/// The manifest's bytes (pretty JSON, ending in a newline).
pub fn json(site: &Site, config: &Config, dl: &Downloads) -> Vec<u8> {
    let mut toolkits = Vec::new();
    for &id in &site.lists.toolkits {
        let it = &site.items[id];
        let Data::Toolkit(fm, _) = &it.data else {
            continue;
        };
        let Some(facts) = dl.toolkits.get(&id) else {
            continue;
        };
        let files = fm
            .files
            .iter()
            .zip(&facts.files)
            .filter_map(|(f, x)| {
                let x = x.as_ref()?;
                Some(FileEntry {
                    name: &f.path,
                    title: Some(&f.title),
                    url: config.permalink(&format!("{}{}", it.path, f.path)),
                    size: x.size,
                    sha256: &x.sha256,
                    format: x.format.id,
                    format_name: x.format.name,
                    media_type: x.format.mime,
                    language: Some(&f.language),
                    updated: Some(f.updated.unwrap_or(fm.updated).0.to_string()),
                })
            })
            .collect();
        let zip = facts.bundle.as_ref().map(|b| FileEntry {
            name: &b.name,
            title: None,
            url: config.permalink(&format!("{}{}", it.path, b.name)),
            size: b.size,
            sha256: &b.sha256,
            format: "zip",
            format_name: "ZIP archive",
            media_type: "application/zip",
            language: None,
            updated: None,
        });
        toolkits.push(ToolkitEntry {
            slug: &it.slug,
            title: &it.title,
            summary: &it.summary,
            url: config.permalink(&it.path),
            version: fm.version.as_deref(),
            licence: fm.licence.as_deref(),
            updated: fm.updated.0.to_string(),
            topics: &fm.topics,
            audience: &fm.audience,
            zip,
            files,
        });
    }
    toolkits.sort_by(|a, b| a.slug.cmp(b.slug));
    let m = Manifest {
        site: &config.base_url,
        toolkits,
    };
    let mut out = serde_json::to_vec_pretty(&m).unwrap_or_default();
    out.push(b'\n');
    out
}
