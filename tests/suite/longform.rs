//! Long texts: a table of contents above the text with `toc: true`, and footnotes numbered in
//! order with links back to every reference, in the text's language; a note nothing refers to,
//! or a reference to a note never written, is a warning at its line.

use crate::harness::SiteTest;

const STORY: &str = "---\ntitle: Notes\ndate: 2026-10-01\nsummary: A long story.\ntoc: true\n---\n\
Intro with a note.[^where]\n\n## Who can apply\n\nResidents.[^age] Again.[^where]\n\n\
### Age\n\nOver 16.\n\n## How to apply\n\nBy phone.\n\n\
[^where]: At the Summerfield Community Centre.\n\n[^age]: On the day you apply.\n";

fn site() -> SiteTest {
    let site = SiteTest::new("fallback");
    site.write("content/stories/notes.md", STORY);
    site.write(
        "content/stories/notes.ur.md",
        "---\ntitle: نوٹس\nsummary: ایک لمبی کہانی۔\nreviewed: false\n---\n\
         ایک نوٹ۔[^a]\n\n## کون درخواست دے سکتا ہے\n\nرہائشی۔\n\n[^a]: سمرفیلڈ میں۔\n",
    );
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    site
}

#[test]
fn toc_true_puts_the_headings_above_the_text_as_links() {
    let site = site();
    let page = site.html("stories/notes/index.html");
    assert_eq!(page.text("nav.toc h2"), "Contents");
    assert_eq!(
        page.links("nav.toc a")
            .into_iter()
            .map(|(t, h, _)| (t, h))
            .collect::<Vec<_>>(),
        [
            ("Who can apply".to_string(), "#who-can-apply".to_string()),
            ("Age".to_string(), "#age".to_string()),
            ("How to apply".to_string(), "#how-to-apply".to_string()),
        ]
    );
    // "Age" is nested under the heading before it.
    assert_eq!(page.texts("nav.toc > ol > li > ol > li"), ["Age"]);
    assert_eq!(page.count("h2#who-can-apply"), 1);
    // Without `toc: true`, no table of contents.
    assert_eq!(site.html("stories/market/index.html").count("nav.toc"), 0);
    // In the text's language.
    let ur = site.html("ur/stories/notes/index.html");
    assert_eq!(ur.text("nav.toc h2"), "فہرست");
}

#[test]
fn footnotes_are_numbered_in_order_and_link_back_to_every_reference() {
    let site = site();
    let page = site.html("stories/notes/index.html");
    assert_eq!(page.texts("sup.fn-ref"), ["1", "2", "1"]);
    assert_eq!(
        page.attrs("sup.fn-ref a", "href"),
        ["#fn-1", "#fn-2", "#fn-1"]
    );
    assert_eq!(
        page.attrs("sup.fn-ref a", "id"),
        ["fnref-1", "fnref-2", "fnref-1-2"]
    );
    let notes = page.texts("section.footnotes li");
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes[0].starts_with("At the Summerfield Community Centre."),
        "{notes:?}"
    );
    assert!(notes[1].starts_with("On the day you apply."), "{notes:?}");
    assert_eq!(
        page.attrs("li#fn-1 a.fn-back", "href"),
        ["#fnref-1", "#fnref-1-2"]
    );
    assert_eq!(page.attrs("li#fn-2 a.fn-back", "href"), ["#fnref-2"]);
    assert_eq!(page.texts("li#fn-2 a.fn-back .vh"), ["Back to the text"]);
    // The notes come after the text.
    let html = site.read("stories/notes/index.html");
    assert!(html.find("How to apply</h2>") < html.find("class=\"footnotes\""));
    let ur = site.html("ur/stories/notes/index.html");
    assert_eq!(ur.texts("li#fn-1 a.fn-back .vh"), ["متن پر واپس جائیں"]);
}

#[test]
fn a_note_never_referred_to_and_a_reference_without_a_note_are_warnings_at_their_lines() {
    let site = SiteTest::new("fallback");
    site.write(
        "content/stories/notes.md",
        "---\ntitle: Notes\ndate: 2026-10-01\nsummary: S.\n---\nText.[^missing]\n\n[^spare]: Nobody refers to this.\n",
    );
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success()
        .stderr_has("content/stories/notes.md:8: the footnote `[^spare]` is never referred to")
        .stderr_has("refer to it with `[^spare]`")
        .stderr_has("content/stories/notes.md:6: the footnote `[^missing]` has no text")
        .stderr_has("`[^missing]: The note.`");
    let page = site.html("stories/notes/index.html");
    assert!(!page.text("main").contains("Nobody refers to this"));
    // pulldown-cmark leaves a reference to no note as the text written.
    assert!(page.text("main").contains("[^missing]"));
}
