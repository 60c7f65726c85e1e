//! The groups the OSH aggregates are counted from: improvements grouped by the database by
//! one key (area, provider, region or month of the last change) and by what the counting
//! rules read, so a programme's hundred thousand improvements come back as a few hundred
//! rows. The counting itself is the domain's (`osh::tally_groups`: verified only in
//! headlines, one improvement once in one area); the store only reads, inside the viewer's
//! scope and the aggregates' filter.

use workvoice_domain::Millis;
use workvoice_domain::ids::OrgId;
use workvoice_domain::osh::{ImprovementFact, TechnicalArea};
use workvoice_domain::reports::Month;

use super::OshScope;
use super::improvements::improvement_fact;
use crate::Store;
use crate::db::{all, get, row_id, rows};
use crate::error::Result;
use crate::query::Query;

/// What the aggregates are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OshGroupBy {
    Area,
    Provider,
    Region,
    /// Month of the last change in the filter's zone (for verified improvements: when
    /// verified).
    Month,
}

/// One group's key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum OshGroupKey {
    Area(TechnicalArea),
    /// By name, then id (the order the page lists them in).
    Provider {
        name: String,
        id: OrgId,
    },
    Region {
        country: String,
        district: String,
    },
    /// `YYYY-MM` (in the filter's zone).
    Month(String),
}

/// `count` improvements of one group, alike in everything the counting rules read
/// (`osh::tally_groups`); `fact.id` is 0, the database having counted each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImprovementGroup {
    pub key: OshGroupKey,
    pub fact: ImprovementFact,
    pub count: i64,
}

/// Which improvements, visits and ratings the aggregates count inside the viewer's
/// scope. Every part narrows; the area narrows improvements only (a visit has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OshFilter {
    pub provider: Option<OrgId>,
    /// A region: the workplace's country code and district.
    pub region: Option<(String, String)>,
    pub area: Option<TechnicalArea>,
    /// Improvements last changed (visits performed) in `[from, until)`.
    pub from: Option<Millis>,
    pub until: Option<Millis>,
    /// The programme's time zone: the day a bound falls on (visits are dated by day) and
    /// the months grouped by, as the helpline's reports count them.
    pub zone: jiff::tz::TimeZone,
}

/// Everything in scope, months in UTC (for callers without a programme, e.g. tests).
impl Default for OshFilter {
    fn default() -> Self {
        OshFilter {
            provider: None,
            region: None,
            area: None,
            from: None,
            until: None,
            zone: jiff::tz::TimeZone::UTC,
        }
    }
}

impl OshFilter {
    /// Narrows a query over rows `alias` (with `provider_org_id`) joined to their
    /// workplace `w` to the provider and the region.
    fn restrict_place(&self, q: &mut Query, alias: &str) {
        if let Some(org) = self.provider {
            q.push(&format!(" AND {alias}.provider_org_id = "))
                .bind(org.get());
        }
        if let Some((country, district)) = &self.region {
            q.push(" AND w.country = ")
                .bind(country.clone())
                .push(" AND w.district = ")
                .bind(district.clone());
        }
    }

    /// The join of improvements `i` to their workplace `w`, when the region is asked for
    /// (`grouped`) or narrows: without it the improvements' shape index answers alone
    /// (m0023), a row lookup per improvement saved.
    fn place_join(&self, grouped: bool) -> &'static str {
        if grouped || self.region.is_some() {
            " JOIN workplaces w ON w.id = i.workplace_id"
        } else {
            ""
        }
    }

    /// Improvements `i` of the place, area and period (by their last change).
    fn restrict_improvements(&self, q: &mut Query) {
        self.restrict_place(q, "i");
        if let Some(area) = self.area {
            q.push(" AND i.area = ").bind(area.code());
        }
        if let Some(from) = self.from {
            q.push(" AND i.updated_at >= ").bind(from.0);
        }
        if let Some(until) = self.until {
            q.push(" AND i.updated_at < ").bind(until.0);
        }
    }

    /// Visits `v` of the place performed in the period (their day, in the zone).
    fn restrict_visits(&self, q: &mut Query) {
        self.restrict_place(q, "v");
        let day = |at: Millis| day_in(at, &self.zone);
        if let Some(from) = self.from.and_then(day) {
            q.push(" AND v.performed_on >= ").bind(from);
        }
        if let Some(until) = self.until.and_then(day) {
            q.push(" AND v.performed_on < ").bind(until);
        }
    }
}

