//! Dates and times in each page's language, from CLDR data (ICU4X), always in the Gregorian
//! calendar and in the site's time zone (the model already holds local times).
//!
//! Entry point: [`Dates::new`]; then [`Dates::long`], [`Dates::with_weekday`], [`Dates::time`]
//! and [`Dates::time_parts`].
//!
//! Times, one rule for the whole site: each language's CLDR pattern for hours and minutes
//! (its hour cycle: 24-hour in British English and Polish, 12-hour with a day period in Urdu,
//! Arabic, Bengali, Somali), its digits and separators. The day period is CLDR's unless the
//! language's file gives `time-am` and `time-pm` (for a language whose CLDR day period is in
//! Latin letters, such as Urdu's "PM"), and it is always joined to the number by a no-break
//! space, so it never wraps away from it (see `render::views::Views::time`).
//!
//! ICU4X formatters are not `Sync`, and rendering runs on rayon's threads, so each thread keeps
//! its own formatters in a thread-local cache keyed by locale: built once per thread and
//! language, never shared, never mutated after creation.

use std::cell::RefCell;
use std::collections::HashMap;

use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::fieldsets::{T, YMD, YMDE};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_locale_core::Locale;
use icu_time::Time as IcuTime;
use jiff::civil::{Date, Time};

use crate::config::Config;

struct Formatters {
    long: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    time: NoCalendarFormatter<T>,
}

/// Date and time formatting for every configured language.
#[derive(Debug)]
pub struct Dates {
    locales: Vec<Locale>,
}

thread_local! {
    /// A cache of formatters per locale code, one map per rendering thread (the ICU formatters
    /// are not `Sync`). It holds no build state: a formatter depends only on its locale's
    /// compiled-in CLDR data, so any build may reuse any entry.
    static FORMATTERS: RefCell<HashMap<String, std::rc::Rc<Formatters>>> = RefCell::new(HashMap::new());
}

fn formatters(loc: &Locale) -> Formatters {
    let prefs = || loc.clone().into();
    let fallback = || -> Locale { "en-GB".parse().unwrap_or(Locale::UNKNOWN) };
    Formatters {
        long: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(fallback().into(), YMD::long()))
            .expect("CLDR data for en-GB is compiled in"),
        weekday: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDE::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(fallback().into(), YMDE::long()))
            .expect("CLDR data for en-GB is compiled in"),
        time: NoCalendarFormatter::try_new(prefs(), T::hm())
            .or_else(|_| NoCalendarFormatter::try_new(fallback().into(), T::hm()))
            .expect("CLDR data for en-GB is compiled in"),
    }
}

fn locale_for(code: &str, locale: Option<&str>) -> Locale {
    // English on this portal is British English: day before month, 24-hour clock.
    let tag = locale.unwrap_or(if code == "en" { "en-GB" } else { code });
    tag.parse()
        .unwrap_or_else(|_| "en-GB".parse().unwrap_or(Locale::UNKNOWN))
}

/// A formatted time and where its day period ("PM", "م") is in it, if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeParts {
    /// The time as CLDR writes it: "17:30", "5:30 PM".
    pub text: String,
    /// Byte range of the day period in `text`, and whether it is after noon.
    pub period: Option<(std::ops::Range<usize>, bool)>,
}

impl TimeParts {
    /// The time with its day period replaced by `am` or `pm` (when both are given), and every
    /// space next to the day period made a no-break space.
    pub fn with_period(&self, words: Option<(&str, &str)>) -> String {
        let Some((range, pm)) = &self.period else {
            return self.text.clone();
        };
        let word = match words {
            Some((am, pm_word)) => {
                if *pm {
                    pm_word
                } else {
                    am
                }
            }
            None => &self.text[range.clone()],
        };
        let nb = |s: &str| s.replace(' ', "\u{a0}");
        let before = &self.text[..range.start];
        let after = &self.text[range.end..];
        let keep = before.trim_end_matches(' ').len();
        let head = format!("{}{}", &before[..keep], nb(&before[keep..]));
        let rest = after.trim_start_matches(' ');
        let tail = format!("{}{rest}", nb(&after[..after.len() - rest.len()]));
        format!("{head}{word}{tail}")
    }
}

/// Collects a formatted time and the place of its day period.
#[derive(Default)]
struct PartsSink {
    out: String,
    period: Option<std::ops::Range<usize>>,
}

impl std::fmt::Write for PartsSink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.out.push_str(s);
        Ok(())
    }
}

impl writeable::PartsWrite for PartsSink {
    type SubPartsWrite = PartsSink;

    fn with_part(
        &mut self,
        part: writeable::Part,
        mut f: impl FnMut(&mut Self::SubPartsWrite) -> std::fmt::Result,
    ) -> std::fmt::Result {
        let start = self.out.len();
        f(self)?;
        if part == icu_datetime::parts::DAY_PERIOD {
            self.period = Some(start..self.out.len());
        }
        Ok(())
    }
}

