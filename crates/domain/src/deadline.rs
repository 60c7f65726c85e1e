//! Deadlines in clock time or working time, with pauses.
//!
//! The protocol says "inform the factory within 1 hour" (clock time: a fire
//! does not wait for Monday) or "respond within 7 working days" (working
//! time: the factory is closed at the weekend). Time while the case waits on
//! the worker (a pause) never counts, so a worker who cannot talk until the
//! weekend does not make the helpline late.
//!
//! Definitions, for a start instant and a set of pauses:
//! - a *clock* span counts every instant from the start that is not paused;
//! - a *working* span counts only instants whose local date, in the
//!   calendar's zone, is a working day, and which are not paused. A working
//!   day is therefore 24 hours of working time, from local midnight to
//!   midnight: "2 working days" from Thursday 15:00 in Dhaka is Thursday
//!   15:00–24:00 (9 h), Sunday (24 h) and Monday until 15:00 (15 h).
//!
//! The due instant is the earliest instant by which the counted time since
//! the start equals the span. So a span that runs out exactly at midnight
//! before a weekend falls due at that midnight, not after the weekend; and a
//! start on a rest day begins counting at the next working day's midnight.

use std::fmt;
use std::ops::ControlFlow;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::calendar::WorkCalendar;
use crate::time::Millis;

const MINUTE_MS: i64 = 60_000;
const HOUR_MINUTES: i64 = 60;
const DAY_MINUTES: i64 = 24 * HOUR_MINUTES;

/// Which instants a span counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    Clock,
    Working,
}

/// A length of time to allow for a step. Negative lengths count as zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Span {
    Clock { minutes: i64 },
    Working { minutes: i64 },
}

impl Span {
    pub const fn clock_minutes(minutes: i64) -> Span {
        Span::Clock { minutes }
    }

    pub const fn hours(hours: i64) -> Span {
        Span::Clock {
            minutes: hours.saturating_mul(HOUR_MINUTES),
        }
    }

    /// 24 clock hours per day.
    pub const fn days(days: i64) -> Span {
        Span::Clock {
            minutes: days.saturating_mul(DAY_MINUTES),
        }
    }

    pub const fn working_minutes(minutes: i64) -> Span {
        Span::Working { minutes }
    }

    pub const fn working_hours(hours: i64) -> Span {
        Span::Working {
            minutes: hours.saturating_mul(HOUR_MINUTES),
        }
    }

    /// `days` × 24 hours of working time (see the module comment).
    pub const fn working_days(days: i64) -> Span {
        Span::Working {
            minutes: days.saturating_mul(DAY_MINUTES),
        }
    }

    pub const fn basis(self) -> Basis {
        match self {
            Span::Clock { .. } => Basis::Clock,
            Span::Working { .. } => Basis::Working,
        }
    }

    /// Length in counted minutes (clock or working, per `basis`).
    pub const fn length_minutes(self) -> i64 {
        match self {
            Span::Clock { minutes } | Span::Working { minutes } => minutes,
        }
    }

    /// Parses the configuration form: a whole number and a unit, no space.
    /// Clock units: `m`, `h`, `d` (24 h). Working units: `wm`, `wh`, `wd`
    /// (24 h of working time). Examples: "10m", "4h", "2wd", "8wh".
    pub fn parse(s: &str) -> Option<Span> {
        let s = s.trim();
        let split = s.find(|c: char| !c.is_ascii_digit())?;
        let (digits, unit) = s.split_at(split);
        if digits.is_empty() {
            return None;
        }
        let n: i64 = digits.parse().ok()?;
        let (per, working) = match unit {
            "m" => (1, false),
            "h" => (HOUR_MINUTES, false),
            "d" => (DAY_MINUTES, false),
            "wm" => (1, true),
            "wh" => (HOUR_MINUTES, true),
            "wd" => (DAY_MINUTES, true),
            _ => return None,
        };
        let minutes = n.checked_mul(per)?;
        Some(if working {
            Span::Working { minutes }
        } else {
            Span::Clock { minutes }
        })
    }

