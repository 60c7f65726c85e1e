//! The append-only case event log (DESIGN §3.1): every change to a case is an event with
//! who, when, what and before/after. Both engines refuse UPDATE and DELETE on the table.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::NoteText;
use workvoice_domain::ids::{CaseId, EventId, UserId};

use crate::Store;
use crate::db::{StoredTime, code, exec, get, opt_row_id, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::cases::add_text;
use crate::scope::ScopedCase;

workvoice_domain::stored_code!(EventKind);

/// What happened to a case. The code is stored; the web layer translates `event-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Created,
    Note,
    Assigned,
    StatusChanged,
    StepMet,
    StepOverdue,
    BrandNotice,
    BrandWarning,
    Paused,
    Resumed,
    FactoryAcknowledged,
    FactoryResponded,
    ClarificationRequested,
    EvidenceAttached,
    DisclosureConsented,
    DisclosureRevoked,
    WorkerInformed,
    CallbackAttempt,
    Closed,
    Reopened,
    IncidentLinked,
    RelatedCaseLinked,
    FollowUpDone,
    ReprisalRiskChanged,
    /// The case was reported to an organisation (a version of the shareable summary).
    Reported,
    ShareableSummaryEdited,
    /// The worker's agreement that the factory may be told was given or withdrawn.
    FactoryAgreementChanged,
}

impl EventKind {
    pub const ALL: [EventKind; 27] = [
        EventKind::Created,
        EventKind::Note,
        EventKind::Assigned,
        EventKind::StatusChanged,
        EventKind::StepMet,
        EventKind::StepOverdue,
        EventKind::BrandNotice,
        EventKind::BrandWarning,
        EventKind::Paused,
        EventKind::Resumed,
        EventKind::FactoryAcknowledged,
        EventKind::FactoryResponded,
        EventKind::ClarificationRequested,
        EventKind::EvidenceAttached,
        EventKind::DisclosureConsented,
        EventKind::DisclosureRevoked,
        EventKind::WorkerInformed,
        EventKind::CallbackAttempt,
        EventKind::Closed,
        EventKind::Reopened,
        EventKind::IncidentLinked,
        EventKind::RelatedCaseLinked,
        EventKind::FollowUpDone,
        EventKind::ReprisalRiskChanged,
        EventKind::Reported,
        EventKind::ShareableSummaryEdited,
        EventKind::FactoryAgreementChanged,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::Created => "created",
            EventKind::Note => "note",
            EventKind::Assigned => "assigned",
            EventKind::StatusChanged => "status_changed",
            EventKind::StepMet => "step_met",
            EventKind::StepOverdue => "step_overdue",
            EventKind::BrandNotice => "brand_notice",
            EventKind::BrandWarning => "brand_warning",
            EventKind::Paused => "paused",
            EventKind::Resumed => "resumed",
            EventKind::FactoryAcknowledged => "factory_acknowledged",
            EventKind::FactoryResponded => "factory_responded",
            EventKind::ClarificationRequested => "clarification_requested",
            EventKind::EvidenceAttached => "evidence_attached",
            EventKind::DisclosureConsented => "disclosure_consented",
            EventKind::DisclosureRevoked => "disclosure_revoked",
            EventKind::WorkerInformed => "worker_informed",
            EventKind::CallbackAttempt => "callback_attempt",
            EventKind::Closed => "closed",
            EventKind::Reopened => "reopened",
            EventKind::IncidentLinked => "incident_linked",
            EventKind::RelatedCaseLinked => "related_case_linked",
            EventKind::FollowUpDone => "follow_up_done",
            EventKind::ReprisalRiskChanged => "reprisal_risk_changed",
            EventKind::Reported => "reported",
            EventKind::ShareableSummaryEdited => "shareable_summary_edited",
            EventKind::FactoryAgreementChanged => "factory_agreement_changed",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CaseEvent {
    pub id: EventId,
    pub at: Millis,
    pub actor_id: Option<UserId>,
    pub actor_name: Option<String>,
    pub kind: EventKind,
    pub detail: serde_json::Value,
}

pub(crate) async fn append_event(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    actor: Option<UserId>,
    at: Millis,
    kind: EventKind,
    detail: serde_json::Value,
) -> Result<()> {
    exec(
        conn,
        "INSERT INTO case_events (case_id, at, actor_id, kind, detail) VALUES ($1, $2, $3, $4, $5)",
        vec![
            case_id.get().into(),
            at.value(),
            actor.map(UserId::get).into(),
            kind.code().into(),
            detail.to_string().into(),
        ],
    )
    .await?;
    exec(
        conn,
        "UPDATE cases SET updated_at = $1 WHERE id = $2",
        vec![at.value(), case_id.get().into()],
    )
    .await?;
    Ok(())
}

/// A column of `cases` that a person changes directly; each change is one event with the
/// value before and after. An enum, so the column name in the SQL is never input.
#[derive(Debug, Clone, Copy)]
pub(crate) enum CaseField {
    Status,
    AssignedTo,
    ReprisalRisk,
    RelatedCase,
    Incident,
    ShareableSummary,
    FactoryMayBeTold,
}

impl CaseField {
    fn column(self) -> &'static str {
        match self {
            CaseField::Status => "status",
            CaseField::AssignedTo => "assigned_to",
            CaseField::ReprisalRisk => "reprisal_risk",
            CaseField::RelatedCase => "related_case_id",
            CaseField::Incident => "incident_id",
            CaseField::ShareableSummary => "shareable_summary",
            CaseField::FactoryMayBeTold => "factory_may_be_told",
        }
    }
}

/// Sets one field of a case and appends the event recording `from` and `to`, on the
/// caller's transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn change_case_field<T>(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    field: CaseField,
    from: impl serde::Serialize,
    to: T,
    actor: Option<UserId>,
    at: Millis,
    kind: EventKind,
) -> Result<()>
where
    T: Into<sea_orm::Value> + serde::Serialize + Clone,
{
    exec(
        conn,
        &format!("UPDATE cases SET {} = $1 WHERE id = $2", field.column()),
        vec![to.clone().into(), case_id.get().into()],
    )
    .await?;
    append_event(
        conn,
        case_id,
        actor,
        at,
        kind,
        serde_json::json!({ "from": from, "to": to }),
    )
    .await
}

