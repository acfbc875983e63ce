//! ISOBMFF boxes (MP4, QuickTime, HEIF/AVIF): splits a byte slice into its boxes with checked
//! arithmetic, so a declared size that overflows or runs past the end is an error, never a
//! panic.
//!
//! Entry points: [`children`] and [`Reader`] (big-endian fields of a box payload).
#![deny(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation
)]

/// One box inside a parent: its type, its offset in the file and its payload.
#[derive(Debug, Clone, Copy)]
pub struct BoxRef<'a> {
    /// The four-character type, e.g. `moov`.
    pub kind: [u8; 4],
    /// Offset of the box header in the file.
    pub at: u64,
    /// The payload (after the size, type and any 64-bit size).
    pub payload: &'a [u8],
    /// Offset of the payload in the file.
    pub payload_at: u64,
}

/// The type of a box as text, e.g. "moov" or "©xyz".
pub fn name(kind: &[u8; 4]) -> String {
    kind.iter()
        .map(|&c| if c == 0xa9 { '©' } else { char::from(c) })
        .collect()
}

/// The boxes of `b`, which starts at byte `base` of the file. Up to 7 zero bytes at the end
/// (the QuickTime terminator of a `udta` list) are allowed; anything else that is not a whole
/// box is an error.
pub fn children(b: &[u8], base: u64) -> Result<Vec<BoxRef<'_>>, String> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    while pos < b.len() {
        let rest = b.get(pos..).unwrap_or_default();
        // Saturating is harmless: `at` only names the byte in messages and `payload_at`.
        let at = base.saturating_add(pos as u64);
        if rest.len() < 8 {
            if rest.iter().all(|&x| x == 0) {
                break;
            }
            return Err(format!("{} stray bytes at byte {at}", rest.len()));
        }
        let mut r = Reader::new(rest);
        let size32 = r.u32()?;
        let kind: [u8; 4] = r.array()?;
        let (size, header) = match size32 {
            0 => (rest.len() as u64, 8u64),
            1 => (r.u64().map_err(|_| too_long(&kind, at))?, 16),
            n => (u64::from(n), 8),
        };
        let fits = usize::try_from(size).ok().filter(|&s| s <= rest.len());
        let payload = fits.and_then(|s| Some((s, rest.get(usize::try_from(header).ok()?..s)?)));
        let Some((size, payload)) = payload else {
            return Err(format!(
                "box `{}` at byte {at} declares {size} bytes, but only {} are left",
                name(&kind),
                rest.len()
            ));
        };
        out.push(BoxRef {
            kind,
            at,
            payload,
            payload_at: at.saturating_add(header),
        });
        // size <= rest.len() = b.len() - pos, so this never fails.
        pos = pos.checked_add(size).ok_or_else(|| too_long(&kind, at))?;
    }
    Ok(out)
}

fn too_long(kind: &[u8; 4], at: u64) -> String {
    format!("box `{}` at byte {at} ends inside its header", name(kind))
}

/// Reads big-endian fields from a payload; reading past the end is an error.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `b`.
    pub fn new(b: &'a [u8]) -> Self {
        Self { b, pos: 0 }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n);
        let got = end.and_then(|e| Some((e, self.b.get(self.pos..e)?)));
        let (end, got) =
            got.ok_or_else(|| format!("ends {n} bytes too soon at byte {}", self.pos))?;
        self.pos = end;
        Ok(got)
    }

    /// The next `N` bytes as an array.
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    /// An unsigned number of `size` bytes (0 to 8; 0 reads nothing and gives 0).
    pub fn uint(&mut self, size: usize) -> Result<u64, String> {
        if size > 8 {
            return Err(format!("a field of {size} bytes"));
        }
        Ok(self
            .take(size)?
            .iter()
            .fold(0u64, |v, &x| (v << 8) | u64::from(x)))
    }

    /// A 16-bit number.
    pub fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    /// A 32-bit number.
    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    /// A 64-bit number.
    pub fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// A NUL-terminated string (the NUL is consumed; a missing one ends the payload).
    pub fn cstr(&mut self) -> String {
        let rest = self.b.get(self.pos..).unwrap_or_default();
        let n = rest.iter().position(|&x| x == 0).unwrap_or(rest.len());
        // Saturating is harmless: the result is clamped to the payload's length.
        self.pos = self
            .pos
            .saturating_add(n)
            .saturating_add(1)
            .min(self.b.len());
        String::from_utf8_lossy(rest.get(..n).unwrap_or_default()).into_owned()
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'a [u8] {
        self.b.get(self.pos..).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn a_32_bit_size_past_the_end_and_a_largesize_near_u64_max_are_errors() {
        let mut b = vec![0xff, 0xff, 0xff, 0xff];
        b.extend_from_slice(b"moov\0\0\0\0");
        let e = children(&b, 0).unwrap_err();
        assert!(
            e.contains("box `moov` at byte 0 declares 4294967295 bytes"),
            "{e}"
        );
        let mut big = b"\0\0\0\x08free\0\0\0\x01mdat".to_vec();
        big.extend_from_slice(&(u64::MAX - 3).to_be_bytes());
        let e = children(&big, u64::MAX - 8).unwrap_err();
        assert!(e.contains("box `mdat`"), "{e}");
        assert!(
            e.contains(&format!("declares {} bytes", u64::MAX - 3)),
            "{e}"
        );
        let e = children(b"\0\0\0\x01mdat\0\0", 0).unwrap_err();
        assert!(e.contains("ends inside its header"), "{e}");
        assert!(children(b"\0\0\0\x01mdat\0\0\0\0\0\0\0\x04", 0).is_err());
    }

    #[test]
    fn overflowing_and_short_boxes_are_errors() {
        let mut huge = 1u32.to_be_bytes().to_vec();
        huge.extend_from_slice(b"free");
        huge.extend_from_slice(&u64::MAX.to_be_bytes());
        let e = children(&huge, 10).unwrap_err();
        assert!(e.contains("box `free` at byte 10 declares"), "{e}");
        assert!(children(b"\0\0\0\x10moov\0\0", 0).is_err());
        assert!(children(b"\0\0\0\x07moov", 0).is_err());
        assert!(children(b"\0\0\0\x08moov\0\0\0\0", 0).unwrap().len() == 1);
        assert!(Reader::new(b"\x01").u16().is_err());
    }
}