/// A region of the aggregates' filter: where improvements in scope were made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OshRegion {
    pub country: String,
    pub district: String,
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
    /// The improvements in `scope` passing `filter`, grouped `by` a key and by what the
    /// counting rules read: the database counts, so a group comes back per key and kind of
    /// improvement, never a row per improvement.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn improvement_groups(
        &self,
        scope: OshScope,
        filter: &OshFilter,
        by: OshGroupBy,
    ) -> Result<Vec<ImprovementGroup>> {
        let months = match by {
            OshGroupBy::Month => self.months_of_changes(scope, filter).await?,
            _ => Vec::new(),
        };
        if by == OshGroupBy::Month && months.is_empty() {
            return Ok(Vec::new());
        }
        // The key's columns, first in every row and in the grouping.
        let key = match by {
            OshGroupBy::Area => "",
            OshGroupBy::Provider => "i.provider_org_id AS k1, o.name AS k2, ",
            OshGroupBy::Region => "w.country AS k1, w.district AS k2, ",
            OshGroupBy::Month => "b.k AS k1, ",
        };
        let key_columns = match by {
            OshGroupBy::Area => "",
            OshGroupBy::Provider | OshGroupBy::Region => "k1, k2, ",
            OshGroupBy::Month => "k1, ",
        };
        const SHAPE: &str = "area, status, verification, low_cost, before_likelihood, before_severity, after_likelihood, after_severity";
        let mut q = Query::new("");
        if by == OshGroupBy::Month {
            q.push("WITH b(k, lo, hi) AS (VALUES ");
            for (i, m) in months.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push("(")
                    .bind(m.label.clone())
                    .push(", ")
                    .bind(m.start_ms)
                    .push(", ")
                    .bind(m.end_ms)
                    .push(")");
            }
            q.push(") ");
        }
        q.push(&format!(
            "SELECT {key_columns}{SHAPE}, COUNT(*) AS n FROM (SELECT {key}i.area, i.status, i.verification, i.low_cost, \
             i.before_likelihood, i.before_severity, i.after_likelihood, i.after_severity \
             FROM osh_improvements i{}",
            filter.place_join(by == OshGroupBy::Region)
        ));
        match by {
            OshGroupBy::Provider => {
                q.push(" JOIN organisations o ON o.id = i.provider_org_id");
            }
            OshGroupBy::Month => {
                q.push(" JOIN b ON i.updated_at >= b.lo AND i.updated_at < b.hi");
            }
            OshGroupBy::Area | OshGroupBy::Region => {}
        }
        q.push(" WHERE 1 = 1");
        scope.restrict(&mut q, "i");
        filter.restrict_improvements(&mut q);
        q.push(&format!(") t GROUP BY {key_columns}{SHAPE}"));
        rows(&self.db.read, &q.sql, q.values, |row| {
            let fact = improvement_fact(row, 0)?;
            let key = match by {
                OshGroupBy::Area => OshGroupKey::Area(fact.area),
                OshGroupBy::Provider => OshGroupKey::Provider {
                    id: row_id(row, "k1")?,
                    name: get(row, "k2")?,
                },
                OshGroupBy::Region => OshGroupKey::Region {
                    country: get(row, "k1")?,
                    district: get(row, "k2")?,
                },
                OshGroupBy::Month => OshGroupKey::Month(get(row, "k1")?),
            };
            Ok(ImprovementGroup {
                key,
                fact,
                count: get(row, "n")?,
            })
        })
        .await
    }

    /// The months (in the filter's zone) from the earliest to the latest change of the improvements in
    /// `scope` passing `filter`.
    async fn months_of_changes(&self, scope: OshScope, filter: &OshFilter) -> Result<Vec<Month>> {
        let mut q = Query::new(&format!(
            "SELECT MIN(i.updated_at) AS lo, MAX(i.updated_at) AS hi FROM osh_improvements i{} WHERE 1 = 1",
            filter.place_join(false)
        ));
        scope.restrict(&mut q, "i");
        filter.restrict_improvements(&mut q);
        let rows = all(&self.db.read, &q.sql, q.values).await?;
        let Some(row) = rows.first() else {
            return Ok(Vec::new());
        };
        let (Some(lo), Some(hi)) = (
            get::<Option<i64>>(row, "lo")?,
            get::<Option<i64>>(row, "hi")?,
        ) else {
            return Ok(Vec::new());
        };
        Ok(Month::spanning(Millis(lo), Millis(hi), &filter.zone))
    }

    /// Where the improvements in `scope` were made, for the filter's choices.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn improvement_regions(&self, scope: OshScope) -> Result<Vec<OshRegion>> {
        let mut q = Query::new(
            "SELECT DISTINCT w.country AS country, w.district AS district FROM osh_improvements i \
             JOIN workplaces w ON w.id = i.workplace_id WHERE 1 = 1",
        );
        scope.restrict(&mut q, "i");
        q.push(" ORDER BY w.country, w.district");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(OshRegion {
                country: get(row, "country")?,
                district: get(row, "district")?,
            })
        })
        .await
    }

    /// The providers of the improvements in `scope`, by name, for the filter's choices.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn improvement_providers(&self, scope: OshScope) -> Result<Vec<(OrgId, String)>> {
        let mut q = Query::new(
            "SELECT DISTINCT o.id AS id, o.name AS name FROM osh_improvements i \
             JOIN organisations o ON o.id = i.provider_org_id WHERE 1 = 1",
        );
        scope.restrict(&mut q, "i");
        q.push(" ORDER BY o.name, o.id");
        rows(&self.db.read, &q.sql, q.values, |row| {
            Ok((row_id(row, "id")?, get(row, "name")?))
        })
        .await
    }

    /// Effectiveness ratings given in `scope`, the two sides apart.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn rating_tally(&self, scope: OshScope, filter: &OshFilter) -> Result<RatingTally> {
        let mut q = Query::new(
            "SELECT r.side, COUNT(*) AS n, CAST(COALESCE(SUM(r.rating), 0) AS BIGINT) AS total FROM osh_visit_views r \
             JOIN osh_visits v ON v.id = r.visit_id JOIN workplaces w ON w.id = v.workplace_id WHERE 1 = 1",
        );
        scope.restrict(&mut q, "v");
        filter.restrict_visits(&mut q);
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
    pub async fn follow_up_tally(
        &self,
        scope: OshScope,
        filter: &OshFilter,
    ) -> Result<FollowUpTally> {
        let mut q = Query::new(
            "SELECT COUNT(*) AS performed, COALESCE(SUM(CASE WHEN v.performed_on <= v.scheduled_on THEN 1 ELSE 0 END), 0) AS on_time \
             FROM osh_visits v JOIN workplaces w ON w.id = v.workplace_id WHERE v.performed_on IS NOT NULL",
        );
        scope.restrict(&mut q, "v");
        filter.restrict_visits(&mut q);
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

/// The day (`YYYY-MM-DD`) an instant falls on in `zone`.
fn day_in(at: Millis, zone: &jiff::tz::TimeZone) -> Option<String> {
    at.to_timestamp()
        .map(|t| t.to_zoned(zone.clone()).strftime("%Y-%m-%d").to_string())
}
