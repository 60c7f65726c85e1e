//! What a workplace's contacts write on a case: an acknowledgement, a response (what was
//! done, by when, by whom) or a request for clarification. Each is a row and an event in
//! one transaction; a response also meets the protocol's `factory_response` step.

use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, OrgId, ResponseId, UserId};
use workvoice_domain::{FactoryReply, StepKind};

use crate::Store;
use crate::db::{StoredTime, code, get, insert_id, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::events::{EventKind, append_event};
use crate::query::Query;
use crate::scope::ScopedCase;

workvoice_domain::stored_code!(ResponseKind);

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseKind {
    Acknowledge,
    Response,
    Clarification,
}

impl ResponseKind {
    pub const ALL: [ResponseKind; 3] = [
        ResponseKind::Acknowledge,
        ResponseKind::Response,
        ResponseKind::Clarification,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ResponseKind::Acknowledge => "acknowledge",
            ResponseKind::Response => "response",
            ResponseKind::Clarification => "clarification",
        }
    }

    pub fn parse(s: &str) -> Option<ResponseKind> {
        ResponseKind::ALL.into_iter().find(|k| k.code() == s)
    }

    fn event(self) -> EventKind {
        match self {
            ResponseKind::Acknowledge => EventKind::FactoryAcknowledged,
            ResponseKind::Response => EventKind::FactoryResponded,
            ResponseKind::Clarification => EventKind::ClarificationRequested,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseResponse {
    pub id: ResponseId,
    pub case_id: CaseId,
    pub organisation_id: OrgId,
    pub organisation_name: String,
    pub user_name: String,
    pub kind: ResponseKind,
    pub body: String,
    pub action_by: String,
    pub action_due: String,
    pub at: Millis,
}

impl Store {
    /// Records an acknowledgement, response or clarification request by `user_id` of
    /// `org_id` on a case in `scope`. Returns the response id.
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), org_id = org_id.get(), user_id = user_id.get(), kind = ?kind))]
    pub async fn record_response(
        &self,
        case: &ScopedCase,
        org_id: OrgId,
        user_id: UserId,
        kind: ResponseKind,
        reply: &FactoryReply,
        at: Millis,
    ) -> Result<ResponseId> {
        let case_id = case.id();
        if kind != ResponseKind::Acknowledge && reply.body.is_none() {
            return Err(StoreError::invalid("body", "error-required"));
        }
        let body = reply.body.as_ref().map_or("", |b| b.as_str());
        let (action_by, action_due) = (reply.action_by.as_str(), reply.action_due.as_str());
        let tx = self.db.write.begin().await?;
        let id = insert_id(
            &tx,
            "INSERT INTO case_responses (case_id, organisation_id, user_id, kind, body, action_by, action_due, at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            vec![
                case_id.get().into(),
                org_id.get().into(),
                user_id.get().into(),
                kind.code().into(),
                body.into(),
                action_by.into(),
                action_due.into(),
                at.value(),
            ],
        )
        .await?;
        let mut detail = serde_json::json!({ "response_id": id });
        // The helpline timeline shows `text`; an acknowledgement has none.
        for (key, value) in [
            ("text", body),
            ("action_by", action_by),
            ("action_due", action_due),
        ] {
            if !value.is_empty() {
                detail[key] = value.into();
            }
        }
        append_event(&tx, case_id, Some(user_id), at, kind.event(), detail).await?;
        if kind == ResponseKind::Response {
            self.meet_step_in(&tx, case_id, StepKind::FactoryResponse, Some(user_id), at)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Responses on a case, oldest first; only those of the given organisations when
    /// `organisations` is `Some` (callers check the case is in scope first).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_responses(
        &self,
        case: &ScopedCase,
        organisations: Option<&[OrgId]>,
    ) -> Result<Vec<CaseResponse>> {
        let case_id = case.id();
        let mut q = Query::new(
            "SELECT r.id, r.case_id, r.organisation_id, o.name AS organisation_name, u.display_name AS user_name, r.kind, r.body, r.action_by, r.action_due, r.at \
             FROM case_responses r JOIN organisations o ON o.id = r.organisation_id JOIN users u ON u.id = r.user_id WHERE r.case_id = ",
        );
        q.bind(case_id.get());
        if let Some(orgs) = organisations {
            q.push(" AND r.organisation_id IN (-1");
            for org in orgs {
                q.push(", ").bind(org.get());
            }
            q.push(")");
        }
        q.push(" ORDER BY r.id");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(CaseResponse {
                id: row_id(row, "id")?,
                case_id: row_id(row, "case_id")?,
                organisation_id: row_id(row, "organisation_id")?,
                organisation_name: get(row, "organisation_name")?,
                user_name: get(row, "user_name")?,
                kind: code(row, "kind")?,
                body: get(row, "body")?,
                action_by: get(row, "action_by")?,
                action_due: get(row, "action_due")?,
                at: time(row, "at")?,
            })
        })
        .await
    }
}
