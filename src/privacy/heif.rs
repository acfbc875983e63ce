//! HEIF and AVIF (ISOBMFF with an `ftyp` brand such as `heic`, `avif` or `mif1`): reads the
//! `Exif` and XMP (`mime`) items that the `meta` box lists.
//!
//! Entry point: [`inspect`]. The item list (`iinf`) gives each item's type, the location box
//! (`iloc`) where its bytes are (in the file or in the `idat` box). A file whose boxes, item
//! list or item locations cannot be read fully is an error, never a pass: the photo could carry
//! a location the check did not see. Scrubbing HEIF is not supported (see [`super::scrub`]).
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

use super::boxes::{self, BoxRef, Reader};
use super::meta;
use super::{Finding, Risk};

/// One item of the `meta` box that may hold metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    id: u32,
    kind: [u8; 4],
    content_type: String,
    encoding: String,
}

/// Where an item's bytes are: (construction method, extents as offset and length).
#[derive(Debug, Clone, Default)]
struct Location {
    method: u16,
    extents: Vec<(u64, u64)>,
}

/// The metadata a HEIF or AVIF file carries.
pub fn inspect(b: &[u8]) -> Result<Vec<Finding>, String> {
    let top = boxes::children(b, 0).map_err(|e| format!("damaged HEIF/AVIF file: {e}"))?;
    if top.first().map(|x| &x.kind) != Some(b"ftyp") {
        return Err("not a HEIF/AVIF file (no `ftyp` box at the start)".into());
    }
    let meta_box = top
        .iter()
        .find(|x| &x.kind == b"meta")
        .ok_or("damaged HEIF/AVIF file: no `meta` box, so its items cannot be found")?;
    let parts = boxes::children(
        meta_box.payload.get(4..).unwrap_or_default(),
        // Saturating is harmless: the base only names bytes in messages.
        meta_box.payload_at.saturating_add(4),
    )
    .map_err(|e| format!("damaged HEIF/AVIF `meta` box: {e}"))?;
    let find = |k: &[u8; 4]| parts.iter().find(|x| &x.kind == k);
    let items = match find(b"iinf") {
        Some(x) => item_list(x).map_err(|e| format!("cannot read the item list (`iinf`): {e}"))?,
        None => Vec::new(),
    };
    let wanted: Vec<&Item> = items.iter().filter(|i| is_metadata(i)).collect();
    let mut out = Vec::new();
    if wanted.is_empty() {
        return Ok(out);
    }
    let iloc = find(b"iloc").ok_or("damaged HEIF/AVIF file: metadata items but no `iloc` box")?;
    let locs = locations(iloc.payload)
        .map_err(|e| format!("cannot read the item locations (`iloc`): {e}"))?;
    let idat = find(b"idat").map(|x| x.payload);
    for item in wanted {
        let loc = locs
            .iter()
            .find(|(id, _)| *id == item.id)
            .map(|(_, l)| l)
            .ok_or_else(|| format!("item {} has no location in `iloc`", item.id))?;
        let data =
            item_bytes(b, idat, loc).map_err(|e| format!("cannot read item {}: {e}", item.id))?;
        out.extend(item_findings(item, &data)?);
    }
    Ok(out)
}

fn is_metadata(i: &Item) -> bool {
    &i.kind == b"Exif" || &i.kind == b"mime"
}

/// What one metadata item holds.
fn item_findings(item: &Item, data: &[u8]) -> Result<Vec<Finding>, String> {
    if !item.encoding.is_empty() {
        return Err(format!(
            "item {} is stored compressed ({}), which the check cannot read",
            item.id, item.encoding
        ));
    }
    if &item.kind == b"Exif" {
        // A 4-byte offset to the TIFF header, usually after an `Exif\0\0` prefix.
        let mut r = Reader::new(data);
        let skip = r.u32().map_err(|e| format!("EXIF item {}: {e}", item.id))?;
        let tiff = usize::try_from(skip)
            .ok()
            .and_then(|s| r.rest().get(s..))
            .ok_or_else(|| format!("EXIF item {}: TIFF offset {skip} past its end", item.id))?;
        return Ok(meta::exif_findings(tiff).findings);
    }
    if item.content_type.contains("xml") || item.content_type.contains("rdf") {
        return Ok(meta::xmp_findings(data));
    }
    Ok(vec![Finding::new(
        Risk::Other,
        format!("HEIF `{}` item", item.content_type),
    )])
}

