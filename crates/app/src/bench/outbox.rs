//! Scenario: outbox delivery throughput against a real Kannel and its fake SMSC. The
//! case-creation runs leave the acknowledgement SMS of every consenting caller queued
//! (the benchmark's server has no gateway); here the server starts again with one, and
//! the backlog is timed from the start until the outbox holds nothing queued. The fake
//! SMSC's own count says whether each message arrived once. Skipped, with a line saying
//! so, where Debian's kannel and kannel-extras are not installed.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use workvoice_kannel_local::{self as kannel, Kannel};
use workvoice_store::Store;

use super::report::Report;
use super::server::Server;

/// The longest the backlog may take before the run gives up (and says how far it got).
const LIMIT: Duration = Duration::from_secs(60);
const SECRET: &str = "bench-kannel-callback-secret";

/// What the delivery run measured.
#[derive(Debug, Clone)]
pub struct OutboxFigures {
    pub messages: i64,
    pub seconds: f64,
    /// Messages the fake SMSC received (each message once: it equals `messages`).
    pub received: usize,
    /// Messages still queued when the run ended (0 unless it hit [`LIMIT`]).
    pub left: i64,
}

pub async fn run(
    store: &Store,
    dir: &Path,
    url: &str,
    key: &Path,
    report: &mut Report,
) -> Result<()> {
    if !kannel::installed() {
        println!("Outbox delivery: skipped (Debian's kannel and kannel-extras are not installed).");
        return Ok(());
    }
    let before = store.outbox_counts().await?;
    if before.queued == 0 {
        println!("Outbox delivery: skipped (no SMS queued: no caller consented).");
        return Ok(());
    }
    println!(
        "Timing outbox delivery of {} queued SMS through Kannel's fake SMSC…",
        before.queued
    );
    let gateway = Kannel::start("http://127.0.0.1:9/not-used")
        .await
        .context("starting Kannel")?;
    let env = [
        ("WORKVOICE_KANNEL_SENDSMS_URL", gateway.sendsms_url()),
        ("WORKVOICE_KANNEL_USERNAME", kannel::USERNAME.to_owned()),
        ("WORKVOICE_KANNEL_PASSWORD", kannel::PASSWORD.to_owned()),
        ("WORKVOICE_KANNEL_SECRET", SECRET.to_owned()),
    ];
    let started = Instant::now();
    let server = Server::start_with(dir, url, key, &env)?;
    server.wait_healthy(Duration::from_secs(60)).await?;
    let mut left = before.queued;
    while left > 0 && started.elapsed() < LIMIT {
        tokio::time::sleep(Duration::from_millis(100)).await;
        left = store.outbox_counts().await?.queued;
    }
    let seconds = started.elapsed().as_secs_f64();
    // The last messages may still be on their way from smsbox to the fake SMSC.
    let messages = before.queued - left;
    let received = gateway
        .wait_for_received(usize::try_from(messages).unwrap_or(0))
        .await
        .map_or_else(|_| gateway.received().len(), |got| got.len());
    drop(server);
    let figures = OutboxFigures {
        messages,
        seconds,
        received,
        left,
    };
    println!(
        "Outbox: {messages} SMS in {seconds:.1} s ({:.0}/s), {received} at the fake SMSC, {left} left",
        figures.rate()
    );
    report.outbox = Some(figures);
    Ok(())
}

impl OutboxFigures {
    pub fn rate(&self) -> f64 {
        self.messages as f64 / self.seconds.max(f64::EPSILON)
    }
}
