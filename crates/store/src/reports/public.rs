//! The public statistics' table: cases per month and top-level category, before any
//! suppression (the page suppresses with `domain::suppression::suppress_table`). Cases
//! are bucketed by the hour they came in, exact for the programme's whole-hour zones.

use std::collections::BTreeMap;

use crate::Store;
use crate::awareness::figures::Month;
use crate::db::{all, get};
use crate::error::Result;
use crate::query::Query;

const HOUR_MS: i64 = 3_600_000;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicTable {
    /// Top-level category codes, in code order: the columns.
    pub categories: Vec<String>,
    /// One row per month given, one cell per category.
    pub cells: Vec<Vec<i64>>,
}

impl Store {
    /// Cases per month of `months` (consecutive, oldest first) and top-level category.
    #[tracing::instrument(level = "debug", skip_all, fields(months = months.len()))]
    pub async fn public_table(&self, months: &[Month]) -> Result<PublicTable> {
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(PublicTable::default());
        };
        let mut q = Query::new(
            "SELECT c.created_at / 3600000 AS h, c.category_code, COUNT(*) AS n FROM cases c WHERE c.created_at >= ",
        );
        q.bind(first.start_ms)
            .push(" AND c.created_at < ")
            .bind(last.end_ms)
            .push(" GROUP BY c.created_at / 3600000, c.category_code");
        let mut counts: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for row in all(&self.db.read, &q.sql, q.values).await? {
            let at = get::<i64>(&row, "h")? * HOUR_MS;
            let code: String = get(&row, "category_code")?;
            let top = code
                .split_once('.')
                .map_or(code.as_str(), |(t, _)| t)
                .to_owned();
            let Some(i) = months
                .iter()
                .position(|m| m.start_ms <= at && at < m.end_ms)
            else {
                continue;
            };
            counts.entry(top).or_insert_with(|| vec![0; months.len()])[i] += get::<i64>(&row, "n")?;
        }
        let categories: Vec<String> = counts.keys().cloned().collect();
        let cells = (0..months.len())
            .map(|i| counts.values().map(|col| col[i]).collect())
            .collect();
        Ok(PublicTable { categories, cells })
    }
}
