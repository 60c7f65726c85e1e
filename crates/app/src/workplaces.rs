//! `workvoice workplaces import FILE` and `workvoice workplaces export`: the registry's CSV
//! from the command line, for files too large for a browser (100,000 rows). The import
//! plans first and prints the rejected rows with their reasons, then applies the good rows
//! in one transaction; `--dry-run` stops after the plan. Progress goes to stderr as a bar.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Subcommand;
use workvoice_domain::registry::{read_csv, write_csv};
use workvoice_domain::{Language, Millis};
use workvoice_store::{ImportAction, ImportPlan, Store};
use workvoice_web::i18n::Tr;

use crate::progress::Progress;

#[derive(Subcommand)]
pub enum WorkplacesCommand {
    /// Import workplaces from a CSV file (matched on registration numbers).
    Import {
        file: PathBuf,
        /// Show what would change, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print every workplace as CSV (UTF-8 with BOM, for spreadsheets).
    Export,
}

fn print_rejections(plan: &ImportPlan) {
    let tr = Tr::new(Language::En);
    for row in &plan.rows {
        if let ImportAction::Reject(errors) = &row.action {
            let reasons: Vec<String> = errors
                .iter()
                .map(|(field, key)| format!("{field}: {}", tr.t(key)))
                .collect();
            println!(
                "row {} ({}) rejected: {}",
                row.line,
                row.name,
                reasons.join("; ")
            );
        }
    }
}

pub async fn run(store: &Store, command: WorkplacesCommand) -> Result<()> {
    match command {
        WorkplacesCommand::Export => {
            let rows = store.export_workplaces().await?;
            std::io::stdout().write_all(write_csv(&rows).as_bytes())?;
            Ok(())
        }
        WorkplacesCommand::Import { file, dry_run } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let csv = read_csv(&bytes).map_err(|e| {
                let tr = Tr::new(Language::En);
                let column = e.column().unwrap_or("").to_owned();
                anyhow::anyhow!(
                    "{}: {}",
                    file.display(),
                    tr.t_args(e.message_key(), &[("column", column.into())])
                )
            })?;
            let started = Instant::now();
            let mut bar = Progress::new("checking", csv.rows.len());
            let plan = store
                .plan_workplace_import(&csv, &mut |n| bar.update(n))
                .await?;
            print_rejections(&plan);
            let summary = |p: &ImportPlan, created: &str, updated: &str| {
                format!(
                    "{} {created}, {} {updated}, {} unchanged, {} rejected",
                    p.created(),
                    p.updated(),
                    p.unchanged(),
                    p.rejected()
                )
            };
            if dry_run {
                let s = summary(&plan, "to create", "to update");
                println!("Dry run: {s}. Nothing changed.");
                return Ok(());
            }
            let mut bar = Progress::new("importing", csv.rows.len());
            let done = store
                .import_workplaces(&csv, Millis(workvoice_store::now_millis()), &mut |n| {
                    bar.update(n)
                })
                .await?;
            let secs = started.elapsed().as_secs_f64();
            println!(
                "Imported: {} ({} rows in {secs:.1} s).",
                summary(&done, "created", "updated"),
                csv.rows.len()
            );
            if let Some((peak, _)) = crate::proc_status::memory_kb("/proc/self/status") {
                println!("Peak memory (VmHWM): {:.1} MB.", peak as f64 / 1024.0);
            }
            Ok(())
        }
    }
}
