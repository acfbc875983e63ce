//! The image settings of `site.yaml` (`image_widths`, `image_quality`, `image_max_pixels`),
//! checked: errors are (message, help) pairs.

use super::{MAX_IMAGE_PIXELS, SiteConfig};

/// Problems of the image settings.
pub(super) fn settings_errors(site: &SiteConfig) -> Vec<(String, String)> {
    let mut errs = Vec::new();
    let w = &site.image_widths;
    if w.is_empty() || w.iter().any(|&x| x == 0 || x > 8192) || w.windows(2).any(|p| p[0] >= p[1]) {
        errs.push((
            format!(
                "`image_widths` {w:?} must be widths from 1 to 8192, smallest first, each once"
            ),
            "write e.g. `image_widths: [320, 640, 960, 1280]`".into(),
        ));
    }
    if !(1..=100).contains(&site.image_quality) {
        errs.push((
            format!(
                "`image_quality` {} is not between 1 and 100",
                site.image_quality
            ),
            "75 is a good balance of size and quality for photos".into(),
        ));
    }
    if site.image_max_pixels < 1_000_000 {
        errs.push((
            format!("`image_max_pixels` {} is too small", site.image_max_pixels),
            "allow at least 1000000 (one megapixel); the default is 40000000".into(),
        ));
    }
    if site.image_max_pixels > MAX_IMAGE_PIXELS {
        errs.push((
            format!(
                "`image_max_pixels` {} is more than the cap of {MAX_IMAGE_PIXELS} (100 megapixels)",
                site.image_max_pixels
            ),
            "decoding such an image takes gigabytes of memory: allow at most 100000000; the default is 40000000".into(),
        ));
    }
    errs
}
