//! Removes stored files that no row records (what a crash between an upload's file and
//! its row leaves behind, and temporary files of interrupted writes), once they are older
//! than the store's `ORPHAN_AGE_MS`. The runner logs how many; names never reach a log.

use std::path::PathBuf;
use std::time::Duration;

use workvoice_domain::Millis;
use workvoice_store::Store;

use crate::job::{Job, JobError};

#[derive(Debug, Clone)]
pub struct OrphanSweep {
    dir: PathBuf,
    interval: Duration,
}

impl OrphanSweep {
    /// The job's name in the `jobs` table.
    pub const NAME: &'static str = "orphan_sweep";

    /// Orphans are rare (a crash mid-upload) and harmless until removed: hourly is plenty.
    pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60 * 60);

    /// Sweeps the attachments folder `dir` on the default interval.
    pub fn of(dir: impl Into<PathBuf>) -> OrphanSweep {
        OrphanSweep {
            dir: dir.into(),
            interval: OrphanSweep::DEFAULT_INTERVAL,
        }
    }
}

impl Job for OrphanSweep {
    fn name(&self) -> &'static str {
        OrphanSweep::NAME
    }

    fn interval(&self) -> Duration {
        self.interval
    }

    async fn run_once(&self, store: &Store, now: Millis) -> Result<usize, JobError> {
        Ok(store.sweep_orphan_files(&self.dir, now).await?)
    }
}
