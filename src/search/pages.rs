//! The pages the index reads (an output HTML file that marks its main content) and one
//! language's Pagefind bundle made from them.

use std::collections::{BTreeMap, HashMap};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

/// One page to index.
#[derive(Debug)]
pub struct Page {
    /// Its root-relative URL (`/sub/ur/stories/a/`): base path included, `index.html` not.
    pub url: String,
    /// Its `<html lang>` code.
    pub lang: String,
    /// The page's HTML.
    pub html: String,
}

/// The attribute that marks a page's main content, and so the page, for the index.
const BODY: &str = "data-pagefind-body";

impl Page {
    /// The page at site path `rel` with `bytes`, when it is HTML that marks its main content
    /// and says its language; `None` for any other file.
    pub fn read(rel: &str, bytes: Vec<u8>, base_path: &str) -> Option<Page> {
        if !rel.ends_with(".html") {
            return None;
        }
        let html = String::from_utf8(bytes).ok()?;
        if !html.contains(BODY) {
            return None;
        }
        let lang = html_lang(&html)?;
        Some(Page {
            url: url_of(rel, base_path),
            lang,
            html,
        })
    }
}

/// The `lang` of the `<html>` start tag of `html`.
fn html_lang(html: &str) -> Option<String> {
    let start = html.find("<html")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let at = tag.find("lang=")? + "lang=".len();
    let rest = tag[at..].trim_start_matches(['"', '\'']);
    let end = rest.find(['"', '\'', ' ']).unwrap_or(rest.len());
    let code = &rest[..end];
    (!code.is_empty()).then(|| code.to_ascii_lowercase())
}

/// The URL of the page at site path `rel`: the base path and the path, `index.html` left out.
pub(super) fn url_of(rel: &str, base_path: &str) -> String {
    format!(
        "{base_path}{}",
        rel.strip_suffix("index.html").unwrap_or(rel)
    )
}

/// A bundle's files (names inside its folder, with their bytes, sorted by name) or why it
/// could not be made.
type Bundle = Result<Vec<(String, Vec<u8>)>, String>;

/// The Pagefind bundle of each language of `pages` (by `<html lang>`), and how many pages were
/// indexed. Each language's index runs on a thread of its own and gets its pages through a
/// short queue as they are read, in the order given: no more than a few pages are held at once.
/// Pagefind is async (tokio) and the build is not: each thread has its own runtime, apart from
/// serve's, which may be running on the calling thread.
pub(super) fn bundles(pages: impl Iterator<Item = Page>) -> (usize, BTreeMap<String, Bundle>) {
    std::thread::scope(|s| {
        let mut queues: HashMap<String, SyncSender<Page>> = HashMap::new();
        let mut threads = BTreeMap::new();
        let mut count = 0;
        for page in pages {
            count += 1;
            if !queues.contains_key(&page.lang) {
                let (tx, rx) = sync_channel(QUEUE);
                let lang = page.lang.clone();
                threads.insert(lang.clone(), s.spawn(move || bundle(lang, rx)));
                queues.insert(page.lang.clone(), tx);
            }
            // A closed queue means the index failed: its error comes back from the thread.
            let _ = queues[&page.lang].send(page);
        }
        drop(queues);
        let done = threads.into_iter().map(|(lang, t)| {
            let r = t
                .join()
                .unwrap_or_else(|_| Err("the indexing thread panicked".into()));
            (lang, r)
        });
        (count, done.collect())
    })
}

/// Pages waiting for a language's index.
const QUEUE: usize = 16;

fn bundle(lang: String, pages: Receiver<Page>) -> Bundle {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    rt.block_on(run(lang, pages))
}

async fn run(lang: String, pages: Receiver<Page>) -> Bundle {
    let options = PagefindServiceConfig::builder()
        .force_language(lang)
        .build();
    let mut index = PagefindIndex::new(Some(options)).map_err(|e| e.to_string())?;
    for p in pages {
        index
            .add_html_file(None, Some(p.url.clone()), p.html)
            .await
            .map_err(|e| format!("{}: {e}", p.url))?;
    }
    let files = index.get_files().await.map_err(|e| e.to_string())?;
    let mut out: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .filter(|f| wanted(&f.filename))
        .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// Whether a file of the bundle is one the search page uses: the search API, its worker, the
/// WebAssembly and the index; not Pagefind's own ready-made interfaces (our page has its own
/// small script) nor its playground.
fn wanted(name: &std::path::Path) -> bool {
    let n = name.to_string_lossy();
    !(n.starts_with("pagefind-ui")
        || n.starts_with("pagefind-modular-ui")
        || n.starts_with("pagefind-component-ui")
        || n.starts_with("pagefind-highlight")
        || n.starts_with("playground"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_marked_html_pages_with_a_language() {
        let html = |body: &str| {
            format!("<!doctype html><html lang=\"ur\" dir=\"rtl\"><body>{body}</body></html>")
        };
        let page = Page::read(
            "ur/stories/a/index.html",
            html("<article data-pagefind-body>x</article>").into_bytes(),
            "/sub/",
        )
        .unwrap();
        assert_eq!(page.url, "/sub/ur/stories/a/");
        assert_eq!(page.lang, "ur");
        assert!(Page::read("ur/index.html", html("<main>x</main>").into_bytes(), "/").is_none());
        assert!(Page::read("a.css", b"data-pagefind-body".to_vec(), "/").is_none());
        let no_lang = "<html><body><article data-pagefind-body></article></body></html>";
        assert!(Page::read("index.html", no_lang.as_bytes().to_vec(), "/").is_none());
    }

    #[test]
    fn html_lang_takes_unquoted_and_quoted_values() {
        assert_eq!(html_lang("<html lang=en dir=ltr>").as_deref(), Some("en"));
        assert_eq!(
            html_lang("<html dir='rtl' lang='AR'>").as_deref(),
            Some("ar")
        );
        assert_eq!(html_lang("<html>"), None);
    }
}
