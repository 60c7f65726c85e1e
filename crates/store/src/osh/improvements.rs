//! Improvements: what an enterprise changed (or plans to), in one technical area, with the
//! risk before and after, and a timeline of status changes that is never edited (both
//! engines refuse UPDATE and DELETE on `osh_improvement_events`).

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, ImprovementId, OrgId, UserId, WorkplaceId};
use workvoice_domain::osh::ImprovementFact;
use workvoice_domain::osh::improvement::{ImprovementSource, check_transition};
use workvoice_domain::osh::{
    ControlLevel, ImprovementStatus, RiskLevel, RiskScore, TechnicalArea, VerificationMethod,
};

use super::{OshScope, date_value, opt_date};
use crate::Store;
use crate::db::{
    StoredTime, b, code, exec, flag, found, get, insert_id, opt_code, opt_row_id, row_id, rows,
    time,
};
use crate::error::{Result, StoreError};
use crate::query::Query;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewImprovement {
    pub workplace: WorkplaceId,
    pub source: ImprovementSource,
    pub area: TechnicalArea,
    pub description: String,
    /// `None` for a draft opened from a helpline case, until the provider chooses.
    pub control_level: Option<ControlLevel>,
    pub low_cost: bool,
    /// In the local currency's smallest common unit (taka, đồng).
    pub cost: Option<i64>,
    /// Who is responsible on the employer's side.
    pub owner_name: String,
    pub due_on: Option<Date>,
    pub before: Option<RiskScore>,
    pub after: Option<RiskScore>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Improvement {
    pub id: ImprovementId,
    pub workplace_id: WorkplaceId,
    pub workplace: String,
    pub provider_id: OrgId,
    pub provider: String,
    pub source: ImprovementSource,
    pub area: TechnicalArea,
    pub description: String,
    pub control_level: Option<ControlLevel>,
    pub low_cost: bool,
    pub cost: Option<i64>,
    pub owner_name: String,
    pub due_on: Option<Date>,
    pub status: ImprovementStatus,
    pub verification: Option<VerificationMethod>,
    pub before: Option<RiskScore>,
    pub after: Option<RiskScore>,
    /// The helpline case it answers (bridge); shown to helpline staff only.
    pub case_id: Option<CaseId>,
}

/// One entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImprovementEvent {
    pub at: Millis,
    pub actor: Option<String>,
    pub from: Option<ImprovementStatus>,
    pub to: ImprovementStatus,
    pub verification: Option<VerificationMethod>,
    pub note: String,
}

/// A status change asked for on the improvement page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub to: ImprovementStatus,
    pub verification: Option<VerificationMethod>,
    /// The residual risk, re-scored when the change is made (kept as it was if `None`).
    pub after: Option<RiskScore>,
    pub note: String,
}

/// Narrows the improvement list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImprovementFilter {
    pub workplace: Option<WorkplaceId>,
    pub status: Option<ImprovementStatus>,
    pub area: Option<TechnicalArea>,
}

pub(crate) const COLUMNS: &str = "i.id, i.workplace_id, w.name AS workplace, i.provider_org_id, o.name AS provider, i.source, i.area, i.description, i.control_level, i.low_cost, i.cost, i.owner_name, i.due_on, i.status, i.verification, i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity, i.case_id";

const FROM: &str = " FROM osh_improvements i JOIN workplaces w ON w.id = i.workplace_id JOIN organisations o ON o.id = i.provider_org_id WHERE 1 = 1";

pub(crate) fn risk(
    row: &sea_orm::QueryResult,
    likelihood: &'static str,
    severity: &'static str,
) -> Result<Option<RiskScore>> {
    let level = |col: &'static str| -> Result<Option<RiskLevel>> {
        get::<Option<i64>>(row, col)?
            .map(|v| RiskLevel::new(v).ok_or_else(|| StoreError::undecodable(col, v.to_string())))
            .transpose()
    };
    Ok(match (level(likelihood)?, level(severity)?) {
        (Some(l), Some(s)) => Some(RiskScore::new(l, s)),
        _ => None,
    })
}

