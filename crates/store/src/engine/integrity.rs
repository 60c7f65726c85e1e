//! The engine's own consistency check, for the crash harness and for operators after an
//! unclean stop: SQLite's `PRAGMA integrity_check`; PostgreSQL keeps its own and answers "ok".

use crate::Store;
use crate::db::{Engine, all, get};
use crate::error::Result;

impl Store {
    /// "ok", or the problems SQLite found, one per line.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn integrity_check(&self) -> Result<String> {
        if self.db.engine() != Engine::Sqlite {
            return Ok("ok".to_owned());
        }
        let rows = all(&self.db.read, "PRAGMA integrity_check", vec![]).await?;
        let lines = rows
            .iter()
            .map(|r| get::<String>(r, "integrity_check"))
            .collect::<Result<Vec<_>>>()?;
        Ok(lines.join("\n"))
    }
}

/// Why the server should not take traffic yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotReady {
    /// The database does not answer.
    Unreachable,
    /// The database lacks migrations this build has (another server migrates it, or
    /// this one is newer than the database): the count missing.
    Behind(usize),
}

impl Store {
    /// Ready when the database answers and holds every migration this build knows.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn readiness(&self) -> std::result::Result<(), NotReady> {
        let applied = all(
            &self.db.read,
            "SELECT version FROM schema_migrations",
            vec![],
        )
        .await
        .map_err(|_| NotReady::Unreachable)?
        .iter()
        .filter_map(|r| get::<i64>(r, "version").ok())
        .collect::<Vec<_>>();
        let missing = crate::migrations::ALL
            .iter()
            .filter(|m| !applied.contains(&m.version))
            .count();
        match missing {
            0 => Ok(()),
            n => Err(NotReady::Behind(n)),
        }
    }
}
