//! Runs jobs: on every server each job is ticked on its interval, and a tick runs the job
//! only after claiming its lease in the `jobs` table, so with several servers on one
//! database each run happens once and a crashed holder's lease expires.

use std::sync::Arc;
use std::time::Duration;

use workvoice_domain::Millis;
use workvoice_store::{Store, now_millis};

use crate::holder::holder_id;
use crate::job::{Job, JobError};

/// How long a claim holds unless the server is told otherwise ([`Runner::with_lease`]).
/// Short, so a crashed server delays a job by at most this; a run that outlasts it is
/// harmless because jobs claim their own rows (steps, messages) one by one.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(120);

/// Runs [`Runner::drain`] gives a job before deciding it never goes idle.
const MAX_DRAIN_RUNS: usize = 1_000;

/// One server's job runner: the store, the name it claims leases under, how long a lease
/// holds, and the signal that stops its loops.
#[derive(Debug, Clone)]
pub struct Runner {
    store: Store,
    holder: Arc<str>,
    lease_ms: i64,
    stop: tokio::sync::watch::Sender<bool>,
}

impl Runner {
    /// A runner claiming as this process.
    pub fn new(store: Store) -> Runner {
        Runner::with_holder(store, holder_id())
    }

    /// A runner claiming under `holder`: tests play several servers in one process.
    pub fn with_holder(store: Store, holder: &str) -> Runner {
        Runner {
            store,
            holder: holder.into(),
            lease_ms: lease_millis(DEFAULT_LEASE),
            stop: tokio::sync::watch::Sender::new(false),
        }
    }

    /// The same runner with leases of `lease`: how long a job waits for another server
    /// after its holder died.
    pub fn with_lease(mut self, lease: Duration) -> Runner {
        self.lease_ms = lease_millis(lease);
        self
    }

    /// Runs `job` at `now` if it is due and nobody else holds it, and schedules its next
    /// run an interval later. Returns what the run did (0 when it did not run).
    pub async fn tick<J: Job>(&self, job: &J, now: Millis) -> Result<usize, JobError> {
        Ok(self.run_claimed(job, now).await?.unwrap_or(0))
    }

    /// Runs `job` at `now` whatever its schedule, again and again until a run does
    /// nothing; returns the total done. The lease is honoured: if another server holds
    /// it, this is `JobError::Held` and nothing runs.
    pub async fn drain<J: Job>(&self, job: &J, now: Millis) -> Result<usize, JobError> {
        let mut total = 0;
        for _ in 0..MAX_DRAIN_RUNS {
            self.store.make_job_due(job.name(), now).await?;
            match self.run_claimed(job, now).await? {
                None => return Err(JobError::Held(job.name())),
                Some(0) => return Ok(total),
                Some(done) => total += done,
            }
        }
        Err(JobError::NeverIdle {
            job: job.name(),
            runs: MAX_DRAIN_RUNS,
        })
    }

    /// Claims, runs, records the outcome and releases; `None` when the job was not due or
    /// another server holds it.
    async fn run_claimed<J: Job>(&self, job: &J, now: Millis) -> Result<Option<usize>, JobError> {
        let name = job.name();
        if !self
            .store
            .claim_job(name, &self.holder, now, self.lease_ms)
            .await?
        {
            return Ok(None);
        }
        let result = job.run_once(&self.store, now).await;
        let error = result.as_ref().err().map(ToString::to_string);
        self.store
            .finish_job(
                name,
                &self.holder,
                now,
                next_run(now, job.interval()),
                error.as_deref(),
            )
            .await?;
        result.map(Some)
    }

    /// Ticks `job` on its interval, on the wall clock, until [`Runner::stop`]. Errors are
    /// logged and the loop goes on; a panicking run is contained in its own task (its
    /// lease then runs out instead of being released).
    pub fn spawn<J: Job>(&self, job: J) -> tokio::task::JoinHandle<()> {
        let runner = self.clone();
        let job = Arc::new(job);
        let mut stop = self.stop.subscribe();
        tokio::spawn(async move {
            let name = job.name();
            let mut timer = tokio::time::interval(job.interval());
            timer.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = timer.tick() => {}
                    _ = stop.wait_for(|stopping| *stopping) => return,
                }
                // A run that did work runs again at once (a queue of 1,000 messages goes out
                // batch after batch, not one batch an interval), until one finds nothing,
                // another server holds the lease, or the server is stopping (and at most
                // `MAX_DRAIN_RUNS` in a row, so a job that never goes idle still waits).
                let mut again = false;
                for _ in 0..MAX_DRAIN_RUNS {
                    let (runner, job) = (runner.clone(), Arc::clone(&job));
                    // A run in progress is finished, never cut off: it settles its claims.
                    let run = tokio::spawn(async move {
                        if again {
                            runner
                                .store
                                .make_job_due(job.name(), Millis(now_millis()))
                                .await?;
                        }
                        runner.tick(&*job, Millis(now_millis())).await
                    });
                    let done = match run.await {
                        Ok(Ok(done)) => done,
                        Ok(Err(e)) => {
                            tracing::error!(job = name, error = %e, "background job failed");
                            0
                        }
                        Err(e) => {
                            tracing::error!(job = name, error = %e, "background job panicked");
                            0
                        }
                    };
                    if *stop.borrow() {
                        return;
                    }
                    if done == 0 {
                        break;
                    }
                    tracing::info!(job = name, done, "background job did work");
                    again = true;
                }
            }
        })
    }

    /// An orderly stop: no new runs start, the runs in progress finish (each releases
    /// its lease and settles its claims), then any lease still under this holder's name
    /// is given back, so another server takes the jobs over at once instead of after the
    /// lease.
    pub async fn stop(&self, loops: Vec<tokio::task::JoinHandle<()>>) -> Result<(), JobError> {
        self.stop.send_replace(true);
        for handle in loops {
            let _ = handle.await;
        }
        self.store.release_jobs(&self.holder).await?;
        Ok(())
    }
}

fn lease_millis(lease: Duration) -> i64 {
    i64::try_from(lease.as_millis()).unwrap_or(i64::MAX)
}

/// The next run, a little early, so the next timer tick of this or another server is
/// never a few milliseconds too soon and skips a whole interval.
fn next_run(now: Millis, interval: Duration) -> Millis {
    let interval_ms = i64::try_from(interval.as_millis()).unwrap_or(i64::MAX);
    now.plus(interval_ms - (interval_ms / 10).min(1_000))
}
