//! Closure and after (DESIGN §3.1): closing with an outcome, reopening, the reprisal-risk
//! flag, links to an earlier case (reprisal for complaining is its own category), and the
//! retaliation watch: a closed case whose worker was identified to someone, or who risks
//! reprisal, is followed up at +30 and +90 days.

use sea_orm::ConnectionTrait;
use workvoice_domain::ids::{CaseId, IncidentId, UserId, WorkplaceId};
use workvoice_domain::{Language, Millis, StepKind, follow_up_dates};

use crate::Store;
use crate::db::{StoredTime, code, exec, flag, found, get, one, opt_code, opt_row_id, time};
use crate::error::{Result, StoreError};
use crate::helpline::events::{CaseField, EventKind, append_event, change_case_field};
use crate::helpline::tasks::{TaskKind, upsert_task_in};
use crate::query::Query;
use crate::scope::{Scope, ScopedCase};

/// The category code of "reprisal for complaining".
pub const REPRISAL_CATEGORY: &str = "reprisal";

/// What closure, follow-ups and links need to know of a case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseAftercare {
    pub case_id: CaseId,
    pub workplace_id: Option<WorkplaceId>,
    pub category_code: String,
    pub status: String,
    pub language: Language,
    /// IANA zone of the workplace's country (or the store's default country).
    pub time_zone: String,
    pub closed_at: Option<Millis>,
    pub outcome: Option<String>,
    pub reprisal_risk: bool,
    pub incident_id: Option<IncidentId>,
    pub related_case_id: Option<CaseId>,
}

impl CaseAftercare {
    pub fn is_reprisal(&self) -> bool {
        is_reprisal_category(&self.category_code)
    }
}

/// Whether a category code is reprisal or one of its subcategories.
pub fn is_reprisal_category(code: &str) -> bool {
    code == REPRISAL_CATEGORY || code.starts_with("reprisal.")
}

impl Store {
    /// The case's aftercare facts if it is in scope; `NotFound` otherwise. Runs on any
    /// connection so writers can check scope inside their transaction.
    pub(crate) async fn aftercare_in(
        &self,
        conn: &impl ConnectionTrait,
        scope: Scope,
        case_id: CaseId,
    ) -> Result<CaseAftercare> {
        let mut q = Query::new(
            "SELECT c.id, c.workplace_id, c.category_code, c.status, c.language, c.closed_at, c.outcome, c.reprisal_risk, \
             c.incident_id, c.related_case_id, w.country FROM cases c LEFT JOIN workplaces w ON w.id = c.workplace_id WHERE c.id = ",
        );
        q.bind(case_id.get());
        scope.restrict(&mut q);
        let row = found(conn, &q.sql, q.values).await?;
        // No workplace (so no country) is the default country; a country that does not
        // decode is an error.
        let country = opt_code(&row, "country")?.unwrap_or(self.default_country);
        Ok(CaseAftercare {
            case_id,
            workplace_id: opt_row_id(&row, "workplace_id")?,
            category_code: get(&row, "category_code")?,
            status: get(&row, "status")?,
            language: code(&row, "language")?,
            time_zone: country.time_zone().to_owned(),
            closed_at: time(&row, "closed_at")?,
            outcome: get(&row, "outcome")?,
            reprisal_risk: flag(&row, "reprisal_risk")?,
            incident_id: opt_row_id(&row, "incident_id")?,
            related_case_id: opt_row_id(&row, "related_case_id")?,
        })
    }

    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_aftercare(&self, case: &ScopedCase) -> Result<CaseAftercare> {
        self.aftercare_in(&self.db.read, case.scope(), case.id())
            .await
    }

