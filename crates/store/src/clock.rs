//! Wall-clock time for the few store operations that stamp their own rows (migrations,
//! demo data). Everything a user does is stamped with a time passed in by the caller,
//! so tests can inject a clock.

pub fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
