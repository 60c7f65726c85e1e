//! A calendar month in the programme's time zone and the instants it spans: the unit every
//! monthly figure is counted in (helpline calls, awareness, OSH improvements).
//!
//! A Dhaka month starts at 18:00 UTC of the day before, so a month is never a UTC range:
//! its bounds are the local midnights of its first day and of the next month's.

use jiff::ToSpan;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::time::Millis;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    /// `YYYY-MM`.
    pub label: String,
    pub first: Date,
    pub last: Date,
    /// Its instants: `[start_ms, end_ms)`.
    pub start_ms: i64,
    pub end_ms: i64,
}

impl Month {
    /// The month holding `day`, in `zone`; `None` only at the ends of the calendar.
    pub fn holding(day: Date, zone: &TimeZone) -> Option<Month> {
        let first = day.first_of_month();
        let next = first.checked_add(1.month()).ok()?;
        let start_of = |d: Date| -> Option<i64> {
            Some(d.to_zoned(zone.clone()).ok()?.timestamp().as_millisecond())
        };
        Some(Month {
            label: first.strftime("%Y-%m").to_string(),
            first,
            last: first.last_of_month(),
            start_ms: start_of(first)?,
            end_ms: start_of(next)?,
        })
    }

    /// The `n` months ending with the one holding `today`, oldest first; `None` only
    /// when they would leave the calendar.
    pub fn ending_with(today: Date, n: usize, zone: &TimeZone) -> Option<Vec<Month>> {
        let this = today.first_of_month();
        (0..i64::try_from(n).ok()?)
            .rev()
            .map(|back| Month::holding(this.checked_sub(back.months()).ok()?, zone))
            .collect()
    }

    /// The months from the one holding the instant `lo` to the one holding `hi`, oldest
    /// first (empty when `hi` is before `lo` or either is outside the calendar).
    pub fn spanning(lo: Millis, hi: Millis, zone: &TimeZone) -> Vec<Month> {
        let (Some(lo), Some(hi)) = (lo.to_timestamp(), hi.to_timestamp()) else {
            return Vec::new();
        };
        let last = hi.to_zoned(zone.clone()).date().first_of_month();
        let mut out = Vec::new();
        let mut day = lo.to_zoned(zone.clone()).date();
        while let Some(month) = Month::holding(day, zone).filter(|m| m.first <= last) {
            let next = month.last.tomorrow();
            out.push(month);
            let Ok(next) = next else {
                break;
            };
            day = next;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn dhaka() -> TimeZone {
        TimeZone::get("Asia/Dhaka").expect("bundled zone")
    }

    #[test]
    fn a_dhaka_month_starts_at_local_midnight() {
        let march = Month::holding(date(2026, 3, 15), &dhaka()).expect("in range");
        assert_eq!(march.label, "2026-03");
        assert_eq!(
            (march.first, march.last),
            (date(2026, 3, 1), date(2026, 3, 31))
        );
        // 2026-02-28 18:00 UTC and 2026-03-31 18:00 UTC.
        assert_eq!(march.start_ms, 1_772_301_600_000);
        assert_eq!(march.end_ms, 1_774_980_000_000);
    }

    #[test]
    fn months_ending_with_today_run_oldest_first_across_a_year() {
        let months = Month::ending_with(date(2026, 2, 3), 3, &dhaka()).expect("in range");
        let labels: Vec<&str> = months.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["2025-12", "2026-01", "2026-02"]);
        assert!(months.windows(2).all(|w| w[0].end_ms == w[1].start_ms));
    }

    #[test]
    fn months_spanning_two_instants_hold_both_and_nothing_outside() {
        let zone = dhaka();
        // 2026-01-31 19:00 UTC is already February in Dhaka.
        let lo = Millis(1_769_886_000_000);
        let hi = Millis(1_775_000_000_000);
        let months = Month::spanning(lo, hi, &zone);
        let labels: Vec<&str> = months.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["2026-02", "2026-03", "2026-04"]);
        assert!(Month::spanning(hi, lo, &zone).is_empty());
    }
}
