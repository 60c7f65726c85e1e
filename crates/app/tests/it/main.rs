//! The binary's integration tests as one binary: each runs `workvoice` as a child process,
//! the way an administrator does.

mod backup;
mod bad_settings;
mod bench_smoke;
mod crash;
mod csv_cli;
mod durable_file;
mod multi_server;
mod osh_cli;
mod pg_cluster;
mod support;
