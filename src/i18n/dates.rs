//! Dates and times in each page's language, from CLDR data (ICU4X), always in the Gregorian
//! calendar and in the site's time zone (the model already holds local times).
//!
//! Entry point: [`Dates::new`]; then [`Dates::long`], [`Dates::with_weekday`], [`Dates::time`].
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

    /// "18:00" in the language (its own hour cycle and digits).
    pub fn time(&self, lang: usize, t: Time) -> String {
        let it = IcuTime::try_new(t.hour() as u8, t.minute() as u8, 0, 0)
            .unwrap_or(IcuTime::start_of_day());
        self.with(lang, |f| f.time.format(&it).to_string())
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
}
