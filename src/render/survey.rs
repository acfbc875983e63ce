//! Survey invitations: a QR code of the survey address per language (an SVG file and inline in
//! the page), a printable A5 flyer per language (see [`super::flyer`]), and a chooser page
//! listing every language version in its own name.
//!
//! Entry points: [`qr_svg`] (used by the survey view and by the survey job,
//! `jobs/survey.rs`) and the site paths of the extras.

use qrcode::QrCode;
use qrcode::render::svg;

/// Someone who helps fill in the survey, with a map link to their place when they give one.
#[derive(Debug, serde::Serialize)]
pub struct HelperView<'a> {
    /// The helper as written.
    #[serde(flatten)]
    pub helper: &'a crate::model::kinds::Helper,
    /// OpenStreetMap search for the venue.
    pub map_url: Option<String>,
}

impl<'a> HelperView<'a> {
    /// The view of `helper`.
    pub fn of(helper: &'a crate::model::kinds::Helper) -> Self {
        HelperView {
            helper,
            map_url: helper.venue.as_ref().map(|v| v.map_url()),
        }
    }
}

/// Site path of a survey version's QR code file.
pub fn qr_path(item_path: &str) -> String {
    format!("{item_path}qr.svg")
}

/// Site path of the chooser of a survey's language versions.
pub fn chooser_path(item_path: &str) -> String {
    format!("{item_path}languages/")
}

/// The QR code of `url` as SVG; `label` becomes its accessible name. `standalone` keeps the XML
/// declaration (for the downloadable file).
pub fn qr_svg(url: &str, label: &str, standalone: bool) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    let body = svg
        .split_once("?>")
        .map_or(svg.as_str(), |(_, b)| b)
        .to_string();
    let named = body.replacen(
        "<svg ",
        &format!(
            "<svg role=\"img\" aria-label=\"{}\" ",
            crate::util::escape::xml(label)
        ),
        1,
    );
    Some(if standalone {
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{named}\n")
    } else {
        named
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn qr_code_decodes_to_the_address() {
        let url = "https://use-it.example.org/survey?lang=ur";
        let svg = super::qr_svg(url, "QR code", false).unwrap();
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label=\"QR code\""),
            "{svg}"
        );
        // Rasterise the SVG's module rectangles and decode them with an independent decoder.
        let size: usize = svg
            .split("width=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let mut img = image::GrayImage::from_pixel(size as u32, size as u32, image::Luma([255]));
        let path = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        for cmd in path.split('M').filter(|c| !c.is_empty()) {
            let nums: Vec<u32> = cmd
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (x, y, w, h) = (nums[0], nums[1], nums[2], nums[3]);
            for yy in y..y + h {
                for xx in x..x + w {
                    img.put_pixel(xx, yy, image::Luma([0]));
                }
            }
        }
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, url);
    }
}
