//! Data-subject requests: a worker, identified by their phone number, asks for a copy of
//! everything kept about them (access) or for its removal (erasure). The request keeps the
//! phone only as its blind index, and forgets even that once done; its deadlines come from
//! `domain::subject_request`. Both the export and the erasure are written to the
//! hash-chained access log, one row per case. The export is the third place caller
//! identity is read (besides `case_callers` and `disclosed_callers`): for the worker.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::PhoneNumber;
use workvoice_domain::ids::{CaseId, SubjectRequestId, UserId};
use workvoice_domain::subject_request::{RequestKind, deadlines, is_overdue};

use crate::Store;
use crate::db::{StoredTime, all, code, exec, found, get, insert_id, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::org::access_log::log_access;
use crate::scope::Scope;
use crate::security::retention::{Removed, forget_caller_in};

/// A request as the administrators' list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectRequest {
    pub id: SubjectRequestId,
    pub kind: RequestKind,
    pub received_at: Millis,
    pub acknowledge_by: Millis,
    pub due_at: Millis,
    pub completed_at: Option<Millis>,
    /// Cases the export or erasure covered.
    pub cases: Option<i64>,
    pub overdue: bool,
}

/// Everything linked to one phone number, for the worker.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SubjectExport {
    pub phone: String,
    pub names: Vec<String>,
    pub cases: Vec<ExportedCase>,
    pub sms: Vec<ExportedSms>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExportedCase {
    pub id: CaseId,
    pub created_at: Millis,
    pub closed_at: Option<Millis>,
    pub category: String,
    pub status: String,
    pub summary: String,
    pub narrative: String,
    pub shareable_summary: String,
    pub consent_callback: bool,
    pub consent_sms: bool,
    pub events: Vec<ExportedEvent>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExportedEvent {
    pub at: Millis,
    pub kind: &'static str,
    pub detail: serde_json::Value,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ExportedSms {
    pub received_at: Millis,
    pub text: String,
}

impl Store {
    /// Records a request received now from the worker with this phone.
    #[tracing::instrument(level = "debug", skip_all, fields(kind = kind.code()))]
    pub async fn open_subject_request(
        &self,
        kind: RequestKind,
        phone: &PhoneNumber,
        by: UserId,
        at: Millis,
    ) -> Result<SubjectRequestId> {
        self.insert_request_in(&self.db.write, kind, phone, by, at)
            .await
    }

    /// The request's row, with its deadlines counted from `at`, on `conn`.
    async fn insert_request_in(
        &self,
        conn: &impl ConnectionTrait,
        kind: RequestKind,
        phone: &PhoneNumber,
        by: UserId,
        at: Millis,
    ) -> Result<SubjectRequestId> {
        let (acknowledge_by, due_at) = deadlines(at);
        insert_id(
            conn,
            "INSERT INTO subject_requests (kind, phone_index, received_at, acknowledge_by, due_at, recorded_by) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            vec![
                kind.code().into(),
                self.keys.blind_index(phone.as_str()).into(),
                at.value(),
                acknowledge_by.value(),
                due_at.value(),
                by.get().into(),
            ],
        )
        .await
    }

    /// [`Store::open_subject_request`] by an administrator on the web: the request and
    /// its row in the access log in one transaction.
    #[tracing::instrument(level = "debug", skip_all, fields(kind = kind.code(), by = by.get()))]
    pub async fn open_subject_request_by(
        &self,
        kind: RequestKind,
        phone: &PhoneNumber,
        by: UserId,
        at: Millis,
    ) -> Result<SubjectRequestId> {
        let tx = self.db.write.begin().await?;
        let id = self.insert_request_in(&tx, kind, phone, by, at).await?;
        log_access(&tx, Some(by), None, "subject_request_opened", at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Every request, newest first, with whether it is overdue at `now`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn subject_requests(&self, now: Millis) -> Result<Vec<SubjectRequest>> {
        rows(
            &self.db.read,
            "SELECT id, kind, received_at, acknowledge_by, due_at, completed_at, cases FROM subject_requests ORDER BY received_at DESC, id DESC",
            vec![],
            |r| {
                let due_at = time(r, "due_at")?;
                let completed_at = time(r, "completed_at")?;
                Ok(SubjectRequest {
                    id: row_id(r, "id")?,
                    kind: code(r, "kind")?,
                    received_at: time(r, "received_at")?,
                    acknowledge_by: time(r, "acknowledge_by")?,
                    due_at,
                    completed_at,
                    cases: get(r, "cases")?,
                    overdue: is_overdue(due_at, completed_at, now),
                })
            },
        )
        .await
    }

    /// The blind index of an open request of `kind`; `NotFound` for a done or missing one.
    async fn open_request(&self, id: SubjectRequestId, kind: RequestKind) -> Result<String> {
        let row = found(
            &self.db.write,
            "SELECT phone_index FROM subject_requests WHERE id = $1 AND kind = $2 AND completed_at IS NULL",
            vec![id.get().into(), kind.code().into()],
        )
        .await?;
        get::<Option<String>>(&row, "phone_index")?.ok_or(StoreError::NotFound)
    }

    async fn cases_of_index(&self, index: &str) -> Result<Vec<CaseId>> {
        rows(
            &self.db.write,
            "SELECT DISTINCT cc.case_id FROM case_callers cc JOIN callers k ON k.id = cc.caller_id \
             WHERE k.phone_index = $1 ORDER BY cc.case_id",
            vec![index.into()],
            |r| row_id(r, "case_id"),
        )
        .await
    }

    /// Completes the request, forgets its phone, and logs each case (`action`) in the
    /// access log, in one transaction.
    async fn complete_request(
        &self,
        id: SubjectRequestId,
        cases: &[CaseId],
        action: &str,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let tx = self.db.write.begin().await?;
        exec(
            &tx,
            "UPDATE subject_requests SET completed_at = $1, completed_by = $2, cases = $3, phone_index = NULL WHERE id = $4",
            vec![
                at.value(),
                by.get().into(),
                i64::try_from(cases.len()).unwrap_or(i64::MAX).into(),
                id.get().into(),
            ],
        )
        .await?;
        if cases.is_empty() {
            log_access(&tx, Some(by), None, action, at).await?;
        }
        for &case in cases {
            log_access(&tx, Some(by), Some(case), action, at).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Everything linked to the phone of an open access request: the callers' phone and
    /// names, each case with its texts and history, and the worker's SMS. Completes the
    /// request.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get(), by = by.get()))]
    pub async fn export_subject(
        &self,
        id: SubjectRequestId,
        by: UserId,
        at: Millis,
    ) -> Result<SubjectExport> {
        let index = self.open_request(id, RequestKind::Access).await?;
        let case_ids = self.cases_of_index(&index).await?;
        let mut export = SubjectExport {
            phone: String::new(),
            names: Vec::new(),
            cases: Vec::new(),
            sms: Vec::new(),
        };
        for &case_id in &case_ids {
            let scoped = self.scoped_case(Scope::Helpline, case_id).await?;
            let record = self.case(Scope::Helpline, case_id).await?;
            let callers = self.callers_on(&self.db.read, case_id, None).await?;
            let mine: Vec<_> = callers
                .into_iter()
                .filter(|c| {
                    c.phone
                        .as_deref()
                        .is_some_and(|p| self.keys.blind_index(p) == index)
                })
                .collect();
            for caller in &mine {
                if let Some(phone) = &caller.phone {
                    export.phone.clone_from(phone);
                }
                if let Some(name) = &caller.name
                    && !export.names.contains(name)
                {
                    export.names.push(name.clone());
                }
            }
            let events = self
                .case_events(&scoped)
                .await?
                .into_iter()
                .map(|e| ExportedEvent {
                    at: e.at,
                    kind: e.kind.code(),
                    detail: e.detail,
                })
                .collect();
            export.cases.push(ExportedCase {
                id: case_id,
                created_at: record.summary.created_at,
                closed_at: record.closed_at,
                category: record.summary.category_code.clone(),
                status: record.summary.status.clone(),
                summary: record.summary.summary.clone(),
                narrative: record.narrative.clone(),
                shareable_summary: record.shareable_summary.clone(),
                consent_callback: mine.iter().any(|c| c.consent_callback),
                consent_sms: mine.iter().any(|c| c.consent_sms),
                events,
            });
        }
        for row in all(
            &self.db.read,
            "SELECT id, text_enc, received_at FROM inbound_sms WHERE sender_index = $1 ORDER BY received_at, id",
            vec![index.clone().into()],
        )
        .await?
        {
            let sms_id: workvoice_domain::ids::InboundSmsId = crate::db::row_id(&row, "id")?;
            let text = match get::<Option<Vec<u8>>>(&row, "text_enc")? {
                Some(blob) => self
                    .keys
                    .decrypt(&blob, &crate::channels::inbound::aad(sms_id, "text"))?,
                None => String::new(),
            };
            export.sms.push(ExportedSms {
                received_at: time(&row, "received_at")?,
                text,
            });
        }
        self.complete_request(id, &case_ids, "subject_export", by, at)
            .await?;
        Ok(export)
    }

    /// Erases what is linked to the phone of an open erasure request: the identity and
    /// identifying text of each of its cases (as retention does, open cases included), and
    /// the worker's SMS. Completes the request.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get(), by = by.get()))]
    pub async fn erase_subject(
        &self,
        id: SubjectRequestId,
        by: UserId,
        at: Millis,
    ) -> Result<Removed> {
        let index = self.open_request(id, RequestKind::Erasure).await?;
        let case_ids = self.cases_of_index(&index).await?;
        let mut removed = self.remove_identity(&case_ids, at).await?;
        let tx = self.db.write.begin().await?;
        exec(
            &tx,
            "DELETE FROM outbox_attempts WHERE outbox_id IN (SELECT o.id FROM outbox o WHERE o.inbound_id IN \
             (SELECT i.id FROM inbound_sms i WHERE i.sender_index = $1))",
            vec![index.clone().into()],
        )
        .await?;
        removed.messages += exec(
            &tx,
            "DELETE FROM outbox WHERE inbound_id IN (SELECT i.id FROM inbound_sms i WHERE i.sender_index = $1)",
            vec![index.clone().into()],
        )
        .await?;
        removed.messages += exec(
            &tx,
            "DELETE FROM inbound_sms WHERE sender_index = $1",
            vec![index.clone().into()],
        )
        .await?;
        // A caller with this phone whom no case links any more, with every free callback
        // they asked for.
        let callers = all(
            &tx,
            "SELECT id FROM callers WHERE phone_index = $1",
            vec![index.into()],
        )
        .await?;
        for row in &callers {
            let (c, k) = forget_caller_in(&tx, crate::db::row_id(row, "id")?, true).await?;
            removed.callers += c;
            removed.callbacks += k;
        }
        tx.commit().await?;
        self.complete_request(id, &case_ids, "subject_erasure", by, at)
            .await?;
        Ok(removed)
    }
}
