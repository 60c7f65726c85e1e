//! The public statistics' table: cases per month and top-level category, before any
//! suppression (the page suppresses with `domain::suppression::suppress_table`), counted
//! by the database per category and month.

use std::collections::BTreeMap;

use workvoice_domain::surveys::Tally;

use crate::Store;
use crate::awareness::figures::Month;
use crate::error::Result;
use crate::reports::ReportFilter;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicTable {
    /// Top-level category codes, in code order: the columns.
    pub categories: Vec<String>,
    /// One row per month given, one cell per category.
    pub cells: Vec<Vec<i64>>,
}

/// The public page's headline figures besides its table (whose cells add up to the calls).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicHeadline {
    pub workers_with_access: i64,
    pub workplaces_covered: i64,
    pub surveys: Tally,
}

impl Store {
    /// Workers and workplaces with access at the end of `months`, and the surveys of the
    /// cases closed during them: only what the public page shows, not a whole dashboard.
    #[tracing::instrument(level = "debug", skip_all, fields(months = months.len()))]
    pub async fn public_headline(&self, months: &[Month]) -> Result<PublicHeadline> {
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(PublicHeadline::default());
        };
        let filter = ReportFilter::default();
        let coverage = self.coverage(&filter, last).await?;
        Ok(PublicHeadline {
            workers_with_access: coverage.workers,
            workplaces_covered: i64::try_from(coverage.workplaces.len()).unwrap_or(i64::MAX),
            surveys: self.survey_tally(&filter, first, last).await?,
        })
    }

    /// Cases per month of `months` (consecutive, oldest first) and top-level category.
    #[tracing::instrument(level = "debug", skip_all, fields(months = months.len()))]
    pub async fn public_table(&self, months: &[Month]) -> Result<PublicTable> {
        let mut counts: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (code, k, n) in self
            .month_category_counts(months, &ReportFilter::default())
            .await?
        {
            let top = code
                .split_once('.')
                .map_or(code.as_str(), |(t, _)| t)
                .to_owned();
            if n == 0 {
                continue;
            }
            let column = counts.entry(top).or_insert_with(|| vec![0; months.len()]);
            if let Some(cell) = column.get_mut(k) {
                *cell += n;
            }
        }
        let categories: Vec<String> = counts.keys().cloned().collect();
        let cells = (0..months.len())
            .map(|i| counts.values().map(|col| col[i]).collect())
            .collect();
        Ok(PublicTable { categories, cells })
    }
}
