//! WebVTT caption files: [`check`] reads one as the W3C WebVTT format lays it out (the
//! `WEBVTT` signature, blocks separated by blank lines, `NOTE`, `STYLE` and `REGION` blocks,
//! cues with an optional identifier and a timing line `start --> end [settings]`) and says
//! where it first goes wrong. Browsers silently drop a file they cannot parse, so a caption
//! mistake would otherwise only show as missing captions.

/// A problem in a caption file: its 1-based line and what is wrong.
pub type Problem = (usize, String);

/// Checks `text`; the end time of its last cue in milliseconds (0 without cues).
pub fn check(text: &str) -> Result<u64, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let first = lines.first().copied().unwrap_or("");
    let sig_ok = first == "WEBVTT"
        || first
            .strip_prefix("WEBVTT")
            .is_some_and(|r| r.starts_with(' ') || r.starts_with('\t'));
    if !sig_ok {
        return Err((
            1,
            "the first line must be `WEBVTT` (a SubRip `.srt` file is not WebVTT)".into(),
        ));
    }
    let mut i = 1;
    // The header's other lines, up to the first blank line.
    while i < lines.len() && !lines[i].is_empty() {
        if lines[i].contains("-->") {
            return Err((
                i + 1,
                "a blank line must follow the `WEBVTT` line before the first cue".into(),
            ));
        }
        i += 1;
    }
    let mut last_end = 0;
    let mut previous_start = 0;
    while i < lines.len() {
        if lines[i].is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].is_empty() {
            i += 1;
        }
        let block = &lines[start..i];
        let head = block[0];
        if head.starts_with("NOTE") && (head.len() == 4 || head[4..].starts_with([' ', '\t'])) {
            continue;
        }
        if head == "STYLE" || head == "REGION" {
            continue;
        }
        let (timing_at, timing) = if head.contains("-->") {
            (start, head)
        } else if block.len() > 1 && block[1].contains("-->") {
            (start + 1, block[1])
        } else {
            return Err((
                start + 1,
                format!(
                    "`{}` is neither a cue's timing (`00:00:01.000 --> 00:00:04.000`) nor a cue \
                     identifier followed by one",
                    short(head)
                ),
            ));
        };
        let (s, e) = timing_line(timing).map_err(|m| (timing_at + 1, m))?;
        if e <= s {
            return Err((
                timing_at + 1,
                "the cue ends before it starts (or when it starts)".into(),
            ));
        }
        if s < previous_start {
            return Err((
                timing_at + 1,
                "the cue starts before the cue above it: cues must be in order of their start"
                    .into(),
            ));
        }
        previous_start = s;
        last_end = last_end.max(e);
    }
    Ok(last_end)
}

fn short(line: &str) -> String {
    line.chars().take(40).collect()
}

/// `start --> end [settings]`, in milliseconds.
fn timing_line(line: &str) -> Result<(u64, u64), String> {
    let (a, rest) = line
        .split_once("-->")
        .ok_or_else(|| "a timing line needs `-->`".to_string())?;
    let b = rest.split_whitespace().next().unwrap_or("");
    Ok((timestamp(a.trim())?, timestamp(b)?))
}

/// `hh:mm:ss.ttt` or `mm:ss.ttt`, in milliseconds.
fn timestamp(t: &str) -> Result<u64, String> {
    let bad = || {
        format!(
            "`{}` is not a WebVTT time: write `00:01:02.500` (hours optional, a dot before \
             exactly three digits of milliseconds)",
            short(t)
        )
    };
    let (clock, ms) = t.split_once('.').ok_or_else(bad)?;
    if ms.len() != 3 || !ms.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let digits = |p: &str, n: usize| p.len() >= n && p.bytes().all(|b| b.is_ascii_digit());
    let (h, m, s) = match parts.as_slice() {
        [h, m, s] if digits(h, 2) && digits(m, 2) && digits(s, 2) => (*h, *m, *s),
        [m, s] if digits(m, 2) && digits(s, 2) => ("0", *m, *s),
        _ => return Err(bad()),
    };
    let num = |p: &str| p.parse::<u64>().map_err(|_| bad());
    let (h, m, s, ms) = (num(h)?, num(m)?, num(s)?, num(ms)?);
    if m > 59 || s > 59 {
        return Err(bad());
    }
    Ok(((h * 60 + m) * 60 + s) * 1000 + ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_file_gives_its_last_cue_end() {
        let f = "WEBVTT - captions\n\nNOTE made by hand\n\n1\n00:00:00.000 --> 00:00:02.500 line:90%\nHello\n\n00:01.000 --> 00:04.000\nWorld\n";
        assert_eq!(check(f), Ok(4000));
        assert_eq!(check("\u{feff}WEBVTT\r\n\r\n"), Ok(0));
    }

    #[test]
    fn mistakes_name_their_line() {
        let line = |f: &str| check(f).unwrap_err().0;
        assert_eq!(line("1\n00:00:00,000 --> 00:00:01,000\nHi\n"), 1);
        assert_eq!(line("WEBVTT\n00:00.000 --> 00:01.000\n"), 2);
        assert_eq!(line("WEBVTT\n\n00:00:00,000 --> 00:00:01,000\nHi\n"), 3);
        assert_eq!(line("WEBVTT\n\nhello\nthere\n"), 3);
        assert_eq!(line("WEBVTT\n\nid\n00:00:02.000 --> 00:00:01.000\n"), 4);
        assert_eq!(
            line("WEBVTT\n\n00:05.000 --> 00:06.000\na\n\n00:01.000 --> 00:02.000\nb\n"),
            6
        );
        assert!(check("WEBVTT\n\n00:00:61.000 --> 00:01:00.000\n").is_err());
    }
}