impl Store {
    /// Sets the case's status (a data code) and records the change, inside a transaction.
    pub(crate) async fn set_status_in(
        &self,
        conn: &impl ConnectionTrait,
        case_id: CaseId,
        status: &str,
        actor: Option<UserId>,
        at: Millis,
    ) -> Result<()> {
        let row = crate::db::found(
            conn,
            "SELECT status FROM cases WHERE id = $1",
            vec![case_id.get().into()],
        )
        .await?;
        let before: String = get(&row, "status")?;
        if before == status {
            return Ok(());
        }
        change_case_field(
            conn,
            case_id,
            CaseField::Status,
            before,
            status.to_owned(),
            actor,
            at,
            EventKind::StatusChanged,
        )
        .await
    }

    /// The case's events, oldest first. Callers check the case is in scope first.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_events(&self, case: &ScopedCase) -> Result<Vec<CaseEvent>> {
        let case_id = case.id();
        rows(
            &self.db.read,
            "SELECT e.id, e.at, e.actor_id, u.display_name AS actor_name, e.kind, e.detail \
             FROM case_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.id",
            vec![case_id.get().into()],
            |row| {
                let detail: String = get(row, "detail")?;
                Ok(CaseEvent {
                    id: row_id(row, "id")?,
                    at: time(row, "at")?,
                    actor_id: opt_row_id(row, "actor_id")?,
                    actor_name: get(row, "actor_name")?,
                    kind: code(row, "kind")?,
                    detail: serde_json::from_str(&detail).map_err(|_| StoreError::undecodable("detail", "(not JSON)"))?,
                })
            },
        )
        .await
    }

    /// Adds an internal note (already parsed, so never empty or too long); it becomes
    /// searchable.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), actor = actor.get()))]
    pub async fn add_note(
        &self,
        case: &ScopedCase,
        actor: UserId,
        text: &NoteText,
        at: Millis,
    ) -> Result<()> {
        let case_id = case.id();
        let text = text.as_str();
        let tx = self.db.write.begin().await?;
        append_event(
            &tx,
            case_id,
            Some(actor),
            at,
            EventKind::Note,
            serde_json::json!({ "text": text }),
        )
        .await?;
        add_text(&tx, case_id, text).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Assigns the case to a helpline user (or nobody), recording before and after.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), actor = actor.get()))]
    pub async fn assign_case(
        &self,
        case: &ScopedCase,
        actor: UserId,
        assignee: Option<UserId>,
        at: Millis,
    ) -> Result<()> {
        let (scope, case_id) = (case.scope(), case.id());
        let before = self.case(scope, case_id).await?.summary.assigned_to;
        if before == assignee {
            return Ok(());
        }
        if let Some(user) = assignee {
            let target = self.user(user).await?;
            if !target.role.is_helpline_staff() || !target.active {
                return Err(StoreError::invalid("assignee", "error-invalid-choice"));
            }
        }
        let tx = self.db.write.begin().await?;
        change_case_field(
            &tx,
            case_id,
            CaseField::AssignedTo,
            before,
            assignee.map(UserId::get),
            Some(actor),
            at,
            EventKind::Assigned,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
