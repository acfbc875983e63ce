//! Well-formed outputs by construction: characters XML cannot hold never reach a file, slugs
//! keep words whole in every script and never come out empty, calendar values agree with their
//! `DTSTART`, every accepted repeat rule is described in every language, and dates out of range
//! or a broken `toolkit.yaml` give one located error each.

use crate::harness::{Page, SiteTest, tree};

/// A story in the minimal site.
fn story(site: &SiteTest, slug: &str, front: &str, body: &str) {
    site.write(
        &format!("content/stories/{slug}.md"),
        format!("---\n{front}\ndate: 2026-10-01\n---\n{body}\n"),
    );
}

/// An event in the minimal site with `extra` front-matter lines.
fn event(site: &SiteTest, slug: &str, extra: &str) {
    site.write(
        &format!("content/events/{slug}.md"),
        format!(
            "---\ntitle: Market day\nsummary: Stalls.\n{extra}\ncost: Free\ncategory: community-event\n\
             venue:\n  name: Soho House\n  address: Soho Road\n  postcode: B21 9AA\n---\nBody.\n"
        ),
    );
}

/// A character XML 1.0 forbids, or one the escaper drops (DEL, C1, noncharacters).
fn illegal(c: char) -> bool {
    let n = c as u32;
    matches!(n, 0..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F..=0x9F | 0xFFFE | 0xFFFF)
}

#[test]
fn control_characters_in_front_matter_never_reach_an_output_file() {
    let site = SiteTest::new("minimal");
    // YAML escapes: bell, vertical tab, escape, U+0001, U+FFFE.
    story(
        &site,
        "controls",
        "title: \"Bell\\a and\\v tab\\e end\"\nsummary: \"Sum\\x01mary & <b>\\uFFFE\"\nauthor: \"Jo\\x0C\"\ntags: [\"x\\x1By\"]",
        "Plain body.",
    );
    site.build_ok(&[]);
    let mut text_files = 0;
    for (rel, bytes) in tree(&site.out) {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue; // images and ZIPs
        };
        text_files += 1;
        if let Some(c) = text.chars().find(|&c| illegal(c)) {
            panic!("{rel} holds U+{:04X}", c as u32);
        }
    }
    assert!(text_files > 40, "only {text_files} text files");
    for rel in ["stories/atom.xml", "opportunities/atom.xml", "sitemap.xml"] {
        let xml = site.read(rel);
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{rel}: {e}"));
    }
    let feed = site.read("stories/atom.xml");
    let doc = roxmltree::Document::parse(&feed).unwrap();
    let entry = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .find(|e| {
            e.descendants()
                .any(|n| n.text() == Some("Bell and tab end"))
        })
        .expect("the story's entry, its title without the controls");
    let summary = entry
        .descendants()
        .find(|n| n.has_tag_name("summary"))
        .and_then(|n| n.text());
    assert_eq!(summary, Some("Summary & <b>"));
    let page = site.html("stories/controls/index.html");
    assert_eq!(page.text("h1"), "Bell and tab end");
    assert!(site.exists("tags/x-y/index.html"));
}

#[test]
fn a_control_character_written_in_a_file_is_an_error_at_its_line() {
    let site = SiteTest::new("minimal");
    story(
        &site,
        "pasted",
        "title: Pasted\nsummary: S",
        "First line.\n\nA vertical\u{b}tab.",
    );
    site.build(&[])
        .failure()
        .stderr_has("content/stories/pasted.md:8: this line holds the invisible character U+000B")
        .stderr_has("help: delete it");
    let site = SiteTest::new("minimal");
    story(&site, "bell", "title: Raw \u{7} bell\nsummary: S", "Body.");
    site.build(&[])
        .failure()
        .stderr_has("content/stories/bell.md:2: this line holds the invisible character U+0007");
}