    /// The largest whole unit and its count, e.g. (`Working`, "days", 2).
    fn unit(self) -> (i64, &'static str, &'static str) {
        let m = self.length_minutes();
        let working = self.basis() == Basis::Working;
        let (div, code, key) = if m != 0 && m % DAY_MINUTES == 0 {
            if working {
                (DAY_MINUTES, "wd", "span-working-days")
            } else {
                (DAY_MINUTES, "d", "span-days")
            }
        } else if m != 0 && m % HOUR_MINUTES == 0 {
            if working {
                (HOUR_MINUTES, "wh", "span-working-hours")
            } else {
                (HOUR_MINUTES, "h", "span-hours")
            }
        } else if working {
            (1, "wm", "span-working-minutes")
        } else {
            (1, "m", "span-minutes")
        };
        (m / div, code, key)
    }

    /// Fluent id and the `$count` to pass, in the largest whole unit:
    /// 2 working days → ("span-working-days", 2), 90 min → ("span-minutes", 90).
    pub fn label(self) -> (&'static str, i64) {
        let (count, _, key) = self.unit();
        (key, count)
    }
}

/// The configuration form read by `Span::parse`, e.g. "2wd".
impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (count, code, _) = self.unit();
        write!(f, "{count}{code}")
    }
}

/// An interval during which the clock is stopped because the case waits on
/// the worker. `to: None` means the wait is still going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pause {
    pub from: Millis,
    pub to: Option<Millis>,
}

impl Pause {
    pub const fn closed(from: Millis, to: Millis) -> Pause {
        Pause { from, to: Some(to) }
    }

    pub const fn open(from: Millis) -> Pause {
        Pause { from, to: None }
    }
}

/// When a step started at `start` falls due.
///
/// `None` when no due time exists yet: an open pause stops counting before
/// the span is used up (the deadline resumes when the pause is closed), or,
/// only with corrupt data, the due time would lie beyond year 9999. A zero
/// or negative span is due at `start`.
pub fn due_at(
    start: Millis,
    span: Span,
    calendar: &WorkCalendar,
    pauses: &[Pause],
) -> Option<Millis> {
    let mut left = span.length_minutes().max(0).saturating_mul(MINUTE_MS);
    if left == 0 {
        return Some(start);
    }
    let mut due = None;
    walk(start.0, span.basis(), calendar, pauses, |s, e| {
        let len = e.saturating_sub(s);
        if len >= left {
            due = s.checked_add(left).map(Millis);
            ControlFlow::Break(())
        } else {
            left -= len;
            ControlFlow::Continue(())
        }
    });
    due
}

/// Counted time in `[a, b)` in whole minutes (truncated); 0 when `b <= a`.
/// Measures how long a stage took in the same terms as its deadline.
pub fn time_between(
    a: Millis,
    b: Millis,
    basis: Basis,
    calendar: &WorkCalendar,
    pauses: &[Pause],
) -> i64 {
    counted_ms_between(a, b, basis, calendar, pauses) / MINUTE_MS
}

/// Working minutes in `[a, b)`: time on working days, not paused.
pub fn working_time_between(
    a: Millis,
    b: Millis,
    calendar: &WorkCalendar,
    pauses: &[Pause],
) -> i64 {
    time_between(a, b, Basis::Working, calendar, pauses)
}

/// Past due: being done exactly at the due instant is still on time.
pub fn is_overdue(now: Millis, due: Millis) -> bool {
    now > due
}

