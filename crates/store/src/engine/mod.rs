//! Helpers around the engines rather than a feature: bulk seeding for the benchmark and
//! throwaway PostgreSQL databases for tests.

pub mod bulk;
pub mod bulk_programme;
pub mod postgres_databases;