#[test]
fn an_emoji_only_tag_or_audience_is_an_error_naming_it() {
    let site = SiteTest::new("minimal");
    story(
        &site,
        "party",
        "title: Party\nsummary: S\ntags: [\"🎉\", fun]",
        "Body.",
    );
    let run = site.build(&[]).failure();
    let errors = run.stderr_lines("error:");
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(
        errors[0].starts_with(
            "error: content/stories/party.md:4: `tags` entry `🎉` has no letter or digit"
        ),
        "{}",
        run.stderr
    );
    run.stderr_has("help: write the tags entry with at least one letter or digit");
    let site = SiteTest::new("toolkits/basic");
    let yaml = site.src("toolkits/starter/toolkit.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert!(text.contains("audience:"), "{text}");
    let text = text.replacen("audience: [", "audience: [\"★★\", ", 1);
    assert!(text.contains("★★"), "{text}");
    site.write("toolkits/starter/toolkit.yaml", text);
    site.build(&[])
        .failure()
        .stderr_has("toolkits/starter/toolkit.yaml:")
        .stderr_has("`audience` entry `★★` has no letter or digit");
}

#[test]
fn slugs_keep_combining_marks_and_ignore_the_normalisation_form() {
    let site = SiteTest::new("minimal");
    story(
        &site,
        "bengali",
        "title: সামাজিক উদ্যোগ\nsummary: S\ntags: [\"সামাজিক উদ্যোগ\", \"Cafe\u{301}\"]",
        "## স্বাস্থ্য সেবা\n\nText.",
    );
    story(
        &site,
        "cafe\u{301}-nfd",
        "title: Two\nsummary: S\ntags: [\"Café\"]",
        "Body.",
    );
    site.build_ok(&[]);
    assert!(site.exists("tags/সামাজিক-উদ্যোগ/index.html"));
    // The NFD and NFC spellings are one tag, with both stories.
    let cafe = site.html("tags/café/index.html");
    let titles = cafe.texts(".cards li .card-title");
    assert_eq!(titles.len(), 2, "{titles:?}");
    let tags = std::fs::read_dir(site.out_path("tags")).unwrap();
    let names: Vec<String> = tags
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(!names.iter().any(|n| n.contains('\u{301}')), "{names:?}");
    // A file name typed in NFD gives the NFC slug.
    assert!(site.exists("stories/café-nfd/index.html"));
    let page = site.html("stories/bengali/index.html");
    assert_eq!(page.attr(".prose h2", "id"), "স্বাস্থ্য-সেবা");
}

/// The logical lines of each `VEVENT` in `ics` (folding undone).
fn vevents(ics: &str) -> Vec<Vec<String>> {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = Vec::new();
    let mut cur: Option<Vec<String>> = None;
    for l in unfolded.split("\r\n") {
        match l {
            "BEGIN:VEVENT" => cur = Some(Vec::new()),
            "END:VEVENT" => out.extend(cur.take()),
            l => {
                if let Some(c) = cur.as_mut() {
                    c.push(l.to_string());
                }
            }
        }
    }
    out
}

/// RFC 5545: EXDATE, RDATE and RECURRENCE-ID take DTSTART's value type; UNTIL is a DATE beside
/// a DATE start and a UTC date-time beside a zoned one.
fn assert_consistent(ev: &[String]) {
    let start = ev
        .iter()
        .find(|l| l.starts_with("DTSTART"))
        .expect("DTSTART");
    let date = start.starts_with("DTSTART;VALUE=DATE:");
    for l in ev {
        let name = l.split([':', ';']).next().unwrap_or("");
        if matches!(name, "EXDATE" | "RDATE" | "RECURRENCE-ID" | "DTEND") {
            let (params, value) = l.split_once(':').unwrap();
            assert_eq!(params.contains("VALUE=DATE"), date, "{l} beside {start}");
            assert_eq!(value.len() == 8, date, "{l} beside {start}");
        }
        if let Some(until) = l.split(';').find_map(|p| p.strip_prefix("UNTIL=")) {
            if date {
                assert_eq!(until.len(), 8, "{l} beside {start}");
            } else {
                assert!(
                    until.ends_with('Z') && until.len() == 16,
                    "{l} beside {start}"
                );
            }
        }
    }
}

#[test]
fn calendar_values_take_the_type_of_dtstart() {
    let site = SiteTest::new("minimal");
    event(
        &site,
        "all-day",
        "start: 2027-01-04\nall_day: true\nrepeat: FREQ=WEEKLY;UNTIL=20270301\nexcept: [2027-01-18, 2027-02-01]",
    );
    event(
        &site,
        "evening",
        "start: 2027-06-01 18:00\nend: 2027-06-01 19:00\nrepeat: FREQ=WEEKLY;UNTIL=2027-06-29\nexcept: [2027-06-15]",
    );
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    let all_day = vevents(&site.read("events/all-day/all-day.ics")).remove(0);
    for want in [
        "DTSTART;VALUE=DATE:20270104",
        "DTEND;VALUE=DATE:20270105",
        "RRULE:FREQ=WEEKLY;UNTIL=20270301",
        "EXDATE;VALUE=DATE:20270118",
        "EXDATE;VALUE=DATE:20270201",
    ] {
        assert!(all_day.iter().any(|l| l == want), "{want} in {all_day:#?}");
    }
    let evening = vevents(&site.read("events/evening/evening.ics")).remove(0);
    for want in [
        "DTSTART;TZID=Europe/London:20270601T180000",
        // The end of 29 June in British Summer Time, in UTC.
        "RRULE:FREQ=WEEKLY;UNTIL=20270629T225959Z",
        "EXDATE;TZID=Europe/London:20270615T180000",
    ] {
        assert!(evening.iter().any(|l| l == want), "{want} in {evening:#?}");
    }
    for ev in vevents(&site.read("events/calendar.ics")) {
        assert_consistent(&ev);
    }
    let page = site.html("events/all-day/index.html");
    assert_eq!(
        page.attrs(".dates li time", "datetime"),
        [
            "2027-01-04",
            "2027-01-11",
            "2027-01-25",
            "2027-02-08",
            "2027-02-15",
            "2027-02-22"
        ],
        "9 weeks, 2 skipped, the page lists the next 6"
    );
}

#[test]
fn dates_out_of_range_are_located_errors() {
    for (extra, line, want) in [
        (
            "start: 9999-12-31T23:00:00Z\nend: 9999-12-31T23:30:00Z",
            4,
            "is not a date and time",
        ),
        (
            "start: 9999-12-31 23:00\nend: 9999-12-31 23:30",
            4,
            "from the year 1900 to 2999",
        ),
        ("start: 9999-12-31", 4, "from the year 1900 to 2999"),
        ("start: 0000-01-01", 4, "from the year 1900 to 2999"),
        ("start: -0001-01-01", 4, "is not a date"),
        (
            "start: 2027-01-04 10:00\nrepeat: FREQ=WEEKLY;UNTIL=99991231",
            5,
            "UNTIL=99991231` is too far",
        ),
        (
            "start: 2027-01-04\nend: 3000-01-01",
            5,
            "from the year 1900 to 2999",
        ),
    ] {
        let site = SiteTest::new("minimal");
        event(&site, "far", extra);
        let run = site.check(&[]).failure();
        let errors = run.stderr_lines("error:");
        assert_eq!(errors.len(), 1, "{extra}: {}", run.stderr);
        let at = format!("error: content/events/far.md:{line}");
        assert!(errors[0].starts_with(&at), "{extra}: {}", run.stderr);
        assert!(errors[0].contains(want), "{extra}: {}", run.stderr);
        assert!(run.stderr.contains("help: "), "{extra}: {}", run.stderr);
    }
}

#[test]
fn a_broken_toolkit_yaml_is_reported_alone() {
    for (from, to, want) in [
        (
            "title: ",
            "title: [unclosed ",
            "toolkits/starter/toolkit.yaml:1",
        ),
        (
            "updated: ",
            "updated: 2026-13-45 #",
            "`2026-13-45` is not a real date",
        ),
    ] {
        let site = SiteTest::new("toolkits/basic");
        let text = site.source_text("toolkits/starter/toolkit.yaml");
        assert!(text.contains(from), "{text}");
        site.write("toolkits/starter/toolkit.yaml", text.replacen(from, to, 1));
        let run = site.check(&[]).failure().stderr_has(want);
        assert!(
            !run.stderr.contains("without a toolkit.yaml"),
            "{}",
            run.stderr
        );
        let errors = run.stderr_lines("error:");
        assert_eq!(errors.len(), 1, "{}", run.stderr);
        assert!(
            errors[0].starts_with("error: toolkits/starter/toolkit.yaml:"),
            "{}",
            run.stderr
        );
    }
}

/// The value of `key` in `locales/<code>.ftl` of the site (a one-line message).
fn ftl(site: &SiteTest, code: &str, key: &str) -> String {
    let text = std::fs::read_to_string(site.src(&format!("locales/{code}.ftl"))).unwrap();
    let prefix = format!("{key} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{code}.ftl has no {key}"))
        .trim()
        .to_string()
}

