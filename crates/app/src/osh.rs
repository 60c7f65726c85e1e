//! `workvoice osh import-checklist FILE`: a further action-checklist template from CSV
//! (`area,en,bn,vi`; an area is a canonical code or a method's area such as `wise:3`).
//! Every bad row is printed with its line and the reason, in English, and nothing is
//! stored unless every row is good; a good file becomes the next version of the template
//! `--name` names, which visits answer from then on.
//!
//! `workvoice osh feedback-reports --programme ID --out DIR`: the feedback report of every
//! enterprise of the programme, one standalone HTML file each (`enrolment-<id>.html`,
//! styles inline, printable as A4), in the language of the enterprise's country unless
//! `--language` says otherwise, with a progress bar on stderr. The files are made again
//! from the database whenever needed, so a second run replaces them.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use workvoice_domain::ids::ProgrammeId;
use workvoice_domain::osh::checklist::parse_checklist_csv;
use workvoice_domain::{Country, Language, Millis};
use workvoice_store::{FeedbackReport, Store};
use workvoice_web::dissemination::feedback_report::document;
use workvoice_web::i18n::Tr;

use crate::progress::Progress;

#[derive(Subcommand)]
pub enum OshCommand {
    /// Import an action-checklist template from CSV (columns area, en, bn, vi).
    ImportChecklist {
        file: PathBuf,
        /// The template's name; a name already stored gets its next version.
        #[arg(long)]
        name: String,
    },
    /// Write the feedback report of every enterprise of a programme as HTML files.
    FeedbackReports {
        /// The programme's id (the number in its pages' addresses).
        #[arg(long)]
        programme: i64,
        /// The folder the files go to (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Print every report in this language (en, bn, vi) instead of the country's.
        #[arg(long)]
        language: Option<String>,
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

/// The reports of `programme` written into `out`; returns how many.
pub async fn write_feedback_reports(
    store: &Store,
    programme: ProgrammeId,
    min: i64,
    language: Option<Language>,
    out: &std::path::Path,
) -> Result<usize> {
    let reports = store.feedback_reports(programme, min).await?;
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let today = jiff::Zoned::now().date();
    let mut bar = Progress::new("writing", reports.len());
    for (done, report) in reports.iter().enumerate() {
        let tr = Tr::new(language.unwrap_or_else(|| language_of(report)));
        let path = out.join(format!("enrolment-{}.html", report.enterprise.enrolment));
        std::fs::write(&path, document(tr, report, today))
            .with_context(|| format!("writing {}", path.display()))?;
        bar.update(done + 1);
    }
    Ok(reports.len())
}

fn language_of(report: &FeedbackReport) -> Language {
    Country::parse(&report.enterprise.country).map_or(Language::En, Country::language)
}

pub async fn run(store: &Store, suppression_min: i64, command: OshCommand) -> Result<()> {
    match command {
        OshCommand::FeedbackReports {
            programme,
            out,
            language,
        } => {
            let language = match language.as_deref().map(Language::parse) {
                None => None,
                Some(Some(l)) => Some(l),
                Some(None) => bail!("--language must be en, bn or vi"),
            };
            let started = Instant::now();
            let n = write_feedback_reports(
                store,
                ProgrammeId::new(programme),
                suppression_min,
                language,
                &out,
            )
            .await?;
            println!(
                "Wrote {n} feedback report{} to {} in {:.1} s.",
                if n == 1 { "" } else { "s" },
                out.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
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
            store.import_checklist(&name, &items, Millis(now)).await?;
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
