//! The server under test: `workvoice serve` as a child process on a free port, and what
//! `/proc` tells about it.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use reqwest::StatusCode;

pub struct Server {
    pub child: Child,
    pub base: String,
    pub log: PathBuf,
}

impl Server {
    pub fn start(dir: &Path, url: &str, key: &Path) -> Result<Server> {
        Server::start_with(dir, url, key, &[])
    }

    /// As [`Server::start`], with more settings from the environment (a gateway, say).
    pub fn start_with(dir: &Path, url: &str, key: &Path, env: &[(&str, String)]) -> Result<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let listen = format!("127.0.0.1:{port}");
        let log = dir.join("server.log");
        // The child's output as it runs, in the benchmark's throwaway folder: a stream, not
        // a file the server keeps, so it is not a durable write (`DurableFiles`).
        let out = std::fs::File::create(&log)?;
        let child = std::process::Command::new(std::env::current_exe()?)
            .arg("serve")
            .arg("--data-dir")
            .arg(dir)
            .arg("--database")
            .arg(url)
            .arg("--listen")
            .arg(&listen)
            // A file that does not exist: no workvoice.toml from the current folder.
            .arg("--config")
            .arg(dir.join("no-config.toml"))
            .env("WORKVOICE_SECURE_COOKIES", "false")
            .env("WORKVOICE_KEY_FILE", key)
            // The IVR webhooks, signed with the benchmark's token.
            .env("WORKVOICE_VOICE_AUTH_TOKEN", super::ivr::TOKEN)
            .env("WORKVOICE_VOICE_PUBLIC_URL", format!("http://{listen}"))
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .context("starting workvoice serve")?;
        Ok(Server {
            child,
            base: format!("http://{listen}"),
            log,
        })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub async fn wait_healthy(&self, limit: Duration) -> Result<()> {
        let started = Instant::now();
        let client = reqwest::Client::new();
        loop {
            let ok = client
                .get(format!("{}/healthz", self.base))
                .send()
                .await
                .is_ok_and(|r| r.status() == StatusCode::OK);
            if ok {
                return Ok(());
            }
            if started.elapsed() > limit {
                bail!(
                    "the server did not answer /healthz within {} s; its log:\n{}",
                    limit.as_secs(),
                    std::fs::read_to_string(&self.log).unwrap_or_default()
                );
            }
            if !std::path::Path::new(&format!("/proc/{}", self.pid())).exists() {
                bail!(
                    "the server exited; its log:\n{}",
                    std::fs::read_to_string(&self.log).unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// CPU time (user + system) the server has used so far, from `/proc/<pid>/stat`.
    pub fn cpu_seconds(&self) -> Option<f64> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).ok()?;
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
        let ticks: f64 =
            fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
        // USER_HZ is 100 on every Linux this runs on.
        Some(ticks / 100.0)
    }

    /// (peak, current) resident memory in kB, from `/proc/<pid>/status`.
    pub fn memory(&self) -> Option<(u64, u64)> {
        crate::proc_status::memory_kb(&format!("/proc/{}/status", self.pid()))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
