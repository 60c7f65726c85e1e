//! Helpers around the engines rather than a feature: the grouped-commit writer, bulk
//! seeding for the benchmark and throwaway PostgreSQL databases for tests.

pub mod bulk;
pub mod bulk_programme;
pub mod disk_probe;
pub mod group_commit;
pub mod integrity;
pub mod ops_figures;
pub mod postgres_databases;
pub(crate) mod reference_cache;
