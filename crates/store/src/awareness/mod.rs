//! The awareness programme (issue 9 items 3–6): what was done at each workplace
//! (`records`), the score and training priority list gathered per workplace in one query
//! per kind of record (`priorities`), and the programme's monthly headline figures
//! (`figures`). Nothing here returns a case: calls are counted per workplace, and only
//! the helpline's programme staff get those counts (organisations get `SupplierCoverage`,
//! which has no call field at all).

pub mod figures;
pub mod priorities;
pub mod records;

use jiff::ToSpan;
use jiff::civil::Date;

/// `today` moved back by `months` months and `days` days (saturating at the calendar's start).
pub(crate) fn before(today: Date, months: i64, days: i64) -> String {
    today
        .checked_sub(months.months().days(days))
        .unwrap_or(Date::MIN)
        .to_string()
}
