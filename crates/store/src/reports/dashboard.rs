//! The helpline dashboard for a period and a filter (issue 12 item 1): calls per month
//! split substantive / informational, cases by category, urgency, workplace and brand,
//! time to the first factory report and to resolution by urgency (median, p90),
//! protocol compliance per step, workers informed per stage, satisfaction and survey
//! response, workers with access, callers who shared their name — and from the same
//! rows the scorecard's inputs. Counts only: no summary, narrative or caller leaves here.

use std::collections::{BTreeMap, HashMap, HashSet};

use workvoice_domain::ids::{OrgId, RowId, WorkplaceId};
use workvoice_domain::reports::{DurationSummary, ScorecardInputs};
use workvoice_domain::surveys::{Outcome, Tally};
use workvoice_domain::{Millis, Urgency};

use crate::Store;
use crate::awareness::figures::Month;
use crate::db::{all, get, row_id, rows};
use crate::error::Result;
use crate::helpline::closure::is_reprisal_category;
use crate::helpline::supervision::StepCompliance;
use crate::query::Query;
use crate::reports::ReportFilter;
use crate::reports::grouped::{in_period, push_workplace_join};

/// Rows on the workplace and brand lists (the largest first).
pub const TOP_ROWS: i64 = 20;
/// Ids bound per name look-up.
const NAMES_PER_QUERY: usize = 500;

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

/// Workplaces with access at the end of a period, and their workers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Coverage {
    pub workplaces: HashSet<WorkplaceId>,
    pub workers: i64,
}

impl Dashboard {
    pub fn calls(&self) -> i64 {
        self.months
            .iter()
            .map(|m| m.substantive + m.informational)
            .sum()
    }
}

/// Of `counts` (id → cases), the `TOP_ROWS` largest with their names, the largest first
/// and ties by name; `names` reads the names of the ids it is given.
async fn top_named<Id, F, Fut>(counts: HashMap<Id, i64>, names: F) -> Result<Vec<NamedCount<Id>>>
where
    Id: Copy + Eq + std::hash::Hash,
    F: FnOnce(Vec<Id>) -> Fut,
    Fut: std::future::Future<Output = Result<HashMap<Id, String>>>,
{
    let mut sorted: Vec<i64> = counts.values().copied().collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let Some(cut) = sorted.get(TOP_ROWS as usize - 1).or(sorted.last()).copied() else {
        return Ok(Vec::new());
    };
    // Every id at or above the cut may make the list; ties at the cut go by name.
    let candidates: Vec<Id> = counts
        .iter()
        .filter(|(_, n)| **n >= cut)
        .map(|(id, _)| *id)
        .collect();
    let named = names(candidates.clone()).await?;
    let mut rows: Vec<NamedCount<Id>> = candidates
        .into_iter()
        .map(|id| NamedCount {
            id,
            name: named.get(&id).cloned().unwrap_or_default(),
            count: counts.get(&id).copied().unwrap_or(0),
        })
        .collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    rows.truncate(TOP_ROWS as usize);
    Ok(rows)
}

/// `id → name` of `ids` in `table`, read in chunks of bound ids.
async fn names_of<Id: RowId + Copy + Eq + std::hash::Hash>(
    conn: &impl sea_orm::ConnectionTrait,
    table: &str,
    ids: Vec<Id>,
) -> Result<HashMap<Id, String>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(NAMES_PER_QUERY) {
        let mut q = Query::new(&format!("SELECT id, name FROM {table} WHERE id IN ("));
        for (i, id) in chunk.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.bind(id.get());
        }
        q.push(")");
        for row in all(conn, &q.sql, q.values).await? {
            out.insert(row_id(&row, "id")?, get(&row, "name")?);
        }
    }
    Ok(out)
}

