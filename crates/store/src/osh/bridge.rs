//! The bridge from the helpline (issue 10 item 7). A case in an OSH or life-safety category
//! about an enrolled workplace becomes a **signal**: it raises the workplace's visit
//! priority for its provider and can open a draft improvement in the matching technical
//! area. What crosses to the provider is the area, the day and the case's *shareable
//! summary* (what the operator wrote for organisations to read) — never the caller, never
//! the narrative, never the case code or id. A verified improvement closes the signal,
//! which the helpline sees on the case.

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::ids::{ImprovementId, OrgId, UserId, WorkplaceId};
use workvoice_domain::osh::area::area_of_category;
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::visit::visit_priority;
use workvoice_domain::osh::{ImprovementStatus, TechnicalArea};

use super::improvements::NewImprovement;
use super::opt_date;
use crate::db::{StoredTime, all, code, exec, found, get, one, opt_code, opt_row_id, row_id, time};
use crate::error::{Result, StoreError};
use crate::{Scope, ScopedCase, Store};

/// A signal as the case's helpline staff see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSignal {
    pub workplace_id: WorkplaceId,
    pub area: Option<TechnicalArea>,
    pub raised_at: Millis,
    pub improvement_id: Option<ImprovementId>,
    pub improvement_status: Option<ImprovementStatus>,
    pub answered_at: Option<Millis>,
}

/// A workplace on a provider's priority list: open signals first, then lateness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitPriority {
    pub workplace_id: WorkplaceId,
    pub workplace: String,
    /// Helpline signals not yet answered by a verified improvement.
    pub open_signals: i64,
    /// Areas of those signals (no more than that crosses to the provider).
    pub signal_areas: Vec<TechnicalArea>,
    /// The earliest planned, unperformed visit.
    pub next_planned: Option<Date>,
    pub priority: i64,
}

