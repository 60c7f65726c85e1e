//! Periodic jobs shared by every server. A job is a row; a server runs it only after
//! claiming it with a conditional UPDATE (a lease), so with several servers on one
//! PostgreSQL database each run happens once, and a crashed holder's lease expires.

use crate::Store;
use crate::db::{StoredTime, exec};
use crate::error::Result;
use workvoice_domain::Millis;

impl Store {
    /// Claims `name` if it is due and nobody holds a live lease. Returns whether this
    /// holder may run it now.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn claim_job(
        &self,
        name: &str,
        holder: &str,
        now: Millis,
        lease_ms: i64,
    ) -> Result<bool> {
        exec(
            &self.db.write,
            "INSERT INTO jobs (name, run_at) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING",
            vec![name.into()],
        )
        .await?;
        let claimed = exec(
            &self.db.write,
            "UPDATE jobs SET locked_by = $1, locked_until = $2 WHERE name = $3 AND run_at <= $4 AND (locked_until IS NULL OR locked_until < $4)",
            vec![holder.into(), now.plus(lease_ms).value(), name.into(), now.value()],
        )
        .await?;
        Ok(claimed == 1)
    }

    /// Releases the job and schedules its next run.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn finish_job(
        &self,
        name: &str,
        holder: &str,
        now: Millis,
        next_run_at: Millis,
        error: Option<&str>,
    ) -> Result<()> {
        exec(
            &self.db.write,
            "UPDATE jobs SET run_at = $1, locked_by = NULL, locked_until = NULL, last_run_at = $2, last_error = $3 WHERE name = $4 AND locked_by = $5",
            vec![
                next_run_at.value(),
                now.value(),
                error.map(str::to_owned).into(),
                name.into(),
                holder.into(),
            ],
        )
        .await?;
        Ok(())
    }

    /// Gives back every job lease `holder` still holds (a server stopping in order), so
    /// the next server's tick may run them. Returns how many were held.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn release_jobs(&self, holder: &str) -> Result<u64> {
        exec(
            &self.db.write,
            "UPDATE jobs SET locked_by = NULL, locked_until = NULL WHERE locked_by = $1",
            vec![holder.into()],
        )
        .await
    }
}

/// A job's schedule and last outcome, as the administrators' pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobStatus {
    pub next_run_at: Millis,
    pub last_run_at: Option<Millis>,
    pub last_error: Option<String>,
}

impl Store {
    /// The job's row; `None` before any server has run it.
    #[tracing::instrument(level = "debug", skip_all, fields(job = name))]
    pub async fn job_status(&self, name: &str) -> Result<Option<JobStatus>> {
        let row = crate::db::one(
            &self.db.read,
            "SELECT run_at, last_run_at, last_error FROM jobs WHERE name = $1",
            vec![name.into()],
        )
        .await?;
        row.map(|r| {
            Ok(JobStatus {
                next_run_at: crate::db::time(&r, "run_at")?,
                last_run_at: crate::db::time(&r, "last_run_at")?,
                last_error: crate::db::get(&r, "last_error")?,
            })
        })
        .transpose()
    }
}