/// What the figures count of an improvement (area, status, verification, cost, risk before
/// and after), from a row with those columns; `id` is 0 where the row is a group of them.
pub(crate) fn improvement_fact(row: &sea_orm::QueryResult, id: i64) -> Result<ImprovementFact> {
    Ok(ImprovementFact {
        id,
        area: code(row, "area")?,
        status: code(row, "status")?,
        verification: opt_code(row, "verification")?,
        low_cost: flag(row, "low_cost")?,
        before: risk(row, "before_likelihood", "before_severity")?,
        after: risk(row, "after_likelihood", "after_severity")?,
    })
}

fn risk_values(score: Option<RiskScore>) -> [sea_orm::Value; 2] {
    [
        score.map(|s| i64::from(s.likelihood.get())).into(),
        score.map(|s| i64::from(s.severity.get())).into(),
    ]
}

fn decode(row: &sea_orm::QueryResult) -> Result<Improvement> {
    Ok(Improvement {
        id: row_id(row, "id")?,
        workplace_id: row_id(row, "workplace_id")?,
        workplace: get(row, "workplace")?,
        provider_id: row_id(row, "provider_org_id")?,
        provider: get(row, "provider")?,
        source: code(row, "source")?,
        area: code(row, "area")?,
        description: get(row, "description")?,
        control_level: opt_code(row, "control_level")?,
        low_cost: flag(row, "low_cost")?,
        cost: get(row, "cost")?,
        owner_name: get(row, "owner_name")?,
        due_on: opt_date(row, "due_on")?,
        status: code(row, "status")?,
        verification: opt_code(row, "verification")?,
        before: risk(row, "before_likelihood", "before_severity")?,
        after: risk(row, "after_likelihood", "after_severity")?,
        case_id: opt_row_id(row, "case_id")?,
    })
}