impl Store {
    /// The dashboard over the cases opened in `months` (consecutive, oldest first) that
    /// pass `filter`; steps still open are judged at `now`. Every figure is counted by the
    /// database (see `grouped`); what is left here adds up groups.
    #[tracing::instrument(level = "debug", skip_all, fields(months = months.len()))]
    pub async fn dashboard(
        &self,
        months: &[Month],
        filter: &ReportFilter,
        now: Millis,
    ) -> Result<Dashboard> {
        let mut out = Dashboard {
            months: vec![MonthCalls::default(); months.len()],
            by_urgency: Urgency::ALL.iter().map(|u| (*u, 0)).collect(),
            ..Dashboard::default()
        };
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(out);
        };
        // The reads are independent: run together, they share the read connections (and
        // the cores) instead of waiting for each other.
        let (
            calls,
            groups,
            informed_rows,
            response_rows,
            [mut to_report, mut to_resolve],
            links,
            steps,
            surveys,
            coverage,
            callers,
            categories,
        ) = tokio::try_join!(
            self.calls_per_month(months, filter),
            self.case_groups(filter, first, last),
            self.informed_counts(filter, first, last),
            self.response_counts(filter, first, last),
            self.duration_summaries(filter, first, last),
            self.brand_links(),
            self.step_compliance(filter, first, last, now),
            self.survey_tally(filter, first, last),
            self.coverage(filter, last),
            self.caller_counts(filter, first, last),
            self.categories_on(&self.db.read),
        )?;
        let substantive: HashMap<&str, bool> = categories
            .iter()
            .map(|c| (c.code.as_str(), c.substantive))
            .collect();
        let is_substantive = |code: &str| substantive.get(code).copied().unwrap_or(true);
        let top_of =
            |code: &str| -> String { code.split_once('.').map_or(code, |(top, _)| top).to_owned() };

        out.months = calls;

