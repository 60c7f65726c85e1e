//! Removing stored files no row points at.
//!
//! An upload's file is made durable first and its row committed after, so a crash between
//! the two leaves a file without a row (never a row without a file). Such orphans, and
//! temporary files a crash left behind, are removed once they are older than
//! [`ORPHAN_AGE_MS`]: far longer than any upload request lives, so a file whose row is
//! still being committed is never taken.

use std::path::Path;
use workvoice_domain::Millis;

use crate::Store;
use crate::db::{get, rows};
use crate::error::{Internal, Result};
use crate::files::durable::is_temp_name;
use crate::query::Query;

/// An unrecorded file younger than this may still be on its way to a row.
pub const ORPHAN_AGE_MS: i64 = 60 * 60 * 1000;

/// Names looked up per query: well below either engine's limit on bound values.
const LOOKUP_BATCH: usize = 500;

/// A file in the folder that is ours to judge: a storage key (our own random hex names)
/// or a temporary name of the durable write. Anything else someone put there is left be.
struct Candidate {
    name: String,
    /// Temporary files are never recorded, so they need no look-up.
    temp: bool,
}

fn is_storage_key(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_hexdigit())
}

fn files_err(dir: &Path, err: &std::io::Error) -> Internal {
    Internal::Files(format!("{}: {err}", dir.display()))
}

/// The files of `dir` last changed before `cutoff` (epoch ms) that are ours to judge.
/// A missing folder has none.
fn old_candidates(dir: &Path, cutoff: Millis) -> Result<Vec<Candidate>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(files_err(dir, &err).into()),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| files_err(dir, &e))?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let temp = is_temp_name(&name);
        if !temp && !is_storage_key(&name) {
            continue;
        }
        let meta = entry.metadata().map_err(|e| files_err(dir, &e))?;
        if !meta.is_file() {
            continue;
        }
        let changed = meta
            .modified()
            .map_err(|e| files_err(dir, &e))?
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        if Millis(changed) < cutoff {
            out.push(Candidate { name, temp });
        }
    }
    Ok(out)
}

impl Store {
    /// Removes the files of the attachments folder `dir` that are older than
    /// [`ORPHAN_AGE_MS`] at `now` and recorded by no attachment row; returns how many.
    /// Only the count is for the log: file names are never logged.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn sweep_orphan_files(&self, dir: &Path, now: Millis) -> Result<usize> {
        let owned = dir.to_path_buf();
        let cutoff = now.minus(ORPHAN_AGE_MS);
        let candidates = tokio::task::spawn_blocking(move || old_candidates(&owned, cutoff))
            .await
            .map_err(|_| Internal::Broken("listing stored files panicked"))??;
        let (temps, keys): (Vec<Candidate>, Vec<Candidate>) =
            candidates.into_iter().partition(|c| c.temp);
        let mut orphans: Vec<String> = temps.into_iter().map(|c| c.name).collect();
        let names: Vec<String> = keys.into_iter().map(|c| c.name).collect();
        for batch in names.chunks(LOOKUP_BATCH) {
            let recorded = self.recorded_storage_keys(batch).await?;
            orphans.extend(batch.iter().filter(|n| !recorded.contains(*n)).cloned());
        }
        let mut removed = 0;
        for name in orphans {
            match std::fs::remove_file(dir.join(&name)) {
                Ok(()) => removed += 1,
                // Gone already (another server sweeping the same folder): fine.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(files_err(dir, &err).into()),
            }
        }
        Ok(removed)
    }

    /// Which of `names` an attachment row records. Storage keys are random names, not
    /// case data, so this needs no scope.
    async fn recorded_storage_keys(
        &self,
        names: &[String],
    ) -> Result<std::collections::HashSet<String>> {
        let mut q = Query::new("SELECT storage_key FROM attachments WHERE storage_key IN (");
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.bind(name.clone());
        }
        q.push(")");
        rows(&self.db.read, &q.sql, q.values, |row| {
            get::<String>(row, "storage_key")
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_names_are_judged() {
        assert!(is_storage_key("0a1b2c3d"));
        assert!(!is_storage_key("README.txt"));
        assert!(!is_storage_key(""));
    }
}
