//! `workvoice locale export|import`: one CSV per language for a native reviewer — every
//! message with its English source, where it appears, what its placeholders stand for,
//! and the term list — and the reviewed CSV back into the `.ftl` files. A row whose
//! placeholders differ from the English message's is refused with its row number, and
//! then nothing is written: a half-imported review is worse than none.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use workvoice_domain::Language;
use workvoice_web::i18n::catalog::{self, Message};
use workvoice_web::i18n::placeholders::Placeholders;
use workvoice_web::i18n::terms::TermList;

/// Where the locale files are in a source checkout.
const DEFAULT_DIR: &str = "crates/web/locales";
const HEADER: [&str; 8] = [
    "kind",
    "file",
    "id",
    "section",
    "placeholders",
    "english",
    "translation",
    "note",
];

#[derive(Subcommand)]
pub enum LocaleCommand {
    /// Write every message of LANGUAGE (bn, vi or en) as CSV to standard output
    ///
    /// One row per message: its file (the feature, i.e. the pages it appears on), id,
    /// section, what each placeholder stands for, the English source and the current
    /// translation; then one row per term of the term list (kind "term"). Placeholders
    /// look like { $name } and must stay as they are; plural forms look like
    /// [one] … *[other] …. Edit only the "translation" column. Opens in a spreadsheet
    /// (UTF-8 with BOM).
    Export {
        /// bn, vi or en
        language: String,
        /// The locales folder of a source checkout
        #[arg(long, default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
    /// Read a reviewed CSV (from `locale export`) into LANGUAGE's .ftl files
    ///
    /// Only "message" rows are read, only their "translation" column is used. Every row
    /// is checked first: an unknown file or id, text that is not valid Fluent, or
    /// placeholders that differ from the English message's stop the import with the row
    /// number, and no file is changed.
    Import {
        /// bn, vi or en
        language: String,
        /// The reviewed CSV file
        file: PathBuf,
        /// The locales folder of a source checkout
        #[arg(long, default_value = DEFAULT_DIR)]
        dir: PathBuf,
    },
}

pub fn run(command: LocaleCommand) -> Result<()> {
    match command {
        LocaleCommand::Export { language, dir } => {
            let csv = export(&dir, parse_language(&language)?)?;
            print!("{csv}");
            Ok(())
        }
        LocaleCommand::Import {
            language,
            file,
            dir,
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let changed = import(&dir, parse_language(&language)?, &text)?;
            println!("{changed} messages updated.");
            Ok(())
        }
    }
}

fn parse_language(code: &str) -> Result<Language> {
    Language::parse(code).with_context(|| format!("unknown language {code:?} (use bn, vi or en)"))
}

/// A language's files: name → source text, sorted by name.
fn read_files(dir: &Path, language: Language) -> Result<BTreeMap<String, String>> {
    let folder = dir.join(language.code());
    let mut out = BTreeMap::new();
    let entries = std::fs::read_dir(&folder).with_context(|| {
        format!(
            "cannot read {} (run from a source checkout, or pass --dir)",
            folder.display()
        )
    })?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            out.insert(name, text);
        }
    }
    Ok(out)
}

fn messages_of(files: &BTreeMap<String, String>) -> Result<BTreeMap<(String, String), Message>> {
    let mut out = BTreeMap::new();
    for (file, text) in files {
        for m in catalog::messages(text).with_context(|| file.clone())? {
            out.insert((file.clone(), m.id.clone()), m);
        }
    }
    Ok(out)
}

/// Spreadsheets run a cell that starts like a formula; a leading apostrophe keeps it text.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn uncell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => text,
    }
}

