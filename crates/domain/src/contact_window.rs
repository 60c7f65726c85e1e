//! When the helpline may contact a worker, and when a closed case is checked again.
//!
//! A worker's phone is often shared or seen by a supervisor, so callbacks happen only
//! inside the local-time window the worker chose (DESIGN §3.4). After closure, a worker
//! whose identity was disclosed or who risks reprisal is called again at +30 and +90
//! days (the retaliation watch, DESIGN §3.1).

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::safe_window::SafeWindow;
use crate::time::Millis;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Days after closure at which the retaliation watch calls the worker again.
pub const FOLLOW_UP_DAYS: [i64; 2] = [30, 90];

/// The zone by name; an unknown name falls back to UTC so a misconfigured zone shifts
/// times predictably instead of failing a callback (zones come from `Country`, so this
/// only happens with corrupt data).
fn zone(tz_name: &str) -> TimeZone {
    TimeZone::get(tz_name).unwrap_or(TimeZone::UTC)
}

/// Whether `now` lies inside the worker's safe window in zone `tz_name`.
pub fn may_contact_now(now: Millis, window: SafeWindow, tz_name: &str) -> bool {
    let Some(ts) = now.to_timestamp() else {
        return false;
    };
    let local = ts.to_zoned(zone(tz_name));
    let minute =
        u16::try_from(i32::from(local.hour()) * 60 + i32::from(local.minute())).unwrap_or(0);
    window.contains(minute)
}

/// `now` if it lies inside the window, otherwise the next start of the window.
pub fn next_contact_time(now: Millis, window: SafeWindow, tz_name: &str) -> Millis {
    if may_contact_now(now, window, tz_name) {
        return now;
    }
    let Some(ts) = now.to_timestamp() else {
        return now;
    };
    let tz = zone(tz_name);
    let local = ts.to_zoned(tz.clone());
    let hour = i8::try_from(window.from_minute / 60).unwrap_or(0);
    let minute = i8::try_from(window.from_minute % 60).unwrap_or(0);
    let start_on = |date: jiff::civil::Date| -> Option<Timestamp> {
        date.at(hour, minute, 0, 0)
            .to_zoned(tz.clone())
            .ok()
            .map(|z| z.timestamp())
    };
    let today = local.date();
    // Outside the window the next start is today's if it is still ahead, else tomorrow's.
    let next = start_on(today)
        .filter(|start| *start > ts)
        .or_else(|| today.tomorrow().ok().and_then(start_on));
    next.map_or(now, Millis::from_timestamp)
}

/// Due times of the retaliation follow-ups of a case closed at `closed_at`.
pub fn follow_up_dates(closed_at: Millis) -> [Millis; 2] {
    FOLLOW_UP_DAYS.map(|days| Millis(closed_at.0.saturating_add(days * DAY_MS)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DHAKA: &str = "Asia/Dhaka";

    /// Epoch millis of a Dhaka local time (UTC+6, no DST).
    fn dhaka(day: i8, hour: i8, minute: i8) -> Millis {
        let Ok(z) = jiff::civil::date(2026, 3, day)
            .at(hour, minute, 0, 0)
            .to_zoned(zone(DHAKA))
        else {
            panic!("valid local time");
        };
        Millis::from_timestamp(z.timestamp())
    }

    fn window(from: u16, to: u16) -> SafeWindow {
        let Some(w) = SafeWindow::new(from, to) else {
            panic!("valid window");
        };
        w
    }

    #[test]
    fn inside_the_window_is_now() {
        let evening = window(18 * 60, 21 * 60);
        let now = dhaka(10, 19, 15);
        assert!(may_contact_now(now, evening, DHAKA));
        assert_eq!(next_contact_time(now, evening, DHAKA), now);
        // The start is inside, the end is not.
        assert!(may_contact_now(dhaka(10, 18, 0), evening, DHAKA));
        assert!(!may_contact_now(dhaka(10, 21, 0), evening, DHAKA));
    }

    #[test]
    fn before_the_window_waits_for_today_start() {
        let evening = window(18 * 60, 21 * 60);
        let now = dhaka(10, 9, 30);
        assert!(!may_contact_now(now, evening, DHAKA));
        assert_eq!(next_contact_time(now, evening, DHAKA), dhaka(10, 18, 0));
    }

    #[test]
    fn after_the_window_waits_for_tomorrow() {
        let evening = window(18 * 60, 21 * 60);
        assert_eq!(
            next_contact_time(dhaka(10, 22, 5), evening, DHAKA),
            dhaka(11, 18, 0)
        );
    }

    #[test]
    fn windows_wrapping_past_midnight() {
        // A night-shift worker: 22:00–02:00.
        let night = window(22 * 60, 2 * 60);
        assert!(may_contact_now(dhaka(10, 1, 30), night, DHAKA));
        assert!(may_contact_now(dhaka(10, 23, 0), night, DHAKA));
        assert_eq!(
            next_contact_time(dhaka(10, 2, 0), night, DHAKA),
            dhaka(10, 22, 0)
        );
        assert_eq!(
            next_contact_time(dhaka(10, 12, 0), night, DHAKA),
            dhaka(10, 22, 0)
        );
    }

    #[test]
    fn the_zone_matters() {
        // 18:00 in Dhaka is 19:00 in Ho Chi Minh City: outside a 09:00–19:00 window there.
        let day = window(9 * 60, 19 * 60);
        let now = dhaka(10, 18, 0);
        assert!(may_contact_now(now, day, DHAKA));
        assert!(!may_contact_now(now, day, "Asia/Ho_Chi_Minh"));
        // An unknown zone is read as UTC (12:00 UTC here).
        assert!(may_contact_now(now, day, "Mars/Olympus_Mons"));
    }

    #[test]
    fn follow_ups_at_thirty_and_ninety_days() {
        let closed = dhaka(10, 12, 0);
        let [first, second] = follow_up_dates(closed);
        assert_eq!(first.0 - closed.0, 30 * DAY_MS);
        assert_eq!(second.0 - closed.0, 90 * DAY_MS);
        assert_eq!(follow_up_dates(Millis(i64::MAX))[1], Millis(i64::MAX));
    }
}
