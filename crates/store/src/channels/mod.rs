//! What leaves the process other than pages, and the background work behind it.

pub mod delivery;
pub mod job_due;