    /// The outcome codes a case can be closed with (data, in display order).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn case_outcomes(&self) -> Result<Vec<String>> {
        crate::db::rows(
            &self.db.read,
            "SELECT code FROM case_outcomes ORDER BY sort, code",
            vec![],
            |r| get(r, "code"),
        )
        .await
    }

    /// Closes an open case with an outcome code, meets the Close step and, when the worker
    /// needs watching (identity disclosed, reprisal risk, or a reprisal case), schedules the
    /// retaliation checks. Returns whether the watch was scheduled.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), by = by.get()))]
    pub async fn close_case(
        &self,
        case: &ScopedCase,
        outcome: &str,
        by: UserId,
        at: Millis,
    ) -> Result<bool> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        let known = one(
            &tx,
            "SELECT code FROM case_outcomes WHERE code = $1",
            vec![outcome.into()],
        )
        .await?;
        if known.is_none() {
            return Err(StoreError::invalid("outcome", "error-invalid-choice"));
        }
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        if case.closed_at.is_some() {
            return Err(StoreError::invalid(
                "outcome",
                "closure-error-already-closed",
            ));
        }
        exec(
            &tx,
            "UPDATE cases SET closed_at = $1, outcome = $2 WHERE id = $3",
            vec![at.value(), outcome.into(), case_id.get().into()],
        )
        .await?;
        self.meet_step_in(&tx, case_id, StepKind::Close, Some(by), at)
            .await?;
        // The Close step is met only once; a case closed again after reopening still
        // needs its status moved.
        self.set_status_in(&tx, case_id, "closed", Some(by), at)
            .await?;
        append_event(
            &tx,
            case_id,
            Some(by),
            at,
            EventKind::Closed,
            serde_json::json!({ "outcome": outcome }),
        )
        .await?;
        // Consent to disclose identity counts even if revoked later: the organisation knew.
        let disclosed = one(
            &tx,
            "SELECT id FROM disclosure_consents WHERE case_id = $1 LIMIT 1",
            vec![case_id.get().into()],
        )
        .await?
        .is_some();
        let watch = disclosed || case.reprisal_risk || case.is_reprisal();
        if watch {
            let [first, second] = follow_up_dates(at);
            upsert_task_in(&tx, case_id, TaskKind::Retaliation30, first).await?;
            upsert_task_in(&tx, case_id, TaskKind::Retaliation90, second).await?;
        }
        crate::surveys::schedule_survey_in(&tx, &case, at).await?;
        tx.commit().await?;
        Ok(watch)
    }

    /// Reopens a closed case: outcome cleared, status back to triaged.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), by = by.get()))]
    pub async fn reopen_case(&self, case: &ScopedCase, by: UserId, at: Millis) -> Result<()> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        if case.closed_at.is_none() {
            return Err(StoreError::invalid("case", "closure-error-not-closed"));
        }
        exec(
            &tx,
            "UPDATE cases SET closed_at = NULL, outcome = NULL WHERE id = $1",
            vec![case_id.get().into()],
        )
        .await?;
        self.set_status_in(&tx, case_id, "triaged", Some(by), at)
            .await?;
        append_event(
            &tx,
            case_id,
            Some(by),
            at,
            EventKind::Reopened,
            serde_json::json!({ "outcome": case.outcome }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets or clears the reprisal-risk flag. Returns whether it changed.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), by = by.get()))]
    pub async fn set_reprisal_risk(
        &self,
        case: &ScopedCase,
        risk: bool,
        by: UserId,
        at: Millis,
    ) -> Result<bool> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        if case.reprisal_risk == risk {
            return Ok(false);
        }
        change_case_field(
            &tx,
            case_id,
            CaseField::ReprisalRisk,
            i64::from(case.reprisal_risk),
            i64::from(risk),
            Some(by),
            at,
            EventKind::ReprisalRiskChanged,
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Links a case (typically a reprisal) to the earlier case it follows. Both must be in
    /// scope; a case cannot be linked to itself.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), earlier_case_id = earlier_case_id.get(), by = by.get()))]
    pub async fn link_related_case(
        &self,
        case: &ScopedCase,
        earlier_case_id: CaseId,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let (scope, case_id) = (case.scope(), case.id());
        if case_id == earlier_case_id {
            return Err(StoreError::invalid("related", "closure-error-related-self"));
        }
        let tx = self.db.write.begin().await?;
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        self.aftercare_in(&tx, scope, earlier_case_id).await?;
        if case.related_case_id == Some(earlier_case_id) {
            return Ok(());
        }
        change_case_field(
            &tx,
            case_id,
            CaseField::RelatedCase,
            case.related_case_id,
            earlier_case_id.get(),
            Some(by),
            at,
            EventKind::RelatedCaseLinked,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
