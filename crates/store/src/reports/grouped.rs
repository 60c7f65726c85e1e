//! The grouped reads every report is built from. Each one makes the database do the
//! counting — a row comes back per group (per workplace, category, urgency and outcome;
//! per category and month; per urgency), never per case — so a report over a million
//! cases returns a few thousand rows at most.

use std::collections::BTreeMap;

use workvoice_domain::ids::WorkplaceId;
use workvoice_domain::reports::DurationSummary;
use workvoice_domain::stage_time::OutcomeCounts;
use workvoice_domain::{Millis, StepKind, Urgency};

use crate::Store;
use crate::awareness::figures::Month;
use crate::db::{StoredTime, all, get, opt_row_id, rows};
use crate::error::{Result, StoreError};
use crate::helpline::supervision::StepCompliance;
use crate::query::Query;
use crate::reports::ReportFilter;

/// Joins the case `c` to its workplace `w` only when the filter narrows by place or
/// brand, so a plain report reads the index alone.
pub(crate) fn push_workplace_join(filter: &ReportFilter, q: &mut Query) {
    if filter.needs_workplace() {
        q.push(" LEFT JOIN workplaces w ON w.id = c.workplace_id");
    }
}

/// `AND` the case `c` came in during `[first, last]` and passes the filter. The unary
/// plus on `created_at` keeps SQLite off the `created_at` index, whose order would need a
/// sort before grouping (or a probe per case of the period), and on the covering
/// `cases_report_groups` or the smaller joined table; PostgreSQL reads the plain column.
pub(crate) fn in_period(filter: &ReportFilter, q: &mut Query, first: &Month, last: &Month) {
    q.push(" AND +c.created_at >= ")
        .bind(first.start_ms)
        .push(" AND c.created_at < ")
        .bind(last.end_ms);
    filter.restrict_cases(q);
}

/// `FROM cases c WHERE` the period and the filter.
pub(crate) fn cases_in(filter: &ReportFilter, q: &mut Query, first: &Month, last: &Month) {
    q.push(" FROM cases c");
    push_workplace_join(filter, q);
    q.push(" WHERE 1 = 1");
    in_period(filter, q, first, last);
}

/// Cases of one workplace (or none), category, urgency and outcome.
#[derive(Debug, Clone)]
pub(crate) struct CaseGroup {
    pub workplace: Option<WorkplaceId>,
    pub category: String,
    pub urgency: Urgency,
    pub outcome: Option<String>,
    pub cases: i64,
    pub closed: i64,
}

fn urgency(row: &sea_orm::QueryResult, col: &str) -> Result<Urgency> {
    let text: String = get(row, col)?;
    Urgency::parse(&text).ok_or_else(|| StoreError::undecodable("urgency", &text))
}

/// The two nearest-rank positions of `durations` (per urgency), computed where the
/// rows are: ranked by a window function and picked by the rule of
/// `domain::reports::summarise` (rank ⌈pct·n/100⌉).
fn summary_sql(durations: Query) -> Query {
    let mut q = Query::new("WITH d AS (").then(durations);
    q.push(
        "), r AS (SELECT u, m, ROW_NUMBER() OVER (PARTITION BY u ORDER BY m) AS rn, \
         COUNT(*) OVER (PARTITION BY u) AS n FROM d) \
         SELECT u, n, MAX(CASE WHEN rn = (50 * n + 99) / 100 THEN m END) AS median, \
         MAX(CASE WHEN rn = (90 * n + 99) / 100 THEN m END) AS p90 FROM r GROUP BY u, n",
    );
    q
}

/// Whole minutes from `from` to `to`, never below zero.
fn minutes(from: &str, to: &str) -> String {
    format!("CASE WHEN {to} < {from} THEN 0 ELSE ({to} - {from}) / 60000 END")
}

