//! The crate's integration tests as one binary: one link instead of one per file,
//! and one place that lists them. Each module is a feature or a cross-cutting check.

mod support;

mod access_matrix;
mod api;
mod awareness;
mod canary;
mod durable_file;
mod feedback_report;
mod filled_message;
mod fuzz;
mod headers;
mod inbound_sms;
mod ivr;
mod kannel;
mod library;
mod locale_digits;
mod message_ids;
mod missed_call;
mod ops_metrics;
mod org_workspace;
mod osh;
mod osh_meetings;
mod outbox;
mod pages;
mod protocol;
mod registry;
mod reporting;
mod reports;
mod request_span;
mod retention_pages;
mod security;
mod survey;
mod terminology;
mod totp;
mod worker_loop;
