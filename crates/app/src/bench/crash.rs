//! Scenario: nothing acknowledged is lost on a crash, over many rounds (issue 11 item 3;
//! the CI test `crash` runs a few). Each round starts the server, fires [`INTAKES`]
//! creations through `POST /api/cases` from [`CLIENTS`] clients at once, kills the
//! server with SIGKILL at a random moment, opens the database as the next start would,
//! and counts the cases answered 201 that are not there whole: the case, its caller,
//! events, steps, outbox row and search text. On SQLite `PRAGMA integrity_check` runs
//! after every crash too. The lost count printed must be 0.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;
use rand::Rng;
use reqwest::StatusCode;
use tokio::sync::Mutex;
use workvoice_domain::ids::CaseId;
use workvoice_store::{CaseFilter, CaseSort, Scope, Store};

use super::client::Bench;
use super::server::Server;
use crate::open;
use crate::settings::Settings;

/// Creations fired per round, as the issue asks.
const INTAKES: usize = 1_000;
const CLIENTS: usize = 32;
/// The kill comes this long after the server answers, at random: from the first
/// intakes to after the last one.
const KILL_AFTER_MS: std::ops::Range<u64> = 20..1_500;

/// What the crash rounds found.
#[derive(Debug, Clone, Default)]
pub struct CrashFigures {
    pub rounds: usize,
    /// Creations answered 201 before the kills, over every round.
    pub acknowledged: usize,
    /// Acknowledged cases missing or missing a part after the restart: must be 0.
    pub lost: usize,
    /// Rounds whose `PRAGMA integrity_check` was not `ok` (SQLite only).
    pub corrupt: usize,
    pub seconds: f64,
}

/// The summary's last word is unique to the case and of one width, so search (which
/// matches prefixes) finds exactly that case.
fn marker(round: usize, i: usize) -> String {
    format!("crashbench{round:03}x{i:04}")
}

pub async fn run(
    bench: &Bench,
    settings: &Settings,
    rounds: usize,
    report: &mut super::report::Report,
) -> Result<()> {
    if rounds == 0 {
        return Ok(());
    }
    println!("Crash rounds: {rounds} × {INTAKES} creations, SIGKILL at a random moment…");
    let started = Instant::now();
    let mut figures = CrashFigures {
        rounds,
        ..CrashFigures::default()
    };
    let url = settings.database_url();
    for round in 0..rounds {
        let server = Server::start(&settings.data_dir, &url, &settings.key_path())?;
        server.wait_healthy(Duration::from_secs(60)).await?;
        let delay = rand::thread_rng().gen_range(KILL_AFTER_MS);
        let base = server.base.clone();
        let killer = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            // Dropping the server kills it with SIGKILL and reaps it.
            drop(server);
        });
        let acknowledged = burst(bench, &base, round).await;
        killer.await?;
        let store = open::open_store(settings).await?;
        if url.starts_with("sqlite:") && store.integrity_check().await? != "ok" {
            figures.corrupt += 1;
        }
        let lost = count_lost(&store, round, &acknowledged).await?;
        store.close().await;
        figures.acknowledged += acknowledged.len();
        figures.lost += lost;
        if (round + 1) % 10 == 0 || round + 1 == rounds {
            println!(
                "  round {}/{rounds}: {} acknowledged so far, {} lost",
                round + 1,
                figures.acknowledged,
                figures.lost
            );
        }
    }
    figures.seconds = started.elapsed().as_secs_f64();
    report.crash = Some(figures);
    Ok(())
}

/// Fires one round's creations; returns the cases answered 201, by request number.
async fn burst(bench: &Bench, base: &str, round: usize) -> Vec<(usize, CaseId)> {
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CLIENTS {
        let (client, token) = (bench.client.clone(), bench.token.clone());
        let url = format!("{base}/api/cases");
        let (acknowledged, next) = (acknowledged.clone(), next.clone());
        tasks.spawn(async move {
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= INTAKES {
                    return;
                }
                let body = serde_json::json!({
                    "category": "wages.unpaid",
                    "urgency": "normal",
                    "language": "bn",
                    "summary": format!("বেতন বাকি {}", marker(round, i)),
                    "caller_phone": format!("0171{round:03}{i:04}"),
                    "consent_sms": true,
                    "sms_case_code": true,
                });
                let Ok(resp) = client
                    .post(&url)
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await
                else {
                    return; // the server is gone
                };
                if resp.status() != StatusCode::CREATED {
                    continue;
                }
                // Killed while answering: not acknowledged.
                let Ok(created) = resp.json::<serde_json::Value>().await else {
                    continue;
                };
                if let Some(id) = created["id"].as_i64() {
                    acknowledged.lock().await.push((i, CaseId::new(id)));
                }
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    let acknowledged = acknowledged.lock().await;
    acknowledged.clone()
}

/// How many acknowledged cases are missing, or miss one of their parts; prints the first
/// such case and what it misses.
async fn count_lost(
    store: &Store,
    round: usize,
    acknowledged: &[(usize, CaseId)],
) -> Result<usize> {
    let mut lost = 0;
    for &(i, id) in acknowledged {
        if let Some(part) = missing_part(store, id, &marker(round, i)).await? {
            if lost == 0 {
                println!("  round {round}: acknowledged case {id} lost its {part}");
            }
            lost += 1;
        }
    }
    Ok(lost)
}

/// The first part of case `id` that is not there, if any.
async fn missing_part(store: &Store, id: CaseId, marker: &str) -> Result<Option<&'static str>> {
    let Ok(case) = store.scoped_case(Scope::Helpline, id).await else {
        return Ok(Some("case row"));
    };
    if store.case_events(&case).await?.is_empty() {
        return Ok(Some("events"));
    }
    if store.case_steps(&case).await?.is_empty() {
        return Ok(Some("steps"));
    }
    if store.case_callers(&case).await?.len() != 1 {
        return Ok(Some("caller"));
    }
    if store.case_outbox(&case).await?.is_empty() {
        return Ok(Some("acknowledgement SMS"));
    }
    let filter = CaseFilter {
        text: Some(marker.to_owned()),
        ..CaseFilter::default()
    };
    let found = store
        .list_cases(Scope::Helpline, &filter, CaseSort::Newest, 2, 0)
        .await?;
    if !found.items.iter().map(|c| c.id).eq([id]) {
        return Ok(Some("search text"));
    }
    Ok(None)
}
