//! The locale files as a contributor edits them, for the language tests.

use std::path::PathBuf;

use workvoice_domain::Language;
use workvoice_web::i18n::catalog::{self, Message};

/// Every message of `language`, with the file (feature) it is in, in file order.
pub fn messages(language: Language) -> Vec<(String, Message)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.code());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no .ftl files in {}", dir.display());
    paths
        .iter()
        .flat_map(|path| {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let source = std::fs::read_to_string(path).unwrap();
            catalog::messages(&source)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .into_iter()
                .map(move |m| (file.clone(), m))
        })
        .collect()
}
