//! Rate limits in the database, so they hold across servers and restarts: a limit is a
//! bucket (what is limited: case-code look-ups, a gateway's calls), a subject inside it
//! (a client address, or `*` for everyone) and a number of events per window.

use workvoice_domain::Millis;
use workvoice_domain::PhoneNumber;

use crate::Store;
use crate::db::{StoredTime, count, exec};
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub window_ms: i64,
    pub max: i64,
}

impl RateLimit {
    pub const fn per_minute(max: i64) -> RateLimit {
        RateLimit {
            window_ms: 60_000,
            max,
        }
    }

    pub const fn per_hour(max: i64) -> RateLimit {
        RateLimit {
            window_ms: 3_600_000,
            max,
        }
    }
}

impl Store {
    /// Whether fewer than `limit.max` events of `subject` in `bucket` fall inside the
    /// window ending at `at`. Counts only; [`Store::note_rate_event`] records one.
    #[tracing::instrument(level = "debug", skip_all, fields(bucket = bucket))]
    pub async fn rate_allows(
        &self,
        bucket: &'static str,
        subject: &str,
        limit: RateLimit,
        at: Millis,
    ) -> Result<bool> {
        let used = count(
            &self.db.write,
            "SELECT COUNT(*) AS n FROM rate_events WHERE bucket = $1 AND subject = $2 AND at >= $3",
            vec![
                bucket.into(),
                subject.into(),
                at.minus(limit.window_ms).value(),
            ],
        )
        .await?;
        Ok(used < limit.max)
    }

    /// Records one event (a failure, or a call counted by [`Store::take_rate`]). Events
    /// older than a day are removed on the way, so the table stays small.
    #[tracing::instrument(level = "debug", skip_all, fields(bucket = bucket))]
    pub async fn note_rate_event(
        &self,
        bucket: &'static str,
        subject: &str,
        at: Millis,
    ) -> Result<()> {
        exec(
            &self.db.write,
            "DELETE FROM rate_events WHERE bucket = $1 AND subject = $2 AND at < $3",
            vec![bucket.into(), subject.into(), at.minus(KEEP_MS).value()],
        )
        .await?;
        exec(
            &self.db.write,
            "INSERT INTO rate_events (bucket, subject, at) VALUES ($1, $2, $3)",
            vec![bucket.into(), subject.into(), at.value()],
        )
        .await?;
        Ok(())
    }

    /// Counts one event and answers whether it was within the limit. A refused event is
    /// not counted, so a client that stops is let in again once the window has passed.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn take_rate(
        &self,
        bucket: &'static str,
        subject: &str,
        limit: RateLimit,
        at: Millis,
    ) -> Result<bool> {
        if !self.rate_allows(bucket, subject, limit, at).await? {
            return Ok(false);
        }
        self.note_rate_event(bucket, subject, at).await?;
        Ok(true)
    }
}

impl Store {
    /// [`Store::take_rate`] for one caller: the subject is the phone's blind index, so the
    /// table never holds a plain number and a limit follows the caller across servers.
    #[tracing::instrument(level = "debug", skip_all, fields(bucket = bucket))]
    pub async fn take_caller_rate(
        &self,
        bucket: &'static str,
        caller: &PhoneNumber,
        limit: RateLimit,
        at: Millis,
    ) -> Result<bool> {
        let subject = self.keys.blind_index(caller.as_str());
        self.take_rate(bucket, &subject, limit, at).await
    }
}

/// No limit looks further back than a day.
const KEEP_MS: i64 = 24 * 3_600_000;