impl Dates {
    /// Formatting for every language of `config` (unknown locales fall back to CLDR's root).
    pub fn new(config: &Config) -> Dates {
        Dates {
            locales: config
                .site
                .languages
                .iter()
                .map(|l| locale_for(&l.code, l.locale.as_deref()))
                .collect(),
        }
    }

    fn with<R>(&self, lang: usize, f: impl FnOnce(&Formatters) -> R) -> R {
        let loc = &self.locales[lang.min(self.locales.len() - 1)];
        let fm = FORMATTERS.with(|c| {
            let mut c = c.borrow_mut();
            std::rc::Rc::clone(
                c.entry(loc.to_string())
                    .or_insert_with(|| std::rc::Rc::new(formatters(loc))),
            )
        });
        f(&fm)
    }

    fn icu(d: Date) -> IcuDate<Gregorian> {
        IcuDate::try_new_gregorian(i32::from(d.year()), d.month() as u8, d.day() as u8)
            .unwrap_or_else(|_| IcuDate::try_new_gregorian(1970, 1, 1).expect("valid date"))
    }

    /// "15 March 2018" in the language.
    pub fn long(&self, lang: usize, d: Date) -> String {
        self.with(lang, |f| f.long.format(&Self::icu(d)).to_string())
    }

    /// "Thursday 15 March 2018" in the language.
    pub fn with_weekday(&self, lang: usize, d: Date) -> String {
        self.with(lang, |f| f.weekday.format(&Self::icu(d)).to_string())
    }

    /// "18:00" in the language (its own hour cycle and digits), as CLDR writes it.
    pub fn time(&self, lang: usize, t: Time) -> String {
        self.time_parts(lang, t).text
    }

    /// Like [`Dates::time`], with the place of the day period.
    pub fn time_parts(&self, lang: usize, t: Time) -> TimeParts {
        let it = IcuTime::try_new(t.hour() as u8, t.minute() as u8, 0, 0)
            .unwrap_or(IcuTime::start_of_day());
        let mut sink = PartsSink::default();
        self.with(lang, |f| {
            let _ = writeable::Writeable::write_to_parts(&f.time.format(&it), &mut sink);
        });
        TimeParts {
            period: sink.period.map(|r| (r, t.hour() >= 12)),
            text: sink.out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates() -> Dates {
        let yaml = "title: T\nbase_url: https://e.org/\nlanguage: en\nlanguages:\n  - { code: en, name: English, endonym: English }\n  - { code: pl, name: Polish, endonym: Polski }\n  - { code: ar, name: Arabic, endonym: العربية, dir: rtl }\n  - { code: ur, name: Urdu, endonym: اردو, dir: rtl }\n  - { code: so, name: Somali, endonym: Soomaali }\n";
        let site: crate::config::SiteConfig = serde_saphyr::from_str(yaml).unwrap();
        Dates::new(&Config::from_site(site, None).unwrap())
    }

    #[test]
    fn dates_in_each_language() {
        let d = dates();
        let day = jiff::civil::date(2027, 3, 11);
        assert_eq!(d.long(0, day), "11 March 2027");
        assert_eq!(d.with_weekday(0, day), "Thursday, 11 March 2027");
        assert_eq!(d.time(0, jiff::civil::time(18, 0, 0, 0)), "18:00");
        assert!(d.long(1, day).contains("marca 2027"), "{}", d.long(1, day));
        assert!(
            d.with_weekday(2, day).contains("الخميس"),
            "{}",
            d.with_weekday(2, day)
        );
        assert!(d.long(3, day).contains("مارچ"), "{}", d.long(3, day));
        assert!(
            d.long(4, day).to_lowercase().contains("maarso"),
            "{}",
            d.long(4, day)
        );
    }

    #[test]
    fn times_follow_each_locales_hour_cycle_and_keep_the_day_period_attached() {
        let d = dates();
        let t = |lang, h| d.time_parts(lang, jiff::civil::time(h, 30, 0, 0));
        assert_eq!(t(0, 17).text, "17:30");
        assert_eq!(t(0, 17).period, None);
        assert_eq!(t(1, 17).text, "17:30");
        // Urdu: 12-hour with CLDR's Latin day period, replaced by the language's own words.
        let ur = t(3, 17);
        assert!(ur.text.contains("PM"), "{ur:?}");
        assert_eq!(
            ur.with_period(Some(("قبل دوپہر", "بعد دوپہر"))),
            "5:30\u{a0}بعد دوپہر"
        );
        assert_eq!(
            t(3, 9).with_period(Some(("قبل دوپہر", "بعد دوپہر"))),
            "9:30\u{a0}قبل دوپہر"
        );
        // Arabic: CLDR's own day period, in Arabic script, never on a line of its own.
        let ar = t(2, 17).with_period(None);
        assert!(!ar.contains(' '), "{ar:?}");
        assert!(ar.contains('م'), "{ar:?}");
    }
}
