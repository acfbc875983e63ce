//! The files of each toolkit, linked into the site as they are.

use crate::model::Data;
use crate::render::job::{Args, Count, Cx, JobKind, Key, Plan};
use crate::render::output::{JobResult, nothing, written};

/// The toolkit files: arguments the toolkit and the file's index in its list.
pub(super) const KIND: JobKind = JobKind {
    name: "download",
    count: Count::File,
    list,
    key: Key::None("a linked file is the source file itself"),
    render,
};

fn list(p: &Plan<'_>, jobs: &mut Vec<Args>) {
    for (id, it) in p.r.site.items.iter().enumerate() {
        if let Data::Toolkit(fm, _) = &it.data
            && it.original.is_none()
        {
            jobs.extend((0..fm.files.len()).map(|f| [id, f, 0, 0]));
        }
    }
}

fn render(p: &Plan<'_>, [id, f, ..]: Args, cx: &Cx<'_>) -> JobResult {
    let it = &p.r.site.items[id];
    let Data::Toolkit(fm, dir) = &it.data else {
        return nothing();
    };
    let file = &fm.files[f];
    let src = p.r.root.join(dir).join(&file.path);
    written(cx.out.link(&src, &format!("{}{}", it.path, file.path)))
}
