//! The crate's integration tests as one binary: one link instead of one per file,
//! and one place that lists them. Each module is a feature or a cross-cutting check.

// The store's test helpers, shared; this suite uses only some of them.
#[allow(dead_code)]
#[macro_use]
#[path = "../../../store/tests/it/support/mod.rs"]
mod support;

mod jobs;
mod outbox;
mod retention;
