//! The programme's headline figures per month (issue 9 item 5): workplaces covered and
//! workers with access (workers of active workplaces), calls split into substantive and
//! informational/test, trainings and workers trained by gender, cards handed out. One
//! grouped query per figure; months are buckets in Rust.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use workvoice_domain::StoredCode;
use workvoice_domain::awareness::MaterialKind;

use crate::Store;
use crate::awareness::priorities::substantive_codes;
use crate::db::{all, get};
use crate::error::{Internal, Result};
use crate::query::Query;

pub use workvoice_domain::reports::Month;

const HOUR_MS: i64 = 3_600_000;

/// The `n` calendar months ending with the one holding `today`, oldest first.
pub fn months_ending(today: Date, n: usize, time_zone: &str) -> Result<Vec<Month>> {
    let tz = TimeZone::get(time_zone)
        .map_err(|_| Internal::Setup(format!("unknown time zone {time_zone}")))?;
    Ok(Month::ending_with(today, n, &tz).ok_or(Internal::Broken("month outside the calendar"))?)
}

/// One month's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonthFigures {
    pub workplaces_covered: i64,
    pub workers_with_access: i64,
    pub substantive_calls: i64,
    pub informational_calls: i64,
    pub trainings: i64,
    pub trained_women: i64,
    pub trained_men: i64,
    pub cards: i64,
}

impl Store {
    /// The figures of each month, in the order given. Calls are bucketed by the hour they
    /// came in, which is exact for the programme's zones (whole-hour offsets).
    #[tracing::instrument(level = "debug", skip_all, fields(months = months.len()))]
    pub async fn programme_months(&self, months: &[Month]) -> Result<Vec<MonthFigures>> {
        let mut out = vec![MonthFigures::default(); months.len()];
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(out);
        };
        let conn = &self.db.read;
        let by_label: HashMap<&str, usize> = months
            .iter()
            .enumerate()
            .map(|(i, m)| (m.label.as_str(), i))
            .collect();

        let active = all(
            conn,
            "SELECT workers_total, active_on, suspended_on FROM workplaces WHERE active_on IS NOT NULL AND active_on <= $1",
            vec![last.last.to_string().into()],
        )
        .await?;
        for r in &active {
            let workers: i64 = get(r, "workers_total")?;
            let active_on: String = get(r, "active_on")?;
            let suspended_on: Option<String> = get(r, "suspended_on")?;
            for (m, f) in months.iter().zip(out.iter_mut()) {
                let last_day = m.last.to_string();
                let active =
                    active_on <= last_day && suspended_on.as_ref().is_none_or(|s| *s > last_day);
                if active {
                    f.workplaces_covered += 1;
                    f.workers_with_access += workers;
                }
            }
        }

        let mut q = Query::new(
            "SELECT c.created_at / 3600000 AS h, CAST(SUM(CASE WHEN c.category_code IN (",
        );
        substantive_codes(self, &mut q).await?;
        q.push(") THEN 1 ELSE 0 END) AS BIGINT) AS s, COUNT(*) AS n FROM cases c WHERE c.created_at >= ")
            .bind(first.start_ms)
            .push(" AND c.created_at < ")
            .bind(last.end_ms)
            .push(" GROUP BY c.created_at / 3600000");
        let calls = all(conn, &q.sql, q.values).await?;
        for r in &calls {
            let at = get::<i64>(r, "h")? * HOUR_MS;
            let substantive: i64 = get(r, "s")?;
            let n: i64 = get(r, "n")?;
            if let Some(i) = months
                .iter()
                .position(|m| m.start_ms <= at && at < m.end_ms)
            {
                out[i].substantive_calls += substantive;
                out[i].informational_calls += n - substantive;
            }
        }

        let since = first.first.to_string();
        let trainings = all(
            conn,
            "SELECT SUBSTR(held_on, 1, 7) AS m, COUNT(*) AS n, CAST(SUM(women) AS BIGINT) AS women, CAST(SUM(men) AS BIGINT) AS men \
             FROM awareness_trainings WHERE held_on >= $1 GROUP BY SUBSTR(held_on, 1, 7)",
            vec![since.clone().into()],
        )
        .await?;
        for r in &trainings {
            let m: String = get(r, "m")?;
            if let Some(&i) = by_label.get(m.as_str()) {
                out[i].trainings = get(r, "n")?;
                out[i].trained_women = get(r, "women")?;
                out[i].trained_men = get(r, "men")?;
            }
        }

        let cards = all(
            conn,
            "SELECT SUBSTR(given_on, 1, 7) AS m, CAST(SUM(quantity) AS BIGINT) AS n \
             FROM awareness_materials WHERE given_on >= $1 AND kind = $2 GROUP BY SUBSTR(given_on, 1, 7)",
            vec![
                since.into(),
                MaterialKind::HelplineCard.stored_code().into(),
            ],
        )
        .await?;
        for r in &cards {
            let m: String = get(r, "m")?;
            if let Some(&i) = by_label.get(m.as_str()) {
                out[i].cards = get(r, "n")?;
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_end_with_the_current_one_and_start_at_local_midnight() {
        let ms = months_ending(jiff::civil::date(2026, 3, 15), 3, "Asia/Dhaka").unwrap();
        let labels: Vec<&str> = ms.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["2026-01", "2026-02", "2026-03"]);
        assert_eq!(ms[1].last, jiff::civil::date(2026, 2, 28));
        assert_eq!(ms[0].end_ms, ms[1].start_ms);
        // Dhaka is UTC+6: 1 March 00:00 local is 28 February 18:00 UTC.
        let utc: jiff::Timestamp = "2026-02-28T18:00:00Z".parse().unwrap();
        assert_eq!(ms[2].start_ms, utc.as_millisecond());
        assert!(months_ending(jiff::civil::date(2026, 3, 15), 1, "Mars/Olympus").is_err());
    }
}
