//! The monthly report's notable resolved cases: cases closed in the period with the
//! worker's acceptance, as their shareable summary only (what a factory or brand may
//! read) — never the summary, narrative, caller or case code.

use workvoice_domain::{Millis, Urgency};

use crate::Store;
use crate::awareness::figures::Month;
use crate::db::{get, rows, time};
use crate::error::{Result, StoreError};
use crate::query::Query;
use crate::reports::ReportFilter;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotableCase {
    pub category_code: String,
    pub urgency: Urgency,
    pub closed_at: Millis,
    pub shareable_summary: String,
}

impl Store {
    /// Up to `limit` cases closed `resolved_accepted` in `months` that have a shareable
    /// summary, the most urgent first, then the latest closed.
    #[tracing::instrument(level = "debug", skip_all, fields(limit))]
    pub async fn notable_resolved(
        &self,
        months: &[Month],
        filter: &ReportFilter,
        limit: i64,
    ) -> Result<Vec<NotableCase>> {
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(Vec::new());
        };
        let mut q = Query::new(
            "SELECT c.category_code, c.urgency, c.closed_at, c.shareable_summary FROM cases c \
             LEFT JOIN workplaces w ON w.id = c.workplace_id \
             WHERE c.outcome = 'resolved_accepted' AND c.shareable_summary <> '' AND c.closed_at >= ",
        );
        q.bind(first.start_ms)
            .push(" AND c.closed_at < ")
            .bind(last.end_ms);
        filter.restrict_cases(&mut q);
        q.push(
            " ORDER BY CASE c.urgency WHEN 'life_safety' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, c.closed_at DESC, c.id LIMIT ",
        )
        .bind(limit);
        rows(&self.db.read, &q.sql, q.values, |row| {
            let urgency: String = get(row, "urgency")?;
            Ok(NotableCase {
                category_code: get(row, "category_code")?,
                urgency: Urgency::parse(&urgency)
                    .ok_or_else(|| StoreError::undecodable("urgency", &urgency))?,
                closed_at: time(row, "closed_at")?,
                shareable_summary: get(row, "shareable_summary")?,
            })
        })
        .await
    }
}
