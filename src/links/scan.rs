//! One output HTML page read for what the link check needs: the `id`s it defines and the URLs
//! its `href`, `src` and `srcset` attributes point to (html5ever's tokenizer, so entities,
//! unquoted values and raw-text elements are read as a browser reads them).

use std::cell::RefCell;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, StartTag, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// What one page defines and points to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// Every `id` attribute value.
    pub ids: Vec<String>,
    /// Every URL of an `href`, `src` or `srcset` attribute, as written (entities decoded).
    pub urls: Vec<String>,
}

#[derive(Default)]
struct Sink(RefCell<Page>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != StartTag {
            return TokenSinkResult::Continue;
        }
        let mut page = self.0.borrow_mut();
        for a in &tag.attrs {
            let value = a.value.to_string();
            match &*a.name.local {
                "id" => page.ids.push(value),
                "href" | "src" => page.urls.push(value),
                "srcset" => page.urls.extend(srcset(&value)),
                _ => {}
            }
        }
        let raw = match &*tag.name {
            "script" => Some(RawKind::ScriptData),
            "style" | "iframe" | "xmp" | "noembed" | "noframes" => Some(RawKind::Rawtext),
            "textarea" | "title" => Some(RawKind::Rcdata),
            _ => None,
        };
        raw.map_or(TokenSinkResult::Continue, TokenSinkResult::RawData)
    }
}

/// The URLs of a `srcset` value: each comma-separated candidate's first word.
fn srcset(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(',')
        .filter_map(|c| c.split_whitespace().next())
        .map(str::to_string)
}

/// The ids and URLs of the HTML page `html`.
pub fn scan(html: &str) -> Page {
    let tok = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(html.into());
    let _ = tok.feed(&queue);
    tok.end();
    tok.sink.0.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_and_every_kind_of_url() {
        let p = scan(concat!(
            "<h2 id=a>x</h2><a href=\"/s/?q=1&amp;r=2#b\">y</a>",
            "<img src=a.jpg srcset=\"a-100.webp 100w, a-300.webp 300w\">",
            "<script>var s = '<a href=\"/no/\">';</script><p id='c'></p>"
        ));
        assert_eq!(p.ids, ["a", "c"]);
        assert_eq!(
            p.urls,
            ["/s/?q=1&r=2#b", "a.jpg", "a-100.webp", "a-300.webp"]
        );
    }
}
