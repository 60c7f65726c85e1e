//! The one trait every background job implements: a name (its row and lease in the
//! `jobs` table), an interval, and one run. Scheduling, leases and error handling live
//! in the [`Runner`](crate::Runner), so a job is only the work.

use std::future::Future;
use std::time::Duration;

use workvoice_domain::Millis;
use workvoice_store::{Store, StoreError};

pub trait Job: Send + Sync + 'static {
    /// The job's row in the `jobs` table: one name, one lease across every server.
    fn name(&self) -> &'static str;

    /// How often a run is due.
    fn interval(&self) -> Duration;

    /// One run at `now`, called only while holding the job's lease. Returns how much it
    /// did (escalations, messages settled); 0 means nothing was due, which is what
    /// [`Runner::drain`](crate::Runner::drain) runs until.
    fn run_once(
        &self,
        store: &Store,
        now: Millis,
    ) -> impl Future<Output = Result<usize, JobError>> + Send;
}

#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Draining found the lease held by another server: the run is theirs.
    #[error("job {0} is being run by another server")]
    Held(&'static str),
    /// Draining gave up on a job that kept finding work (a job that never goes idle
    /// would otherwise hang a test).
    #[error("job {job} still had work after {runs} runs")]
    NeverIdle { job: &'static str, runs: usize },
}
