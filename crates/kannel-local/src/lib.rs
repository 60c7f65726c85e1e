//! A real Kannel for the tests and the benchmark: bearerbox, smsbox and Kannel's fake SMSC
//! client (`fakesmsc`, Debian `kannel-extras`) on loopback ports of their own, in a
//! temporary folder, so parallel tests each have theirs. `scripts/test` installs the
//! packages; `workvoice bench` uses it when they are installed. Every step returns a
//! [`KannelError`] instead of panicking, because the benchmark is product code.
//! fakesmsc prints every message the "operator" receives (`Got message N: <from to type
//! text>`); [`Kannel::received`] decodes them, UCS-2 included.

use std::fs::{File, OpenOptions};
use std::io;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BEARERBOX: &str = "/usr/sbin/bearerbox";
const SMSBOX: &str = "/usr/sbin/smsbox";
const FAKESMSC: &str = "/usr/lib/kannel/test/fakesmsc";

pub const USERNAME: &str = "helpline";
pub const PASSWORD: &str = "s3cret";
/// The helpline's short code, Kannel's `global-sender`.
pub const SHORT_CODE: &str = "16000";

#[derive(Debug, thiserror::Error)]
pub enum KannelError {
    #[error("{0} is missing: install Debian's kannel and kannel-extras")]
    Missing(&'static str),
    #[error("{what}: {source}")]
    Io {
        what: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("{0} never came up")]
    NotUp(&'static str),
    #[error("only {got} of {wanted} messages reached the fake SMSC")]
    NotReceived { got: usize, wanted: usize },
    #[error("fakesmsc reads at most 256 bytes a line")]
    LineTooLong,
}

type Result<T, E = KannelError> = std::result::Result<T, E>;

/// Names the step an I/O error comes from.
fn io(what: &'static str) -> impl FnOnce(io::Error) -> KannelError {
    move |source| KannelError::Io { what, source }
}

/// Whether Debian's kannel and kannel-extras are installed.
pub fn installed() -> bool {
    [BEARERBOX, SMSBOX, FAKESMSC]
        .iter()
        .all(|b| std::path::Path::new(b).exists())
}

/// One message the fake SMSC received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub from: String,
    pub to: String,
    pub text: String,
}

pub struct Kannel {
    dir: tempfile::TempDir,
    admin_port: u16,
    sendsms_port: u16,
    children: Vec<Child>,
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(io("finding a free port"))?
        .port())
}

impl Kannel {
    /// Writes the configuration and starts the three processes; returns once the fake
    /// SMSC is online and `sendsms` answers. SMS from phones are posted to `receive_url`
    /// (Kannel's placeholders are appended).
    pub async fn start(receive_url: &str) -> Result<Kannel> {
        for binary in [BEARERBOX, SMSBOX, FAKESMSC] {
            if !std::path::Path::new(binary).exists() {
                return Err(KannelError::Missing(binary));
            }
        }
        let dir = tempfile::tempdir().map_err(io("creating Kannel's folder"))?;
        let (admin, smsbox, smsc, sendsms) =
            (free_port()?, free_port()?, free_port()?, free_port()?);
        let d = dir.path().display();
        let config = format!(
            r#"group = core
admin-port = {admin}
admin-interface = 127.0.0.1
admin-password = adminpass
status-password = statuspass
admin-allow-ip = "127.0.0.1"
smsbox-port = {smsbox}
smsbox-interface = 127.0.0.1
box-allow-ip = "127.0.0.1"
log-file = "{d}/bearerbox.log"
log-level = 0
store-type = file
store-location = "{d}/kannel.store"
dlr-storage = internal

group = smsc
smsc = fake
smsc-id = FAKE
our-host = 127.0.0.1
port = {smsc}
connect-allow-ip = 127.0.0.1

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {smsbox}
sendsms-port = {sendsms}
sendsms-interface = 127.0.0.1
global-sender = {SHORT_CODE}
log-file = "{d}/smsbox.log"
mo-recode = true
http-request-retry = 5
http-queue-delay = 1

group = sendsms-user
username = {USERNAME}
password = {PASSWORD}
user-allow-ip = "127.0.0.1"
concatenation = true
max-messages = 10
default-smsc = FAKE

group = sms-service
keyword = default
catch-all = true
max-messages = 0
post-url = "{receive_url}?sender=%p&message=%b&id=%I&ts=%T&to=%P&coding=%c&charset=%C"
concatenation = true
assume-plain-text = true
accept-x-kannel-headers = true
omit-empty = true
"#
        );
        std::fs::write(dir.path().join("kannel.conf"), config)
            .map_err(io("writing kannel.conf"))?;
        let status = Command::new("mkfifo")
            .arg(dir.path().join("mo.fifo"))
            .status()
            .map_err(io("running mkfifo"))?;
        if !status.success() {
            return Err(KannelError::NotUp("mkfifo"));
        }
        let mut kannel = Kannel {
            dir,
            admin_port: admin,
            sendsms_port: sendsms,
            children: Vec::new(),
        };
        kannel.up(smsc).await?;
        Ok(kannel)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn log(&self, name: &str) -> Result<File> {
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.path(name))
            .map_err(io("opening a Kannel log"))
    }

