//! What supervisors watch: the overdue queue, protocol compliance per step, time per
//! stage by urgency, and each staff member's workload. Classification and time
//! arithmetic are the domain's (`stage_time::outcome`, `time_between`), so these views
//! and the case page agree on what "late" means and how long a stage took.

use std::collections::{BTreeMap, HashMap};
use workvoice_domain::ids::{CaseId, UserId};

use workvoice_domain::stage_time::outcome;
use workvoice_domain::{
    Basis, BrandEscalation, Country, Millis, OutcomeCounts, Pause, Role, StepKind, Urgency,
    WorkCalendar, time_between,
};

use crate::Store;
use crate::db::{StoredTime, all, code, get, opt_code, opt_row_id, row_id, rows, span, time};
use crate::error::{Result, StoreError};
use crate::protocol::steps::decode_pause;
use crate::query::Query;
use crate::scope::Scope;

/// Cases whose status is open (statuses are data, so "open" is a column, not a list).
const OPEN_CASE: &str = " AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1)";

/// One unmet step past its deadline on an open case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueStep {
    pub case_id: CaseId,
    pub summary: String,
    pub category_code: String,
    pub urgency: Urgency,
    pub step: StepKind,
    pub due_at: Millis,
    pub escalated_at: Option<Millis>,
    pub brand_escalation: BrandEscalation,
    pub assigned_to: Option<UserId>,
    pub assigned_name: Option<String>,
    /// Country of the case's workplace (or the store's default): its zone shows times.
    pub country: Country,
}

/// Outcomes of one step kind over the cases of a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepCompliance {
    pub step: StepKind,
    pub counts: OutcomeCounts,
}

/// How long a stage took, from the step's start to when it was met, in the step's own
/// terms (clock or working minutes, pauses excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageTime {
    pub step: StepKind,
    pub urgency: Urgency,
    pub basis: Basis,
    pub count: usize,
    pub median_minutes: i64,
    pub mean_minutes: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ComplianceReport {
    /// In the order of handling (`StepKind::ALL`); kinds with no step are left out.
    pub steps: Vec<StepCompliance>,
    /// By step, then urgency (most urgent first).
    pub stages: Vec<StageTime>,
}

/// One helpline staff member's load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workload {
    pub user_id: UserId,
    pub name: String,
    pub role: Role,
    pub open_cases: i64,
    /// Unmet steps past their deadline on the open cases assigned to them.
    pub overdue_steps: i64,
    /// Cases they recorded since the period start.
    pub created_recently: i64,
}

fn country_of(row: &sea_orm::QueryResult, default: Country) -> Result<Country> {
    Ok(opt_code(row, "country")?.unwrap_or(default))
}

fn parse_step(code: &str) -> Result<StepKind> {
    StepKind::parse(code).ok_or_else(|| StoreError::undecodable("step", code))
}

fn parse_urgency(code: &str) -> Result<Urgency> {
    Urgency::parse(code).ok_or_else(|| StoreError::undecodable("urgency", code))
}

/// Median (lower middle for an even count, so it is a time that really occurred) and
/// mean rounded to the nearest minute. `None` for no values.
fn median_and_mean(values: &mut [i64]) -> Option<(i64, i64)> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let median = values[(values.len() - 1) / 2];
    let sum: i128 = values.iter().map(|v| i128::from(*v)).sum();
    let n = i128::try_from(values.len()).ok()?;
    let mean = i64::try_from((2 * sum + n) / (2 * n)).ok()?;
    Some((median, mean))
}

