//! Shortcodes in Markdown (`tests/fixtures/shortcodes/`): each call becomes its theme
//! template's HTML in place, code is left alone, an unpublished reference shows nothing and
//! tells the writer, and every mistake is an error on the call's line with the fix.

use image::{Rgb, RgbImage};

use crate::harness::SiteTest;

const STORY: &str = "content/stories/with-shortcodes.md";

/// The fixture with the picture its `figure` names.
fn site() -> SiteTest {
    let site = SiteTest::new("shortcodes");
    let mut png = std::io::Cursor::new(Vec::new());
    RgbImage::from_pixel(40, 20, Rgb([200, 30, 30]))
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("encode png");
    site.write("content/stories/market.png", png.into_inner());
    site
}

#[test]
fn every_shortcode_renders_in_place_and_code_is_left_alone() {
    let site = site();
    let run = site.build_ok(&[]);
    let page = site.html("stories/with-shortcodes/index.html");
    // Cards: the listing card of each item, a block of its own (not inside a paragraph).
    assert_eq!(
        page.links(".prose > ul.cards .card-event .card-title a"),
        [(
            "Soho network meeting".into(),
            "/events/soho-meeting/".into(),
            None
        )]
    );
    assert!(page.text(".prose .card-event").contains("Free"));
    assert_eq!(
        page.texts(".prose > ul.cards .card-opportunity .card-title"),
        ["Community researcher (paid, part time)"]
    );
    assert_eq!(page.count(".prose p ul, .prose p figure"), 0);
    // Toolkit file links: the file's title (or the text given), format and size.
    assert_eq!(
        page.texts(".prose p a.file-link"),
        [
            "First-month checklist (Plain text, 47 bytes)",
            "the checklist (Plain text, 47 bytes)"
        ]
    );
    assert_eq!(
        page.attrs(".prose a.file-link", "href"),
        ["/toolkits/starter-kit/checklist.txt"; 2]
    );
    // Buttons: to a page of the site, and to an address.
    assert_eq!(
        page.links(".prose a.button"),
        [
            (
                "Apply now".into(),
                "/opportunities/closing-soon-course/".into(),
                None
            ),
            (
                "Write to us".into(),
                "mailto:hello@example.org".into(),
                None
            )
        ]
    );
    // The figure: the picture through the image pipeline, with its caption.
    assert_eq!(
        page.text(".prose figure figcaption"),
        "The Saturday market on Soho Road"
    );
    assert_eq!(page.attr(".prose figure img", "alt"), "Stalls in a row");
    assert!(
        page.attr(".prose figure img", "src")
            .starts_with("/images/")
    );
    // Code: the calls are shown as written.
    let code = page.texts(".prose code");
    assert!(
        code.iter()
            .any(|c| c == "{{ event_card(event=\"@/events/nope.md\") }}"),
        "{code:?}"
    );
    assert!(
        code.iter().any(|c| c == "{{ unknown_thing(x=1) }}"),
        "{code:?}"
    );
    assert!(code.iter().any(|c| c == "{{ also_code() }}"), "{code:?}");
    assert!(
        page.text(".prose")
            .contains("Written as text: {{ button(text=")
    );
    // A draft shows nothing, and the writer is told where.
    let html = site.read("stories/with-shortcodes/index.html");
    assert!(!html.contains("still being planned"), "the draft leaked");
    run.stderr_has(&format!(
        "warning: {STORY}:19: shortcode `event_card` shows nothing: `@/events/draft-event.md` is not published (it is a draft)"
    ));
}

