//! The job model every job kind under [`super::jobs`] is written against: a job is plain data
//! ([`Job`]: its kind's row in the table and up to four numbers), a kind is a row of plain
//! function pointers ([`JobKind`]) that list its jobs, key them and render them.

use super::context::Renderer;
use super::listings::Listing;
use super::output::JobResult;
use crate::highlight::Highlighter;
use crate::incremental::keys::{Keys, Reads};
use crate::incremental::recorder::Recorder;
use crate::write::Output;

/// What a job kind's function gets to know about its job: up to four numbers, whose meaning
/// the kind defines (a language index, an item, a listing, a page number...).
pub type Args = [usize; 4];

/// One output file (or a family of files written together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// The row of its kind in the table of job kinds.
    pub kind: usize,
    /// Its arguments.
    pub args: Args,
}

/// What every job of a build shares: the render context and the site's listings.
pub struct Plan<'p> {
    /// The render context.
    pub r: &'p Renderer<'p>,
    /// Every listing of the site, in the order of [`super::listings::listings`].
    pub listings: Vec<Listing<'p>>,
    /// Per listing: the key of what it shows on every page (serve only, else empty).
    pub listing_keys: Vec<u64>,
}

/// What one job renders with; holds the job's [`Recorder`], so it never leaves the job's thread.
pub struct Cx<'c> {
    /// Where files go.
    pub out: &'c Output,
    /// Code highlighting.
    pub h: &'c Highlighter,
    /// The look-ups of this job.
    pub rec: &'c Recorder,
}

/// What a job kind's output is counted as in the build report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// An HTML page.
    Page,
    /// A calendar file (survey extras are counted here too).
    Calendar,
    /// A file copied (or linked, or written as it is).
    File,
}

/// How a job kind's output file is keyed in serve.
pub enum Key {
    /// The output file of a job and the key of its inputs; the [`Reads`] note which items'
    /// whole text the key read.
    Of(fn(&Plan<'_>, Args, &Keys<'_>, &mut Reads) -> (String, u64)),
    /// No key: the jobs always run. The reason says why that is right.
    None(&'static str),
}

/// One kind of job: a row of the table in [`super::jobs`].
pub struct JobKind {
    /// A name for messages and tests.
    pub name: &'static str,
    /// How the report counts its jobs.
    pub count: Count,
    /// Pushes the arguments of every job of this kind.
    pub list: fn(&Plan<'_>, &mut Vec<Args>),
    /// Its key.
    pub key: Key,
    /// Renders one job.
    pub render: fn(&Plan<'_>, Args, &Cx<'_>) -> JobResult,
}

/// Lists one job per item that `keep` selects, argument the item.
pub fn per_item(p: &Plan<'_>, jobs: &mut Vec<Args>, keep: impl Fn(&crate::model::Item) -> bool) {
    let items = p.r.site.items.iter().enumerate();
    jobs.extend(
        items
            .filter(|(_, it)| keep(it))
            .map(|(id, _)| [id, 0, 0, 0]),
    );
}

/// Lists one job per language, argument the language.
pub fn per_language(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    jobs.extend(p.r.languages().map(|lang| [lang, 0, 0, 0]));
}