#[test]
fn every_accepted_repeat_rule_is_described_in_every_language() {
    // One of each form `repeat` accepts, with the week day its description must name.
    let rules = [
        ("FREQ=WEEKLY", None),
        ("FREQ=WEEKLY;INTERVAL=2", None),
        ("FREQ=WEEKLY;BYDAY=TU,TH", Some("tuesday")),
        ("FREQ=WEEKLY;BYDAY=TH;COUNT=6", Some("thursday")),
        ("FREQ=WEEKLY;BYDAY=TH;UNTIL=20271230", Some("thursday")),
        ("FREQ=WEEKLY;WKST=MO;BYDAY=TH;COUNT=1", Some("thursday")),
        ("FREQ=MONTHLY", None),
        ("FREQ=MONTHLY;INTERVAL=3", None),
        ("FREQ=MONTHLY;BYDAY=TH", Some("thursday")),
        ("FREQ=MONTHLY;BYDAY=2TH", Some("thursday")),
        ("FREQ=MONTHLY;BYDAY=-1TH", Some("thursday")),
        ("FREQ=MONTHLY;BYDAY=1TH,3TH", Some("thursday")),
        ("FREQ=MONTHLY;BYDAY=5TH;UNTIL=2027-12-31", Some("thursday")),
        (
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=+4TH;COUNT=3",
            Some("thursday"),
        ),
    ];
    let site = SiteTest::portal_copy();
    let base = "content/events/soho-social-enterprise-network";
    let langs = ["en", "ur", "ar", "pl", "bn", "so"];
    for (i, (rule, _)) in rules.iter().enumerate() {
        for lang in langs {
            let suffix = if lang == "en" {
                String::new()
            } else {
                format!(".{lang}")
            };
            let text = std::fs::read_to_string(site.src(&format!("{base}{suffix}.md"))).unwrap();
            let text =
                if lang == "en" {
                    assert!(text.contains(
                        "repeat: FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH\nexcept: [2027-05-13]\n"
                    ));
                    text.replace(
                        "repeat: FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH\nexcept: [2027-05-13]\n",
                        &format!("repeat: {rule}\n"),
                    )
                } else {
                    text
                };
            site.write(&format!("{base}-rule-{i}{suffix}.md"), text);
        }
    }
    site.build_into(&site.out.clone(), "2026-11-25", &[])
        .success();
    for lang in langs {
        let label = ftl(&site, lang, "label-repeats");
        let prefix = if lang == "en" {
            String::new()
        } else {
            format!("{lang}/")
        };
        let mut seen: Vec<String> = Vec::new();
        for (i, (rule, day)) in rules.iter().enumerate() {
            let rel = format!("{prefix}events/soho-social-enterprise-network-rule-{i}/index.html");
            let page: Page = site.html(&rel);
            let text = page
                .texts("dl.facts-block div")
                .into_iter()
                .find_map(|t| t.strip_prefix(&label).map(|s| s.trim().to_string()))
                .unwrap_or_else(|| panic!("{rel}: no `{label}` fact"));
            assert!(!text.is_empty(), "{lang} {rule}");
            for raw in ["repeat-", "ordinal-", "weekday-", "{"] {
                assert!(!text.contains(raw), "{lang} {rule}: {text}");
            }
            if let Some(day) = day {
                let name = ftl(&site, lang, &format!("weekday-{day}"));
                assert!(text.contains(&name), "{lang} {rule}: {text} lacks {name}");
            }
            assert!(
                !seen.contains(&text),
                "{lang} {rule}: `{text}` describes two rules"
            );
            seen.push(text);
        }
    }
}
