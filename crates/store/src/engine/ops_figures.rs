//! The figures an operator of the service watches besides requests: how long the oldest
//! queued message has waited, how many protocol steps are overdue, how late the most
//! overdue background job is. Counts only, read at each `/metrics` scrape.

use workvoice_domain::Millis;

use crate::Store;
use crate::db::{get, one};
use crate::error::Result;

/// Past this, counts say "at least": a scrape must stay cheap at a million cases.
const COUNT_CAP: i64 = 10_000;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpsFigures {
    /// Messages waiting in the outbox (capped at 10,000).
    pub outbox_queued: i64,
    /// Age of the oldest of them, in milliseconds (0 when none waits).
    pub outbox_oldest_ms: i64,
    /// Unmet steps of open cases past their deadline (capped at 10,000).
    pub overdue_steps: i64,
    /// How long the most overdue background job has been due and not taken, in
    /// milliseconds (0 when every job is on time or running).
    pub job_lag_ms: i64,
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn ops_figures(&self, now: Millis) -> Result<OpsFigures> {
        let now = now.0;
        let conn = &self.db.read;
        let outbox = one(
            conn,
            &format!(
                "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM (SELECT created_at FROM outbox WHERE status = 'queued' ORDER BY created_at LIMIT {COUNT_CAP}) q"
            ),
            vec![],
        )
        .await?;
        let (outbox_queued, oldest): (i64, Option<i64>) = match &outbox {
            Some(row) => (get(row, "n")?, get(row, "oldest")?),
            None => (0, None),
        };
        let overdue = one(
            conn,
            &format!(
                "SELECT COUNT(*) AS n FROM (SELECT 1 FROM case_steps s JOIN cases c ON c.id = s.case_id \
                 WHERE s.met_at IS NULL AND s.due_at IS NOT NULL AND s.due_at < $1 \
                 AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1) LIMIT {COUNT_CAP}) q"
            ),
            vec![now.into()],
        )
        .await?;
        let overdue_steps = match &overdue {
            Some(row) => get(row, "n")?,
            None => 0,
        };
        let jobs = one(
            conn,
            "SELECT MIN(run_at) AS due FROM jobs WHERE locked_until IS NULL OR locked_until < $1",
            vec![now.into()],
        )
        .await?;
        let due: Option<i64> = match &jobs {
            Some(row) => get(row, "due")?,
            None => None,
        };
        Ok(OpsFigures {
            outbox_queued,
            outbox_oldest_ms: oldest.map_or(0, |t| (now - t).max(0)),
            overdue_steps,
            job_lag_ms: due.map_or(0, |d| (now - d).max(0)),
        })
    }
}
