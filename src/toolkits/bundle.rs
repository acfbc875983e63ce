//! The whole-toolkit ZIP: deterministic bytes for the same files, whatever the machine, the
//! clock or the order the file system lists them in.
//!
//! Entry point: [`zip_bytes`]. Entries are sorted by name, at the top level of the archive, with
//! the DOS epoch (1980-01-01 00:00) as their time and `rw-r--r--` as their permissions; files
//! that are already compressed (PDF, Office and OpenDocument, images) are stored, text deflated.

use std::io::{Cursor, Write};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::format::Format;
use crate::util::hash::hex;

/// One file going into a ZIP.
pub struct Entry<'a> {
    /// Name inside the archive.
    pub name: &'a str,
    /// Format (decides stored or deflated).
    pub format: &'static Format,
    /// Content.
    pub bytes: Vec<u8>,
}

/// The key a ZIP is cached under: SHA-256 of the layout version and each entry's name and hash.
pub fn key(entries: &[(&str, &str)]) -> String {
    let mut sorted = entries.to_vec();
    sorted.sort();
    let mut h = Sha256::new();
    h.update(b"useit-toolkit-zip-v1\n");
    for (name, sha) in sorted {
        h.update(name.as_bytes());
        h.update(b"\0");
        h.update(sha.as_bytes());
        h.update(b"\n");
    }
    hex(&h.finalize())
}

/// The ZIP of `entries`.
pub fn zip_bytes(mut entries: Vec<Entry<'_>>) -> zip::result::ZipResult<Vec<u8>> {
    entries.sort_by(|a, b| a.name.cmp(b.name));
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    for e in &entries {
        let method = if e.format.compressed {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let opts = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644)
            .large_file(e.bytes.len() as u64 >= u32::MAX as u64);
        w.start_file(e.name, opts)?;
        w.write_all(&e.bytes)?;
    }
    Ok(w.finish()?.into_inner())
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toolkits::format::by_id;
    use std::io::Read;

    fn entries() -> Vec<Entry<'static>> {
        vec![
            Entry {
                name: "b.csv",
                format: by_id("csv").unwrap(),
                bytes: b"a,b\n1,2\n".to_vec(),
            },
            Entry {
                name: "a.pdf",
                format: by_id("pdf").unwrap(),
                bytes: b"%PDF-1.4 x".to_vec(),
            },
        ]
    }

    #[test]
    fn same_files_same_bytes_sorted_entries() {
        let one = zip_bytes(entries()).unwrap();
        let mut rev = entries();
        rev.reverse();
        assert_eq!(one, zip_bytes(rev).unwrap());
        let mut z = zip::ZipArchive::new(Cursor::new(&one)).unwrap();
        let names: Vec<String> = z.file_names().map(|n| n.unwrap().to_string()).collect();
        assert_eq!(names, ["a.pdf", "b.csv"]);
        let mut s = String::new();
        z.by_name("b.csv").unwrap().read_to_string(&mut s).unwrap();
        assert_eq!(s, "a,b\n1,2\n");
        assert_eq!(z.by_name("a.pdf").unwrap().unix_mode(), Some(0o100644));
    }

    #[test]
    fn key_ignores_order_and_hash_is_hex() {
        assert_eq!(
            key(&[("a", "1"), ("b", "2")]),
            key(&[("b", "2"), ("a", "1")])
        );
        assert_ne!(key(&[("a", "1")]), key(&[("a", "2")]));
        assert_eq!(
            sha256(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
