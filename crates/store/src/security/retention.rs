//! Retention: a period per programme (a country's helpline, or the default), and the
//! removal of a case's caller identity once it has been closed longer than that. What is
//! removed: the case's link to its callers (and the callers no other case needs: phone and
//! name), the internal summary and narrative (free text that may name the worker), the
//! search-index entry, evidence rows (the caller deletes their files:
//! [`Store::remove_stored_files`]), the worker's SMS and the case's outbox messages, and the
//! disclosure consents, and the text of the case's notes (the one event whose detail is free
//! text: it is replaced by `{"removed": true}`, the only change the append-only event log
//! allows, and only on a case whose identity is removed). A caller no case needs any more
//! goes with their finished free callbacks and loses their link to calls about no case.
//! What stays, for the statistics: category, urgency, workplace, channel, language, dates,
//! status and outcome, the steps, the surveys' answers and the other events.
//!
//! Besides cases, the channels keep caller-linked rows of their own; past the default
//! programme's period the same run removes them: finished free callbacks (with the voice
//! message's address), SMS about no case and their replies, the callers of calls about no
//! case, the IVR's per-call step keys (`voice_steps`, the provider's call ids), and callers
//! nothing refers to any more.
//! [`Store::remove_identity`] is the one way a case's identity is removed: retention and a
//! worker's erasure request both go through it.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CallerId, CaseId, UserId};
use workvoice_domain::retention::{DAY_MS, DEFAULT_DAYS, Programme, RetentionDays};

use crate::Store;
use crate::db::{Engine, StoredTime, all, exec, get, one, row_id, rows, time};
use crate::error::Result;

/// What one removal did: counts (for the job's log and the erasure record), and the
/// storage keys of the evidence files whose rows went, for the caller to delete.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Removed {
    pub cases: u64,
    pub callers: u64,
    pub attachments: u64,
    pub messages: u64,
    /// Free callbacks (requests from missed calls, the IVR or a voice message).
    pub callbacks: u64,
    pub storage_keys: Vec<String>,
}

impl Removed {
    fn add(&mut self, other: Removed) {
        self.cases += other.cases;
        self.callers += other.callers;
        self.attachments += other.attachments;
        self.messages += other.messages;
        self.callbacks += other.callbacks;
        self.storage_keys.extend(other.storage_keys);
    }
}

/// What the next retention run would remove if it ran now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RetentionPreview {
    pub cases: i64,
    pub callbacks: i64,
    pub messages: i64,
}

/// One run that removed something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRun {
    pub at: Millis,
    pub cases: i64,
    pub callers: i64,
    pub attachments: i64,
    pub messages: i64,
    pub callbacks: i64,
}

/// Cases removed per run at most: a run stays one short transaction per case.
pub const PER_RUN: i64 = 200;

impl Store {
    /// Sets a programme's retention period.
    #[tracing::instrument(level = "debug", skip_all, fields(programme = programme.code()))]
    pub async fn set_retention(
        &self,
        programme: Programme,
        days: RetentionDays,
        at: Millis,
    ) -> Result<()> {
        exec(
            &self.db.write,
            "INSERT INTO retention_policies (programme, days, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (programme) DO UPDATE SET days = excluded.days, updated_at = excluded.updated_at",
            vec![programme.code().into(), days.get().into(), at.value()],
        )
        .await?;
        Ok(())
    }

    /// A programme's retention period in days: its own, else the default programme's,
    /// else [`DEFAULT_DAYS`].
    #[tracing::instrument(level = "debug", skip_all, fields(programme = programme.code()))]
    pub async fn retention_days(&self, programme: Programme) -> Result<i64> {
        let row = one(
            &self.db.read,
            "SELECT COALESCE((SELECT days FROM retention_policies WHERE programme = $1), \
             (SELECT days FROM retention_policies WHERE programme = 'default'), $2) AS days",
            vec![programme.code().into(), DEFAULT_DAYS.into()],
        )
        .await?;
        match row {
            Some(row) => get(&row, "days"),
            None => Ok(DEFAULT_DAYS),
        }
    }

