//! The helpline dashboard for a period and a filter (issue 12 item 1): calls per month
//! split substantive / informational, cases by category, urgency, workplace and brand,
//! time to the first factory report and to resolution by urgency (median, p90),
//! protocol compliance per step, workers informed per stage, satisfaction and survey
//! response, workers with access, callers who shared their name — and from the same
//! rows the scorecard's inputs. Counts only: no summary, narrative or caller leaves here.

use std::collections::{BTreeMap, HashMap, HashSet};

use workvoice_domain::Urgency;
use workvoice_domain::ids::{OrgId, WorkplaceId};
use workvoice_domain::reports::{DurationSummary, ScorecardInputs, summarise};
use workvoice_domain::surveys::{Outcome, Tally};

use crate::Store;
use crate::awareness::figures::Month;
use crate::db::{all, get, opt_row_id, row_id};
use crate::error::{Result, StoreError};
use crate::helpline::closure::is_reprisal_category;
use crate::helpline::supervision::StepCompliance;
use crate::query::Query;
use crate::reports::ReportFilter;
use crate::scope::Scope;

/// Rows on the workplace and brand lists (the largest first).
pub const TOP_ROWS: i64 = 20;
const MINUTE_MS: i64 = 60_000;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MonthCalls {
    pub substantive: i64,
    pub informational: i64,
}

/// A workplace or brand with its count of cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedCount<Id> {
    pub id: Id,
    pub name: String,
    pub count: i64,
}

/// Durations of one urgency, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrgencyDurations {
    pub urgency: Urgency,
    pub to_report: Option<DurationSummary>,
    pub to_resolve: Option<DurationSummary>,
}

/// Workers reached at one stage, of the cases that reached it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageInformed {
    pub reached: i64,
    pub cases: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dashboard {
    /// One per month given, in order.
    pub months: Vec<MonthCalls>,
    /// Top-level category code and its cases, most first (ties by code).
    pub by_category: Vec<(String, i64)>,
    /// Every urgency, most urgent first.
    pub by_urgency: Vec<(Urgency, i64)>,
    pub by_workplace: Vec<NamedCount<WorkplaceId>>,
    pub by_brand: Vec<NamedCount<OrgId>>,
    pub durations: Vec<UrgencyDurations>,
    pub compliance: Vec<StepCompliance>,
    /// Acknowledgement (substantive cases), response (cases with a factory response),
    /// closure (closed substantive cases).
    pub informed: [StageInformed; 3],
    pub surveys: Tally,
    pub workers_with_access: i64,
    pub workplaces_covered: i64,
    pub cases_with_callers: i64,
    pub callers_named: i64,
    pub scorecard: ScorecardInputs,
}

impl Dashboard {
    pub fn calls(&self) -> i64 {
        self.months
            .iter()
            .map(|m| m.substantive + m.informational)
            .sum()
    }
}

/// One case of the period, as the dashboard counts it.
struct CaseFact {
    month: Option<usize>,
    urgency: Urgency,
    category: String,
    workplace: Option<WorkplaceId>,
    created_at: i64,
    closed_at: Option<i64>,
    outcome: Option<String>,
    first_report: Option<i64>,
    has_response: bool,
    told: [bool; 3],
}

fn cases_from(filter: &ReportFilter, q: &mut Query, first: &Month, last: &Month) {
    q.push(" FROM cases c LEFT JOIN workplaces w ON w.id = c.workplace_id WHERE c.created_at >= ")
        .bind(first.start_ms)
        .push(" AND c.created_at < ")
        .bind(last.end_ms);
    filter.restrict_cases(q);
}

impl Store {
    /// The dashboard over the cases opened in `months` (consecutive, oldest first) that
    /// pass `filter`; steps still open are judged at `now`.
    #[tracing::instrument(level = "debug", skip_all, fields(months = months.len()))]
    pub async fn dashboard(
        &self,
        months: &[Month],
        filter: &ReportFilter,
        now: i64,
    ) -> Result<Dashboard> {
        let mut out = Dashboard {
            months: vec![MonthCalls::default(); months.len()],
            by_urgency: Urgency::ALL.iter().map(|u| (*u, 0)).collect(),
            ..Dashboard::default()
        };
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(out);
        };
        let conn = &self.db.read;
        let categories = self.categories().await?;
        let substantive: HashMap<&str, bool> = categories
            .iter()
            .map(|c| (c.code.as_str(), c.substantive))
            .collect();
        let top_of =
            |code: &str| -> String { code.split_once('.').map_or(code, |(top, _)| top).to_owned() };