fn helpline_only(case: &ScopedCase) -> Result<()> {
    if case.scope() == Scope::Helpline {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

impl Store {
    /// Raises the case's signal if its category points to a technical area and its
    /// workplace is enrolled with a provider; `None` otherwise. Raising twice is once.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn raise_osh_signal(
        &self,
        case: &ScopedCase,
        at: Millis,
    ) -> Result<Option<CaseSignal>> {
        helpline_only(case)?;
        let row = one(
            &self.db.write,
            "SELECT c.category_code, c.workplace_id FROM cases c WHERE c.id = $1 \
             AND c.workplace_id IN (SELECT workplace_id FROM osh_enrolments)",
            vec![case.id().get().into()],
        )
        .await?;
        let Some(row) = row else { return Ok(None) };
        let category: String = get(&row, "category_code")?;
        let Some(area) = area_of_category(&category) else {
            return Ok(None);
        };
        let workplace: WorkplaceId = row_id(&row, "workplace_id")?;
        exec(
            &self.db.write,
            "INSERT INTO osh_signals (case_id, workplace_id, area, raised_at) VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING",
            vec![
                case.id().get().into(),
                workplace.get().into(),
                area.code().into(),
                at.value(),
            ],
        )
        .await?;
        self.case_osh_signal(case).await
    }

    /// The case's signal, if any, with the improvement it opened.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn case_osh_signal(&self, case: &ScopedCase) -> Result<Option<CaseSignal>> {
        helpline_only(case)?;
        let row = one(
            &self.db.read,
            "SELECT s.workplace_id, s.area, s.raised_at, s.improvement_id, i.status, s.answered_at \
             FROM osh_signals s LEFT JOIN osh_improvements i ON i.id = s.improvement_id WHERE s.case_id = $1",
            vec![case.id().get().into()],
        )
        .await?;
        row.map(|row| {
            Ok(CaseSignal {
                workplace_id: row_id(&row, "workplace_id")?,
                area: opt_code(&row, "area")?,
                raised_at: time(&row, "raised_at")?,
                improvement_id: opt_row_id(&row, "improvement_id")?,
                improvement_status: opt_code(&row, "status")?,
                answered_at: time(&row, "answered_at")?,
            })
        })
        .transpose()
    }

    /// Opens a draft improvement (proposed, no control level yet) for the provider the
    /// workplace is enrolled with, in the signal's area, described by the case's shareable
    /// summary only. Refused without a summary (there would be nothing safe to say) and
    /// when the signal already has its improvement.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_improvement_from_case(
        &self,
        case: &ScopedCase,
        by: UserId,
        at: Millis,
    ) -> Result<ImprovementId> {
        let signal = self
            .case_osh_signal(case)
            .await?
            .ok_or(StoreError::NotFound)?;
        if signal.improvement_id.is_some() {
            return Err(StoreError::invalid("case", "osh-error-already-opened"));
        }
        let area = signal.area.ok_or(StoreError::NotFound)?;
        let row = found(
            &self.db.read,
            "SELECT c.shareable_summary, e.provider_org_id FROM cases c JOIN osh_enrolments e ON e.workplace_id = c.workplace_id \
             WHERE c.id = $1 ORDER BY e.enrolled_on DESC, e.id DESC LIMIT 1",
            vec![case.id().get().into()],
        )
        .await?;
        let summary: String = get(&row, "shareable_summary")?;
        if summary.trim().is_empty() {
            return Err(StoreError::invalid(
                "case",
                "osh-error-no-shareable-summary",
            ));
        }
        let provider: OrgId = row_id(&row, "provider_org_id")?;
        let new = NewImprovement {
            workplace: signal.workplace_id,
            source: ImprovementSource::Complaint,
            area,
            description: summary,
            control_level: None,
            low_cost: false,
            cost: None,
            owner_name: String::new(),
            due_on: None,
            before: None,
            after: None,
        };
        let id = self
            .create_improvement(provider, &new, Some(case.id()), Some(by), at)
            .await?;
        exec(
            &self.db.write,
            "UPDATE osh_signals SET improvement_id = $2 WHERE case_id = $1",
            vec![case.id().get().into(), id.get().into()],
        )
        .await?;
        Ok(id)
    }

    /// The provider's enrolled workplaces by visit priority: unanswered helpline signals
    /// first, then the most overdue planned visit (`today` decides lateness).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn visit_priorities(
        &self,
        provider: OrgId,
        today: Date,
    ) -> Result<Vec<VisitPriority>> {
        let rows = all(
            &self.db.read,
            "SELECT e.workplace_id, w.name, \
             (SELECT MIN(v.scheduled_on) FROM osh_visits v WHERE v.workplace_id = e.workplace_id AND v.provider_org_id = e.provider_org_id AND v.performed_on IS NULL) AS next_planned \
             FROM osh_enrolments e JOIN workplaces w ON w.id = e.workplace_id WHERE e.provider_org_id = $1 ORDER BY w.name",
            vec![provider.get().into()],
        )
        .await?;
        let signals = all(
            &self.db.read,
            "SELECT s.workplace_id, s.area FROM osh_signals s JOIN osh_enrolments e ON e.workplace_id = s.workplace_id \
             WHERE e.provider_org_id = $1 AND s.answered_at IS NULL ORDER BY s.raised_at",
            vec![provider.get().into()],
        )
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let workplace_id: WorkplaceId = row_id(row, "workplace_id")?;
            let mut signal_areas = Vec::new();
            for s in &signals {
                if row_id::<WorkplaceId>(s, "workplace_id")? == workplace_id {
                    signal_areas.push(code::<TechnicalArea>(s, "area")?);
                }
            }
            let next_planned = opt_date(row, "next_planned")?;
            let days_overdue = next_planned
                .filter(|d| *d < today)
                .map_or(0, |d| i64::from((today - d).get_days()));
            let open_signals = signal_areas.len() as i64;
            signal_areas.sort();
            signal_areas.dedup();
            out.push(VisitPriority {
                workplace_id,
                workplace: get(row, "name")?,
                open_signals,
                signal_areas,
                next_planned,
                priority: visit_priority(open_signals, days_overdue),
            });
        }
        out.sort_by(|a, b| {
            b.priority
                .cmp(&a.priority)
                .then(a.workplace.cmp(&b.workplace))
        });
        Ok(out)
    }
}
