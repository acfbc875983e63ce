//! What the build knows about one toolkit download ([`FileFacts`]), and sizes in words.

use super::format::Format;

/// What the build knows about one download.
#[derive(Debug, Clone)]
pub struct FileFacts {
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, lowercase hex.
    pub sha256: String,
    /// Format, from the content.
    pub format: &'static Format,
}

/// A size in decimal units with one decimal: `850 bytes`, `12.3 kB`, `1.2 MB`.
pub fn human_size(bytes: u64) -> String {
    if bytes < 1000 {
        return format!("{bytes} byte{}", if bytes == 1 { "" } else { "s" });
    }
    let mut v = bytes as f64;
    for unit in ["kB", "MB", "GB"] {
        v /= 1000.0;
        // Round as it will be shown, so 999,960 bytes is "1.0 MB", not "1000.0 kB".
        if (v * 10.0).round() / 10.0 < 1000.0 || unit == "GB" {
            return format!("{v:.1} {unit}");
        }
    }
    unreachable!("the loop returns at GB")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_words() {
        let cases = [
            (0, "0 bytes"),
            (1, "1 byte"),
            (999, "999 bytes"),
            (1000, "1.0 kB"),
            (12_345, "12.3 kB"),
            (999_960, "1.0 MB"),
            (1_234_567, "1.2 MB"),
            (5_000_000_000, "5.0 GB"),
        ];
        for (n, want) in cases {
            assert_eq!(human_size(n), want, "{n}");
        }
    }
}
