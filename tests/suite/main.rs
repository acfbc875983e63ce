//! The integration-test binary of `useit`: every test runs the real binary on a small fixture
//! site (or on the bundled portal) and checks what a user sees: exit codes, messages, files and
//! the generated HTML. See `tests/fixtures/README.md` for how to add a case.

mod harness;

mod bidi;
mod build;
mod cli;
mod consent;
mod digest;
mod events;
mod facts;
mod fallback;
mod filters;
mod i18n;
mod images;
mod init;
mod invalid;
mod left_to_ci;
mod links;
mod longform;
mod media;
mod places;
mod portal;
mod portal_dates;
mod privacy;
mod publishing;
mod records;
mod safety;
mod sanitise;
mod search;
mod serve;
mod share;
mod short;
mod shortcodes;
mod sources;
mod toolkits;
mod translating;
mod videos;
mod vocab;
mod wellformed;
