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