        let mut q = Query::new(
            "SELECT c.id, c.urgency, c.category_code, c.workplace_id, c.created_at, c.closed_at, c.outcome, \
             (SELECT MIN(r.reported_at) FROM case_reports r WHERE r.case_id = c.id AND r.target = 'factory') AS first_report, \
             CAST(CASE WHEN EXISTS (SELECT 1 FROM case_responses p WHERE p.case_id = c.id) THEN 1 ELSE 0 END AS BIGINT) AS has_response, \
             CAST(CASE WHEN EXISTS (SELECT 1 FROM case_informs i WHERE i.case_id = c.id AND i.stage = 'acknowledgement' AND i.outcome = 'reached') THEN 1 ELSE 0 END AS BIGINT) AS told_ack, \
             CAST(CASE WHEN EXISTS (SELECT 1 FROM case_informs i WHERE i.case_id = c.id AND i.stage = 'response' AND i.outcome = 'reached') THEN 1 ELSE 0 END AS BIGINT) AS told_response, \
             CAST(CASE WHEN EXISTS (SELECT 1 FROM case_informs i WHERE i.case_id = c.id AND i.stage = 'closure' AND i.outcome = 'reached') THEN 1 ELSE 0 END AS BIGINT) AS told_closure",
        );
        cases_from(filter, &mut q, first, last);
        let mut facts = Vec::new();
        for row in all(conn, &q.sql, q.values).await? {
            let created_at: i64 = get(&row, "created_at")?;
            let urgency: String = get(&row, "urgency")?;
            facts.push(CaseFact {
                month: months
                    .iter()
                    .position(|m| m.start_ms <= created_at && created_at < m.end_ms),
                urgency: Urgency::parse(&urgency)
                    .ok_or_else(|| StoreError::undecodable("urgency", &urgency))?,
                category: get(&row, "category_code")?,
                workplace: opt_row_id(&row, "workplace_id")?,
                created_at,
                closed_at: get(&row, "closed_at")?,
                outcome: get(&row, "outcome")?,
                first_report: get(&row, "first_report")?,
                has_response: get::<i64>(&row, "has_response")? != 0,
                told: [
                    get::<i64>(&row, "told_ack")? != 0,
                    get::<i64>(&row, "told_response")? != 0,
                    get::<i64>(&row, "told_closure")? != 0,
                ],
            });
        }

        let mut by_category: BTreeMap<String, i64> = BTreeMap::new();
        let mut to_report: BTreeMap<Urgency, Vec<i64>> = BTreeMap::new();
        let mut to_resolve: BTreeMap<Urgency, Vec<i64>> = BTreeMap::new();
        let mut per_workplace_category: HashMap<(WorkplaceId, String), i64> = HashMap::new();
        let mut workplaces_with_cases: HashSet<WorkplaceId> = HashSet::new();
        let mut workplaces_called: HashSet<WorkplaceId> = HashSet::new();
        let sc = &mut out.scorecard;
        for f in &facts {
            let is_substantive = substantive
                .get(f.category.as_str())
                .copied()
                .unwrap_or(true);
            if let Some(i) = f.month {
                if is_substantive {
                    out.months[i].substantive += 1;
                } else {
                    out.months[i].informational += 1;
                }
            }
            *by_category.entry(top_of(&f.category)).or_default() += 1;
            if let Some(slot) = out.by_urgency.iter_mut().find(|(u, _)| *u == f.urgency) {
                slot.1 += 1;
            }
            if let Some(w) = f.workplace {
                workplaces_called.insert(w);
            }
            if !is_substantive {
                continue;
            }
            if let Some(at) = f.first_report {
                to_report
                    .entry(f.urgency)
                    .or_default()
                    .push((at - f.created_at).max(0) / MINUTE_MS);
            }
            let resolved = f
                .outcome
                .as_deref()
                .is_some_and(|o| o.starts_with("resolved"));
            if let (Some(closed), true) = (f.closed_at, resolved) {
                to_resolve
                    .entry(f.urgency)
                    .or_default()
                    .push((closed - f.created_at).max(0) / MINUTE_MS);
            }
            out.informed[0].cases += 1;
            out.informed[0].reached += i64::from(f.told[0]);
            if f.has_response {
                out.informed[1].cases += 1;
                out.informed[1].reached += i64::from(f.told[1]);
            }
            if f.closed_at.is_some() {
                out.informed[2].cases += 1;
                out.informed[2].reached += i64::from(f.told[2]);
                sc.closed_substantive += 1;
                sc.closed_worker_reached += i64::from(f.told[2]);
                if is_reprisal_category(&f.category) {
                    sc.reprisal_closed += 1;
                    sc.reprisal_resolved +=
                        i64::from(f.outcome.as_deref() == Some("resolved_accepted"));
                }
            }
            if let Some(w) = f.workplace {
                workplaces_with_cases.insert(w);
                *per_workplace_category
                    .entry((w, top_of(&f.category)))
                    .or_default() += 1;
            }
        }
        let recurring: HashSet<WorkplaceId> = per_workplace_category
            .iter()
            .filter(|(_, n)| **n >= 2)
            .map(|((w, _), _)| *w)
            .collect();
        sc.workplaces_with_cases = workplaces_with_cases.len() as i64;
        sc.workplaces_recurring = recurring.len() as i64;
        let mut by_category: Vec<(String, i64)> = by_category.into_iter().collect();
        by_category.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out.by_category = by_category;
        out.durations = Urgency::ALL
            .iter()
            .map(|u| UrgencyDurations {
                urgency: *u,
                to_report: to_report.remove(u).and_then(summarise),
                to_resolve: to_resolve.remove(u).and_then(summarise),
            })
            .collect();

