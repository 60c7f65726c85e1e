//! The escalation scheduler: a background task on every server that, once a minute,
//! escalates overdue protocol steps. Servers sharing a database coordinate through the
//! `jobs` table: a run happens only after claiming the job's lease, so with several
//! servers on PostgreSQL each run happens once, and a crashed holder's lease expires.

use std::sync::OnceLock;
use std::time::Duration;

use workvoice_store::StoreError;

use crate::state::AppState;

/// The job's name in the `jobs` table.
pub const JOB: &str = "escalation";

/// How often to look for overdue steps unless configured otherwise. A minute keeps
/// escalation well within the five minutes the protocol promises.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60);

/// How long a claim holds. Short, so a crashed server delays escalation by at most this;
/// a run that outlasts it is harmless because each escalation is claimed row by row.
const LEASE_MS: i64 = 120_000;

/// This process's name in the job table: host, process id and a random part (two
/// containers can share a host name and a pid).
pub fn holder_id() -> &'static str {
    static HOLDER: OnceLock<String> = OnceLock::new();
    HOLDER.get_or_init(|| {
        let host = std::env::var("HOSTNAME")
            .ok()
            .filter(|h| !h.trim().is_empty())
            .or_else(|| {
                std::fs::read_to_string("/proc/sys/kernel/hostname")
                    .ok()
                    .map(|h| h.trim().to_owned())
            })
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "host".to_owned());
        format!(
            "{host}/{}/{:08x}",
            std::process::id(),
            rand::random::<u32>()
        )
    })
}

/// One run with the default interval; see [`tick_every`].
pub async fn tick(state: &AppState) -> Result<usize, StoreError> {
    tick_every(state, DEFAULT_INTERVAL).await
}

/// Claims the job if it is due, escalates what is overdue, and schedules the next run
/// `interval` from now. Returns how many escalations happened (0 when another server
/// holds the job or it is not yet due).
pub async fn tick_every(state: &AppState, interval: Duration) -> Result<usize, StoreError> {
    let holder = holder_id();
    let now = state.now();
    if !state.store.claim_job(JOB, holder, now, LEASE_MS).await? {
        return Ok(0);
    }
    let result = state.store.escalate_overdue(now).await;
    // A little early, so the next timer tick of this or another server is never a few
    // milliseconds too soon and skips a whole interval.
    let interval_ms = i64::try_from(interval.as_millis()).unwrap_or(i64::MAX);
    let next = now.saturating_add(interval_ms - (interval_ms / 10).min(1_000));
    let error = result.as_ref().err().map(ToString::to_string);
    state
        .store
        .finish_job(JOB, holder, now, next, error.as_deref())
        .await?;
    result
}

/// Runs [`tick_every`] every `every` until the process ends. Errors are logged and the
/// loop goes on; a panicking run is contained in its own task.
pub fn spawn(state: AppState, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut timer = tokio::time::interval(every);
        timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            timer.tick().await;
            let run_state = state.clone();
            let run = tokio::spawn(async move { tick_every(&run_state, every).await });
            match run.await {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!(escalations = n, "escalated overdue protocol steps"),
                Ok(Err(e)) => tracing::error!(error = %e, "escalation run failed"),
                Err(e) => tracing::error!(error = %e, "escalation run panicked"),
            }
        }
    })
}