impl Store {
    /// A new improvement of `provider` at a workplace enrolled with it, status proposed,
    /// with the first timeline entry, in one transaction.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_improvement(
        &self,
        provider: OrgId,
        new: &NewImprovement,
        case: Option<CaseId>,
        by: Option<UserId>,
        at: Millis,
    ) -> Result<ImprovementId> {
        let description = new.description.trim();
        if description.is_empty() {
            return Err(StoreError::invalid("description", "error-required"));
        }
        if !self.is_enrolled_with(new.workplace, provider).await? {
            return Err(StoreError::invalid("workplace", "osh-error-not-enrolled"));
        }
        let tx = self.db.write.begin().await?;
        let [bl, bs] = risk_values(new.before);
        let [al, as_] = risk_values(new.after);
        let id: ImprovementId = insert_id(
            &tx,
            "INSERT INTO osh_improvements (workplace_id, provider_org_id, source, area, description, control_level, low_cost, cost, owner_name, due_on, status, before_likelihood, before_severity, after_likelihood, after_severity, case_id, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id",
            vec![
                new.workplace.get().into(),
                provider.get().into(),
                new.source.code().into(),
                new.area.code().into(),
                description.into(),
                new.control_level.map(ControlLevel::code).into(),
                b(new.low_cost),
                new.cost.into(),
                new.owner_name.trim().into(),
                date_value(new.due_on),
                ImprovementStatus::Proposed.code().into(),
                bl,
                bs,
                al,
                as_,
                case.map(CaseId::get).into(),
                by.map(UserId::get).into(),
                at.value(),
            ],
        )
        .await?;
        append_event(&tx, id, at, by, None, ImprovementStatus::Proposed, None, "").await?;
        tx.commit().await?;
        Ok(id)
    }

    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn improvement(&self, scope: OshScope, id: ImprovementId) -> Result<Improvement> {
        let mut q = Query::new(&format!("SELECT {COLUMNS}{FROM}"));
        q.push(" AND i.id = ").bind(id.get());
        scope.restrict(&mut q, "i");
        let row = found(&self.db.read, &q.sql, q.values).await?;
        decode(&row)
    }

    /// Improvements in `scope`, the most recently changed first (at most 500).
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn improvements(
        &self,
        scope: OshScope,
        filter: &ImprovementFilter,
    ) -> Result<Vec<Improvement>> {
        let mut q = Query::new(&format!("SELECT {COLUMNS}{FROM}"));
        if let Some(w) = filter.workplace {
            q.push(" AND i.workplace_id = ").bind(w.get());
        }
        if let Some(s) = filter.status {
            q.push(" AND i.status = ").bind(s.code());
        }
        if let Some(a) = filter.area {
            q.push(" AND i.area = ").bind(a.code());
        }
        scope.restrict(&mut q, "i");
        q.push(" ORDER BY i.updated_at DESC, i.id DESC LIMIT 500");
        rows(&self.db.read, &q.sql, q.values, decode).await
    }

    /// Moves the status by the domain's machine (verified only after done, never on a
    /// self-report), re-scores the residual risk if given, and appends to the timeline.
    /// Only the improvement's provider may (`NotFound` for anyone else).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn change_improvement_status(
        &self,
        provider: OrgId,
        id: ImprovementId,
        change: &StatusChange,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let current = self.improvement(OshScope::Provider(provider), id).await?;
        let method = change.verification.or(current.verification);
        check_transition(current.status, change.to, method)
            .map_err(|key| StoreError::invalid("status", key))?;
        let after = change.after.or(current.after);
        let [al, as_] = risk_values(after);
        let tx = self.db.write.begin().await?;
        let n = exec(
            &tx,
            "UPDATE osh_improvements SET status = $3, verification = $4, after_likelihood = $5, after_severity = $6, updated_at = $7 WHERE id = $1 AND status = $2",
            vec![
                id.get().into(),
                current.status.code().into(),
                change.to.code().into(),
                method.map(VerificationMethod::code).into(),
                al,
                as_,
                at.value(),
            ],
        )
        .await?;
        if n == 0 {
            // Someone else changed it between the read and the write.
            return Err(StoreError::invalid("status", "osh-error-transition"));
        }
        if change.to == ImprovementStatus::Verified {
            // Closes the loop on the helpline case the improvement answers (bridge).
            exec(
                &tx,
                "UPDATE osh_signals SET answered_at = $2 WHERE improvement_id = $1 AND answered_at IS NULL",
                vec![id.get().into(), at.value()],
            )
            .await?;
        }
        append_event(
            &tx,
            id,
            at,
            Some(by),
            Some(current.status),
            change.to,
            change.verification,
            change.note.trim(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The timeline of an improvement in `scope`, oldest first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn improvement_timeline(
        &self,
        scope: OshScope,
        id: ImprovementId,
    ) -> Result<Vec<ImprovementEvent>> {
        let improvement = self.improvement(scope, id).await?;
        rows(
            &self.db.read,
            "SELECT e.at, u.display_name AS actor, e.from_status, e.to_status, e.verification, e.note \
             FROM osh_improvement_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.improvement_id = $1 ORDER BY e.id",
            vec![improvement.id.get().into()],
            |row| {
                Ok(ImprovementEvent {
                    at: time(row, "at")?,
                    actor: get(row, "actor")?,
                    from: opt_code(row, "from_status")?,
                    to: code(row, "to_status")?,
                    verification: opt_code(row, "verification")?,
                    note: get(row, "note")?,
                })
            },
        )
        .await
    }
}

#[allow(clippy::too_many_arguments)]
async fn append_event(
    conn: &impl sea_orm::ConnectionTrait,
    improvement: ImprovementId,
    at: Millis,
    by: Option<UserId>,
    from: Option<ImprovementStatus>,
    to: ImprovementStatus,
    verification: Option<VerificationMethod>,
    note: &str,
) -> Result<()> {
    exec(
        conn,
        "INSERT INTO osh_improvement_events (improvement_id, at, actor_id, from_status, to_status, verification, note) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        vec![
            improvement.get().into(),
            at.value(),
            by.map(UserId::get).into(),
            from.map(ImprovementStatus::code).into(),
            to.code().into(),
            verification.map(VerificationMethod::code).into(),
            note.into(),
        ],
    )
    .await?;
    Ok(())
}