/// The items an `iinf` box lists.
fn item_list(iinf: &BoxRef<'_>) -> Result<Vec<Item>, String> {
    let mut r = Reader::new(iinf.payload);
    let version = r.u32()? >> 24;
    let count = if version == 0 {
        u32::from(r.u16()?)
    } else {
        r.u32()?
    };
    let list = boxes::children(r.rest(), 0)?;
    if list.len() as u64 != u64::from(count) {
        return Err(format!("{count} items declared, {} found", list.len()));
    }
    list.iter()
        .filter(|x| &x.kind == b"infe")
        .map(|x| item(x.payload))
        .collect()
}

/// One `infe` box.
fn item(p: &[u8]) -> Result<Item, String> {
    let mut r = Reader::new(p);
    let version = r.u32()? >> 24;
    let id = match version {
        0..=2 => u32::from(r.u16()?),
        _ => r.u32()?,
    };
    r.u16()?; // protection index
    let kind: [u8; 4] = if version >= 2 { r.array()? } else { *b"mime" };
    let _name = r.cstr();
    let (content_type, encoding) = if &kind == b"mime" || version < 2 {
        (r.cstr(), r.cstr())
    } else {
        (String::new(), String::new())
    };
    Ok(Item {
        id,
        kind,
        content_type,
        encoding,
    })
}

/// The locations an `iloc` box gives, by item id.
fn locations(p: &[u8]) -> Result<Vec<(u32, Location)>, String> {
    let mut r = Reader::new(p);
    let version = r.u32()? >> 24;
    let sizes = r.u16()?;
    let (off, len, base) = (
        usize::from(sizes >> 12),
        usize::from((sizes >> 8) & 15),
        usize::from((sizes >> 4) & 15),
    );
    let index = if version >= 1 {
        usize::from(sizes & 15)
    } else {
        0
    };
    let count = if version < 2 {
        u32::from(r.u16()?)
    } else {
        r.u32()?
    };
    let mut out = Vec::new();
    for _ in 0..count {
        let id = if version < 2 {
            u32::from(r.u16()?)
        } else {
            r.u32()?
        };
        let method = if version >= 1 { r.u16()? & 15 } else { 0 };
        r.u16()?; // data reference index
        let base_offset = r.uint(base)?;
        let mut loc = Location {
            method,
            extents: Vec::new(),
        };
        for _ in 0..r.u16()? {
            r.uint(index)?;
            let o = base_offset
                .checked_add(r.uint(off)?)
                .ok_or("extent offset overflows")?;
            loc.extents.push((o, r.uint(len)?));
        }
        out.push((id, loc));
    }
    Ok(out)
}

/// The bytes of an item, from the file (method 0) or the `idat` box (method 1).
fn item_bytes(file: &[u8], idat: Option<&[u8]>, loc: &Location) -> Result<Vec<u8>, String> {
    let src = match loc.method {
        0 => file,
        1 => idat.ok_or("stored in `idat`, but there is no `idat` box")?,
        m => return Err(format!("construction method {m} is not supported")),
    };
    let mut out = Vec::new();
    for &(offset, length) in &loc.extents {
        let start = usize::try_from(offset).ok().filter(|&s| s <= src.len());
        let start = start.ok_or_else(|| {
            format!(
                "extent at byte {offset} is past the end ({} bytes): the file is truncated",
                src.len()
            )
        })?;
        let end = if length == 0 {
            Some(src.len())
        } else {
            usize::try_from(length)
                .ok()
                .and_then(|l| start.checked_add(l))
        };
        let bytes = end
            .and_then(|e| src.get(start..e))
            .ok_or_else(|| format!("extent of {length} bytes at byte {offset} runs past the end ({} bytes): the file is truncated", src.len()))?;
        out.extend_from_slice(bytes);
    }
    Ok(out)
}
