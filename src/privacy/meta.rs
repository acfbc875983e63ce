//! Reads the metadata payloads that containers embed: EXIF (a TIFF structure, read with the
//! `exif` crate), XMP (XML text) and IPTC-IIM (Photoshop APP13), and writes the one EXIF
//! payload scrubbing keeps: the orientation alone.
//!
//! Entry points: [`exif_findings`], [`xmp_findings`], [`iptc_findings`], [`orientation_tiff`],
//! [`inflate`] for the zlib-compressed payloads of PNG text chunks and PDF streams, and
//! [`appended`] for data after the end of a PNG or WebP image.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use std::collections::BTreeSet;

use exif::{Context, In, Tag};

use super::{Finding, Risk};

/// What an EXIF payload holds.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ExifInfo {
    /// Everything worth reporting (an orientation alone gives nothing).
    pub findings: Vec<Finding>,
    /// The orientation tag of the main image, kept by scrubbing.
    pub orientation: Option<u16>,
}

/// Tags that only link IFDs together or describe the layout: never reported.
const STRUCTURAL: [Tag; 4] = [
    Tag::ExifIFDPointer,
    Tag::GPSInfoIFDPointer,
    Tag::InteropIFDPointer,
    Tag::Orientation,
];

/// Analyses a TIFF-structured EXIF payload (without the `Exif\0\0` prefix).
pub fn exif_findings(tiff: &[u8]) -> ExifInfo {
    let mut info = ExifInfo::default();
    let exif = match exif::Reader::new().read_raw(tiff.to_vec()) {
        Ok(e) => e,
        Err(_) => {
            info.findings.push(Finding::new(
                Risk::Other,
                "EXIF data that cannot be read (it may hold a location)",
            ));
            return info;
        }
    };
    info.orientation = exif
        .get_field(Tag::Orientation, In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .and_then(|v| u16::try_from(v).ok());
    let mut other = BTreeSet::new();
    for f in exif.fields() {
        let tag = f.tag;
        let found = if tag.context() == Context::Gps {
            Some(Finding::new(Risk::Location, "EXIF GPS"))
        } else if [Tag::BodySerialNumber, Tag::LensSerialNumber].contains(&tag)
            || tag.number() == 0xc62f
        {
            Some(Finding::new(Risk::Serial, format!("EXIF {tag}")))
        } else if tag == Tag::MakerNote {
            Some(Finding::new(
                Risk::Serial,
                "EXIF MakerNote, camera data that can hold the serial number",
            ))
        } else if [Tag::CameraOwnerName, Tag::Artist].contains(&tag) {
            Some(Finding::new(Risk::Owner, format!("EXIF {tag}")))
        } else if [Tag::Make, Tag::Model, Tag::LensMake, Tag::LensModel].contains(&tag) {
            Some(Finding::new(Risk::Device, format!("EXIF {tag}")))
        } else {
            if !(STRUCTURAL.contains(&tag) && f.ifd_num == In::PRIMARY) {
                other.insert(tag.number());
            }
            None
        };
        if let Some(found) = found
            && !info.findings.contains(&found)
        {
            info.findings.push(found);
        }
    }
    if !other.is_empty() {
        info.findings.push(Finding::new(
            Risk::Other,
            format!("{} other EXIF tags", other.len()),
        ));
    }
    info
}

/// XMP properties that give a place.
const XMP_LOCATION: [&str; 8] = [
    "exif:GPS",
    "photoshop:City",
    "photoshop:State",
    "photoshop:Country",
    "Iptc4xmpCore:Location",
    "Iptc4xmpCore:CountryCode",
    "Iptc4xmpExt:Location",
    "Iptc4xmpExt:City",
];
/// XMP properties that give a serial number.
const XMP_SERIAL: [&str; 4] = [
    "aux:SerialNumber",
    "aux:LensSerialNumber",
    "exifEX:BodySerialNumber",
    "exifEX:LensSerialNumber",
];
/// XMP properties that name the owner or the creator.
const XMP_OWNER: [&str; 3] = ["aux:OwnerName", "exifEX:CameraOwnerName", "dc:creator"];
/// XMP properties that name the device.
const XMP_DEVICE: [&str; 2] = ["tiff:Make", "tiff:Model"];

/// Analyses an XMP packet (any bytes; the XML is searched as text).
pub fn xmp_findings(xmp: &[u8]) -> Vec<Finding> {
    let text = String::from_utf8_lossy(xmp);
    let mut out = vec![Finding::new(Risk::Other, "XMP")];
    let groups: [(Risk, &[&str]); 4] = [
        (Risk::Location, &XMP_LOCATION),
        (Risk::Serial, &XMP_SERIAL),
        (Risk::Owner, &XMP_OWNER),
        (Risk::Device, &XMP_DEVICE),
    ];
    for (risk, props) in groups {
        for p in props {
            if let Some(name) = property_used(&text, p) {
                out.push(Finding::new(risk, format!("XMP {name}")));
            }
        }
    }
    out
}

/// The full property name when `prefix` is used as an attribute or element (`prefix...=` or
/// `<prefix...>`), not only declared.
fn property_used(text: &str, prefix: &str) -> Option<String> {
    for (start, _) in text.match_indices(prefix) {
        // Every cut below is at a char boundary: the start of a match, or where `find` stopped.
        let (head, rest) = text.split_at_checked(start)?;
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '_'))
            .unwrap_or(rest.len());
        let (name, after) = rest.split_at_checked(len)?;
        if after.trim_start().starts_with('=') || head.ends_with('<') {
            return Some(name.to_string());
        }
    }
    None
}