    fn spawn(
        &mut self,
        program: &'static str,
        args: &[&str],
        stdin: Stdio,
        out: &str,
    ) -> Result<()> {
        let child = Command::new(program)
            .args(args)
            .stdin(stdin)
            .stdout(self.log(out)?)
            .stderr(self.log(out)?)
            .spawn()
            .map_err(io(program))?;
        self.children.push(child);
        Ok(())
    }

    async fn up(&mut self, smsc_port: u16) -> Result<()> {
        let conf = self.path("kannel.conf").display().to_string();
        self.spawn(
            BEARERBOX,
            &["-v", "1", &conf],
            Stdio::null(),
            "bearerbox.out",
        )?;
        self.wait_for("bearerbox", |body| body.contains("Kannel bearerbox"))
            .await?;
        self.spawn(SMSBOX, &["-v", "1", &conf], Stdio::null(), "smsbox.out")?;
        // Read-write, so fakesmsc never sees the end of its input; with no message
        // arguments it runs interactively and prints what it receives.
        let fifo = OpenOptions::new()
            .read(true)
            .write(true)
            .open(self.path("mo.fifo"))
            .map_err(io("opening the fake SMSC's input"))?;
        let port = smsc_port.to_string();
        self.spawn(
            FAKESMSC,
            &["-H", "127.0.0.1", "-r", &port, "-i", "0"],
            Stdio::from(fifo),
            "fakesmsc.out",
        )?;
        self.wait_for("the fake SMSC", |body| body.contains("online"))
            .await?;
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", self.sendsms_port)).is_err() {
            if Instant::now() > deadline {
                return Err(KannelError::NotUp("smsbox's sendsms"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }

    /// Polls bearerbox's status page until `ready` holds.
    async fn wait_for(&self, what: &'static str, ready: impl Fn(&str) -> bool) -> Result<()> {
        let url = format!(
            "http://127.0.0.1:{}/status.txt?password=statuspass",
            self.admin_port
        );
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(r) = reqwest::get(&url).await
                && let Ok(body) = r.text().await
                && ready(&body)
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(KannelError::NotUp(what));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The gateway goes down: every box stops.
    pub fn stop(&mut self) {
        for mut child in self.children.drain(..).rev() {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The gateway comes back on the same ports.
    pub async fn restart(&mut self) -> Result<()> {
        let conf =
            std::fs::read_to_string(self.path("kannel.conf")).map_err(io("reading kannel.conf"))?;
        let smsc_port = conf
            .lines()
            .find_map(|l| l.strip_prefix("port = "))
            .and_then(|p| p.trim().parse().ok())
            .ok_or(KannelError::NotUp("the fake SMSC's port in kannel.conf"))?;
        self.up(smsc_port).await
    }

    /// A phone sends `text` to the helpline's short code: a line into fakesmsc, as
    /// `text` when ASCII, else as `ucs2` (URL-encoded UTF-16BE), as a basic phone does.
    pub fn sms_from_phone(&self, from: &str, text: &str) -> Result<()> {
        use std::io::Write as _;
        let body = if text.is_ascii() {
            format!("text {text}")
        } else {
            let encoded: String = text
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .map(|b| format!("%{b:02X}"))
                .collect();
            format!("ucs2 {encoded}")
        };
        let line = format!("{from} {SHORT_CODE} {body}\n");
        if line.len() > 256 {
            return Err(KannelError::LineTooLong);
        }
        let mut fifo = OpenOptions::new()
            .write(true)
            .open(self.path("mo.fifo"))
            .map_err(io("opening the fake SMSC's input"))?;
        fifo.write_all(line.as_bytes())
            .map_err(io("writing to the fake SMSC"))
    }

    /// The end of smsbox's log, for a failing test's message.
    pub fn smsbox_log(&self) -> String {
        let log = std::fs::read_to_string(self.path("smsbox.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    pub fn sendsms_url(&self) -> String {
        format!("http://127.0.0.1:{}/cgi-bin/sendsms", self.sendsms_port)
    }

    /// Every whole message the fake SMSC has received so far (the parts of a long one
    /// joined, as the phone shows it).
    pub fn received(&self) -> Vec<Received> {
        let out = std::fs::read(self.path("fakesmsc.out")).unwrap_or_default();
        let parts = String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|line| {
                let rest = line.split_once("Got message ")?.1;
                let inner = rest.split_once(": <")?.1.strip_suffix('>')?;
                parse_line(inner)
            })
            .collect::<Vec<_>>();
        join_parts(parts)
    }

    /// Waits until at least `n` messages arrived, then returns them all.
    pub async fn wait_for_received(&self, n: usize) -> Result<Vec<Received>> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let got = self.received();
            if got.len() >= n {
                return Ok(got);
            }
            if Instant::now() > deadline {
                return Err(KannelError::NotReceived {
                    got: got.len(),
                    wanted: n,
                });
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// One line as fakesmsc prints it: `from to type text`, where type is `text` (as is),
/// `ucs-2` or `data` (URL-encoded bytes: UCS-2 text comes as UTF-16BE), or `udh` followed
/// by the URL-encoded user data header and then one of the others.
fn parse_line(inner: &str) -> Option<Part> {
    let (from, rest) = inner.split_once(' ')?;
    let (to, rest) = rest.split_once(' ')?;
    let (mut kind, mut text) = rest.split_once(' ').unwrap_or((rest, ""));
    let mut udh = Vec::new();
    if kind == "udh" {
        let (header, rest) = text.split_once(' ')?;
        udh = percent_decode(header);
        (kind, text) = rest.split_once(' ').unwrap_or((rest, ""));
    }
    let text = match kind {
        "ucs-2" | "ucs2" | "data" => {
            let bytes = percent_decode(text);
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => text.to_owned(),
    };
    Some(Part {
        message: Received {
            from: from.to_owned(),
            to: to.to_owned(),
            text,
        },
        // Concatenation header, 8-bit reference: 05 00 03 ref total seq.
        concat: match udh.as_slice() {
            [5, 0, 3, reference, total, seq, ..] => Some((*reference, *total, *seq)),
            _ => None,
        },
    })
}

/// A long message still missing parts: reference, total, parts by sequence number.
type Pending = (u8, u8, Vec<(u8, Received)>);

struct Part {
    message: Received,
    concat: Option<(u8, u8, u8)>,
}

/// Joins the parts of concatenated messages, in arrival order of their first part; a
/// message still missing parts is left out.
fn join_parts(parts: Vec<Part>) -> Vec<Received> {
    let mut whole: Vec<Received> = Vec::new();
    // Per concatenation reference: the total and the parts seen, by sequence number.
    let mut pending: Vec<Pending> = Vec::new();
    for part in parts {
        let Some((reference, total, seq)) = part.concat else {
            whole.push(part.message);
            continue;
        };
        let slot = match pending.iter().position(|(r, _, _)| *r == reference) {
            Some(i) => i,
            None => {
                pending.push((reference, total, Vec::new()));
                pending.len() - 1
            }
        };
        pending[slot].2.push((seq, part.message));
        if pending[slot].2.len() == usize::from(total) {
            let (_, _, mut got) = pending.remove(slot);
            got.sort_by_key(|(seq, _)| *seq);
            let mut joined = got[0].1.clone();
            joined.text = got.iter().map(|(_, m)| m.text.as_str()).collect();
            whole.push(joined);
        }
    }
    whole
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        if bytes[i] == b'%'
            && let Some(b) = hex
        {
            out.push(b);
            i += 3;
        } else {
            out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
            i += 1;
        }
    }
    out
}

impl Drop for Kannel {
    fn drop(&mut self) {
        self.stop();
    }
}
