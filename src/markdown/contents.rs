//! A table of contents (`toc: true`): the text's `##` and `###` headings as a list of links
//! above it, the `###` ones nested under the `##` before them.

use crate::util::escape::xml;

/// The table of contents of `headings` (level 2 or 3, id, text) under a heading `title` with
/// id `id`; empty when the text has no such headings. Right-to-left text (`rtl`) has its
/// left-to-right tokens isolated, as in the headings themselves.
pub(super) fn html(title: &str, id: &str, headings: &[(u8, String, String)], rtl: bool) -> String {
    if headings.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<nav class=\"toc\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n<ol>\n",
        xml(title)
    );
    let (mut item_open, mut sub_open) = (false, false);
    for (level, target, text) in headings {
        let text = match rtl {
            true => super::text::isolate_plain(text),
            false => std::borrow::Cow::Borrowed(text.as_str()),
        };
        let link = format!("<a href=\"#{}\">{}</a>", xml(target), xml(&text));
        if *level == 3 && item_open {
            if !sub_open {
                out.push_str("\n<ol>\n");
                sub_open = true;
            }
            out.push_str(&format!("<li>{link}</li>\n"));
            continue;
        }
        if sub_open {
            out.push_str("</ol>\n");
            sub_open = false;
        }
        if item_open {
            out.push_str("</li>\n");
        }
        out.push_str(&format!("<li>{link}"));
        item_open = true;
    }
    if sub_open {
        out.push_str("</ol>\n");
    }
    if item_open {
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::html;

    #[test]
    fn third_level_headings_nest_under_the_second_level_before_them() {
        let h = |l: u8, id: &str, t: &str| (l, id.to_string(), t.to_string());
        let toc = html(
            "Contents",
            "contents",
            &[
                h(3, "intro", "Intro"),
                h(2, "who", "Who <can> apply"),
                h(3, "age", "Age"),
                h(3, "area", "Area"),
                h(2, "how", "How"),
            ],
            false,
        );
        assert_eq!(
            toc,
            "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n\
             <li><a href=\"#intro\">Intro</a></li>\n\
             <li><a href=\"#who\">Who &lt;can&gt; apply</a>\n<ol>\n<li><a href=\"#age\">Age</a></li>\n\
             <li><a href=\"#area\">Area</a></li>\n</ol>\n</li>\n\
             <li><a href=\"#how\">How</a></li>\n</ol>\n</nav>\n"
        );
        assert_eq!(html("Contents", "contents", &[], false), "");
    }
}