/// Analyses Photoshop APP13 data for IPTC-IIM location and by-line datasets.
pub fn iptc_findings(data: &[u8]) -> Vec<Finding> {
    let mut out = vec![Finding::new(Risk::Other, "IPTC")];
    for w in data.windows(3) {
        if let [0x1c, 2, dataset] = *w {
            let f = match dataset {
                90 => Finding::new(Risk::Location, "IPTC City"),
                92 => Finding::new(Risk::Location, "IPTC Sub-location"),
                95 => Finding::new(Risk::Location, "IPTC Province-State"),
                100 | 101 => Finding::new(Risk::Location, "IPTC Country"),
                80 => Finding::new(Risk::Owner, "IPTC By-line"),
                _ => continue,
            };
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

/// The largest payload [`inflate`] returns (a guard against zip bombs).
pub const MAX_INFLATED: u64 = 64 << 20;

/// Inflates zlib-compressed data (PNG `zTXt`/`iTXt`, PDF `FlateDecode`); an error when it is
/// damaged or inflates to more than [`MAX_INFLATED`] bytes.
pub fn inflate(data: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .take(MAX_INFLATED + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot be inflated ({e})"))?;
    if out.len() as u64 > MAX_INFLATED {
        return Err("inflates to more than 64 MiB".into());
    }
    Ok(out)
}

/// Data after the end of an image (after PNG's `IEND`, or WebP's RIFF size): a finding, or an
/// error when it is not zero padding, since the check cannot read it. Scrubbing drops it.
pub fn appended(b: &[u8], end: usize) -> Result<Vec<Finding>, String> {
    let rest = b.get(end..).unwrap_or_default();
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    let what = format!("{} bytes appended after the image", rest.len());
    if rest.iter().all(|&x| x == 0) {
        return Ok(vec![Finding::new(Risk::Other, what)]);
    }
    Err(format!(
        "{what} (at byte {end}), which the check cannot read; `useit scrub` removes them"
    ))
}

/// A big-endian TIFF payload holding only the orientation tag (26 bytes).
pub fn orientation_tiff(orientation: u16) -> Vec<u8> {
    let mut t = Vec::with_capacity(26);
    t.extend_from_slice(b"MM\x00\x2a\x00\x00\x00\x08"); // header, IFD0 at offset 8
    t.extend_from_slice(&1u16.to_be_bytes()); // one entry
    t.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    t.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    t.extend_from_slice(&1u32.to_be_bytes()); // count
    t.extend_from_slice(&orientation.to_be_bytes());
    t.extend_from_slice(&[0, 0]); // value padding
    t.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orientation_only_payload_reads_back_and_reports_nothing() {
        let info = exif_findings(&orientation_tiff(6));
        assert_eq!(info.orientation, Some(6));
        assert!(info.findings.is_empty(), "{:?}", info.findings);
    }

    #[test]
    fn xmp_properties_used_not_merely_declared() {
        let xmp = br#"<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
            photoshop:City="Birmingham" aux:SerialNumber = "123"><exif:GPSLatitude>52,29.1N</exif:GPSLatitude>"#;
        let f = xmp_findings(xmp);
        let d: Vec<&str> = f.iter().map(|f| f.detail.as_str()).collect();
        assert_eq!(
            d,
            [
                "XMP",
                "XMP exif:GPSLatitude",
                "XMP photoshop:City",
                "XMP aux:SerialNumber"
            ]
        );
        let declared = br#"<x xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:ColorSpace="1"/>"#;
        assert_eq!(xmp_findings(declared).len(), 1);
    }

    #[test]
    fn iptc_city_is_a_location() {
        let data = [b'8', b'B', 0x1c, 2, 90, 0, 10, b'B'];
        assert!(
            iptc_findings(&data)
                .iter()
                .any(|f| f.risk == Risk::Location)
        );
    }
}