/// One story body per mistake, with what the error must say on line 6 (the body's first).
#[test]
fn every_mistake_is_an_error_on_its_line_with_the_fix() {
    let cases = [
        (
            "{{ event_card(event=\"@/events/soho-meting.md\") }}",
            "shortcode `event_card` refers to `@/events/soho-meting.md`: no such event",
            "did you mean `@/events/soho-meeting.md`?",
        ),
        (
            "{{ event_card(event=\"@/opportunities/open-job.md\") }}",
            "`@/opportunities/open-job.md` in shortcode `event_card` is an opportunity, not an event",
            "name an event here",
        ),
        (
            "{{ event_card() }}",
            "shortcode `event_card` needs the argument `event`",
            "`event_card` takes event (required)",
        ),
        (
            "{{ figure(src=\"market.png\", caption=3) }}",
            "argument `caption` of shortcode `figure` must be text in quotes",
            "write it as in {{ figure(",
        ),
        (
            "{{ figure(src=\"market.png\", caption=\"The market\") }}",
            "figure `market.png` has no alt text",
            "decorative=true",
        ),
        (
            "{{ button(text=\"Go\", link=\"@/events/soho-meeting.md\", link=\"x\") }}",
            "argument `link` of shortcode `button` is given twice",
            "write it as in",
        ),
        (
            "{{ button(text=\"Go\", link=\"www.example.org\") }}",
            "shortcode `button` links to `www.example.org`",
            "a full address (https://",
        ),
        (
            "{{ toolkit_file(toolkit=\"@/toolkits/starter-kit\", file=\"checklist.pdf\") }}",
            "toolkit `@/toolkits/starter-kit` has no file `checklist.pdf`",
            "did you mean `checklist.txt`? its files are checklist.txt",
        ),
        (
            "See {{ event_card(event=\"@/events/soho-meeting.md\") }} soon.",
            "shortcode `event_card` shows a block, but it is inside a sentence, heading or link",
            "put it on a line of its own",
        ),
        (
            "## Book {{ button(text=\"here\", link=\"@/events/soho-meeting.md\") }}",
            "shortcode `button` is inside a heading, a link or an image's text",
            "move it into the text of a paragraph",
        ),
        (
            "{{ button(text=\"Go\" link=\"@/events/soho-meeting.md\") }}",
            "malformed shortcode: expected `,` between arguments",
            "write a shortcode on one line",
        ),
        (
            "{{ button(text=\"Go\", link=\"@/events/soho-meeting.md\")",
            "malformed shortcode: expected `}}` on the same line",
            "write a shortcode on one line",
        ),
    ];
    for (body, message, help) in cases {
        let site = site();
        site.write(
            STORY,
            format!("---\ntitle: T\ndate: 2026-10-02\nsummary: S.\n---\n{body}\n"),
        );
        let run = site.build(&[]).failure();
        let want = format!("error: {STORY}:6: {message}");
        let lines: Vec<&str> = run.stderr.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(&want))
            .unwrap_or_else(|| panic!("{body}: no {want:?} in\n{}", run.stderr));
        assert!(
            lines[at + 1].starts_with("  help: ") && lines[at + 1].contains(help),
            "{body}: help {:?} lacks {help:?}",
            lines[at + 1]
        );
        assert_eq!(
            run.stderr_lines("error:").len(),
            1,
            "{body}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_card_follows_its_item_as_it_changes() {
    let site = site();
    let meeting = "content/events/soho-meeting.md";
    let text = site.source_text(meeting);
    site.write(
        meeting,
        text.replace("title: Soho network meeting", "title: Soho network evening"),
    );
    site.build_ok(&[]);
    let page = site.html("stories/with-shortcodes/index.html");
    assert_eq!(
        page.texts(".prose .card-event .card-title"),
        ["Soho network evening"]
    );
}

#[test]
fn a_button_to_a_missing_anchor_is_reported_at_the_call_not_the_theme() {
    let site = site();
    site.write(
        STORY,
        "---\ntitle: T\ndate: 2026-10-02\nsummary: S.\n---\nIntro.\n\n\
         {{ button(text=\"Book\", link=\"@/events/soho-meeting.md#no-such-part\") }}\n",
    );
    let run = site.build(&[]).success();
    let want = format!("warning: {STORY}:8: broken link `/events/soho-meeting/#no-such-part`");
    assert!(run.stderr.contains(&want), "no {want:?} in\n{}", run.stderr);
    assert!(
        !run.stderr.contains("comes from the theme's templates"),
        "{}",
        run.stderr
    );
}
