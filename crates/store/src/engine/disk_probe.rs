//! The yardstick for grouped commits: how many one-row transactions this disk commits per
//! second with the store's own SQLite settings (WAL, `synchronous=FULL`). The benchmark
//! prints Workvoice's creation rate beside it.

use std::path::Path;
use std::time::Instant;

use crate::db::{Db, exec};
use crate::error::Result;

/// Commits `commits` one-row transactions, one after the other, in a new database file
/// in `dir`; returns commits per second.
pub async fn sqlite_commit_rate(dir: &Path, commits: usize) -> Result<f64> {
    let url = format!("sqlite://{}", dir.join("disk-probe.db").display());
    let db = Db::connect(&url).await?;
    let conn = db.write.connection();
    exec(
        conn,
        "CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
        vec![],
    )
    .await?;
    let started = Instant::now();
    for i in 0..commits {
        exec(
            conn,
            "INSERT INTO probe (body) VALUES ($1)",
            vec![format!("row {i}").into()],
        )
        .await?;
    }
    let seconds = started.elapsed().as_secs_f64().max(f64::EPSILON);
    db.close().await;
    Ok(commits as f64 / seconds)
}
