//! What leaves the process other than pages, and the background work behind it: the SMS
//! outbox, its delivery claims and delivery reports, and the leased job rows that let one server run each sweep.

pub mod delivery;
pub mod inbound;
pub mod job_due;
pub mod jobs;
pub mod outbox;
pub mod reports;
pub mod voice;
