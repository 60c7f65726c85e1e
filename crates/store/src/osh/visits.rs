//! Visits: baseline, follow-up and verification visits of a provider to an enrolled
//! workplace; the employer's and the workers' views of each, kept apart; the schedule with
//! overdue visits; and the shared "last visited / next planned, by whom" per workplace.

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{EnrolmentId, OrgId, UserId, VisitId, WorkplaceId};
use workvoice_domain::osh::{
    Effectiveness, Participants, ViewSide, VisitKind, VisitState, visit_state,
};

use super::{OshScope, date, date_value, opt_date};
use crate::Store;
use crate::db::{StoredTime, code, exec, found, get, insert_id, one, row_id, rows};
use crate::error::{Result, StoreError};
use crate::query::Query;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewVisit {
    pub enrolment: EnrolmentId,
    pub kind: VisitKind,
    pub scheduled_on: Date,
    pub performed_on: Option<Date>,
    /// Names of the provider's visitors, as written.
    pub visitors: String,
    pub participants: Participants,
    /// The provider's own notes: never shown to another provider or the enterprise.
    pub notes: String,
    pub next_due_on: Option<Date>,
}

/// One side's view of a visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitView {
    pub side: ViewSide,
    pub rating: Effectiveness,
    pub changes_seen: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub id: VisitId,
    pub enrolment_id: EnrolmentId,
    pub workplace_id: WorkplaceId,
    pub workplace: String,
    pub provider_id: OrgId,
    pub provider: String,
    pub kind: VisitKind,
    pub scheduled_on: Date,
    pub performed_on: Option<Date>,
    pub visitors: String,
    pub participants: Participants,
    /// `None` unless the viewer works for the visit's provider.
    pub notes: Option<String>,
    pub next_due_on: Option<Date>,
}

impl Visit {
    pub fn state(&self, today: Date) -> VisitState {
        visit_state(self.scheduled_on, self.performed_on, today)
    }
}

/// Per provider: visits planned, and of them overdue, on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderSchedule {
    pub provider_id: OrgId,
    pub provider: String,
    pub planned: i64,
    pub overdue: i64,
}

/// What every provider may know of a workplace to coordinate: who was there last and who
/// plans to come next. No notes, no views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordination {
    pub last_visited: Option<(Date, String)>,
    pub next_planned: Option<(Date, String)>,
}

const VISIT_SELECT: &str = "SELECT v.id, v.enrolment_id, v.workplace_id, w.name AS workplace, v.provider_org_id, o.name AS provider, v.kind, v.scheduled_on, v.performed_on, v.visitors, v.employer_count, v.workers_count, v.women_count, v.worker_reps_count, v.notes, v.next_due_on \
     FROM osh_visits v JOIN workplaces w ON w.id = v.workplace_id JOIN organisations o ON o.id = v.provider_org_id WHERE 1 = 1";

fn decode(row: &sea_orm::QueryResult, scope: OshScope) -> Result<Visit> {
    let provider_id: OrgId = row_id(row, "provider_org_id")?;
    Ok(Visit {
        id: row_id(row, "id")?,
        enrolment_id: row_id(row, "enrolment_id")?,
        workplace_id: row_id(row, "workplace_id")?,
        workplace: get(row, "workplace")?,
        provider_id,
        provider: get(row, "provider")?,
        kind: code(row, "kind")?,
        scheduled_on: date(row, "scheduled_on")?,
        performed_on: opt_date(row, "performed_on")?,
        visitors: get(row, "visitors")?,
        participants: Participants {
            employer: get(row, "employer_count")?,
            workers: get(row, "workers_count")?,
            women: get(row, "women_count")?,
            worker_reps: get(row, "worker_reps_count")?,
        },
        notes: if scope.is_provider(provider_id) {
            Some(get(row, "notes")?)
        } else {
            None
        },
        next_due_on: opt_date(row, "next_due_on")?,
    })
}

