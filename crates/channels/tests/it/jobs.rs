//! The job trait and its runner against both engines: the escalation sweep as a job,
//! draining, the lease shared by two servers on one database, failed runs recorded and
//! released, and a spawned runner that keeps going after a failure.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use workvoice_domain::Millis;

use crate::support::{T0, TestDb, intake};
use tokio::sync::Notify;
use workvoice_channels::{EscalationJob, Job, JobError, Runner};
use workvoice_domain::{StepKind, Urgency};
use workvoice_store::{Store, StoreError};

const MIN: i64 = 60_000;

/// Does one unit of work per run until `left` is used up, and counts its runs.
#[derive(Clone, Default)]
struct Countdown {
    left: Arc<AtomicUsize>,
    runs: Arc<AtomicUsize>,
}

impl Countdown {
    fn with_work(units: usize) -> Countdown {
        let job = Countdown::default();
        job.left.store(units, Ordering::SeqCst);
        job
    }

    fn runs(&self) -> usize {
        self.runs.load(Ordering::SeqCst)
    }
}

impl Job for Countdown {
    fn name(&self) -> &'static str {
        "countdown"
    }

    fn interval(&self) -> Duration {
        Duration::from_secs(60)
    }

    async fn run_once(&self, _store: &Store, _now: Millis) -> Result<usize, JobError> {
        self.runs.fetch_add(1, Ordering::SeqCst);
        let had = self
            .left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        Ok(usize::from(had.is_ok()))
    }
}

/// Holds its run open until released, so a test can look at the lease mid-run.
#[derive(Clone, Default)]
struct Gate {
    started: Arc<Notify>,
    release: Arc<Notify>,
}

impl Job for Gate {
    fn name(&self) -> &'static str {
        "gate"
    }

    fn interval(&self) -> Duration {
        Duration::from_secs(60)
    }

    async fn run_once(&self, _store: &Store, _now: Millis) -> Result<usize, JobError> {
        self.started.notify_one();
        self.release.notified().await;
        Ok(1)
    }
}

/// Fails its first run, succeeds afterwards.
#[derive(Clone)]
struct FailsFirst {
    runs: Arc<AtomicUsize>,
    interval: Duration,
}

impl FailsFirst {
    fn every(interval: Duration) -> FailsFirst {
        FailsFirst {
            runs: Arc::default(),
            interval,
        }
    }
}

impl Job for FailsFirst {
    fn name(&self) -> &'static str {
        "fails_first"
    }

    fn interval(&self) -> Duration {
        self.interval
    }

    async fn run_once(&self, _store: &Store, _now: Millis) -> Result<usize, JobError> {
        match self.runs.fetch_add(1, Ordering::SeqCst) {
            0 => Err(StoreError::NotFound.into()),
            _ => Ok(0),
        }
    }
}

/// What an operator reads in the `jobs` table: last run, last error, current holder.
async fn job_row(t: &TestDb, name: &str) -> (i64, Option<i64>, Option<String>, Option<String>) {
    let rows = t
        .raw_rows(
            "SELECT run_at, last_run_at, last_error, locked_by FROM jobs WHERE name = $1",
            vec![name.into()],
        )
        .await;
    let row = rows.first().unwrap_or_else(|| panic!("no job row {name}"));
    (
        row.try_get("", "run_at").unwrap(),
        row.try_get("", "last_run_at").unwrap(),
        row.try_get("", "last_error").unwrap(),
        row.try_get("", "locked_by").unwrap(),
    )
}

/// A second server: its own store handle on the same database.
async fn second_server(t: &TestDb) -> Store {
    Store::open(&t.url, t.store.keys().clone())
        .await
        .expect("second store on the same database")
}

