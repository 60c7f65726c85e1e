//! `workvoice surveys run`: make the satisfaction-survey attempts that are due, as the
//! server's survey job does every minute. SMS surveys are queued in the outbox (the
//! server's delivery job sends them); IVR survey calls are placed through the voice
//! provider's API configured for the server. `--ahead-hours` makes the attempts that
//! will be due that many hours from now: a survey is first tried a day after closure,
//! inside the worker's safe window, so this is how an operator catches up after an
//! outage of the provider, and how the browser test answers a survey through the real
//! webhooks without waiting a day (the server's own clock stays the wall clock, which
//! its sessions and second-factor codes depend on).

use anyhow::{Context, Result, bail};
use workvoice_channels::voice::TwilioCaller;
use workvoice_channels::{Runner, SurveyCalls};
use workvoice_domain::Millis;
use workvoice_store::{Store, now_millis};

use crate::settings::{Settings, Voice};

#[derive(Debug, clap::Subcommand)]
pub enum SurveysCommand {
    /// Make the survey attempts due now (or `--ahead-hours` from now)
    Run {
        /// Make the attempts due this many hours from now (at most a week)
        #[arg(long, default_value_t = 0)]
        ahead_hours: u16,
    },
}

pub async fn run(store: &Store, settings: &Settings, command: SurveysCommand) -> Result<()> {
    match command {
        SurveysCommand::Run { ahead_hours } => {
            if ahead_hours > 7 * 24 {
                bail!("--ahead-hours is at most 168 (a week)");
            }
            let Some(Voice {
                webhooks,
                calls: Some(calls),
            }) = settings.voice()?
            else {
                bail!(
                    "no voice provider API configured (voice_auth_token and voice_calls_url): \
                     IVR surveys cannot be called"
                );
            };
            let caller = TwilioCaller::new(calls).context("setting up the survey caller")?;
            let job = SurveyCalls::new(caller, format!("{}/voice", webhooks.public_origin));
            let at = Millis(now_millis()).plus(i64::from(ahead_hours) * 3_600_000);
            let done = Runner::new(store.clone()).drain(&job, at).await?;
            println!("Made {done} survey attempts.");
        }
    }
    Ok(())
}
