//! The one table from file extension to media type (MIME type), shared by the server's
//! `Content-Type` and the toolkit downloads' formats.

/// Extensions (lowercase) and their media type, without parameters.
const TYPES: &[(&[&str], &str)] = &[
    (&["html", "htm"], "text/html"),
    (&["css"], "text/css"),
    (&["js"], "text/javascript"),
    (&["json"], "application/json"),
    (&["xml"], "application/xml"),
    (&["txt"], "text/plain"),
    (&["md"], "text/markdown"),
    (&["csv"], "text/csv"),
    (&["ics"], "text/calendar"),
    (&["svg"], "image/svg+xml"),
    (&["webp"], "image/webp"),
    (&["png"], "image/png"),
    (&["jpg", "jpeg"], "image/jpeg"),
    (&["gif"], "image/gif"),
    (&["ico"], "image/x-icon"),
    (&["woff2"], "font/woff2"),
    (&["pdf"], "application/pdf"),
    (&["zip"], "application/zip"),
    (
        &["docx"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        &["xlsx"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        &["pptx"],
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    (&["doc"], "application/msword"),
    (&["xls"], "application/vnd.ms-excel"),
    (&["ppt"], "application/vnd.ms-powerpoint"),
    (&["odt"], "application/vnd.oasis.opendocument.text"),
    (&["ods"], "application/vnd.oasis.opendocument.spreadsheet"),
    (&["odp"], "application/vnd.oasis.opendocument.presentation"),
    (&["rtf"], "application/rtf"),
    (&["mp4"], "video/mp4"),
];

/// The media type of the lowercase extension `ext` (without the dot); `None` when unknown.
/// A `const fn`, so that tables of formats can be filled from it at compile time.
pub const fn media_type(ext: &str) -> Option<&'static str> {
    let mut i = 0;
    while i < TYPES.len() {
        let (exts, media) = TYPES[i];
        let mut j = 0;
        while j < exts.len() {
            if exts[j].eq_ignore_ascii_case(ext) {
                return Some(media);
            }
            j += 1;
        }
        i += 1;
    }
    None
}

/// The media type of a file name by its extension (any case); `None` without a known one.
pub fn of_name(name: &str) -> Option<&'static str> {
    media_type(name.rsplit_once('.')?.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_extension_in_any_case() {
        assert_eq!(of_name("a/b.PDF"), Some("application/pdf"));
        assert_eq!(of_name("photo.jpeg"), of_name("photo.jpg"));
        assert_eq!(of_name("README"), None);
        assert_eq!(media_type("md"), Some("text/markdown"));
    }
}