        let mut by_category: BTreeMap<String, i64> = BTreeMap::new();
        let mut per_workplace: HashMap<WorkplaceId, i64> = HashMap::new();
        let mut per_workplace_category: HashMap<(WorkplaceId, String), i64> = HashMap::new();
        let mut workplaces_with_cases: HashSet<WorkplaceId> = HashSet::new();
        let sc = &mut out.scorecard;
        for g in groups {
            *by_category.entry(top_of(&g.category)).or_default() += g.cases;
            if let Some(slot) = out.by_urgency.iter_mut().find(|(u, _)| *u == g.urgency) {
                slot.1 += g.cases;
            }
            if let Some(w) = g.workplace {
                *per_workplace.entry(w).or_default() += g.cases;
            }
            if !is_substantive(&g.category) {
                continue;
            }
            out.informed[0].cases += g.cases;
            out.informed[2].cases += g.closed;
            sc.closed_substantive += g.closed;
            if is_reprisal_category(&g.category) {
                sc.reprisal_closed += g.closed;
                if g.outcome.as_deref() == Some("resolved_accepted") {
                    sc.reprisal_resolved += g.closed;
                }
            }
            if let Some(w) = g.workplace {
                workplaces_with_cases.insert(w);
                *per_workplace_category
                    .entry((w, top_of(&g.category)))
                    .or_default() += g.cases;
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

        for (stage, code, n) in informed_rows {
            if !is_substantive(&code) {
                continue;
            }
            match stage.as_str() {
                "acknowledgement" => out.informed[0].reached += n,
                "response" => out.informed[1].reached += n,
                "closure" => {
                    out.informed[2].reached += n;
                    out.scorecard.closed_worker_reached += n;
                }
                _ => {}
            }
        }
        for (code, n) in response_rows {
            if is_substantive(&code) {
                out.informed[1].cases += n;
            }
        }

        let take = |list: &mut Vec<(Urgency, DurationSummary)>, u: Urgency| {
            list.iter()
                .position(|(v, _)| *v == u)
                .map(|i| list.swap_remove(i).1)
        };
        out.durations = Urgency::ALL
            .iter()
            .map(|u| UrgencyDurations {
                urgency: *u,
                to_report: take(&mut to_report, *u),
                to_resolve: take(&mut to_resolve, *u),
            })
            .collect();

        // Cases by workplace and by brand (a case counts for every brand its workplace
        // sources for), the largest first.
        let mut per_brand: HashMap<OrgId, i64> = HashMap::new();
        for (w, brand) in links {
            if let Some(n) = per_workplace.get(&w) {
                *per_brand.entry(brand).or_default() += n;
            }
        }
        let workplaces_called: HashSet<WorkplaceId> = per_workplace.keys().copied().collect();
        let conn = &self.db.read;
        let (by_workplace, by_brand) = tokio::try_join!(
            top_named(per_workplace, |ids| names_of(conn, "workplaces", ids)),
            top_named(per_brand, |ids| names_of(conn, "organisations", ids)),
        )?;
        out.by_workplace = by_workplace;
        out.by_brand = by_brand;

        // Protocol compliance: the supervisors' rule, over the same cases.
        for s in &steps {
            out.scorecard.steps_on_time += i64::try_from(s.counts.on_time).unwrap_or(i64::MAX);
            out.scorecard.steps_settled += i64::try_from(
                s.counts
                    .on_time
                    .saturating_add(s.counts.late)
                    .saturating_add(s.counts.overdue),
            )
            .unwrap_or(i64::MAX);
        }
        out.compliance = steps;

        out.surveys = surveys;
        out.scorecard.surveys_finished = out.surveys.finished;
        out.scorecard.surveys_answered = out.surveys.answered;

        out.workers_with_access = coverage.workers;
        out.workplaces_covered = i64::try_from(coverage.workplaces.len()).unwrap_or(i64::MAX);
        out.scorecard.workplaces_with_calls =
            i64::try_from(coverage.workplaces.intersection(&workplaces_called).count())
                .unwrap_or(i64::MAX);
        out.scorecard.workplaces_covered = out.workplaces_covered;
        (out.cases_with_callers, out.callers_named) = callers;
        Ok(out)
    }

    /// Workers told at each stage, per stage and category code: `(stage, code, cases)`,
    /// counting a response-stage message only for a case with a factory response and a
    /// closure-stage one only for a closed case.
    async fn informed_counts(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
    ) -> Result<Vec<(String, String, i64)>> {
        let mut q = Query::new(
            "SELECT i.stage AS stage, c.category_code AS code, COUNT(DISTINCT c.id) AS n FROM case_informs i JOIN cases c ON c.id = i.case_id",
        );
        push_workplace_join(filter, &mut q);
        q.push(
            " WHERE i.outcome = 'reached' AND (i.stage = 'acknowledgement' \
             OR (i.stage = 'response' AND EXISTS (SELECT 1 FROM case_responses p WHERE p.case_id = c.id)) \
             OR (i.stage = 'closure' AND c.closed_at IS NOT NULL))",
        );
        in_period(filter, &mut q, first, last);
        q.push(" GROUP BY i.stage, c.category_code");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok((get(row, "stage")?, get(row, "code")?, get(row, "n")?))
        })
        .await
    }

    /// Cases with a factory response per category code. Read from the responses (a case
    /// may have several), so the period's cases without one are never visited.
    async fn response_counts(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
    ) -> Result<Vec<(String, i64)>> {
        let mut q = Query::new(
            "SELECT c.category_code AS code, COUNT(DISTINCT c.id) AS n \
             FROM case_responses p JOIN cases c ON c.id = p.case_id",
        );
        push_workplace_join(filter, &mut q);
        q.push(" WHERE 1 = 1");
        in_period(filter, &mut q, first, last);
        q.push(" GROUP BY c.category_code");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok((get(row, "code")?, get(row, "n")?))
        })
        .await
    }

    /// Every workplace–brand link: `(workplace, brand)`.
    async fn brand_links(&self) -> Result<Vec<(WorkplaceId, OrgId)>> {
        rows(
            &self.db.read,
            "SELECT workplace_id, brand_organisation_id FROM workplace_brands",
            vec![],
            |row| {
                Ok((
                    row_id(row, "workplace_id")?,
                    row_id(row, "brand_organisation_id")?,
                ))
            },
        )
        .await
    }

    /// Cases of the period with a caller, and of those the ones whose caller shared a
    /// name (the name itself stays encrypted and unread).
    async fn caller_counts(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
    ) -> Result<(i64, i64)> {
        let mut q = Query::new(
            "SELECT COUNT(DISTINCT c.id) AS n, \
             COUNT(DISTINCT CASE WHEN k.name_enc IS NOT NULL THEN c.id END) AS named \
             FROM case_callers cc JOIN callers k ON k.id = cc.caller_id JOIN cases c ON c.id = cc.case_id",
        );
        push_workplace_join(filter, &mut q);
        q.push(" WHERE 1 = 1");
        in_period(filter, &mut q, first, last);
        match all(&self.db.read, &q.sql, q.values).await?.first() {
            Some(row) => Ok((get(row, "n")?, get(row, "named")?)),
            None => Ok((0, 0)),
        }
    }

    /// Calls per month of `months` (consecutive, oldest first) that pass `filter`, split
    /// substantive / informational: the trend the monthly report draws without the rest
    /// of a dashboard over its twelve months.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn calls_per_month(
        &self,
        months: &[Month],
        filter: &ReportFilter,
    ) -> Result<Vec<MonthCalls>> {
        let substantive: HashMap<String, bool> = self
            .categories()
            .await?
            .into_iter()
            .map(|c| (c.code, c.substantive))
            .collect();
        let mut out = vec![MonthCalls::default(); months.len()];
        for (code, k, n) in self.month_category_counts(months, filter).await? {
            if let Some(m) = out.get_mut(k) {
                if substantive.get(&code).copied().unwrap_or(true) {
                    m.substantive += n;
                } else {
                    m.informational += n;
                }
            }
        }
        Ok(out)
    }

    /// Surveys of the cases closed in `[first, last]` that pass `filter`, counted per
    /// status and answer by the database.
    pub(crate) async fn survey_tally(
        &self,
        filter: &ReportFilter,
        first: &Month,
        last: &Month,
    ) -> Result<Tally> {
        let mut q = Query::new(
            "SELECT s.status AS status, a.value AS value, COUNT(*) AS n FROM surveys s JOIN cases c ON c.id = s.case_id",
        );
        push_workplace_join(filter, &mut q);
        q.push(
            " LEFT JOIN survey_answers a ON a.survey_id = s.id AND a.question = 'satisfaction' \
             WHERE s.status IN ('answered', 'no_response') AND c.closed_at >= ",
        )
        .bind(first.start_ms)
        .push(" AND c.closed_at < ")
        .bind(last.end_ms);
        filter.restrict_cases(&mut q);
        q.push(" GROUP BY s.status, a.value");
        let mut out = Tally::default();
        for row in all(&self.db.read, &q.sql, q.values).await? {
            let outcome = if get::<String>(&row, "status")? == "answered" {
                Outcome::Answered {
                    satisfaction: get::<Option<i64>>(&row, "value")?.unwrap_or(3),
                }
            } else {
                Outcome::NoResponse
            };
            for _ in 0..get::<i64>(&row, "n")? {
                out.add(outcome);
            }
        }
        Ok(out)
    }

    /// The workplaces active on `last`'s last day that pass `filter`, and their workers:
    /// who has access to the helpline at the end of a period.
    pub(crate) async fn coverage(&self, filter: &ReportFilter, last: &Month) -> Result<Coverage> {
        let last_day = last.last.to_string();
        let mut q = Query::new(
            "SELECT w.id, w.workers_total, w.suspended_on FROM workplaces w \
             WHERE w.active_on IS NOT NULL AND w.active_on <= ",
        );
        q.bind(last_day.clone());
        filter.restrict_workplaces(&mut q);
        let mut out = Coverage::default();
        for row in all(&self.db.read, &q.sql, q.values).await? {
            let suspended: Option<String> = get(&row, "suspended_on")?;
            if suspended.is_some_and(|s| s <= last_day) {
                continue;
            }
            out.workplaces.insert(row_id(&row, "id")?);
            out.workers += get::<i64>(&row, "workers_total")?;
        }
        Ok(out)
    }
}
