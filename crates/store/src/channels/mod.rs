//! What leaves the process other than pages, and the background work behind it: the SMS
//! outbox and the leased job rows that let one server run each sweep.

pub mod jobs;
pub mod outbox;
