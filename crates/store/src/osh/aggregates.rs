//! The facts the OSH aggregates are counted from: one row per improvement with its group
//! keys (provider, country, district, month made). The counting itself is the domain's
//! (`osh::tally`: verified only in headlines, one improvement once in one area); the store
//! only reads, inside the viewer's scope.

use workvoice_domain::ids::OrgId;
use workvoice_domain::osh::ImprovementFact;

use super::OshScope;
use super::improvements::risk;
use crate::Store;
use crate::db::{all, code, flag, get, opt_code, row_id};
use crate::error::Result;
use crate::query::Query;

/// One improvement with the keys the aggregates group by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupedFact {
    pub fact: ImprovementFact,
    pub provider_id: OrgId,
    pub provider: String,
    pub country: String,
    pub district: String,
    /// `YYYY-MM` of the last change (for verified improvements: when verified).
    pub month: String,
}

/// Per workplace in a programme: the employer's and the workers' mean rating (×10, so
/// 4.3 is 43), over performed visits with a view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RatingTally {
    pub employer_views: i64,
    pub employer_sum: i64,
    pub worker_views: i64,
    pub worker_sum: i64,
}

/// Enrolled workplaces and those whose last due follow-up was performed on time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FollowUpTally {
    /// Visits with a performed date.
    pub performed: i64,
    /// Of them, performed on or before the day they were planned for.
    pub on_time: i64,
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn improvement_facts(&self, scope: OshScope) -> Result<Vec<GroupedFact>> {
        let mut q = Query::new(
            "SELECT i.id, i.area, i.status, i.verification, i.low_cost, i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity, \
             i.provider_org_id, o.name AS provider, w.country, w.district, i.updated_at \
             FROM osh_improvements i JOIN workplaces w ON w.id = i.workplace_id JOIN organisations o ON o.id = i.provider_org_id WHERE 1 = 1",
        );
        scope.restrict(&mut q, "i");
        q.push(" ORDER BY i.id");
        all(&self.db.read, &q.sql, q.values)
            .await?
            .iter()
            .map(|row| {
                let updated: i64 = get(row, "updated_at")?;
                Ok(GroupedFact {
                    fact: ImprovementFact {
                        id: get(row, "id")?,
                        area: code(row, "area")?,
                        status: code(row, "status")?,
                        verification: opt_code(row, "verification")?,
                        low_cost: flag(row, "low_cost")?,
                        before: risk(row, "before_likelihood", "before_severity")?,
                        after: risk(row, "after_likelihood", "after_severity")?,
                    },
                    provider_id: row_id(row, "provider_org_id")?,
                    provider: get(row, "provider")?,
                    country: get(row, "country")?,
                    district: get(row, "district")?,
                    month: month_of(updated),
                })
            })
            .collect()
    }

    /// Effectiveness ratings given in `scope`, the two sides apart.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn rating_tally(&self, scope: OshScope) -> Result<RatingTally> {
        let mut q = Query::new(
            "SELECT r.side, COUNT(*) AS n, CAST(COALESCE(SUM(r.rating), 0) AS BIGINT) AS total FROM osh_visit_views r JOIN osh_visits v ON v.id = r.visit_id WHERE 1 = 1",
        );
        scope.restrict(&mut q, "v");
        q.push(" GROUP BY r.side");
        let mut out = RatingTally::default();
        for row in all(&self.db.read, &q.sql, q.values).await? {
            let side: String = get(&row, "side")?;
            let (n, total): (i64, i64) = (get(&row, "n")?, get(&row, "total")?);
            if side == "employer" {
                (out.employer_views, out.employer_sum) = (n, total);
            } else {
                (out.worker_views, out.worker_sum) = (n, total);
            }
        }
        Ok(out)
    }

    /// Performed visits in `scope` and how many were on time.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn follow_up_tally(&self, scope: OshScope) -> Result<FollowUpTally> {
        let mut q = Query::new(
            "SELECT COUNT(*) AS performed, COALESCE(SUM(CASE WHEN v.performed_on <= v.scheduled_on THEN 1 ELSE 0 END), 0) AS on_time \
             FROM osh_visits v WHERE v.performed_on IS NOT NULL",
        );
        scope.restrict(&mut q, "v");
        let rows = all(&self.db.read, &q.sql, q.values).await?;
        match rows.first() {
            Some(row) => Ok(FollowUpTally {
                performed: get(row, "performed")?,
                on_time: get(row, "on_time")?,
            }),
            None => Ok(FollowUpTally::default()),
        }
    }
}

/// `YYYY-MM` (UTC) of an epoch-millisecond instant.
fn month_of(millis: i64) -> String {
    jiff::Timestamp::from_millisecond(millis)
        .map(|t| t.strftime("%Y-%m").to_string())
        .unwrap_or_default()
}