fn counted_ms_between(
    a: Millis,
    b: Millis,
    basis: Basis,
    calendar: &WorkCalendar,
    pauses: &[Pause],
) -> i64 {
    let mut total: i64 = 0;
    if b <= a {
        return 0;
    }
    walk(a.0, basis, calendar, pauses, |s, e| {
        if s >= b.0 {
            return ControlFlow::Break(());
        }
        total = total.saturating_add(e.min(b.0) - s);
        if e >= b.0 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    total
}

/// Pauses as disjoint, sorted `[from, to)` intervals at or after `start`;
/// an open pause runs to `i64::MAX` and swallows any later one.
fn normalize(start: i64, pauses: &[Pause]) -> Vec<(i64, i64)> {
    let mut v: Vec<(i64, i64)> = pauses
        .iter()
        .map(|p| (p.from.0.max(start), p.to.map_or(i64::MAX, |t| t.0)))
        .filter(|(f, t)| f < t)
        .collect();
    v.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(v.len());
    for (f, t) in v {
        match merged.last_mut() {
            // Overlapping or touching pauses are one pause.
            Some(last) if f <= last.1 => last.1 = last.1.max(t),
            _ => merged.push((f, t)),
        }
    }
    merged
}

/// Calls `f` with each counted interval `[s, e)` from `start` on, in order,
/// until `f` breaks or counting can go no further (an open pause, or the
/// end of jiff's date range). Clock time is one unbounded interval (ending
/// at `i64::MAX`) minus the pauses; working time is each working day's
/// local midnight-to-midnight minus the pauses.
fn walk(
    start: i64,
    basis: Basis,
    calendar: &WorkCalendar,
    pauses: &[Pause],
    mut f: impl FnMut(i64, i64) -> ControlFlow<()>,
) {
    let pauses = normalize(start, pauses);
    // Counting ends for good where an open pause begins.
    let stop = pauses
        .last()
        .filter(|p| p.1 == i64::MAX)
        .map_or(i64::MAX, |p| p.0);
    let mut next_pause = 0;
    let mut emit = |s: i64, e: i64| subtract(s, e, &pauses, &mut next_pause, &mut f);
    match basis {
        Basis::Clock => {
            let _ = emit(start, i64::MAX);
        }
        Basis::Working => {
            let Some(mut day) = local_date(start, calendar) else {
                return;
            };
            let Some(mut day_start) = day_start_ms(day, calendar) else {
                return;
            };
            // The calendar guarantees a working weekday, and holidays are
            // finite, so each pass reaches a working day; `stop` and the
            // date range end the loop.
            while day_start.max(start) < stop {
                let Ok(next) = day.tomorrow() else { return };
                let Some(next_start) = day_start_ms(next, calendar) else {
                    return;
                };
                if calendar.is_working_day(day)
                    && next_start > start
                    && emit(day_start.max(start), next_start).is_break()
                {
                    return;
                }
                day = next;
                day_start = next_start;
            }
        }
    }
}

/// Emits the parts of `[s, e)` not covered by `pauses[*idx..]`. `idx` only
/// moves forward because intervals arrive in increasing order.
fn subtract(
    mut s: i64,
    e: i64,
    pauses: &[(i64, i64)],
    idx: &mut usize,
    f: &mut impl FnMut(i64, i64) -> ControlFlow<()>,
) -> ControlFlow<()> {
    while let Some(&(pf, pt)) = pauses.get(*idx) {
        if pt <= s {
            *idx += 1;
            continue;
        }
        if pf >= e {
            break;
        }
        if pf > s {
            f(s, pf)?;
        }
        s = pt;
        if pt >= e {
            // The pause runs into the next interval: keep it.
            return ControlFlow::Continue(());
        }
        *idx += 1;
    }
    if s < e {
        f(s, e)?;
    }
    ControlFlow::Continue(())
}

fn local_date(ms: i64, calendar: &WorkCalendar) -> Option<Date> {
    let ts = Timestamp::from_millisecond(ms).ok()?;
    Some(ts.to_zoned(calendar.tz().clone()).date())
}

/// The first instant of `day` in the calendar's zone (midnight, or the end
/// of a daylight-saving gap that swallows midnight).
fn day_start_ms(day: Date, calendar: &WorkCalendar) -> Option<i64> {
    let z = day
        .to_zoned(calendar.tz().clone())
        .ok()?
        .start_of_day()
        .ok()?;
    Some(z.timestamp().as_millisecond())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{DEFAULT_HOLIDAYS, parse_holidays};
    use crate::country::Country;
    use jiff::civil::{Weekday, date};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    const DHAKA: &str = "Asia/Dhaka";
    const HCM: &str = "Asia/Ho_Chi_Minh";

    fn at(zone: &str, y: i16, mo: i8, d: i8, h: i8, mi: i8) -> Millis {
        let z = date(y, mo, d)
            .at(h, mi, 0, 0)
            .in_tz(zone)
            .expect("valid test time");
        Millis::from_timestamp(z.timestamp())
    }

    fn bd() -> WorkCalendar {
        let hols = parse_holidays(DEFAULT_HOLIDAYS).expect("default holidays parse");
        WorkCalendar::for_country(Country::Bangladesh, &hols)
    }

    fn vn() -> WorkCalendar {
        let hols = parse_holidays(DEFAULT_HOLIDAYS).expect("default holidays parse");
        WorkCalendar::for_country(Country::Vietnam, &hols)
    }

    const H: i64 = 3_600_000;

    // 2026-03-05 is a Thursday; 2026-03-26 (Thursday) is Independence Day
    // in Bangladesh; 2026-04-30 and 2026-05-01 (Thursday, Friday) are
    // holidays in Vietnam.

    #[test]
    fn deadline_skips_bangladesh_weekend() {
        let start = at(DHAKA, 2026, 3, 5, 15, 0);
        let due = due_at(start, Span::working_days(2), &bd(), &[]);
        assert_eq!(due, Some(at(DHAKA, 2026, 3, 9, 15, 0)));
    }

    #[test]
    fn deadline_weekends_differ_between_countries() {
        // The same instant: Thursday 15:00 in Dhaka, 16:00 in Ho Chi Minh.
        let start = at("UTC", 2026, 3, 5, 9, 0);
        let span = Span::working_days(1);
        // Dhaka: Thursday 9 h, Friday and Saturday off, Sunday 15 h.
        assert_eq!(
            due_at(start, span, &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 8, 15, 0))
        );
        // Ho Chi Minh: Thursday 8 h, Friday 16 h.
        assert_eq!(
            due_at(start, span, &vn(), &[]),
            Some(at(HCM, 2026, 3, 6, 16, 0))
        );
    }

    #[test]
    fn deadline_skips_holidays() {
        // Wednesday 10:00 + 1 working day: Wednesday 14 h, Thursday is
        // Independence Day, then the weekend, Sunday 10 h.
        let start = at(DHAKA, 2026, 3, 25, 10, 0);
        assert_eq!(
            due_at(start, Span::working_days(1), &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 29, 10, 0))
        );
        // Without the holiday the same step is due on Thursday.
        let plain = WorkCalendar::for_country(Country::Bangladesh, &[]);
        assert_eq!(
            due_at(start, Span::working_days(1), &plain, &[]),
            Some(at(DHAKA, 2026, 3, 26, 10, 0))
        );
    }

    #[test]
    fn deadline_step_spanning_holidays() {
        // Vietnam, Wednesday 29 April 12:00 + 2 working days: Wednesday
        // 12 h, 30 April and 1 May are holidays, then Saturday and Sunday,
        // Monday 24 h, Tuesday 12 h.
        let start = at(HCM, 2026, 4, 29, 12, 0);
        assert_eq!(
            due_at(start, Span::working_days(2), &vn(), &[]),
            Some(at(HCM, 2026, 5, 5, 12, 0))
        );
        // Bangladesh, 8 working hours from Wednesday 20:00: 4 h on
        // Wednesday, the holiday and weekend skipped, 4 h on Sunday.
        let start = at(DHAKA, 2026, 3, 25, 20, 0);
        assert_eq!(
            due_at(start, Span::working_hours(8), &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 29, 4, 0))
        );
    }

    #[test]
    fn deadline_closed_pauses_extend_it() {
        let start = at(DHAKA, 2026, 3, 5, 10, 0);
        let pause = Pause::closed(at(DHAKA, 2026, 3, 5, 11, 0), at(DHAKA, 2026, 3, 5, 12, 30));
        assert_eq!(
            due_at(start, Span::hours(4), &bd(), &[pause]),
            Some(at(DHAKA, 2026, 3, 5, 15, 30))
        );
        assert_eq!(
            due_at(start, Span::working_hours(4), &bd(), &[pause]),
            Some(at(DHAKA, 2026, 3, 5, 15, 30))
        );
        // Overlapping and duplicated pauses count once; a pause before the
        // start, an empty one and one after the due time change nothing.
        let pauses = [
            pause,
            Pause::closed(at(DHAKA, 2026, 3, 5, 12, 0), at(DHAKA, 2026, 3, 5, 13, 0)),
            pause,
            Pause::closed(at(DHAKA, 2026, 3, 4, 1, 0), at(DHAKA, 2026, 3, 4, 2, 0)),
            Pause::closed(at(DHAKA, 2026, 3, 5, 10, 30), at(DHAKA, 2026, 3, 5, 10, 30)),
            Pause::closed(at(DHAKA, 2026, 3, 6, 1, 0), at(DHAKA, 2026, 3, 6, 2, 0)),
        ];
        assert_eq!(
            due_at(start, Span::hours(4), &bd(), &pauses),
            Some(at(DHAKA, 2026, 3, 5, 16, 0))
        );
        // A pause already running at the start delays counting.
        let running = Pause::closed(at(DHAKA, 2026, 3, 5, 9, 0), at(DHAKA, 2026, 3, 5, 11, 0));
        assert_eq!(
            due_at(start, Span::hours(1), &bd(), &[running]),
            Some(at(DHAKA, 2026, 3, 5, 12, 0))
        );
    }

    #[test]
    fn deadline_open_pause_means_not_due_yet() {
        let start = at(DHAKA, 2026, 3, 5, 10, 0);
        let open = Pause::open(at(DHAKA, 2026, 3, 5, 11, 0));
        assert_eq!(due_at(start, Span::hours(4), &bd(), &[open]), None);
        assert_eq!(due_at(start, Span::working_days(2), &bd(), &[open]), None);
        assert_eq!(
            due_at(start, Span::hours(4), &bd(), &[Pause::open(Millis(0))]),
            None
        );
        // Counting that finishes before the open pause begins is unaffected.
        let later = Pause::open(at(DHAKA, 2026, 3, 5, 14, 0));
        assert_eq!(
            due_at(start, Span::hours(4), &bd(), &[later]),
            Some(at(DHAKA, 2026, 3, 5, 14, 0))
        );
        // Closing it makes the deadline exist again, later by its length.
        let closed = Pause::closed(open.from, at(DHAKA, 2026, 3, 5, 13, 0));
        assert_eq!(
            due_at(start, Span::hours(4), &bd(), &[closed]),
            Some(at(DHAKA, 2026, 3, 5, 16, 0))
        );
    }

    #[test]
    fn deadline_pause_over_weekend_is_not_double_subtracted() {
        // Thursday 15:00 + 2 working days, paused Thursday 22:00 to Sunday
        // 02:00: only the 2 h on Thursday and 2 h on Sunday were working
        // time, so the due time moves 4 h, from Monday 15:00 to 19:00.
        let start = at(DHAKA, 2026, 3, 5, 15, 0);
        let pause = Pause::closed(at(DHAKA, 2026, 3, 5, 22, 0), at(DHAKA, 2026, 3, 8, 2, 0));
        assert_eq!(
            due_at(start, Span::working_days(2), &bd(), &[pause]),
            Some(at(DHAKA, 2026, 3, 9, 19, 0))
        );
        // A pause entirely inside the weekend changes nothing.
        let weekend = Pause::closed(at(DHAKA, 2026, 3, 6, 0, 0), at(DHAKA, 2026, 3, 8, 0, 0));
        assert_eq!(
            due_at(start, Span::working_days(2), &bd(), &[weekend]),
            Some(at(DHAKA, 2026, 3, 9, 15, 0))
        );
    }

    #[test]
    fn deadline_uses_local_dates_not_utc() {
        // Thursday 23:30 in Dhaka is Thursday 17:30 UTC. One working hour:
        // 30 min on Thursday, then Friday and Saturday are skipped.
        let start = at(DHAKA, 2026, 3, 5, 23, 30);
        assert_eq!(start, at("UTC", 2026, 3, 5, 17, 30));
        let due = due_at(start, Span::working_hours(1), &bd(), &[]);
        assert_eq!(due, Some(at(DHAKA, 2026, 3, 8, 0, 30)));
        assert_eq!(due, Some(at("UTC", 2026, 3, 7, 18, 30)));

        // Thursday 20:00 UTC is already Friday 02:00 in Dhaka: a rest day,
        // so counting starts at Sunday 00:00 Dhaka (Saturday 18:00 UTC).
        // A calendar wrongly kept in UTC would count Thursday evening.
        let start = at("UTC", 2026, 3, 5, 20, 0);
        assert_eq!(
            due_at(start, Span::working_hours(1), &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 8, 1, 0))
        );
        let utc = WorkCalendar::new("UTC", &[Weekday::Friday, Weekday::Saturday], [])
            .expect("valid calendar");
        assert_eq!(
            due_at(start, Span::working_hours(1), &utc, &[]),
            Some(at("UTC", 2026, 3, 5, 21, 0))
        );
    }

    #[test]
    fn deadline_clock_spans_ignore_weekends_and_holidays() {
        // Thursday 23:30 before a weekend, and the eve of a holiday.
        for start in [
            at(DHAKA, 2026, 3, 5, 23, 30),
            at(DHAKA, 2026, 3, 25, 23, 30),
        ] {
            for (span, hours) in [
                (Span::hours(1), 1),
                (Span::hours(4), 4),
                (Span::hours(24), 24),
            ] {
                assert_eq!(
                    due_at(start, span, &bd(), &[]),
                    Some(Millis(start.0 + hours * H))
                );
                assert_eq!(
                    due_at(start, span, &vn(), &[]),
                    Some(Millis(start.0 + hours * H))
                );
            }
        }
        let start = at(DHAKA, 2026, 3, 5, 10, 0);
        assert_eq!(
            due_at(start, Span::clock_minutes(10), &bd(), &[]),
            Some(Millis(start.0 + 10 * MINUTE_MS))
        );
        assert_eq!(
            due_at(start, Span::days(3), &bd(), &[]),
            Some(Millis(start.0 + 72 * H))
        );
    }

    #[test]
    fn deadline_start_on_rest_day_counts_from_next_working_midnight() {
        let start = at(DHAKA, 2026, 3, 6, 10, 0); // Friday
        assert_eq!(
            due_at(start, Span::working_hours(8), &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 8, 8, 0))
        );
        assert_eq!(
            due_at(start, Span::working_days(1), &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 9, 0, 0))
        );
        let start = at(HCM, 2026, 3, 7, 10, 0); // Saturday
        assert_eq!(
            due_at(start, Span::working_days(1), &vn(), &[]),
            Some(at(HCM, 2026, 3, 10, 0, 0))
        );
    }

    #[test]
    fn deadline_ending_at_midnight_before_weekend_is_that_midnight() {
        let start = at(DHAKA, 2026, 3, 5, 0, 0);
        assert_eq!(
            due_at(start, Span::working_days(1), &bd(), &[]),
            Some(at(DHAKA, 2026, 3, 6, 0, 0))
        );
    }

    #[test]
    fn deadline_zero_or_negative_span_is_due_at_start() {
        let friday = at(DHAKA, 2026, 3, 6, 10, 0);
        for span in [
            Span::hours(0),
            Span::working_days(0),
            Span::clock_minutes(-5),
            Span::working_minutes(-5),
        ] {
            assert_eq!(due_at(friday, span, &bd(), &[]), Some(friday));
            assert_eq!(
                due_at(friday, span, &bd(), &[Pause::open(Millis(0))]),
                Some(friday)
            );
        }
    }

    #[test]
    fn deadline_working_time_between_measures_stages() {
        let cal = bd();
        let thu = at(DHAKA, 2026, 3, 5, 15, 0);
        let mon = at(DHAKA, 2026, 3, 9, 15, 0);
        assert_eq!(working_time_between(thu, mon, &cal, &[]), 48 * 60);
        assert_eq!(time_between(thu, mon, Basis::Clock, &cal, &[]), 96 * 60);
        assert_eq!(working_time_between(mon, thu, &cal, &[]), 0);
        assert_eq!(working_time_between(thu, thu, &cal, &[]), 0);
        // Weekend only: nothing.
        let fri = at(DHAKA, 2026, 3, 6, 0, 0);
        let sun = at(DHAKA, 2026, 3, 8, 0, 0);
        assert_eq!(working_time_between(fri, sun, &cal, &[]), 0);
        // Pauses come off, open ones up to the end of the range.
        let pause = Pause::closed(at(DHAKA, 2026, 3, 5, 22, 0), at(DHAKA, 2026, 3, 8, 2, 0));
        assert_eq!(working_time_between(thu, mon, &cal, &[pause]), 44 * 60);
        let open = Pause::open(at(DHAKA, 2026, 3, 9, 12, 0));
        assert_eq!(working_time_between(thu, mon, &cal, &[open]), 45 * 60);
        assert_eq!(time_between(thu, mon, Basis::Clock, &cal, &[open]), 93 * 60);
        // Partial minutes are truncated.
        assert_eq!(
            working_time_between(thu, Millis(thu.0 + 119_999), &cal, &[]),
            1
        );
    }

    #[test]
    fn deadline_overdue_is_strictly_after() {
        let due = Millis(1_000);
        assert!(!is_overdue(Millis(999), due));
        assert!(!is_overdue(due, due));
        assert!(is_overdue(Millis(1_001), due));
    }

    #[test]
    fn deadline_property_random_starts() {
        let mut rng = StdRng::seed_from_u64(0x5eed);
        let cals = [bd(), vn()];
        let lo = at("UTC", 2025, 12, 1, 0, 0).0;
        let hi = at("UTC", 2027, 12, 1, 0, 0).0;
        for _ in 0..400 {
            let start = Millis(rng.gen_range(lo..hi));
            let cal = &cals[rng.gen_range(0..2)];
            let minutes = rng.gen_range(0..10 * DAY_MINUTES);
            let span = if rng.gen_bool(0.5) {
                Span::working_minutes(minutes)
            } else {
                Span::clock_minutes(minutes)
            };
            let pauses = if rng.gen_bool(0.3) {
                let from = start.0 + rng.gen_range(-H..48 * H);
                vec![Pause::closed(
                    Millis(from),
                    Millis(from + rng.gen_range(0..72 * H)),
                )]
            } else {
                vec![]
            };
            let due = due_at(start, span, cal, &pauses).expect("due exists");
            assert!(due >= start);
            let basis = span.basis();
            let ms = minutes * MINUTE_MS;
            // Exactly the span is counted, and not one millisecond earlier.
            assert_eq!(counted_ms_between(start, due, basis, cal, &pauses), ms);
            assert_eq!(time_between(start, due, basis, cal, &pauses), minutes);
            if minutes > 0 {
                let before = Millis(due.0 - 1);
                assert!(counted_ms_between(start, before, basis, cal, &pauses) < ms);
            }
            if pauses.is_empty() && basis == Basis::Clock {
                assert_eq!(due.0, start.0 + ms);
            }
            if pauses.is_empty() && basis == Basis::Working && minutes > 0 {
                // Time just before the due instant is on a working day.
                let local = Millis(due.0 - 1)
                    .local_date_time(cal.time_zone())
                    .expect("in range");
                assert!(cal.is_working_day(local.date()));
            }
            // A longer span is never due earlier.
            let longer = match span {
                Span::Clock { minutes } => Span::clock_minutes(minutes + 30),
                Span::Working { minutes } => Span::working_minutes(minutes + 30),
            };
            assert!(due_at(start, longer, cal, &pauses).is_some_and(|d| d > due));
        }
    }

    #[test]
    fn deadline_span_parse_and_display() {
        let cases = [
            ("10m", Span::clock_minutes(10)),
            ("4h", Span::hours(4)),
            ("1d", Span::days(1)),
            ("2wd", Span::working_days(2)),
            ("8wh", Span::working_hours(8)),
            ("30wm", Span::working_minutes(30)),
            (" 0h ", Span::hours(0)),
        ];
        for (s, span) in cases {
            assert_eq!(Span::parse(s), Some(span), "{s}");
        }
        for s in [
            "",
            "h",
            "4",
            "-1h",
            "+1h",
            "1.5h",
            "1 h",
            "4H",
            "2dw",
            "4hours",
            "99999999999999999999wd",
            "9223372036854775807wd",
        ] {
            assert_eq!(Span::parse(s), None, "{s:?}");
        }
        for (span, text) in [
            (Span::clock_minutes(10), "10m"),
            (Span::clock_minutes(90), "90m"),
            (Span::hours(4), "4h"),
            (Span::hours(24), "1d"),
            (Span::hours(36), "36h"),
            (Span::working_days(3), "3wd"),
            (Span::working_hours(8), "8wh"),
            (Span::working_minutes(5), "5wm"),
            (Span::hours(0), "0m"),
            (Span::working_days(0), "0wm"),
        ] {
            assert_eq!(span.to_string(), text);
            assert_eq!(Span::parse(text), Some(span));
        }
        assert_eq!(Span::working_days(2).label(), ("span-working-days", 2));
        assert_eq!(Span::hours(4).label(), ("span-hours", 4));
        assert_eq!(Span::clock_minutes(90).label(), ("span-minutes", 90));
        assert_eq!(Span::working_hours(8).label(), ("span-working-hours", 8));
        assert_eq!(Span::days(2).label(), ("span-days", 2));
        assert_eq!(
            Span::working_minutes(5).label(),
            ("span-working-minutes", 5)
        );
    }
}
