//! A PostgreSQL server of the test's own (`initdb` in a temporary folder, on a free
//! loopback port), so a test may crash the database itself with `pg_ctl stop -m
//! immediate` — no checkpoint, recovery from the WAL at the next start — without touching
//! the server other tests share. Debian's PostgreSQL binaries are in
//! `/usr/lib/postgresql/<version>/bin`; as root they run as the `postgres` user.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::free_port;

pub struct PgCluster {
    _dir: tempfile::TempDir,
    data: PathBuf,
    bin: PathBuf,
    port: u16,
    as_root: bool,
}

fn bin_dir() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|d| d.join("initdb").exists() && d.join("pg_ctl").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl PgCluster {
    /// A fresh cluster, started; `None` (with the reason printed) when this machine has no
    /// PostgreSQL binaries and the run allows PostgreSQL to be missing.
    pub fn start() -> Option<PgCluster> {
        let Some(bin) = bin_dir() else {
            let required = std::env::var("WORKVOICE_REQUIRE_POSTGRES").as_deref() != Ok("0");
            assert!(
                !required,
                "no PostgreSQL binaries under /usr/lib/postgresql (scripts/test installs them)"
            );
            eprintln!("skipped: no PostgreSQL binaries under /usr/lib/postgresql");
            return None;
        };
        let dir = tempfile::tempdir().expect("a folder");
        let as_root = running_as_root();
        let data = dir.path().join("data");
        let cluster = PgCluster {
            data,
            bin,
            port: free_port(),
            as_root,
            _dir: dir,
        };
        if as_root {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(cluster._dir.path())
                .status()
                .expect("chown");
            assert!(status.success(), "chown to postgres");
        }
        cluster.pg(
            "initdb",
            &[
                "-D",
                &cluster.data.display().to_string(),
                "--auth=trust",
                "-U",
                "postgres",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
        );
        cluster.up();
        Some(cluster)
    }

    /// Runs one of PostgreSQL's programs (as `postgres` when we are root); it must succeed.
    fn pg(&self, program: &str, args: &[&str]) {
        let path = self.bin.join(program);
        let mut cmd = if self.as_root {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let out = cmd
            .args(args)
            .current_dir(self.data.parent().unwrap_or(Path::new("/")))
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Starts the server and waits until it takes connections.
    pub fn up(&self) {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -k {} -c fsync=on -c synchronous_commit=on",
            self.port,
            self.data.parent().unwrap_or(Path::new("/tmp")).display()
        );
        let log = self.data.with_file_name("server.log").display().to_string();
        self.pg(
            "pg_ctl",
            &[
                "-D",
                &self.data.display().to_string(),
                "-l",
                &log,
                "-o",
                &options,
                "-w",
                "-t",
                "60",
                "start",
            ],
        );
    }

    /// The database crashes: every process stops at once, nothing is flushed that was not
    /// already committed to the WAL.
    pub fn crash(&self) {
        self.pg(
            "pg_ctl",
            &[
                "-D",
                &self.data.display().to_string(),
                "-m",
                "immediate",
                "-w",
                "-t",
                "30",
                "stop",
            ],
        );
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let path = self.bin.join("pg_ctl");
        let data = self.data.display().to_string();
        let args = ["-D", data.as_str(), "-m", "immediate", "-w", "stop"];
        let _ = if self.as_root {
            Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(&path)
                .args(args)
                .output()
        } else {
            Command::new(&path).args(args).output()
        };
    }
}
