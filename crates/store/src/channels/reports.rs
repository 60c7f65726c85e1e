//! What happens to a message after the gateway accepted it: the delivery reports the
//! operator's network sends back, and the administrator's view of the whole outbox with
//! a retry for failed messages. Outbox rows hold ids and codes only (no number, no text),
//! so the admin-wide list needs no case scope: it shows nobody's identity or words.

use crate::Store;
use crate::channels::outbox::{COLUMNS, OutboxMessage, decode};
use crate::db::{StoredTime, all, code, exec, get};
use crate::error::Result;
use workvoice_domain::ids::OutboxId;
use workvoice_domain::{Millis, OutboxStatus};

/// What a delivery report says about a message the gateway accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryReport {
    /// It reached the phone.
    Delivered,
    /// The network or the phone refused it: it will not arrive.
    Failed,
    /// Still on its way (queued at or accepted by the operator's centre): nothing changes.
    OnItsWay,
}

/// How many messages are in each status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub queued: i64,
    pub sent: i64,
    pub delivered: i64,
    pub failed: i64,
}

impl OutboxCounts {
    pub fn of(&self, status: OutboxStatus) -> i64 {
        match status {
            OutboxStatus::Queued => self.queued,
            OutboxStatus::Sent => self.sent,
            OutboxStatus::Delivered => self.delivered,
            OutboxStatus::Failed => self.failed,
        }
    }
}

impl Store {
    /// Records a delivery report for outbox message `id` (`code` is the gateway's own
    /// status code, kept for the record). Only a `sent` message moves: a report arriving
    /// twice (gateways retry) or after a later one changes nothing, and a `delivered`
    /// message never goes back. Returns whether a message with that id exists.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn record_delivery_report(
        &self,
        id: OutboxId,
        report: DeliveryReport,
        code: i64,
        now: Millis,
    ) -> Result<bool> {
        let status = match report {
            DeliveryReport::Delivered => OutboxStatus::Delivered,
            DeliveryReport::Failed => OutboxStatus::Failed,
            DeliveryReport::OnItsWay => OutboxStatus::Sent,
        };
        let delivered_at = (report == DeliveryReport::Delivered).then_some(now);
        // A report can overtake the gateway's answer to the send itself (a fast network
        // reports within milliseconds): while the message is still claimed, the report is
        // kept and `settle_outbox` applies it when it marks the message sent. One
        // statement for both cases, so a settlement committing meanwhile cannot fall
        // between them and lose the report.
        exec(
            &self.db.write,
            &format!(
                "UPDATE outbox SET \
                 last_error = CASE WHEN status = '{sent}' AND $2 = '{failed}' THEN 'delivery report: failed' ELSE last_error END, \
                 status = CASE WHEN status = '{sent}' THEN $2 ELSE status END, \
                 report_status = CASE WHEN $2 = '{sent}' THEN report_status ELSE $2 END, \
                 report_code = $3, reported_at = $4, delivered_at = COALESCE($5, delivered_at) \
                 WHERE id = $1 AND (status = '{sent}' OR (status = '{queued}' AND claimed_by IS NOT NULL))",
                sent = OutboxStatus::Sent.code(),
                failed = OutboxStatus::Failed.code(),
                queued = OutboxStatus::Queued.code(),
            ),
            vec![
                id.get().into(),
                status.code().into(),
                code.into(),
                now.value(),
                delivered_at.value(),
            ],
        )
        .await?;
        let found = all(
            &self.db.read,
            "SELECT id FROM outbox WHERE id = $1",
            vec![id.get().into()],
        )
        .await?;
        Ok(!found.is_empty())
    }

    /// The outbox for the administrator: messages in `status` (every status when `None`),
    /// newest first, at most `limit`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn outbox_messages(
        &self,
        status: Option<OutboxStatus>,
        limit: i64,
    ) -> Result<Vec<OutboxMessage>> {
        let rows =
            match status {
                Some(status) => all(
                    &self.db.read,
                    &format!(
                        "SELECT {COLUMNS} FROM outbox WHERE status = $1 ORDER BY id DESC LIMIT $2"
                    ),
                    vec![status.code().into(), limit.into()],
                )
                .await?,
                None => {
                    all(
                        &self.db.read,
                        &format!("SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1"),
                        vec![limit.into()],
                    )
                    .await?
                }
            };
        rows.iter().map(decode).collect()
    }

    /// How many messages are in each status.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn outbox_counts(&self) -> Result<OutboxCounts> {
        let rows = all(
            &self.db.read,
            "SELECT status, COUNT(*) AS n FROM outbox GROUP BY status",
            vec![],
        )
        .await?;
        let mut counts = OutboxCounts::default();
        for row in &rows {
            let n: i64 = get(row, "n")?;
            match code(row, "status")? {
                OutboxStatus::Queued => counts.queued = n,
                OutboxStatus::Sent => counts.sent = n,
                OutboxStatus::Delivered => counts.delivered = n,
                OutboxStatus::Failed => counts.failed = n,
            }
        }
        Ok(counts)
    }

    /// An administrator sends a failed message again: it goes back to the queue, due at
    /// `now`, with a fresh count of attempts. Only a `failed` message can be retried, so
    /// a double click or a retry of a message already on its way sends nothing twice.
    /// Returns whether the message was failed (and is now queued).
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn retry_outbox(&self, id: OutboxId, now: Millis) -> Result<bool> {
        Ok(exec(
            &self.db.write,
            &format!(
                "UPDATE outbox SET status = '{queued}', attempts = 0, next_attempt_at = $2, \
                 claimed_by = NULL, claimed_until = NULL, report_code = NULL, reported_at = NULL, delivered_at = NULL, report_status = NULL \
                 WHERE id = $1 AND status = '{failed}'",
                queued = OutboxStatus::Queued.code(),
                failed = OutboxStatus::Failed.code(),
            ),
            vec![id.get().into(), now.value()],
        )
        .await?
            == 1)
    }
}
