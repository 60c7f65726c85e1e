//! Retention: how long after a case is closed its caller's identity is kept. Past that the
//! identity, the free text that may name the worker, evidence files and search entries are
//! removed; the case's anonymous facts (category, urgency, workplace, dates, outcome) stay
//! for the statistics. Each programme (the helpline of a country) sets its own period.

use crate::country::Country;

pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// The period when a programme has set none: a year, long enough for the retaliation
/// checks at +30 and +90 days and a reopened case.
pub const DEFAULT_DAYS: i64 = 365;
/// At least the retaliation watch (90 days) and a margin: identity must be there to call
/// a worker back after the last check.
pub const MIN_DAYS: i64 = 120;
/// Ten years at most.
pub const MAX_DAYS: i64 = 3650;

/// The programmes that can set a period: one per country, or the default for cases with
/// no workplace (and for countries without their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Programme {
    Default,
    Country(Country),
}

impl Programme {
    pub fn parse(text: &str) -> Option<Programme> {
        match text.trim() {
            t if t.eq_ignore_ascii_case("default") => Some(Programme::Default),
            t => Country::parse(t).map(Programme::Country),
        }
    }

    /// How the programme is stored (`default`, or the country code).
    pub fn code(self) -> &'static str {
        match self {
            Programme::Default => "default",
            Programme::Country(c) => c.code(),
        }
    }
}

/// A retention period in days, within [`MIN_DAYS`]..=[`MAX_DAYS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionDays(i64);

impl RetentionDays {
    pub fn parse(days: i64) -> Result<RetentionDays, &'static str> {
        if days < MIN_DAYS {
            Err("error-retention-too-short")
        } else if days > MAX_DAYS {
            Err("error-retention-too-long")
        } else {
            Ok(RetentionDays(days))
        }
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

/// Whether a case closed at `closed_at` is past a period of `days` at `now`.
pub fn is_expired(closed_at: i64, days: i64, now: i64) -> bool {
    closed_at < now - days * DAY_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_period_is_bounded() {
        assert!(RetentionDays::parse(MIN_DAYS - 1).is_err());
        assert_eq!(RetentionDays::parse(365).map(RetentionDays::get), Ok(365));
        assert!(RetentionDays::parse(MAX_DAYS + 1).is_err());
    }

    #[test]
    fn retention_expiry_is_strictly_after_the_period() {
        let closed = 1_000 * DAY_MS;
        assert!(!is_expired(closed, 365, closed + 365 * DAY_MS));
        assert!(is_expired(closed, 365, closed + 365 * DAY_MS + 1));
    }

    #[test]
    fn retention_programmes_are_countries_or_the_default() {
        assert_eq!(
            Programme::parse("BD"),
            Some(Programme::Country(Country::Bangladesh))
        );
        assert_eq!(Programme::parse("Default"), Some(Programme::Default));
        assert_eq!(Programme::parse("FR"), None);
        assert_eq!(Programme::Country(Country::Vietnam).code(), "VN");
    }
}
