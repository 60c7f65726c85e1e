//! The call-handling protocol: its versions and holiday calendars, and the per-case steps
//! with their deadlines and escalation.

pub mod steps;
pub mod versions;
