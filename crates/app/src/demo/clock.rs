//! When demo calls happen: local times in the two countries, a growing helpline, and the
//! hours workers can call.

use rand::Rng;
use rand::distributions::{Distribution, WeightedIndex};
use rand::rngs::StdRng;
use workvoice_domain::Country;

use super::DAYS_BACK;

pub const MINUTE: i64 = 60_000;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;

pub fn utc_offset(country: Country) -> i64 {
    match country {
        Country::Bangladesh => 6 * HOUR,
        Country::Vietnam => 7 * HOUR,
    }
}

pub fn local_hour(at: i64, country: Country) -> i64 {
    (at + utc_offset(country)).rem_euclid(DAY) / HOUR
}

/// (month 1–12, day of month) in the country's local time. Both countries have a
/// fixed UTC offset, so no zone data is needed.
pub fn local_month_day(at: i64, country: Country) -> (usize, i8) {
    jiff::Timestamp::from_millisecond(at + utc_offset(country))
        .map(|ts| {
            let d = ts.to_zoned(jiff::tz::TimeZone::UTC).date();
            (usize::try_from(d.month()).unwrap_or(1), d.day())
        })
        .unwrap_or((1, 1))
}

/// Local midnight `days_ago` local days before `now`.
pub fn local_midnight(now: i64, days_ago: i64, country: Country) -> i64 {
    let off = utc_offset(country);
    ((now + off).div_euclid(DAY) - days_ago) * DAY - off
}

/// A moment `days_ago` local days before `now`, at a plausible hour for a worker to
/// call: lunch break and evenings after the shift, a few at night.
pub fn call_time(rng: &mut StdRng, now: i64, days_ago: i64, country: Country) -> i64 {
    const HOUR_WEIGHTS: [u32; 24] = [
        1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 4, 3, 3, 3, 6, 7, 7, 6, 4, 2,
    ];
    let hours = WeightedIndex::new(HOUR_WEIGHTS).expect("static weights are valid");
    let hour = i64::try_from(hours.sample(rng)).unwrap_or(12);
    let at = local_midnight(now, days_ago, country) + hour * HOUR + rng.gen_range(0..HOUR);
    if at > now - 10 * MINUTE { at - DAY } else { at }
}

/// The helpline grows: recent months see more calls than six months ago.
pub fn days_ago(rng: &mut StdRng) -> i64 {
    loop {
        let d = rng.gen_range(0..DAYS_BACK);
        let weight = 0.55 + 0.45 * (DAYS_BACK - d) as f64 / DAYS_BACK as f64;
        if rng.gen_bool(weight) {
            return d;
        }
    }
}