    /// Removes the identity of closed cases past their programme's period (at most
    /// [`PER_RUN`] per call, oldest closure first).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_expired_identities(&self, now: Millis) -> Result<Removed> {
        let rows = all(
            &self.db.read,
            "SELECT c.id FROM cases c JOIN case_statuses s ON s.code = c.status \
             LEFT JOIN workplaces w ON w.id = c.workplace_id \
             LEFT JOIN retention_policies p ON p.programme = w.country \
             LEFT JOIN retention_policies d ON d.programme = 'default' \
             WHERE s.is_open = 0 AND c.closed_at IS NOT NULL AND c.identity_removed_at IS NULL \
             AND c.closed_at < $1 - COALESCE(p.days, d.days, $2) * $3 \
             ORDER BY c.closed_at, c.id LIMIT $4",
            vec![
                now.value(),
                DEFAULT_DAYS.into(),
                DAY_MS.into(),
                PER_RUN.into(),
            ],
        )
        .await?;
        let ids = rows
            .iter()
            .map(|r| row_id::<CaseId>(r, "id"))
            .collect::<Result<Vec<_>>>()?;
        let mut removed = self.remove_identity(&ids, now).await?;
        let days = self.retention_days(Programme::Default).await?;
        removed.add(
            self.remove_expired_channel_rows(now.minus(days * DAY_MS))
                .await?,
        );
        if removed != Removed::default() {
            let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
            exec(
                &self.db.write,
                "INSERT INTO retention_runs (at, cases, callers, attachments, messages, callbacks) VALUES ($1, $2, $3, $4, $5, $6)",
                vec![
                    now.value(),
                    n(removed.cases).into(),
                    n(removed.callers).into(),
                    n(removed.attachments).into(),
                    n(removed.messages).into(),
                    n(removed.callbacks).into(),
                ],
            )
            .await?;
        }
        Ok(removed)
    }

    /// What a retention run at `now` would remove, counted without removing anything
    /// (the administrators' page): cases past their programme's period, and the channels'
    /// rows about no case past the default period.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn retention_preview(&self, now: Millis) -> Result<RetentionPreview> {
        let cases = crate::db::count(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM cases c JOIN case_statuses s ON s.code = c.status \
             LEFT JOIN workplaces w ON w.id = c.workplace_id \
             LEFT JOIN retention_policies p ON p.programme = w.country \
             LEFT JOIN retention_policies d ON d.programme = 'default' \
             WHERE s.is_open = 0 AND c.closed_at IS NOT NULL AND c.identity_removed_at IS NULL \
             AND c.closed_at < $1 - COALESCE(p.days, d.days, $2) * $3",
            vec![now.value(), DEFAULT_DAYS.into(), DAY_MS.into()],
        )
        .await?;
        let cutoff = now.minus(self.retention_days(Programme::Default).await? * DAY_MS);
        let callbacks = crate::db::count(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM callback_requests WHERE done_at IS NOT NULL AND done_at < $1",
            vec![cutoff.value()],
        )
        .await?;
        let messages = crate::db::count(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM inbound_sms WHERE case_id IS NULL AND received_at < $1",
            vec![cutoff.value()],
        )
        .await?;
        Ok(RetentionPreview {
            cases,
            callbacks,
            messages,
        })
    }

    /// The latest runs that removed something, newest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn retention_runs(&self, limit: i64) -> Result<Vec<RetentionRun>> {
        rows(
            &self.db.read,
            "SELECT at, cases, callers, attachments, messages, callbacks FROM retention_runs ORDER BY at DESC, id DESC LIMIT $1",
            vec![limit.into()],
            |r| {
                Ok(RetentionRun {
                    at: time(r, "at")?,
                    cases: get(r, "cases")?,
                    callers: get(r, "callers")?,
                    attachments: get(r, "attachments")?,
                    messages: get(r, "messages")?,
                    callbacks: get(r, "callbacks")?,
                })
            },
        )
        .await
    }

    /// The administrator's change of a programme's period, written to the access log in
    /// the same transaction.
    #[tracing::instrument(level = "debug", skip_all, fields(programme = programme.code(), by = by.get()))]
    pub async fn set_retention_by(
        &self,
        programme: Programme,
        days: RetentionDays,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let tx = self.db.write.begin().await?;
        exec(
            &tx,
            "INSERT INTO retention_policies (programme, days, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (programme) DO UPDATE SET days = excluded.days, updated_at = excluded.updated_at",
            vec![programme.code().into(), days.get().into(), at.value()],
        )
        .await?;
        crate::org::access_log::log_access(&tx, Some(by), None, "retention_period_set", at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The channels' caller-linked rows about no case, older than `cutoff` (see the module
    /// comment). Counted in `callers`, `messages` and `callbacks`, never in `cases`.
    async fn remove_expired_channel_rows(&self, cutoff: Millis) -> Result<Removed> {
        let tx = self.db.write.begin().await?;
        exec(
            &tx,
            "DELETE FROM voice_steps WHERE at < $1",
            vec![cutoff.value()],
        )
        .await?;
        let callbacks = exec(
            &tx,
            "DELETE FROM callback_requests WHERE done_at IS NOT NULL AND done_at < $1",
            vec![cutoff.value()],
        )
        .await?;
        exec(
            &tx,
            "UPDATE interactions SET caller_id = NULL WHERE case_id IS NULL AND caller_id IS NOT NULL AND at < $1 \
             AND id NOT IN (SELECT r.interaction_id FROM callback_requests r WHERE r.interaction_id IS NOT NULL)",
            vec![cutoff.value()],
        )
        .await?;
        exec(
            &tx,
            "DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT o.id FROM outbox o WHERE o.inbound_id IN \
             (SELECT i.id FROM inbound_sms i WHERE i.case_id IS NULL AND i.received_at < $1))",
            vec![cutoff.value()],
        )
        .await?;
        let mut messages = exec(
            &tx,
            "DELETE FROM outbox WHERE inbound_id IN \
             (SELECT i.id FROM inbound_sms i WHERE i.case_id IS NULL AND i.received_at < $1)",
            vec![cutoff.value()],
        )
        .await?;
        messages += exec(
            &tx,
            "DELETE FROM inbound_sms WHERE case_id IS NULL AND received_at < $1",
            vec![cutoff.value()],
        )
        .await?;
        let callers = exec(
            &tx,
            &format!("DELETE FROM callers WHERE created_at < $1 AND {UNREFERENCED}"),
            vec![cutoff.value()],
        )
        .await?;
        tx.commit().await?;
        Ok(Removed {
            callers,
            messages,
            callbacks,
            ..Removed::default()
        })
    }

    /// Removes caller identity and identifying text from these cases (see the module
    /// comment), one transaction per case; cases already done are skipped.
    pub(crate) async fn remove_identity(&self, cases: &[CaseId], at: Millis) -> Result<Removed> {
        let mut total = Removed::default();
        for &case in cases {
            let tx = self.db.write.begin().await?;
            let removed = remove_one(&tx, case, at).await?;
            tx.commit().await?;
            total.add(removed);
        }
        if total.cases > 0 && self.db.engine == Engine::Sqlite {
            // FTS5 deletes by writing delete markers; merging the index drops the old
            // words themselves (secure_delete then zeroes the freed pages).
            exec(
                &self.db.write,
                "INSERT INTO case_text(case_text) VALUES('optimize')",
                vec![],
            )
            .await?;
        }
        Ok(total)
    }
}

async fn remove_one(tx: &impl ConnectionTrait, case: CaseId, at: Millis) -> Result<Removed> {
    let id = case.get();
    let claimed = exec(
        tx,
        "UPDATE cases SET narrative = '', summary = '', identity_removed_at = $1 \
         WHERE id = $2 AND identity_removed_at IS NULL",
        vec![at.value(), id.into()],
    )
    .await?;
    if claimed == 0 {
        return Ok(Removed::default());
    }
    let callers: Vec<CallerId> = rows(
        tx,
        "SELECT caller_id FROM case_callers WHERE case_id = $1",
        vec![id.into()],
        |r| row_id(r, "caller_id"),
    )
    .await?;
    let storage_keys: Vec<String> = rows(
        tx,
        "SELECT storage_key FROM attachments WHERE case_id = $1",
        vec![id.into()],
        |r| get(r, "storage_key"),
    )
    .await?;
    let attachments = exec(
        tx,
        "DELETE FROM attachments WHERE case_id = $1",
        vec![id.into()],
    )
    .await?;
    // A message's attempts go with it (the provider's ids and errors).
    exec(
        tx,
        "DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT o.id FROM outbox o WHERE o.case_id = $1 \
         OR o.inbound_id IN (SELECT i.id FROM inbound_sms i WHERE i.case_id = $1))",
        vec![id.into()],
    )
    .await?;
    let mut messages = exec(
        tx,
        "DELETE FROM outbox WHERE case_id = $1 OR inbound_id IN (SELECT i.id FROM inbound_sms i WHERE i.case_id = $1)",
        vec![id.into()],
    )
    .await?;
    messages += exec(
        tx,
        "DELETE FROM inbound_sms WHERE case_id = $1",
        vec![id.into()],
    )
    .await?;
    for sql in [
        "DELETE FROM case_text WHERE rowid = $1",
        "DELETE FROM disclosure_consents WHERE case_id = $1",
        "UPDATE interactions SET caller_id = NULL WHERE case_id = $1",
        "DELETE FROM case_callers WHERE case_id = $1",
    ] {
        exec(tx, sql, vec![id.into()]).await?;
    }
    // The notes' text: free text that may name the worker.
    exec(
        tx,
        &format!("UPDATE case_events SET detail = '{REMOVED_DETAIL}' WHERE case_id = $1 AND kind = 'note'"),
        vec![id.into()],
    )
    .await?;
    let mut removed_callers = 0;
    let mut callbacks = 0;
    for caller in callers {
        // A caller who also called about a case still kept stays (with that case).
        let (c, k) = forget_caller_in(tx, caller, false).await?;
        removed_callers += c;
        callbacks += k;
    }
    Ok(Removed {
        cases: 1,
        callers: removed_callers,
        attachments,
        messages,
        callbacks,
        storage_keys,
    })
}

/// What a note's detail becomes when its case's identity is removed; the event log's
/// append-only trigger allows exactly this change (migration m0014).
pub(crate) const REMOVED_DETAIL: &str = r#"{"removed":true}"#;

/// A caller row nothing refers to any more (`callers` is the outer table).
pub(crate) const UNREFERENCED: &str = "NOT EXISTS (SELECT 1 FROM case_callers k WHERE k.caller_id = callers.id) \
     AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.caller_id = callers.id) \
     AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.caller_id = callers.id) \
     AND NOT EXISTS (SELECT 1 FROM disclosure_consents d WHERE d.caller_id = callers.id) \
     AND NOT EXISTS (SELECT 1 FROM callback_requests r WHERE r.caller_id = callers.id)";

/// Forgets a caller whom no case links any more: their finished free callbacks (every
/// callback with `everything`, for an erasure), their link to calls about no case, then
/// the caller row itself if nothing else refers to it. A caller still linked to a case is
/// left alone. Returns (callers removed, callbacks removed).
pub(crate) async fn forget_caller_in(
    tx: &impl ConnectionTrait,
    caller: CallerId,
    everything: bool,
) -> Result<(u64, u64)> {
    let linked = one(
        tx,
        "SELECT 1 AS x FROM case_callers WHERE caller_id = $1",
        vec![caller.get().into()],
    )
    .await?;
    if linked.is_some() {
        return Ok((0, 0));
    }
    let callbacks = exec(
        tx,
        if everything {
            "DELETE FROM callback_requests WHERE caller_id = $1"
        } else {
            "DELETE FROM callback_requests WHERE caller_id = $1 AND done_at IS NOT NULL"
        },
        vec![caller.get().into()],
    )
    .await?;
    exec(
        tx,
        "UPDATE interactions SET caller_id = NULL WHERE caller_id = $1 AND case_id IS NULL \
         AND id NOT IN (SELECT r.interaction_id FROM callback_requests r WHERE r.interaction_id IS NOT NULL)",
        vec![caller.get().into()],
    )
    .await?;
    let callers = exec(
        tx,
        &format!("DELETE FROM callers WHERE id = $1 AND {UNREFERENCED}"),
        vec![caller.get().into()],
    )
    .await?;
    Ok((callers, callbacks))
}

impl Store {
    /// Deletes the evidence files of removed attachment rows from the attachments folder
    /// `dir`; returns how many were there. Only our own storage keys (hex names) are
    /// touched, so a stored value can never name a path outside the folder.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn remove_stored_files(
        &self,
        dir: &std::path::Path,
        keys: &[String],
    ) -> Result<usize> {
        let dir = dir.to_path_buf();
        let keys = keys.to_vec();
        tokio::task::spawn_blocking(move || {
            let mut removed = 0;
            for key in keys
                .iter()
                .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_hexdigit()))
            {
                match std::fs::remove_file(dir.join(key)) {
                    Ok(()) => removed += 1,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(crate::error::Internal::Files(format!(
                            "{}: {}",
                            dir.display(),
                            e.kind()
                        ))
                        .into());
                    }
                }
            }
            Ok(removed)
        })
        .await
        .map_err(|_| crate::error::Internal::Broken("removing stored files panicked"))?
    }
}
