//! The toolkit download check (`toolkits::format::identify`): arbitrary bytes and mutated
//! copies of the portal's own toolkit files (PDF, Word, Excel, OpenDocument, CSV), under each
//! offered extension. Each gives the format or a refusal whose message names the file and
//! whose help says what to do, never a panic; an unchanged file is told as what it is.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use useit::toolkits::format::{FORMATS, identify};

use super::config;
use super::media::{apply, mutation};

/// Toolkit files of several formats, by name.
static FILES: LazyLock<Vec<(&'static str, Vec<u8>)>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("toolkits");
    [
        "choosing-a-legal-form/legal-forms-compared.pdf",
        "choosing-a-legal-form/which-model-fits-checklist.docx",
        "choosing-a-legal-form/legal-forms-at-a-glance.xlsx",
        "choosing-a-legal-form/legal-forms-compared.odt",
        "finance-basics/pricing-worksheet.ods",
        "finance-basics/cash-flow-blank.csv",
    ]
    .into_iter()
    .map(|p| {
        let bytes = std::fs::read(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
        (p, bytes)
    })
    .collect()
});

/// Identifies `bytes` as `name`; fails on a panic or a refusal that does not name the file
/// or gives no help.
fn check(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Err((message, help)) = identify(name, bytes) {
        prop_assert!(
            message.contains(&format!("`{name}`")),
            "{}: {}",
            name,
            message
        );
        prop_assert!(!help.trim().is_empty(), "{}: no help", name);
    }
    Ok(())
}

/// A file name with the usual extension of the `n`-th format.
fn named(n: usize) -> String {
    let f = &FORMATS[n % FORMATS.len()];
    format!("fuzz.{}", f.extension())
}

#[test]
fn the_toolkit_files_are_told_as_what_they_are() {
    for (path, bytes) in FILES.iter() {
        let name = path.rsplit('/').next().unwrap_or(path);
        let f = identify(name, bytes).unwrap_or_else(|(m, h)| panic!("{m} ({h})"));
        assert!(name.ends_with(f.extension()), "{name} told as {}", f.id);
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn arbitrary_bytes_are_told_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..600), which in 0usize..6, ext in any::<usize>()) {
        check(&named(ext), &bytes)?;
        // The same bytes behind each format's magic number.
        let magic = &FILES[which].1[..8];
        check(&named(ext), &[magic, &bytes].concat())?;
    }

    #[test]
    fn mutated_toolkit_files_are_told_or_refused(which in 0usize..6, ext in any::<usize>(), ms in prop::collection::vec(mutation(), 1..5)) {
        let bytes = ms.iter().fold(FILES[which].1.clone(), apply);
        check(&named(ext), &bytes)?;
        let name = FILES[which].0.rsplit('/').next().unwrap_or_default();
        check(name, &bytes)?;
    }
}