store_tests! {
    async fn escalation_job_escalates_overdue_steps_once(t) {
        let case = t.store.create_case(&intake("wages.unpaid", Urgency::Normal, "Wages unpaid"), None, Millis(T0)).await.unwrap().id;
        let runner = Runner::with_holder(t.store.clone(), "server-a");
        let job = EscalationJob::default();
        assert_eq!(job.name(), "escalation");
        // Acknowledging the worker is due ten minutes after intake.
        assert_eq!(runner.tick(&job, Millis(T0 + 5 * MIN)).await.unwrap(), 0);
        assert_eq!(runner.tick(&job, Millis(T0 + 11 * MIN)).await.unwrap(), 1);
        // Not due again yet; and a drain a minute later finds nothing new.
        assert_eq!(runner.tick(&job, Millis(T0 + 11 * MIN)).await.unwrap(), 0);
        assert_eq!(runner.drain(&job, Millis(T0 + 12 * MIN)).await.unwrap(), 0);
        let steps = t.store.case_steps(&t.helpline(case).await).await.unwrap();
        let ack = steps.iter().find(|s| s.step == StepKind::AcknowledgeWorker).unwrap();
        assert_eq!(ack.escalated_at, Some(Millis(T0 + 11 * MIN)));
        let (_, last_run, error, holder) = job_row(&t, "escalation").await;
        assert_eq!((last_run, error, holder), (Some(T0 + 12 * MIN), None, None));
    }

    async fn drain_runs_a_job_until_it_does_nothing(t) {
        let runner = Runner::with_holder(t.store.clone(), "server-a");
        let job = Countdown::with_work(3);
        assert_eq!(runner.tick(&job, Millis(T0)).await.unwrap(), 1);
        // By its schedule the job is not due again for a minute; draining runs it anyway
        // until a run finds nothing to do.
        assert_eq!(runner.tick(&job, Millis(T0)).await.unwrap(), 0);
        assert_eq!(runner.drain(&job, Millis(T0)).await.unwrap(), 2);
        assert_eq!(job.runs(), 4, "one tick, two working runs and one idle run");
        assert_eq!(runner.drain(&job, Millis(T0)).await.unwrap(), 0);
        assert_eq!(job.runs(), 5);
        // Afterwards the job is back on its schedule, released.
        let (run_at, last_run, error, holder) = job_row(&t, "countdown").await;
        assert_eq!((run_at, last_run, error, holder), (T0 + 59_000, Some(T0), None, None));
    }

    async fn lease_is_exclusive_between_two_servers(t) {
        let other = second_server(&t).await;
        let a = Runner::with_holder(t.store.clone(), "server-a");
        let b = Runner::with_holder(other.clone(), "server-b");

        // While server A runs the job, server B neither ticks nor drains it.
        let gate = Gate::default();
        let running = tokio::spawn({
            let (a, gate) = (a.clone(), gate.clone());
            async move { a.tick(&gate, Millis(T0)).await }
        });
        gate.started.notified().await;
        assert_eq!(job_row(&t, "gate").await.3.as_deref(), Some("server-a"));
        assert_eq!(b.tick(&gate, Millis(T0)).await.unwrap(), 0);
        assert!(matches!(b.drain(&gate, Millis(T0 + 1_000)).await, Err(JobError::Held("gate"))));
        gate.release.notify_one();
        assert_eq!(running.await.unwrap().unwrap(), 1);
        assert_eq!(job_row(&t, "gate").await.3, None, "released after the run");

        // Ticking together, the two servers run a due job once between them.
        let job = Countdown::with_work(10);
        for (i, at) in [T0, T0 + MIN, T0 + 2 * MIN].into_iter().enumerate() {
            let (x, y) = tokio::join!(a.tick(&job, Millis(at)), b.tick(&job, Millis(at)));
            assert_eq!(x.unwrap() + y.unwrap(), 1, "run at {at}");
            assert_eq!(job.runs(), i + 1);
        }
        other.close().await;
    }

    async fn failed_run_is_recorded_and_released(t) {
        let runner = Runner::with_holder(t.store.clone(), "server-a");
        let job = FailsFirst::every(Duration::from_secs(60));
        assert!(matches!(runner.tick(&job, Millis(T0)).await, Err(JobError::Store(StoreError::NotFound))));
        let (run_at, _, error, holder) = job_row(&t, "fails_first").await;
        assert_eq!((run_at, error.as_deref(), holder), (T0 + 59_000, Some("not found"), None));
        // The next run happens on schedule and clears the error.
        assert_eq!(runner.tick(&job, Millis(T0 + MIN)).await.unwrap(), 0);
        assert_eq!(job.runs.load(Ordering::SeqCst), 2);
        assert_eq!(job_row(&t, "fails_first").await.2, None);
    }

    async fn spawned_runner_keeps_going_after_a_failure(t) {
        let job = FailsFirst::every(Duration::from_millis(20));
        let handle = Runner::with_holder(t.store.clone(), "server-a").spawn(job.clone());
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while job.runs.load(Ordering::SeqCst) < 3 {
            assert!(tokio::time::Instant::now() < deadline, "the runner stopped after a failed run");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        handle.abort();
    }
}
