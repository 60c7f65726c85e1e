//! The daily retention job: removes the caller identity of cases closed longer than their
//! programme's period ([`Store::remove_expired_identities`]), then deletes the evidence
//! files of those cases from the attachments folder. Logged as counts only.

use std::path::PathBuf;
use std::time::Duration;

use workvoice_domain::Millis;
use workvoice_store::Store;

use crate::job::{Job, JobError};

#[derive(Debug, Clone)]
pub struct RetentionJob {
    attachments_dir: PathBuf,
}

impl RetentionJob {
    pub const NAME: &'static str = "retention";

    pub fn of(attachments_dir: impl Into<PathBuf>) -> RetentionJob {
        RetentionJob {
            attachments_dir: attachments_dir.into(),
        }
    }
}

impl Job for RetentionJob {
    fn name(&self) -> &'static str {
        RetentionJob::NAME
    }

    fn interval(&self) -> Duration {
        Duration::from_secs(24 * 60 * 60)
    }

    async fn run_once(&self, store: &Store, now: Millis) -> Result<usize, JobError> {
        let removed = store.remove_expired_identities(now).await?;
        if removed.cases > 0 {
            let files = store
                .remove_stored_files(&self.attachments_dir, &removed.storage_keys)
                .await?;
            tracing::info!(
                cases = removed.cases,
                callers = removed.callers,
                attachments = removed.attachments,
                files,
                messages = removed.messages,
                "retention: identity removed"
            );
        }
        Ok(usize::try_from(removed.cases).unwrap_or(usize::MAX))
    }
}
