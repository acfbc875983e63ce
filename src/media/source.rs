//! Where an image written in a page is: [`resolve`] (beside the page, inside `content/`).

use std::path::{Component, Path, PathBuf};

use super::images::Problem;

/// The source of image `src` written in `page`: relative to the page's folder, and inside
/// `content/`. External images are refused (the site makes no third-party requests).
pub fn resolve(page: &Path, src: &str) -> Result<PathBuf, Problem> {
    if src.contains("://") || src.starts_with("//") || src.starts_with("data:") {
        return Err((
            format!("image `{src}` is not a file of the site"),
            "download the image, put it beside the page and give its file name: the portal makes no requests to other sites".into(),
        ));
    }
    let src = src.split(['?', '#']).next().unwrap_or(src);
    let mut out = PathBuf::new();
    let base = page.parent().unwrap_or(Path::new(""));
    for c in base.join(src).components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir => {}
            Component::ParentDir if out.pop() => {}
            _ => {
                return Err((
                    format!("image `{src}` points outside the content folder"),
                    "put the image beside the page and give its file name only".into(),
                ));
            }
        }
    }
    if !out.starts_with("content") || out == Path::new("content") {
        return Err((
            format!("image `{src}` points outside the content folder"),
            "put the image beside the page and give its file name only".into(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_beside_the_page_and_never_escape_content() {
        let page = Path::new("content/champions/amina/index.md");
        assert_eq!(
            resolve(page, "photo.jpg").unwrap(),
            Path::new("content/champions/amina/photo.jpg")
        );
        assert_eq!(
            resolve(page, "../shared/a.png").unwrap(),
            Path::new("content/champions/shared/a.png")
        );
        for bad in [
            "../../../site.yaml",
            "/etc/passwd",
            "https://example.org/a.jpg",
            "../../..",
        ] {
            assert!(resolve(page, bad).is_err(), "{bad}");
        }
    }
}