impl Store {
    /// Unmet, overdue steps of open cases in scope, the longest overdue first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn overdue_steps(
        &self,
        scope: Scope,
        now: Millis,
        limit: i64,
    ) -> Result<Vec<OverdueStep>> {
        let mut q = Query::new(
            "SELECT s.case_id, c.summary, c.category_code, c.urgency, s.step, s.due_at, s.escalated_at, \
             s.brand_escalation, c.assigned_to, u.display_name AS assigned_name, w.country AS country \
             FROM case_steps s JOIN cases c ON c.id = s.case_id \
             LEFT JOIN workplaces w ON w.id = c.workplace_id LEFT JOIN users u ON u.id = c.assigned_to \
             WHERE s.met_at IS NULL AND s.due_at IS NOT NULL AND s.due_at < ",
        );
        q.bind(now.value()).push(OPEN_CASE);
        scope.restrict(&mut q);
        q.push(" ORDER BY s.due_at, s.id LIMIT ").bind(limit);
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(OverdueStep {
                case_id: row_id(row, "case_id")?,
                summary: get(row, "summary")?,
                category_code: get(row, "category_code")?,
                urgency: parse_urgency(&get::<String>(row, "urgency")?)?,
                step: parse_step(&get::<String>(row, "step")?)?,
                due_at: time(row, "due_at")?,
                escalated_at: time(row, "escalated_at")?,
                brand_escalation: code(row, "brand_escalation")?,
                assigned_to: opt_row_id(row, "assigned_to")?,
                assigned_name: get(row, "assigned_name")?,
                country: country_of(row, self.default_country)?,
            })
        })
        .await
    }

    /// Compliance per step and time per stage over the cases opened since `since`.
    ///
    /// Only started steps count (a step whose trigger never happened was never due).
    /// Steps of closed cases are judged at closing time, so a step left unmet when the
    /// case closed stays "overdue" or "open" instead of turning overdue forever after.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn compliance_report(
        &self,
        scope: Scope,
        since: Millis,
        now: Millis,
    ) -> Result<ComplianceReport> {
        let mut q = Query::new(
            "SELECT s.case_id, s.step, s.span, s.started_at, s.due_at, s.met_at, c.urgency, \
             c.closed_at, c.updated_at, (SELECT st.is_open FROM case_statuses st WHERE st.code = c.status) AS is_open, \
             w.country AS country \
             FROM case_steps s JOIN cases c ON c.id = s.case_id LEFT JOIN workplaces w ON w.id = c.workplace_id \
             WHERE s.started_at IS NOT NULL \
             AND NOT (s.due_at IS NULL AND s.span = '0m') AND c.created_at >= ",
        );
        // Steps done although the case's protocol did not require them are stored with
        // span "0m" and no deadline; they measure nothing and are left out above.
        q.bind(since.value());
        scope.restrict(&mut q);
        q.push(" ORDER BY s.case_id, s.id");
        let rows = all(&self.db.read, &q.sql, q.values).await?;
        let pauses = self.pauses_since(scope, since).await?;
        let holidays = self.holidays().await?;
        let mut calendars: HashMap<Country, WorkCalendar> = HashMap::new();
        let mut counts: BTreeMap<StepKind, OutcomeCounts> = BTreeMap::new();
        let mut minutes: BTreeMap<(StepKind, usize, bool), Vec<i64>> = BTreeMap::new();
        for row in &rows {
            let case_id: CaseId = row_id(row, "case_id")?;
            let step = parse_step(&get::<String>(row, "step")?)?;
            let urgency = parse_urgency(&get::<String>(row, "urgency")?)?;
            let started: Option<Millis> = time(row, "started_at")?;
            let due: Option<Millis> = time(row, "due_at")?;
            let met: Option<Millis> = time(row, "met_at")?;
            let open = get::<Option<i64>>(row, "is_open")?.unwrap_or(1) != 0;
            let judged_at = if open {
                now
            } else {
                time::<Option<Millis>>(row, "closed_at")?.unwrap_or(time(row, "updated_at")?)
            };
            counts
                .entry(step)
                .or_default()
                .add(outcome(due, met, judged_at));
            let (Some(started), Some(met)) = (started, met) else {
                continue;
            };
            let basis = span(row, "span")?.basis();
            let country = country_of(row, self.default_country)?;
            let calendar = calendars
                .entry(country)
                .or_insert_with(|| WorkCalendar::for_country(country, &holidays));
            let case_pauses = pauses.get(&case_id).map_or(&[][..], Vec::as_slice);
            let took = time_between(started, met, basis, calendar, case_pauses);
            let urgency_rank = Urgency::ALL.iter().position(|u| *u == urgency).unwrap_or(0);
            minutes
                .entry((step, urgency_rank, basis == Basis::Working))
                .or_default()
                .push(took);
        }
        let steps = counts
            .into_iter()
            .map(|(step, counts)| StepCompliance { step, counts })
            .collect();
        let stages = minutes
            .into_iter()
            .filter_map(|((step, rank, working), mut values)| {
                let (median_minutes, mean_minutes) = median_and_mean(&mut values)?;
                Some(StageTime {
                    step,
                    urgency: Urgency::ALL[rank],
                    basis: if working {
                        Basis::Working
                    } else {
                        Basis::Clock
                    },
                    count: values.len(),
                    median_minutes,
                    mean_minutes,
                })
            })
            .collect();
        Ok(ComplianceReport { steps, stages })
    }

    /// Pauses of the cases opened since `since`, by case.
    async fn pauses_since(
        &self,
        scope: Scope,
        since: Millis,
    ) -> Result<HashMap<CaseId, Vec<Pause>>> {
        let mut q = Query::new(
            "SELECT p.case_id, p.from_at, p.to_at FROM case_pauses p JOIN cases c ON c.id = p.case_id \
             WHERE c.created_at >= ",
        );
        q.bind(since.value());
        scope.restrict(&mut q);
        q.push(" ORDER BY p.case_id, p.from_at");
        let mut out: HashMap<CaseId, Vec<Pause>> = HashMap::new();
        for row in all(&self.db.read, &q.sql, q.values).await? {
            out.entry(row_id(&row, "case_id")?)
                .or_default()
                .push(decode_pause(&row)?);
        }
        Ok(out)
    }

    /// Every active helpline staff member with their open cases, overdue steps and the
    /// cases they recorded since `since`, counting only cases in scope.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn workload(
        &self,
        scope: Scope,
        now: Millis,
        since: Millis,
    ) -> Result<Vec<Workload>> {
        let mut q = Query::new(
            "SELECT u.id, u.display_name, u.role, \
             (SELECT COUNT(*) FROM cases c WHERE c.assigned_to = u.id",
        );
        q.push(OPEN_CASE);
        scope.restrict(&mut q);
        q.push(
            ") AS open_cases, \
             (SELECT COUNT(*) FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE c.assigned_to = u.id \
             AND s.met_at IS NULL AND s.due_at IS NOT NULL AND s.due_at < ",
        )
        .bind(now.value())
        .push(OPEN_CASE);
        scope.restrict(&mut q);
        q.push(
            ") AS overdue_steps, \
             (SELECT COUNT(*) FROM cases c WHERE c.created_by = u.id AND c.created_at >= ",
        )
        .bind(since.value());
        scope.restrict(&mut q);
        q.push(") AS created_recently FROM users u WHERE u.active = 1 AND u.role IN (")
            .bind(Role::Admin.code())
            .push(", ")
            .bind(Role::Supervisor.code())
            .push(", ")
            .bind(Role::Operator.code())
            .push(") ORDER BY u.display_name, u.id");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(Workload {
                user_id: row_id(row, "id")?,
                name: get(row, "display_name")?,
                role: code(row, "role")?,
                open_cases: get(row, "open_cases")?,
                overdue_steps: get(row, "overdue_steps")?,
                created_recently: get(row, "created_recently")?,
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::median_and_mean;

    #[test]
    fn median_is_the_lower_middle_and_mean_rounds() {
        assert_eq!(median_and_mean(&mut []), None);
        assert_eq!(median_and_mean(&mut [5]), Some((5, 5)));
        assert_eq!(median_and_mean(&mut [10, 1, 4, 3]), Some((3, 5)));
        assert_eq!(median_and_mean(&mut [1, 2]), Some((1, 2)));
        assert_eq!(median_and_mean(&mut [0, 0, 1]), Some((0, 0)));
    }
}
