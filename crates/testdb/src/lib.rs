//! Test support shared by the integration suites of `store` and `web`: every test runs once
//! against a fresh SQLite file and once against a fresh PostgreSQL database, and both suites
//! follow the one rule below for finding PostgreSQL and for when its half may be skipped.
//!
//! `engine_tests!(name_a, name_b)` turns each `async fn name(db: TempDatabase)` of a test file
//! into `sqlite::name` and `postgres::name`, so `cargo nextest run -E 'test(/postgres/)'`
//! selects one engine.
//!
//! PostgreSQL: [`URL_VAR`] is an admin URL; each test creates its own `wv_test_<hex>`
//! database and drops it afterwards, also when the test fails. A PostgreSQL half that has no
//! URL or cannot reach the server **fails**: a green run means both engines ran. A run opts
//! out explicitly with `WORKVOICE_REQUIRE_POSTGRES=0`; then such a half prints why and passes.
//!
//! [`fixtures`] builds rows several suites need alike (a verified OSH improvement).
//! [`files::RecordingFs`] is the file system tests inject to watch (and break) durable writes.
//! [`kannel::Kannel`] is a real Kannel with its fake SMSC (the `workvoice-kannel-local` crate,
//! which the benchmark uses too), for the web suite and for the app's tests of whole server
//! processes.

pub mod files;
pub mod fixtures;
pub use workvoice_kannel_local as kannel;

use std::future::Future;
use std::path::{Path, PathBuf};

pub use workvoice_store::Engine;
use workvoice_store::{create_postgres_database, drop_postgres_database};

/// Admin URL of the PostgreSQL server the tests create their databases on.
pub const URL_VAR: &str = "WORKVOICE_TEST_POSTGRES_URL";
/// `0` lets PostgreSQL halves pass without running when the server is not there.
pub const REQUIRE_VAR: &str = "WORKVOICE_REQUIRE_POSTGRES";

/// Expands test bodies into one test per engine. Each named item is an
/// `async fn name(db: TempDatabase)` of the calling module (attributes before a name, such
/// as `#[ignore]`, go on both of its tests). With `run = path;` first, the bodies take what
/// that runner passes instead: `path(engine, body)`, an absolute path such as
/// `crate::support::run`, must call [`run`].
#[macro_export]
macro_rules! engine_tests {
    (run = $run:path; $( $(#[$meta:meta])* $name:ident ),* $(,)?) => {
        $crate::engine_tests!(@engine sqlite, Sqlite, $run; $( $(#[$meta])* $name ),*);
        $crate::engine_tests!(@engine postgres, Postgres, $run; $( $(#[$meta])* $name ),*);
    };
    (@engine $module:ident, $engine:ident, $run:path; $( $(#[$meta:meta])* $name:ident ),*) => {
        mod $module {
            $(
                $(#[$meta])*
                #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    $run($crate::Engine::$engine, super::$name).await;
                }
            )*
        }
    };
    ($( $(#[$meta:meta])* $name:ident ),* $(,)?) => {
        $crate::engine_tests!(run = $crate::run; $( $(#[$meta])* $name ),*);
    };
}

/// A database that exists for one test. Cloning it does not copy the database.
#[derive(Clone, Debug)]
pub struct TempDatabase {
    engine: Engine,
    url: String,
    sqlite_file: Option<PathBuf>,
}

impl TempDatabase {
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The URL to open the store on.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The SQLite database file (None on PostgreSQL).
    pub fn sqlite_file(&self) -> Option<&Path> {
        self.sqlite_file.as_deref()
    }
}

/// What removes a test's database once the test is over.
enum Removal {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, database: String },
}

impl Removal {
    async fn remove(self) {
        match self {
            Removal::Sqlite(dir) => drop(dir),
            // Best effort: a leftover test database must not hide the test's own result.
            // The drop also closes whatever connections the test left open.
            Removal::Postgres {
                admin_url,
                database,
            } => {
                let _ = drop_postgres_database(&admin_url, &database).await;
            }
        }
    }
}

/// Runs a test body against a fresh database of the engine, then removes the database,
/// whether the body passed or panicked (the panic is then the test's failure).
pub async fn run<F, Fut>(engine: Engine, body: F)
where
    F: FnOnce(TempDatabase) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some((db, removal)) = create(engine).await else {
        return;
    };
    let outcome = tokio::spawn(body(db)).await;
    removal.remove().await;
    if let Err(err) = outcome {
        match err.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(err) => panic!("test task failed: {err}"),
        }
    }
}

async fn create(engine: Engine) -> Option<(TempDatabase, Removal)> {
    match engine {
        Engine::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let file = dir.path().join("t.db");
            let db = TempDatabase {
                engine,
                url: format!("sqlite://{}", file.display()),
                sqlite_file: Some(file),
            };
            Some((db, Removal::Sqlite(dir)))
        }
        Engine::Postgres => {
            let admin_url = match std::env::var(URL_VAR) {
                Ok(url) if !url.trim().is_empty() => url,
                _ => return unavailable(&format!("{URL_VAR} is not set")),
            };
            let database = format!("wv_test_{:016x}", rand::random::<u64>());
            let url = match create_postgres_database(&admin_url, &database).await {
                Ok(url) => url,
                Err(err) => {
                    return unavailable(&format!("cannot CREATE DATABASE at {URL_VAR}: {err}"));
                }
            };
            let db = TempDatabase {
                engine,
                url,
                sqlite_file: None,
            };
            Some((
                db,
                Removal::Postgres {
                    admin_url,
                    database,
                },
            ))
        }
    }
}

/// PostgreSQL cannot be used: the test fails, unless this run opted out of PostgreSQL.
fn unavailable<T>(why: &str) -> Option<T> {
    if std::env::var(REQUIRE_VAR).is_ok_and(|v| v.trim() == "0") {
        println!("skipping the PostgreSQL half ({REQUIRE_VAR}=0): {why}");
        return None;
    }
    panic!(
        "{why}. Set {URL_VAR} to an admin URL such as postgres://postgres@127.0.0.1:5432/postgres \
         (scripts/test does this), or {REQUIRE_VAR}=0 to skip the PostgreSQL tests"
    );
}