impl Store {
    /// Records (or plans, without a performed date) a visit of the enrolment's provider;
    /// only that provider's staff may (`NotFound` for anyone else).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_visit(
        &self,
        provider: OrgId,
        new: &NewVisit,
        by: UserId,
        at: Millis,
    ) -> Result<VisitId> {
        let enrolment = self
            .enrolment(OshScope::Provider(provider), new.enrolment)
            .await?;
        if new
            .next_due_on
            .is_some_and(|d| d < new.performed_on.unwrap_or(new.scheduled_on))
        {
            return Err(StoreError::invalid("next_due_on", "osh-error-date-order"));
        }
        let p = new.participants;
        insert_id(
            &self.db.write,
            "INSERT INTO osh_visits (enrolment_id, workplace_id, provider_org_id, kind, scheduled_on, performed_on, visitors, employer_count, workers_count, women_count, worker_reps_count, notes, next_due_on, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
            vec![
                enrolment.id.get().into(),
                enrolment.workplace_id.get().into(),
                provider.get().into(),
                new.kind.code().into(),
                new.scheduled_on.to_string().into(),
                date_value(new.performed_on),
                new.visitors.trim().into(),
                p.employer.into(),
                p.workers.into(),
                p.women.into(),
                p.worker_reps.into(),
                new.notes.trim().into(),
                date_value(new.next_due_on),
                by.get().into(),
                at.value(),
            ],
        )
        .await
    }

    /// Marks a planned visit performed on `on`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn perform_visit(&self, provider: OrgId, id: VisitId, on: Date) -> Result<()> {
        let n = exec(
            &self.db.write,
            "UPDATE osh_visits SET performed_on = $3 WHERE id = $1 AND provider_org_id = $2 AND performed_on IS NULL",
            vec![id.get().into(), provider.get().into(), on.to_string().into()],
        )
        .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn visit(&self, scope: OshScope, id: VisitId) -> Result<Visit> {
        let mut q = Query::new(VISIT_SELECT);
        q.push(" AND v.id = ").bind(id.get());
        scope.restrict(&mut q, "v");
        let row = found(&self.db.read, &q.sql, q.values).await?;
        decode(&row, scope)
    }

    /// Visits the viewer may see, newest first; `workplace` narrows to one workplace.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn visits(
        &self,
        scope: OshScope,
        workplace: Option<WorkplaceId>,
    ) -> Result<Vec<Visit>> {
        let mut q = Query::new(VISIT_SELECT);
        if let Some(w) = workplace {
            q.push(" AND v.workplace_id = ").bind(w.get());
        }
        scope.restrict(&mut q, "v");
        q.push(" ORDER BY v.scheduled_on DESC, v.id DESC LIMIT 500");
        rows(&self.db.read, &q.sql, q.values, |row| decode(row, scope)).await
    }

    /// Planned visits not yet performed, the most overdue first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn visit_schedule(&self, scope: OshScope) -> Result<Vec<Visit>> {
        let mut q = Query::new(VISIT_SELECT);
        q.push(" AND v.performed_on IS NULL");
        scope.restrict(&mut q, "v");
        q.push(" ORDER BY v.scheduled_on, v.id LIMIT 500");
        rows(&self.db.read, &q.sql, q.values, |row| decode(row, scope)).await
    }

    /// Per provider: planned visits and overdue ones (planned before `today`).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn schedule_by_provider(&self, today: Date) -> Result<Vec<ProviderSchedule>> {
        rows(
            &self.db.read,
            "SELECT o.id, o.name, COUNT(v.id) AS planned, \
             COALESCE(SUM(CASE WHEN v.scheduled_on < $1 THEN 1 ELSE 0 END), 0) AS overdue \
             FROM organisations o LEFT JOIN osh_visits v ON v.provider_org_id = o.id AND v.performed_on IS NULL \
             WHERE o.kind = 'provider' GROUP BY o.id, o.name ORDER BY o.name",
            vec![today.to_string().into()],
            |row| {
                Ok(ProviderSchedule {
                    provider_id: row_id(row, "id")?,
                    provider: get(row, "name")?,
                    planned: get(row, "planned")?,
                    overdue: get(row, "overdue")?,
                })
            },
        )
        .await
    }

    /// Who last visited `workplace` and who plans to visit next, across every provider.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn workplace_coordination(&self, workplace: WorkplaceId) -> Result<Coordination> {
        let pick = |sql: &'static str| async move {
            let row = one(&self.db.read, sql, vec![workplace.get().into()]).await?;
            row.map(|r| Ok::<_, StoreError>((date(&r, "on_day")?, get::<String>(&r, "name")?)))
                .transpose()
        };
        Ok(Coordination {
            last_visited: pick(
                "SELECT v.performed_on AS on_day, o.name FROM osh_visits v JOIN organisations o ON o.id = v.provider_org_id \
                 WHERE v.workplace_id = $1 AND v.performed_on IS NOT NULL ORDER BY v.performed_on DESC, v.id DESC LIMIT 1",
            )
            .await?,
            next_planned: pick(
                "SELECT v.scheduled_on AS on_day, o.name FROM osh_visits v JOIN organisations o ON o.id = v.provider_org_id \
                 WHERE v.workplace_id = $1 AND v.performed_on IS NULL ORDER BY v.scheduled_on, v.id LIMIT 1",
            )
            .await?,
        })
    }

    /// Records one side's view of a visit, replacing that side's earlier one; the other
    /// side's view is untouched. The visit must lie in `scope` (an enterprise owner records
    /// the employer's view of their own visits).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn record_visit_view(
        &self,
        scope: OshScope,
        visit: VisitId,
        view: &VisitView,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let visit = self.visit(scope, visit).await?;
        if matches!(scope, OshScope::Enterprise(_)) && view.side != ViewSide::Employer {
            return Err(StoreError::NotFound);
        }
        let values = vec![
            visit.id.get().into(),
            view.side.code().into(),
            i64::from(view.rating.get()).into(),
            view.changes_seen.trim().into(),
            view.body.trim().into(),
            by.get().into(),
            at.value(),
        ];
        exec(
            &self.db.write,
            "INSERT INTO osh_visit_views (visit_id, side, rating, changes_seen, body, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (visit_id, side) DO UPDATE SET rating = excluded.rating, changes_seen = excluded.changes_seen, body = excluded.body, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
            values,
        )
        .await?;
        Ok(())
    }

    /// The views of a visit in `scope`, employer first.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn visit_views(&self, scope: OshScope, visit: VisitId) -> Result<Vec<VisitView>> {
        let visit = self.visit(scope, visit).await?;
        rows(
            &self.db.read,
            "SELECT side, rating, changes_seen, body FROM osh_visit_views WHERE visit_id = $1 ORDER BY side",
            vec![visit.id.get().into()],
            |row| {
                let rating: i64 = get(row, "rating")?;
                Ok(VisitView {
                    side: code(row, "side")?,
                    rating: Effectiveness::new(rating)
                        .ok_or_else(|| StoreError::undecodable("rating", rating.to_string()))?,
                    changes_seen: get(row, "changes_seen")?,
                    body: get(row, "body")?,
                })
            },
        )
        .await
    }
}
