//! When it is safe to call a worker back.
//!
//! Workers often cannot take calls on the factory floor or when a supervisor
//! or family member is near, so they give a window of local time. Night
//! shifts make windows like 22:00–02:00 normal, hence wrapping past midnight.

use crate::digits::decimal_value;

const MINUTES_PER_DAY: u16 = 24 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SafeWindow {
    /// Minutes after local midnight, 0..1440.
    pub from_minute: u16,
    /// Minutes after local midnight, 0..1440; below `from_minute` when the
    /// window wraps past midnight.
    pub to_minute: u16,
}

impl SafeWindow {
    /// `None` if a bound is out of range or the window is empty (from == to
    /// is ambiguous between "never" and "always", so we refuse it).
    pub fn new(from_minute: u16, to_minute: u16) -> Option<SafeWindow> {
        let valid = from_minute < MINUTES_PER_DAY
            && to_minute < MINUTES_PER_DAY
            && from_minute != to_minute;
        valid.then_some(SafeWindow {
            from_minute,
            to_minute,
        })
    }

    /// Whether `minute` (after local midnight) is inside the window; the end
    /// is exclusive so back-to-back windows don't overlap.
    pub fn contains(&self, minute: u16) -> bool {
        if self.from_minute <= self.to_minute {
            (self.from_minute..self.to_minute).contains(&minute)
        } else {
            minute >= self.from_minute || minute < self.to_minute
        }
    }
}

/// Parses a 24-hour "HH:MM" (or "H:MM", or "HH:MM:SS" as some browsers send
/// from `<input type=time>`; seconds are dropped) into minutes after
/// midnight. Bengali digits are accepted.
pub fn parse_time_of_day(s: &str) -> Option<u16> {
    let mut parts = s.trim().split(':');
    let hour = parse_number(parts.next()?, 1..=2)?;
    let minute = parse_number(parts.next()?, 2..=2)?;
    if let Some(seconds) = parts.next()
        && parse_number(seconds, 2..=2)? > 59
    {
        return None;
    }
    if parts.next().is_some() || hour > 23 || minute > 59 {
        return None;
    }
    Some(hour * 60 + minute)
}

fn parse_number(s: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u16> {
    let mut n: u16 = 0;
    let mut count = 0;
    for c in s.chars() {
        n = n * 10 + u16::from(decimal_value(c)?);
        count += 1;
        if count > *digits.end() {
            return None;
        }
    }
    digits.contains(&count).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times() {
        assert_eq!(parse_time_of_day("00:00"), Some(0));
        assert_eq!(parse_time_of_day("9:05"), Some(545));
        assert_eq!(parse_time_of_day(" 23:59 "), Some(1439));
        assert_eq!(parse_time_of_day("১৮:৩০"), Some(1110));
        assert_eq!(parse_time_of_day("18:30:00"), Some(1110));
    }

    #[test]
    fn rejects_bad_times() {
        for s in [
            "",
            "24:00",
            "12:60",
            "12",
            "12:5",
            "123:00",
            "12:000",
            "12-30",
            "12:30pm",
            ":30",
            "12:",
            "-1:30",
            "12:30:60",
            "12:30:00:00",
            "１２:３０",
        ] {
            assert_eq!(parse_time_of_day(s), None, "{s:?}");
        }
    }

    #[test]
    fn window_bounds() {
        assert!(SafeWindow::new(600, 600).is_none());
        assert!(SafeWindow::new(1440, 10).is_none());
        assert!(SafeWindow::new(0, 1439).is_some());
    }

    #[test]
    fn contains_plain_and_wrapping() {
        let Some(day) = SafeWindow::new(9 * 60, 17 * 60) else {
            panic!("valid window");
        };
        assert!(day.contains(9 * 60));
        assert!(day.contains(12 * 60));
        assert!(!day.contains(17 * 60));
        assert!(!day.contains(3 * 60));

        let Some(night) = SafeWindow::new(22 * 60, 2 * 60) else {
            panic!("valid window");
        };
        assert!(night.contains(23 * 60));
        assert!(night.contains(0));
        assert!(night.contains(60));
        assert!(!night.contains(2 * 60));
        assert!(!night.contains(12 * 60));
    }
}
