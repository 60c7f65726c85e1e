//! Security: rate limits kept in the database (so every server sees the same count) and
//! the second factor of sign-in (TOTP secrets, recovery codes, sessions that passed it),
//! retention (removing caller identity from cases closed long ago).

pub mod backup;
pub mod rate_limits;
pub mod retention;
pub mod second_factor;
pub mod subject_requests;
