//! The single stored time representation: UTC epoch milliseconds.
//!
//! Both SQLite and PostgreSQL store a plain BIGINT, which sorts correctly,
//! compares across engines and avoids each engine's own time-zone semantics.
//! The domain has no clock: callers pass the current time in, which keeps
//! rules testable and deterministic.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Millis(pub i64);

impl Millis {
    pub fn from_timestamp(ts: Timestamp) -> Millis {
        // Sub-millisecond precision is dropped (truncated towards the past
        // by jiff), which is finer than any case event needs.
        Millis(ts.as_millisecond())
    }

    /// `None` outside jiff's supported range (years -9999..=9999), which
    /// only corrupt data can reach.
    pub fn to_timestamp(self) -> Option<Timestamp> {
        Timestamp::from_millisecond(self.0).ok()
    }

    /// `ms` milliseconds later (earlier when negative), saturating at the ends of the range
    /// instead of overflowing.
    pub fn plus(self, ms: i64) -> Millis {
        Millis(self.0.saturating_add(ms))
    }

    /// `ms` milliseconds earlier, saturating.
    pub fn minus(self, ms: i64) -> Millis {
        Millis(self.0.saturating_sub(ms))
    }

    /// Milliseconds from `earlier` to `self` (negative when `earlier` is later), saturating.
    pub fn since(self, earlier: Millis) -> i64 {
        self.0.saturating_sub(earlier.0)
    }

    /// Wall-clock time in an IANA zone such as `Country::time_zone()`.
    /// `None` for an unknown zone name or an out-of-range value. Zone data
    /// comes from jiff's time-zone database (on Linux the system
    /// /usr/share/zoneinfo, read once and cached by jiff).
    pub fn local_date_time(self, tz_name: &str) -> Option<DateTime> {
        let tz = TimeZone::get(tz_name).ok()?;
        Some(self.to_timestamp()?.to_zoned(tz).datetime())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country::Country;
    use jiff::civil::date;

    #[test]
    fn round_trips_through_timestamp() {
        for ms in [0, 1, -1, 1_700_000_000_123, -62_135_596_800_000] {
            let ts = Millis(ms).to_timestamp();
            assert_eq!(ts.map(Millis::from_timestamp), Some(Millis(ms)));
        }
    }

    #[test]
    fn from_timestamp_truncates_sub_millis() {
        let ts = Timestamp::new(1, 999_999_999);
        assert_eq!(ts.ok().map(Millis::from_timestamp), Some(Millis(1999)));
    }

    #[test]
    fn arithmetic_moves_by_milliseconds_and_saturates() {
        assert_eq!(Millis(1_000).plus(500), Millis(1_500));
        assert_eq!(Millis(1_000).minus(1_500), Millis(-500));
        assert_eq!(Millis(1_500).since(Millis(1_000)), 500);
        assert_eq!(Millis(1_000).since(Millis(1_500)), -500);
        assert_eq!(Millis(i64::MAX).plus(1), Millis(i64::MAX));
        assert_eq!(Millis(i64::MIN).minus(1), Millis(i64::MIN));
    }

    #[test]
    fn out_of_range_is_none() {
        assert_eq!(Millis(i64::MAX).to_timestamp(), None);
        assert_eq!(Millis(i64::MIN).local_date_time("Asia/Dhaka"), None);
    }

    #[test]
    fn local_times_in_helpline_zones() {
        // 2024-03-01T20:30:00Z
        let m = Millis(1_709_325_000_000);
        assert_eq!(
            m.local_date_time(Country::Bangladesh.time_zone()),
            Some(date(2024, 3, 2).at(2, 30, 0, 0))
        );
        assert_eq!(
            m.local_date_time(Country::Vietnam.time_zone()),
            Some(date(2024, 3, 2).at(3, 30, 0, 0))
        );
        assert_eq!(
            m.local_date_time("UTC"),
            Some(date(2024, 3, 1).at(20, 30, 0, 0))
        );
    }

    #[test]
    fn unknown_zone_is_none() {
        assert_eq!(Millis(0).local_date_time("Mars/Olympus_Mons"), None);
        assert_eq!(Millis(0).local_date_time(""), None);
    }

    #[test]
    fn orders_by_instant() {
        assert!(Millis(-5) < Millis(0));
        assert!(Millis(1) > Millis(0));
    }
}