impl Store {
    /// Cases of the period by workplace, category, urgency and outcome, with how many of
    /// each group are closed: one pass over `cases_report_groups`.
    pub(crate) async fn case_groups(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
    ) -> Result<Vec<CaseGroup>> {
        let mut q = Query::new(
            "SELECT c.workplace_id AS wid, c.category_code AS code, c.urgency AS urgency, \
             c.outcome AS outcome, COUNT(*) AS n, COUNT(c.closed_at) AS closed",
        );
        cases_in(filter, &mut q, first, last);
        q.push(" GROUP BY c.workplace_id, c.category_code, c.urgency, c.outcome");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(CaseGroup {
                workplace: opt_row_id(row, "wid")?,
                category: get(row, "code")?,
                urgency: urgency(row, "urgency")?,
                outcome: get(row, "outcome")?,
                cases: get(row, "n")?,
                closed: get(row, "closed")?,
            })
        })
        .await
    }

    /// Cases per category code and month of `months` (consecutive, oldest first):
    /// `(code, month index, cases)`, zeros included. Each (category, month) is counted by
    /// an index range of `cases_category`, so nothing is sorted.
    pub(crate) async fn month_category_counts(
        &self,
        months: &[Month],
        filter: &ReportFilter,
    ) -> Result<Vec<(String, usize, i64)>> {
        let codes: Vec<String> = self
            .categories()
            .await?
            .into_iter()
            .map(|c| c.code)
            .collect();
        if codes.is_empty() || months.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = Query::new("WITH b(code, k, lo, hi) AS (VALUES ");
        for (i, code) in codes.iter().enumerate() {
            for (k, m) in months.iter().enumerate() {
                if i > 0 || k > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .bind(code.clone())
                    .push(", ")
                    .bind(i64::try_from(k).unwrap_or(i64::MAX))
                    .push(", ")
                    .bind(m.start_ms)
                    .push(", ")
                    .bind(m.end_ms)
                    .push(")");
            }
        }
        q.push(") SELECT b.code, b.k, (SELECT COUNT(*) FROM cases c");
        push_workplace_join(filter, &mut q);
        q.push(" WHERE c.category_code = b.code AND c.created_at >= b.lo AND c.created_at < b.hi");
        filter.restrict_cases(&mut q);
        q.push(") AS n FROM b");
        rows(&self.db.read, &q.sql, q.values, |row| {
            let k: i64 = get(row, "k")?;
            Ok((
                get(row, "code")?,
                usize::try_from(k).unwrap_or(usize::MAX),
                get(row, "n")?,
            ))
        })
        .await
    }

    /// Per urgency, the minutes from a substantive case's arrival to its first report to
    /// the factory, and to its resolution (closed with a `resolved…` outcome).
    pub(crate) async fn duration_summaries(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
    ) -> Result<[Vec<(Urgency, DurationSummary)>; 2]> {
        let mut to_report = Query::new(&format!(
            "SELECT c.urgency AS u, {} AS m FROM case_reports r JOIN cases c ON c.id = r.case_id",
            minutes("c.created_at", "MIN(r.reported_at)")
        ));
        push_workplace_join(filter, &mut to_report);
        to_report.push(
            " JOIN categories k ON k.code = c.category_code \
             WHERE r.target = 'factory' AND k.substantive <> 0",
        );
        in_period(filter, &mut to_report, first, last);
        to_report.push(" GROUP BY c.id, c.urgency, c.created_at");

        let mut to_resolve = Query::new(&format!(
            "SELECT c.urgency AS u, {} AS m",
            minutes("c.created_at", "c.closed_at")
        ));
        cases_in(filter, &mut to_resolve, first, last);
        to_resolve.push(
            " AND c.closed_at IS NOT NULL AND c.outcome LIKE 'resolved%' \
             AND c.category_code IN (SELECT code FROM categories WHERE substantive <> 0)",
        );

        let mut out = [Vec::new(), Vec::new()];
        for (slot, durations) in out.iter_mut().zip([to_report, to_resolve]) {
            let q = summary_sql(durations);
            for row in all(&self.db.read, &q.sql, q.values).await? {
                let count: i64 = get(&row, "n")?;
                slot.push((
                    urgency(&row, "u")?,
                    DurationSummary {
                        count: usize::try_from(count).unwrap_or(0),
                        median: get(&row, "median")?,
                        p90: get(&row, "p90")?,
                    },
                ));
            }
        }
        Ok(out)
    }

    /// Protocol compliance per step over the cases of the period, counted per step by
    /// the database with the rule of `domain::stage_time::outcome` (met after its due
    /// time: late; met: on time; unmet past due at the judging time: overdue; else open),
    /// steps of closed cases judged when they closed — the supervisors' compliance
    /// counts, without reading a row per step.
    pub(crate) async fn step_compliance(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
        now: Millis,
    ) -> Result<Vec<StepCompliance>> {
        let mut q = Query::new(
            "SELECT s.step AS step, COUNT(*) AS steps, \
             COUNT(CASE WHEN s.met_at IS NOT NULL AND s.due_at IS NOT NULL AND s.met_at > s.due_at THEN 1 END) AS late, \
             COUNT(CASE WHEN s.met_at IS NOT NULL THEN 1 END) AS met, \
             COUNT(CASE WHEN s.met_at IS NULL AND s.due_at IS NOT NULL AND \
               (CASE WHEN COALESCE(st.is_open, 1) <> 0 THEN ",
        );
        q.bind(now.value()).push(
            " ELSE COALESCE(c.closed_at, c.updated_at) END) > s.due_at THEN 1 END) AS overdue \
             FROM case_steps s JOIN cases c ON c.id = s.case_id \
             LEFT JOIN case_statuses st ON st.code = c.status",
        );
        push_workplace_join(filter, &mut q);
        // Steps done although the case's protocol did not require them (span "0m", no
        // deadline) measure nothing, as in the supervisors' report.
        q.push(" WHERE s.started_at IS NOT NULL AND NOT (s.due_at IS NULL AND s.span = '0m')");
        in_period(filter, &mut q, first, last);
        q.push(" GROUP BY s.step");
        let mut steps = BTreeMap::new();
        for row in all(&self.db.read, &q.sql, q.values).await? {
            let code: String = get(&row, "step")?;
            let step =
                StepKind::parse(&code).ok_or_else(|| StoreError::undecodable("step", &code))?;
            let count = |col: &str| -> Result<u64> {
                Ok(u64::try_from(get::<i64>(&row, col)?).unwrap_or(0))
            };
            let (all_steps, met, late, overdue) = (
                count("steps")?,
                count("met")?,
                count("late")?,
                count("overdue")?,
            );
            steps.insert(
                step,
                OutcomeCounts {
                    on_time: met.saturating_sub(late),
                    late,
                    open: all_steps.saturating_sub(met).saturating_sub(overdue),
                    overdue,
                },
            );
        }
        Ok(steps
            .into_iter()
            .map(|(step, counts)| StepCompliance { step, counts })
            .collect())
    }
}
