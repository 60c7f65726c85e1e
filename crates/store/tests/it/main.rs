//! The crate's integration tests as one binary: one link instead of one per file,
//! and one place that lists them. Each module is a feature or a cross-cutting check.

#[macro_use]
mod support;

mod accounts;
mod awareness;
mod dashboard;
mod durable_file;
mod erasure;
mod feedback_report;
mod group_commit;
mod helpline;
mod helpline_closure;
mod library;
mod org;
mod osh;
mod osh_meetings;
mod protocol;
mod registry;
mod reports;
mod schema;
mod spans;
