//! The protocol's escalation sweep as a job: each run escalates every step past its
//! deadline once (the store claims each escalation row by row).

use std::time::Duration;

use workvoice_domain::Millis;
use workvoice_store::Store;

use crate::job::{Job, JobError};

#[derive(Debug, Clone)]
pub struct EscalationJob {
    interval: Duration,
}

impl EscalationJob {
    /// The job's name in the `jobs` table.
    pub const NAME: &'static str = "escalation";

    /// A minute keeps escalation well within the five minutes the protocol promises.
    pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60);

    pub fn every(interval: Duration) -> EscalationJob {
        EscalationJob { interval }
    }
}

impl Default for EscalationJob {
    fn default() -> Self {
        EscalationJob::every(EscalationJob::DEFAULT_INTERVAL)
    }
}

impl Job for EscalationJob {
    fn name(&self) -> &'static str {
        EscalationJob::NAME
    }

    fn interval(&self) -> Duration {
        self.interval
    }

    async fn run_once(&self, store: &Store, now: Millis) -> Result<usize, JobError> {
        Ok(store.escalate_overdue(now).await?)
    }
}
