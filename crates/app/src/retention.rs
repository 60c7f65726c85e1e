//! `workvoice retention …`: each programme's retention period (how long after closure a
//! case keeps its caller's identity), and a run of the retention job now.

use anyhow::{Result, anyhow};
use workvoice_channels::{RetentionJob, Runner};
use workvoice_domain::retention::{Programme, RetentionDays};
use workvoice_domain::{Country, Millis};
use workvoice_store::{Store, now_millis};

#[derive(Debug, clap::Subcommand)]
pub enum RetentionCommand {
    /// Print each programme's period in days
    Show,
    /// Set a programme's period: BD, VN, or default (cases without a workplace, and
    /// countries without their own). 120 to 3650 days.
    Set {
        #[arg(long)]
        programme: String,
        #[arg(long)]
        days: i64,
    },
    /// Remove the identity of every case past its period now (the server does it daily)
    Run,
}

pub async fn run(
    store: &Store,
    command: RetentionCommand,
    attachments: &std::path::Path,
) -> Result<()> {
    match command {
        RetentionCommand::Show => {
            for programme in [
                Programme::Default,
                Programme::Country(Country::Bangladesh),
                Programme::Country(Country::Vietnam),
            ] {
                let days = store.retention_days(programme).await?;
                println!("{:<8} {days} days after closure", programme.code());
            }
        }
        RetentionCommand::Set { programme, days } => {
            let which = Programme::parse(&programme)
                .ok_or_else(|| anyhow!("unknown programme {programme:?} (BD, VN or default)"))?;
            let days = RetentionDays::parse(days)
                .map_err(|_| anyhow!("the period must be 120 to 3650 days"))?;
            store
                .set_retention(which, days, Millis(now_millis()))
                .await?;
            println!(
                "{}: identity removed {} days after closure.",
                which.code(),
                days.get()
            );
        }
        RetentionCommand::Run => {
            let done = Runner::new(store.clone())
                .drain(&RetentionJob::of(attachments), Millis(now_millis()))
                .await?;
            println!("Removed the identity of {done} cases.");
        }
    }
    Ok(())
}
