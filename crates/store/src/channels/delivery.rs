//! Outbox delivery (DESIGN §3.3): the worker in the `channels` crate claims due messages,
//! sends them, and settles each claim with what happened. A claim is a token in the row
//! with an expiry: every settlement names the token, so a server whose claim ran out and
//! was taken over can no longer change the row, and a server that dies mid-send gives the
//! row back when the claim expires instead of losing the message.
//!
//! Only `queued` rows are ever claimed, and `sent` is final: a message the provider has
//! acknowledged is never sent again because of a retry.

use crate::Store;
use crate::channels::outbox::{COLUMNS, OutboxMessage, SmsTemplate, decode};
use crate::db::{Engine, StoredTime, all, code, exec, get, rows, time};
use crate::error::{Result, StoreError};
use workvoice_domain::ids::OutboxId;
use workvoice_domain::{Millis, OutboxStatus};

/// How a claimed message's attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settlement<'a> {
    /// The provider acknowledged it under this id: done, never sent again. (`delivered`
    /// or `failed` at once if a delivery report overtook the acknowledgement.)
    Sent { provider_ref: &'a str },
    /// The attempt failed for now; try again at `retry_at`.
    Retry { error: &'a str, retry_at: Millis },
    /// Given up: a permanent refusal, or the last allowed attempt failed.
    Failed { error: &'a str },
    /// Nothing reached a gateway (it is down): the row goes back to the queue as it was,
    /// and the attempt does not count towards the limit.
    Released { error: &'a str },
}

impl Store {
    /// Claims up to `limit` queued messages due at `now` for `claim` until
    /// `now + lease_ms`, oldest due first. On PostgreSQL rows another server is claiming
    /// at this moment are skipped rather than waited for; SQLite's single writer
    /// serialises claims.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn claim_due_outbox(
        &self,
        claim: &str,
        now: Millis,
        lease_ms: i64,
        limit: i64,
    ) -> Result<Vec<OutboxMessage>> {
        let lock = match self.db.engine {
            Engine::Postgres => " FOR UPDATE SKIP LOCKED",
            Engine::Sqlite => "",
        };
        let sql = format!(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2 WHERE id IN (\
             SELECT id FROM outbox WHERE status = '{queued}' AND next_attempt_at <= $3 \
             AND (claimed_until IS NULL OR claimed_until < $3) \
             ORDER BY next_attempt_at, id LIMIT $4{lock}) \
             RETURNING {COLUMNS}",
            queued = OutboxStatus::Queued.code(),
        );
        let rows = all(
            &self.db.write,
            &sql,
            vec![
                claim.into(),
                now.plus(lease_ms).value(),
                now.value(),
                limit.into(),
            ],
        )
        .await?;
        let mut due = rows.iter().map(decode).collect::<Result<Vec<_>>>()?;
        // RETURNING follows no ORDER BY; send in queue order.
        due.sort_by_key(|m| m.id);
        Ok(due)
    }

    /// Records how the attempt on a claimed message ended and ends the claim. Returns
    /// `false` when the claim is no longer this one's (it expired and another server took
    /// the row, or the row is settled already); the row is then left alone.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn settle_outbox(
        &self,
        id: OutboxId,
        claim: &str,
        settlement: Settlement<'_>,
        now: Millis,
    ) -> Result<bool> {
        // A sent or failed intake SMS needs its sealed case code no more.
        let forget_code = format!(
            "params = CASE WHEN template = '{}' THEN '{{}}' ELSE params END",
            SmsTemplate::Intake.code()
        );
        let (set, values): (String, Vec<sea_orm::Value>) = match settlement {
            Settlement::Sent { provider_ref } => (
                format!(
                    "status = COALESCE(report_status, '{sent}'), provider_ref = $3, sent_at = $4, attempts = attempts + 1, \
                     last_error = CASE WHEN report_status = '{failed}' THEN 'delivery report: failed' END, {forget_code}",
                    sent = OutboxStatus::Sent.code(),
                    failed = OutboxStatus::Failed.code(),
                ),
                vec![provider_ref.into(), now.value()],
            ),
            Settlement::Retry { error, retry_at } => (
                "attempts = attempts + 1, last_error = $3, next_attempt_at = $4".to_owned(),
                vec![error.into(), retry_at.value()],
            ),
            Settlement::Failed { error } => (
                format!(
                    "status = '{failed}', attempts = attempts + 1, last_error = $3, {forget_code}",
                    failed = OutboxStatus::Failed.code(),
                ),
                vec![error.into()],
            ),
            Settlement::Released { error } => ("last_error = $3".to_owned(), vec![error.into()]),
        };
        let sql = format!(
            "UPDATE outbox SET {set}, claimed_by = NULL, claimed_until = NULL \
             WHERE id = $1 AND claimed_by = $2 AND status = '{queued}'",
            queued = OutboxStatus::Queued.code(),
        );
        let mut all_values = vec![id.get().into(), claim.into()];
        all_values.extend(values);
        let (outcome, provider_ref, error) = match settlement {
            Settlement::Sent { provider_ref } => ("sent", Some(provider_ref), None),
            Settlement::Retry { error, .. } => ("retry", None, Some(error)),
            Settlement::Failed { error } => ("failed", None, Some(error)),
            Settlement::Released { error } => ("released", None, Some(error)),
        };
        let tx = self.db.write.begin().await?;
        if exec(&tx, &sql, all_values).await? != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        // A gateway that is down releases every due message on every tick: the row's last
        // error says so, and the history keeps only the attempts that reached a gateway.
        if outcome != "released" {
            exec(
                &tx,
                "INSERT INTO outbox_attempts (outbox_id, attempt, at, outcome, provider_ref, error) \
                 SELECT $1, COUNT(*) + 1, $2, $3, $4, $5 FROM outbox_attempts WHERE outbox_id = $1",
                vec![
                    id.get().into(),
                    now.value(),
                    outcome.into(),
                    provider_ref.map(str::to_owned).into(),
                    error.map(str::to_owned).into(),
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Every attempt to deliver message `id`, first first (the administrators' history).
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn outbox_attempts(&self, id: OutboxId) -> Result<Vec<OutboxAttempt>> {
        rows(
            &self.db.read,
            "SELECT attempt, at, outcome, provider_ref, error FROM outbox_attempts WHERE outbox_id = $1 ORDER BY id",
            vec![id.get().into()],
            |r| {
                Ok(OutboxAttempt {
                    attempt: get(r, "attempt")?,
                    at: time(r, "at")?,
                    outcome: code(r, "outcome")?,
                    provider_ref: get(r, "provider_ref")?,
                    error: get(r, "error")?,
                })
            },
        )
        .await
    }

    /// One outbox message by id (any status), for its history page.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn outbox_message(&self, id: OutboxId) -> Result<OutboxMessage> {
        let rows = all(
            &self.db.read,
            &format!("SELECT {COLUMNS} FROM outbox WHERE id = $1"),
            vec![id.get().into()],
        )
        .await?;
        rows.first().map(decode).ok_or(StoreError::NotFound)?
    }
}

crate::helpline::informs::stored_codes! {
    /// How one delivery attempt ended.
    pub enum AttemptOutcome {
        /// The gateway accepted the message (its id is kept).
        Sent = "sent",
        /// It failed for now and was tried again later.
        Retry = "retry",
        /// It failed for good.
        Failed = "failed",
    }
}

/// One attempt of a message, as the administrators' history shows it. Errors are the
/// gateway's own words about the attempt, never the message's text or number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxAttempt {
    pub attempt: i64,
    pub at: Millis,
    pub outcome: AttemptOutcome,
    pub provider_ref: Option<String>,
    pub error: Option<String>,
}
