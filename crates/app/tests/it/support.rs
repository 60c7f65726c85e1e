//! Running `workvoice` as an administrator does, isolated from the `WORKVOICE_*` settings of
//! whoever runs the tests: commands with a data folder and a
//! database of the test's choosing, and `serve` processes on free ports that the test
//! kills (SIGKILL), stops (SIGTERM) or leaves to be killed when dropped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Where the commands of one test run: its data folder (key file, SQLite database) and
/// the settings every command of the test gets, such as `WORKVOICE_DATABASE_URL`.
#[derive(Debug, Clone)]
pub struct Install {
    pub dir: PathBuf,
    pub env: Vec<(String, String)>,
}

impl Install {
    pub fn new(dir: &Path) -> Install {
        Install {
            dir: dir.to_owned(),
            env: Vec::new(),
        }
    }

    /// The same install with one more setting.
    pub fn with(mut self, name: &str, value: &str) -> Install {
        self.env.push((name.into(), value.into()));
        self
    }

    /// `workvoice <args> --data-dir <dir>` with only this install's `WORKVOICE_` settings.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = workvoice(&self.dir);
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        cmd.args(args).arg("--data-dir").arg(&self.dir);
        cmd
    }

    /// Runs a command that must succeed; returns its standard output.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.command(args).output().expect("workvoice runs");
        assert!(
            out.status.success(),
            "workvoice {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A new operator service account and its API token, made the way an administrator
    /// does.
    pub fn api_token(&self, username: &str) -> String {
        self.run(&["create-user", "--username", username, "--role", "operator"]);
        let out = self.run(&["create-token", "--username", username, "--name", "test"]);
        out.lines()
            .map(str::trim)
            .find(|l| l.starts_with(workvoice_store::TOKEN_PREFIX))
            .expect("the token is printed")
            .to_owned()
    }

    /// Starts `workvoice serve` on a free port and waits until `/healthz` answers.
    pub async fn serve(&self) -> Server {
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        let child = self
            .command(&["serve", "--listen", &listen])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let mut server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(r) = reqwest::get(format!("{}/healthz", server.base)).await
                && r.status().is_success()
            {
                return server;
            }
            assert!(Instant::now() < deadline, "the server did not come up");
            assert!(
                server.child.try_wait().ok().flatten().is_none(),
                "the server exited at start"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// `program` run in `workdir` with only what the test gives `workvoice`: no configuration
/// file, no `WORKVOICE_*` from the environment of whoever runs the tests.
pub fn isolated(program: &str, workdir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(workdir);
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("WORKVOICE_") {
            cmd.env_remove(name);
        }
    }
    cmd
}

pub fn workvoice(workdir: &Path) -> Command {
    isolated(env!("CARGO_BIN_EXE_workvoice"), workdir)
}

/// `workvoice ARGS` as an administrator types it: on the data folder `data` and the database
/// `url`, run in `workdir`.
pub fn admin(workdir: &Path, data: &Path, url: &str, args: &[&str]) -> Command {
    let mut cmd = workvoice(workdir);
    cmd.arg("--data-dir")
        .arg(data)
        .args(["--database", url])
        .args(args);
    cmd
}

/// Whether a finished command succeeded, with its stdout and stderr as text.
pub fn outcome(out: &Output) -> (bool, String, String) {
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `cmd` to its end; a server that starts instead of refusing is killed and fails
/// the test rather than hanging it.
pub fn run_to_end(mut cmd: Command) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting workvoice");
    let started = Instant::now();
    while child.try_wait().expect("waiting for workvoice").is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "workvoice did not exit:\n{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child
        .wait_with_output()
        .expect("reading workvoice's output")
}

pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

/// A running `workvoice serve`; dropping it kills the process.
pub struct Server {
    child: Child,
    pub base: String,
}

impl Server {
    /// A crash: SIGKILL, and wait until the process is gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// An orderly stop (SIGTERM, as systemd sends); returns whether the server exited by
    /// itself within `within`.
    pub fn terminate(&mut self, within: Duration) -> bool {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.kill();
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}
