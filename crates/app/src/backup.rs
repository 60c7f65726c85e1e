//! `workvoice backup` and `workvoice restore`: an online, consistent, encrypted copy of the
//! database, and bringing one back. SQLite: `VACUUM INTO` (the server may keep running);
//! PostgreSQL: `pg_dump --format=custom`. The copy is encrypted with the key file's
//! field-encryption key (XChaCha20-Poly1305, the store's own crypto), so a backup is
//! unreadable without the key file, and restoring needs the very key file the data was
//! written with anyway. The evidence folder is copied separately (README, Backups).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use workvoice_store::{DurableFiles, Engine, KeyFile, Keys, Store};

use crate::settings::Settings;

/// First bytes of a backup file, then the engine, then the sealed copy.
const MAGIC: &[u8] = b"WORKVOICE-BACKUP-1\n";

fn aad(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "backup:sqlite",
        Engine::Postgres => "backup:postgres",
    }
}

fn engine_byte(engine: Engine) -> u8 {
    match engine {
        Engine::Sqlite => b's',
        Engine::Postgres => b'p',
    }
}

fn existing_keys(settings: &Settings) -> Result<Keys> {
    let path = settings.key_path();
    match Keys::load(&path).context("opening the key file")? {
        KeyFile::Key(keys) => Ok(keys),
        KeyFile::Missing | KeyFile::Empty => bail!(
            "no key file at {}: a backup is encrypted with it, and restoring needs it",
            path.display()
        ),
    }
}

/// The SQLite file a `sqlite:` URL names.
fn sqlite_path(url: &str) -> PathBuf {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    PathBuf::from(rest.split('?').next().unwrap_or(rest))
}

fn run_tool(mut cmd: Command, input: Option<&[u8]>, what: &str) -> Result<Vec<u8>> {
    let mut child = cmd
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {what} (install the PostgreSQL client tools)"))?;
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        stdin
            .write_all(bytes)
            .with_context(|| format!("feeding {what}"))?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!(
            "{what} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out.stdout)
}

/// Writes an encrypted backup to `output` (a new file; an existing one is never replaced).
pub async fn backup(settings: &Settings, output: &Path) -> Result<()> {
    let url = settings.database_url();
    let engine = Engine::of_url(&url)?;
    let keys = existing_keys(settings)?;
    let copy = match engine {
        Engine::Sqlite => {
            let store = Store::open(&url, keys.clone()).await?;
            let work = tempfile::tempdir_in(&settings.data_dir).context("a temporary folder")?;
            let snapshot = work.path().join("snapshot.db");
            store.sqlite_snapshot(&snapshot).await?;
            store.close().await;
            std::fs::read(&snapshot).context("reading the snapshot")?
        }
        Engine::Postgres => {
            let mut cmd = Command::new("pg_dump");
            cmd.args(["--format=custom", "--no-owner", "--dbname", &url]);
            run_tool(cmd, None, "pg_dump")?
        }
    };
    let mut file = MAGIC.to_vec();
    file.push(engine_byte(engine));
    file.extend(keys.encrypt_bytes(&copy, aad(engine))?);
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output
        .file_name()
        .and_then(|n| n.to_str())
        .context("the backup needs a file name")?;
    DurableFiles::default()
        .write_new(&dir, name, &file)
        .with_context(|| format!("writing {} (it must not exist yet)", output.display()))?;
    println!(
        "Backup written to {} ({} bytes, encrypted with the key file; keep the key file apart from it).",
        output.display(),
        file.len()
    );
    Ok(())
}

/// Brings a backup back into the configured database. Stop the server first.
pub async fn restore(settings: &Settings, input: &Path, yes: bool) -> Result<()> {
    let url = settings.database_url();
    let engine = Engine::of_url(&url)?;
    let keys = existing_keys(settings)?;
    let bytes = std::fs::read(input).with_context(|| format!("reading {}", input.display()))?;
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        bail!("{} is not a Workvoice backup", input.display());
    };
    let (Some(&kind), sealed) = (rest.first(), rest.get(1..).unwrap_or_default()) else {
        bail!("{} is cut short", input.display());
    };
    if kind != engine_byte(engine) {
        bail!("this backup is of the other database engine than the configured one");
    }
    let copy = keys
        .decrypt_bytes(sealed, aad(engine))
        .context("the backup does not open with this key file (another key, or a damaged file)")?;
    match engine {
        Engine::Sqlite => {
            let target = sqlite_path(&url);
            if target.exists() && !yes {
                bail!(
                    "{} exists: restoring replaces it. Stop the server, then run again with --yes",
                    target.display()
                );
            }
            let dir = target
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            let name = format!(
                "{}.restored-{}",
                target
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("workvoice.db"),
                std::process::id()
            );
            let written = DurableFiles::default()
                .write_new(&dir, &name, &copy)
                .context("writing the restored database")?;
            for suffix in ["-wal", "-shm"] {
                let side = PathBuf::from(format!("{}{suffix}", target.display()));
                if side.exists() {
                    std::fs::remove_file(&side)
                        .with_context(|| format!("removing {}", side.display()))?;
                }
            }
            std::fs::rename(&written, &target).context("putting the restored database in place")?;
        }
        Engine::Postgres => {
            if !yes {
                bail!(
                    "restoring replaces the tables of the configured database: run again with --yes"
                );
            }
            let mut cmd = Command::new("pg_restore");
            cmd.args([
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                &url,
            ]);
            run_tool(cmd, Some(&copy), "pg_restore")?;
        }
    }
    // Opening migrates a backup of an older version and proves it reads.
    let store = Store::open(&url, keys)
        .await
        .context("opening the restored database")?;
    let users = store.count_users().await?;
    store.close().await;
    println!("Restored from {} ({users} users).", input.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_reads_the_sqlite_file_of_a_url() {
        assert_eq!(
            sqlite_path("sqlite:///var/lib/wv/workvoice.db"),
            PathBuf::from("/var/lib/wv/workvoice.db")
        );
        assert_eq!(
            sqlite_path("sqlite://data/x.db?mode=rwc"),
            PathBuf::from("data/x.db")
        );
        assert_eq!(sqlite_path("sqlite:x.db"), PathBuf::from("x.db"));
    }
}
