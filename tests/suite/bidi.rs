//! Text direction and the text pass: left-to-right tokens (the brand, URLs, phone numbers)
//! inside right-to-left text are isolated; times follow each locale's CLDR pattern with the day
//! period in the page's script; phone numbers in body text become `tel:` links.

use crate::harness::SiteTest;

fn built() -> SiteTest {
    let site = SiteTest::new("vocab");
    site.build_ok(&[]);
    site
}

#[test]
fn the_brand_and_a_url_in_right_to_left_text_are_isolated() {
    let site = built();
    let ar = site.html("ar/events/drop-in/index.html");
    let isolated = ar.texts(".prose bdi[dir=ltr]");
    assert!(isolated.contains(&"USE-IT!".to_string()), "{isolated:?}");
    assert!(
        isolated.contains(&"https://use-it.example.org/jobs".to_string()),
        "{isolated:?}"
    );
    assert_eq!(
        ar.text(".brand bdi[dir=ltr]"),
        "\u{2068}USE-IT! Vocabulary Test\u{2069}"
    );
    let title = ar.text("title");
    assert!(
        title.contains("\u{2068}USE-IT! Vocabulary Test\u{2069}"),
        "{title:?}"
    );
    let ur = site.html("ur/events/drop-in/index.html");
    assert!(
        ur.texts(".prose bdi[dir=ltr] a[href^='tel:']")
            .contains(&"0121 464 7000".to_string())
    );
    // Left-to-right text gets no isolates.
    let en = site.html("events/drop-in/index.html");
    assert_eq!(en.count(".prose bdi"), 0);
}

#[test]
fn times_are_24_hour_in_english_and_per_cldr_in_urdu_with_the_day_period_attached() {
    let site = built();
    let en = site.html("events/drop-in/index.html");
    let when = en.text(".facts time, time");
    assert!(when.contains("18:00") && when.contains("20:00"), "{when}");
    assert!(!when.contains("PM"), "{when}");
    let ur = site.read("ur/events/drop-in/index.html");
    assert!(
        ur.contains("6:00\u{a0}بعد دوپہر"),
        "Urdu 12-hour with its own day period"
    );
    assert!(!ur.contains("PM"), "no Latin PM on the Urdu page");
    let ar = site.read("ar/events/drop-in/index.html");
    assert!(
        ar.contains("6:00\u{a0}م"),
        "Arabic CLDR day period, not breakable"
    );
}

#[test]
fn a_phone_number_in_a_body_becomes_a_tel_link_but_not_in_code() {
    let site = built();
    let en = site.html("events/drop-in/index.html");
    let tel = en.links(".prose a[href^='tel:']");
    assert_eq!(tel.len(), 1, "{tel:?}");
    assert_eq!(tel[0].0, "0121 464 7000");
    assert_eq!(tel[0].1, "tel:+441214647000");
    assert_eq!(en.text(".prose code"), "0121 464 7000");
    let ar = site.html("ar/events/drop-in/index.html");
    assert_eq!(ar.count(".prose code a, .prose code bdi"), 0);
}
