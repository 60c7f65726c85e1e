//! `workvoice osh import-checklist FILE`: a further action-checklist template from CSV
//! (`area,en,bn,vi`; an area is a canonical code or a method's area such as `wise:3`).
//! Every bad row is printed with its line and the reason, in English, and nothing is
//! stored unless every row is good; a good file becomes the next version of the template
//! `--name` names, which visits answer from then on.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use workvoice_domain::Language;
use workvoice_domain::osh::checklist::parse_checklist_csv;
use workvoice_store::Store;
use workvoice_web::i18n::Tr;

#[derive(Subcommand)]
pub enum OshCommand {
    /// Import an action-checklist template from CSV (columns area, en, bn, vi).
    ImportChecklist {
        file: PathBuf,
        /// The template's name; a name already stored gets its next version.
        #[arg(long)]
        name: String,
    },
}

/// The per-row report of a refused file: one line per bad row.
pub fn row_errors(errors: &[(usize, &'static str)]) -> String {
    let tr = Tr::new(Language::En);
    errors
        .iter()
        .map(|(line, key)| format!("line {line}: {}", tr.t(key)))
        .collect::<Vec<_>>()
        .join("\n")
}

pub async fn run(store: &Store, command: OshCommand) -> Result<()> {
    match command {
        OshCommand::ImportChecklist { file, name } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let Ok(text) = String::from_utf8(bytes) else {
                bail!("{} is not UTF-8 text", file.display());
            };
            let items = match parse_checklist_csv(&text) {
                Ok(items) => items,
                Err(errors) => {
                    eprintln!("{}", row_errors(&errors));
                    bail!(
                        "{} refused: {} bad row(s); nothing was imported",
                        file.display(),
                        errors.len()
                    );
                }
            };
            let now = jiff::Timestamp::now().as_millisecond();
            store.import_checklist(&name, &items, now).await?;
            let current = store.current_checklist().await?;
            println!(
                "Imported {} action item{} as \"{}\" version {}; visits answer it from now on.",
                items.len(),
                if items.len() == 1 { "" } else { "s" },
                current.name,
                current.version
            );
            Ok(())
        }
    }
}
