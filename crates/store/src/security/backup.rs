//! The consistent copy a backup starts from. SQLite: `VACUUM INTO` a new file, online
//! (the server keeps reading and writing; the copy is one transaction's view) and compact
//! (free pages, which `secure_delete` zeroes anyway, are not copied). PostgreSQL's copy is
//! `pg_dump`, which the binary runs.

use std::path::Path;

use crate::Store;
use crate::db::{Engine, exec};
use crate::error::{Internal, Result};

impl Store {
    /// Writes a consistent copy of the SQLite database to `path` (which must not exist).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn sqlite_snapshot(&self, path: &Path) -> Result<()> {
        if self.db.engine != Engine::Sqlite {
            return Err(
                Internal::Setup("a SQLite snapshot of a PostgreSQL database".into()).into(),
            );
        }
        let target = path
            .to_str()
            .ok_or_else(|| Internal::Setup("the backup path is not UTF-8".into()))?;
        exec(&self.db.write, "VACUUM INTO $1", vec![target.into()]).await?;
        Ok(())
    }
}
