//! What one render job looks up beyond the inputs its key covers (where each `@/` link led,
//! what each image request answered), recorded while it renders so that a later build can ask
//! the same questions again before it reuses the job's output file.
//!
//! Entry point: [`Recorder`], one per render job, handed by reference down the calls of that
//! job. It holds a `RefCell`, so it is not `Sync`: the compiler keeps a recorder (and every view
//! holding one) on the thread of its job.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use crate::markdown::Target;

/// Look-ups a render made beyond the inputs its key covers.
#[derive(Debug, Default, Clone)]
pub struct Lookups {
    /// `@/` link keys (with the language they resolved in) and where they led.
    pub links: Vec<(String, usize, Target)>,
    /// Image requests and a hash of each answer.
    pub images: Vec<(ImageCall, u64)>,
    /// Shortcode calls and a hash of each answer (a card shows another item's facts).
    pub shortcodes: Vec<(ShortcodeCall, u64)>,
}

/// One shortcode call: the page source it was written in, the page's language and the call.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShortcodeCall {
    /// Source file of the text.
    pub page: PathBuf,
    /// The page's language.
    pub lang: usize,
    /// The call.
    pub call: crate::markdown::Call,
}

/// One image request: the page source it was written in, its line, `src`, `alt` and what it
/// was asked for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImageCall {
    /// Source file of the page.
    pub page: PathBuf,
    /// Line of the reference.
    pub line: Option<usize>,
    /// As written.
    pub src: String,
    /// Text alternative.
    pub alt: String,
    /// The picture in the page or its share preview.
    pub use_: crate::media::Use,
}

/// The look-ups of one render job; an "off" recorder (one-off builds, jobs without a key)
/// records nothing and allocates nothing.
#[derive(Debug, Default)]
pub struct Recorder {
    lookups: Option<RefCell<Lookups>>,
}

impl Recorder {
    /// A recorder that keeps nothing.
    pub fn off() -> Recorder {
        Recorder { lookups: None }
    }

    /// A recorder that keeps every look-up.
    pub fn on() -> Recorder {
        Recorder {
            lookups: Some(RefCell::default()),
        }
    }

    /// Notes that the job resolved the `@/` link `key` in language `lang` to `target`.
    pub fn link(&self, key: &str, lang: usize, target: &Target) {
        if let Some(l) = &self.lookups {
            l.borrow_mut()
                .links
                .push((key.to_string(), lang, target.clone()));
        }
    }

    /// Requests an image for `use_` from the pipeline (see [`crate::media::Media::ask`]) and
    /// notes the request and its answer.
    pub fn ask(
        &self,
        media: &crate::media::Media,
        page: &Path,
        line: Option<usize>,
        src: &str,
        alt: &str,
        use_: crate::media::Use,
    ) -> Option<crate::media::Picture> {
        let answer = media.ask(page, line, src, alt, use_);
        if let Some(l) = &self.lookups {
            let call = ImageCall {
                page: page.to_path_buf(),
                line,
                src: src.to_string(),
                alt: alt.to_string(),
                use_,
            };
            l.borrow_mut().images.push((call, answer_hash(&answer)));
        }
        answer
    }

    /// Notes that the job rendered shortcode `call` of `page` in language `lang` as `answer`.
    pub fn shortcode(
        &self,
        page: &Path,
        lang: usize,
        call: &crate::markdown::Call,
        answer: &crate::markdown::Answer,
    ) {
        if let Some(l) = &self.lookups {
            let c = ShortcodeCall {
                page: page.to_path_buf(),
                lang,
                call: call.clone(),
            };
            l.borrow_mut().shortcodes.push((c, answer_hash(answer)));
        }
    }

    /// What was looked up.
    pub fn into_lookups(self) -> Lookups {
        self.lookups.map(RefCell::into_inner).unwrap_or_default()
    }
}

/// Asks an image request of an earlier render again (queueing its work in the pipeline, as
/// that render did); true when the answer is the same.
pub fn replay_image(media: &crate::media::Media, call: &ImageCall, answer: u64) -> bool {
    let again = media.ask(&call.page, call.line, &call.src, &call.alt, call.use_);
    answer_hash(&again) == answer
}

/// A hash of an answer (its `Debug` form: pictures and diagnostics have no `Hash`).
pub fn answer_hash(answer: &impl std::fmt::Debug) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    format!("{answer:?}").hash(&mut h);
    h.finish()
}