/// The CSV a reviewer of `language` gets.
pub fn export(dir: &Path, language: Language) -> Result<String> {
    let english = messages_of(&read_files(dir, Language::En)?)?;
    let target = messages_of(&read_files(dir, language)?)?;
    let placeholders = Placeholders::shipped()?;
    let terms = TermList::shipped()?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    for ((file, id), source) in &english {
        let meanings = source
            .variables
            .iter()
            .map(|v| {
                let meaning = placeholders
                    .get(id, v)
                    .map_or_else(|| "(no description)".to_owned(), |p| p.meaning);
                format!("{{ ${v} }}: {meaning}")
            })
            .collect::<Vec<_>>()
            .join("; ");
        let translation = target
            .get(&(file.clone(), id.clone()))
            .map_or("", |m| m.value.as_str());
        let page = file.trim_end_matches(".ftl");
        w.write_record([
            "message",
            file,
            id,
            &source.section,
            &meanings,
            &cell(&source.value),
            &cell(translation),
            &format!("shown on the {page} pages"),
        ])?;
    }
    for t in &terms.term {
        let rejected = t
            .reject
            .get(language.code())
            .map(|r| format!("never: {}", r.join(", ")))
            .unwrap_or_default();
        let note = [rejected, t.note.clone().unwrap_or_default()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(". ");
        w.write_record([
            "term",
            "terms.toml",
            &t.concept,
            "",
            "",
            &t.en,
            t.term(language),
            &note,
        ])?;
    }
    let bytes = w.into_inner().context("writing the CSV")?;
    Ok(format!("\u{FEFF}{}", String::from_utf8(bytes)?))
}

/// Writes the reviewed translations of `csv` into `language`'s files; returns how many
/// messages changed. Checks every row before writing anything.
pub fn import(dir: &Path, language: Language, csv: &str) -> Result<usize> {
    let english = messages_of(&read_files(dir, Language::En)?)?;
    let mut files = read_files(dir, language)?;
    let current = messages_of(&files)?;
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let headers = reader.headers()?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .with_context(|| format!("the CSV has no \"{name}\" column"))
    };
    let (kind, file_col, id_col, text_col) = (
        column("kind")?,
        column("file")?,
        column("id")?,
        column("translation")?,
    );
    let mut errors = Vec::new();
    let mut edits = Vec::new();
    for (i, record) in reader.records().enumerate() {
        // Row 1 is the header.
        let row = i + 2;
        let record = record.with_context(|| format!("row {row} is not valid CSV"))?;
        if record.get(kind) != Some("message") {
            continue;
        }
        let file = record.get(file_col).unwrap_or_default().to_owned();
        let id = record.get(id_col).unwrap_or_default().to_owned();
        let text = uncell(record.get(text_col).unwrap_or_default()).to_owned();
        let key = (file.clone(), id.clone());
        let (Some(source), Some(now)) = (english.get(&key), current.get(&key)) else {
            errors.push(format!("row {row}: no message {id} in {file}"));
            continue;
        };
        if text == now.value {
            continue;
        }
        match catalog::variables(&text) {
            Err(e) => errors.push(format!("row {row} ({file} {id}): {e}")),
            Ok(found) if found != source.variables => errors.push(format!(
                "row {row} ({file} {id}): placeholders changed: the English has {}, the translation has {}",
                list(&source.variables),
                list(&found)
            )),
            Ok(_) => edits.push((file, id, text)),
        }
    }
    if !errors.is_empty() {
        bail!(
            "nothing was imported; fix these rows and import again:\n  {}",
            errors.join("\n  ")
        );
    }
    let mut changed_files = BTreeMap::new();
    for (file, id, text) in &edits {
        let source = files.get(file).map(String::as_str).unwrap_or_default();
        let edited =
            catalog::set_value(source, id, text).with_context(|| format!("{file} {id}"))?;
        files.insert(file.clone(), edited);
        changed_files.insert(file.clone(), ());
    }
    for file in changed_files.keys() {
        let path = dir.join(language.code()).join(file);
        std::fs::write(&path, &files[file])
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(edits.len())
}

fn list(variables: &std::collections::BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "none".into();
    }
    variables
        .iter()
        .map(|v| format!("{{ ${v} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A locales folder with one feature file in English and Bengali.
    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (lang, text) in [
            (
                "en",
                "## Case page\nevent-assigned = assigned the case to { $to }\nplain = -Hello\n",
            ),
            (
                "bn",
                "## Case page\nevent-assigned = কেসের দায়িত্ব দিয়েছেন: { $to }\nplain = হ্যালো\n",
            ),
        ] {
            std::fs::create_dir(dir.path().join(lang)).unwrap();
            std::fs::write(dir.path().join(lang).join("helpline.ftl"), text).unwrap();
        }
        dir
    }

    fn bengali(dir: &tempfile::TempDir) -> String {
        std::fs::read_to_string(dir.path().join("bn/helpline.ftl")).unwrap()
    }

    #[test]
    fn export_has_source_context_placeholders_and_terms() {
        let dir = folder();
        let csv = export(dir.path(), Language::Bn).unwrap();
        assert!(csv.starts_with('\u{FEFF}'));
        assert!(csv.contains("message,helpline.ftl,event-assigned,Case page,"));
        assert!(csv.contains("{ $to }: the name of the staff member the case was given to"));
        assert!(
            csv.contains("'-Hello"),
            "a formula-like cell is neutralised"
        );
        assert!(csv.contains("term,terms.toml,category,,,category,ধরন,never: বিভাগ"));
    }

    #[test]
    fn import_round_trips_and_writes_a_reviewed_text() {
        let dir = folder();
        let csv = export(dir.path(), Language::Bn).unwrap();
        assert_eq!(import(dir.path(), Language::Bn, &csv).unwrap(), 0);
        let reviewed = csv.replace("কেসের দায়িত্ব দিয়েছেন: { $to }", "দায়িত্ব পেয়েছেন: { $to }");
        assert_eq!(import(dir.path(), Language::Bn, &reviewed).unwrap(), 1);
        assert_eq!(
            bengali(&dir),
            "## Case page\nevent-assigned = দায়িত্ব পেয়েছেন: { $to }\nplain = হ্যালো\n"
        );
    }

    #[test]
    fn import_rejects_changed_placeholders_naming_the_row_and_writes_nothing() {
        let dir = folder();
        let before = bengali(&dir);
        let csv = export(dir.path(), Language::Bn)
            .unwrap()
            .replace("কেসের দায়িত্ব দিয়েছেন: { $to }", "দায়িত্ব দিয়েছেন { $name }")
            .replace(",হ্যালো,", ",নমস্কার,");
        let err = import(dir.path(), Language::Bn, &csv)
            .unwrap_err()
            .to_string();
        assert!(err.contains("row 2 (helpline.ftl event-assigned): placeholders changed: the English has { $to }, the translation has { $name }"), "{err}");
        assert_eq!(bengali(&dir), before, "nothing was written");
    }
}
