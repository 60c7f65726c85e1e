//! Running a periodic job before its schedule says so. The lease is untouched: a job
//! another server is running stays theirs. Tests drain jobs with it; an administrator's
//! "run now" is the same operation.

use crate::Store;
use crate::db::{StoredTime, exec};
use crate::error::Result;
use workvoice_domain::Millis;

impl Store {
    /// Makes `name` due at `now` if its next run is later (a job without a row is due
    /// already: its first claim creates the row).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn make_job_due(&self, name: &str, now: Millis) -> Result<()> {
        exec(
            &self.db.write,
            "UPDATE jobs SET run_at = $1 WHERE name = $2 AND run_at > $1",
            vec![now.value(), name.into()],
        )
        .await?;
        Ok(())
    }
}