        // Cases by workplace and by brand: grouped in SQL, the largest first.
        let mut q = Query::new("SELECT c.workplace_id AS id, w.name, COUNT(*) AS n");
        cases_from(filter, &mut q, first, last);
        q.push(" AND c.workplace_id IS NOT NULL GROUP BY c.workplace_id, w.name ORDER BY n DESC, w.name LIMIT ")
            .bind(TOP_ROWS);
        for row in all(conn, &q.sql, q.values).await? {
            out.by_workplace.push(NamedCount {
                id: row_id(&row, "id")?,
                name: get(&row, "name")?,
                count: get(&row, "n")?,
            });
        }
        let mut q = Query::new("SELECT wb.brand_organisation_id AS id, o.name, COUNT(*) AS n");
        q.push(
            " FROM cases c JOIN workplaces w ON w.id = c.workplace_id \
                 JOIN workplace_brands wb ON wb.workplace_id = w.id \
                 JOIN organisations o ON o.id = wb.brand_organisation_id WHERE c.created_at >= ",
        )
        .bind(first.start_ms)
        .push(" AND c.created_at < ")
        .bind(last.end_ms);
        filter.restrict_cases(&mut q);
        q.push(" GROUP BY wb.brand_organisation_id, o.name ORDER BY n DESC, o.name LIMIT ")
            .bind(TOP_ROWS);
        for row in all(conn, &q.sql, q.values).await? {
            out.by_brand.push(NamedCount {
                id: row_id(&row, "id")?,
                name: get(&row, "name")?,
                count: get(&row, "n")?,
            });
        }

        // Protocol compliance: the supervisors' rule, over the same cases.
        let report = self
            .compliance_between(
                Scope::Helpline,
                first.start_ms,
                Some((last.end_ms, filter)),
                now,
            )
            .await?;
        for s in &report.steps {
            out.scorecard.steps_on_time += i64::try_from(s.counts.on_time).unwrap_or(i64::MAX);
            out.scorecard.steps_settled += i64::try_from(
                s.counts
                    .on_time
                    .saturating_add(s.counts.late)
                    .saturating_add(s.counts.overdue),
            )
            .unwrap_or(i64::MAX);
        }
        out.compliance = report.steps;

        // Surveys of the cases closed in the period.
        let mut q = Query::new(
            "SELECT s.status, a.value FROM surveys s JOIN cases c ON c.id = s.case_id \
             LEFT JOIN workplaces w ON w.id = c.workplace_id \
             LEFT JOIN survey_answers a ON a.survey_id = s.id AND a.question = 'satisfaction' \
             WHERE s.status IN ('answered', 'no_response') AND c.closed_at >= ",
        );
        q.bind(first.start_ms)
            .push(" AND c.closed_at < ")
            .bind(last.end_ms);
        filter.restrict_cases(&mut q);
        for row in all(conn, &q.sql, q.values).await? {
            let status: String = get(&row, "status")?;
            out.surveys.add(if status == "answered" {
                Outcome::Answered {
                    satisfaction: get::<Option<i64>>(&row, "value")?.unwrap_or(3),
                }
            } else {
                Outcome::NoResponse
            });
        }
        out.scorecard.surveys_finished = out.surveys.finished;
        out.scorecard.surveys_answered = out.surveys.answered;

        // Workers with access: workers of the workplaces active on the period's last day.
        let last_day = last.last.to_string();
        let mut q = Query::new(
            "SELECT w.id, w.workers_total, w.suspended_on FROM workplaces w \
             WHERE w.active_on IS NOT NULL AND w.active_on <= ",
        );
        q.bind(last_day.clone());
        filter.restrict_workplaces(&mut q);
        for row in all(conn, &q.sql, q.values).await? {
            let suspended: Option<String> = get(&row, "suspended_on")?;
            if suspended.is_some_and(|s| s <= last_day) {
                continue;
            }
            let id: WorkplaceId = row_id(&row, "id")?;
            out.workplaces_covered += 1;
            out.workers_with_access += get::<i64>(&row, "workers_total")?;
            if workplaces_called.contains(&id) {
                out.scorecard.workplaces_with_calls += 1;
            }
        }
        out.scorecard.workplaces_covered = out.workplaces_covered;

        // Callers who shared their name (the name itself stays encrypted and unread).
        let mut q = Query::new(
            "SELECT COUNT(DISTINCT c.id) AS n, \
             COUNT(DISTINCT CASE WHEN k.name_enc IS NOT NULL THEN c.id END) AS named \
             FROM cases c LEFT JOIN workplaces w ON w.id = c.workplace_id \
             JOIN case_callers cc ON cc.case_id = c.id JOIN callers k ON k.id = cc.caller_id \
             WHERE c.created_at >= ",
        );
        q.bind(first.start_ms)
            .push(" AND c.created_at < ")
            .bind(last.end_ms);
        filter.restrict_cases(&mut q);
        if let Some(row) = all(conn, &q.sql, q.values).await?.first() {
            out.cases_with_callers = get(row, "n")?;
            out.callers_named = get(row, "named")?;
        }
        Ok(out)
    }
}
