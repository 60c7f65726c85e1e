//! Nothing acknowledged is lost on a crash (issue 11 item 3): `workvoice serve` takes a
//! burst of concurrent intakes through `POST /api/cases` and is killed with SIGKILL at a
//! random moment; after it, every case whose creation was answered 201 is there whole
//! (case, events, steps, caller, search text), SQLite's integrity check is clean and the
//! server starts again. The benchmark runs many more rounds; CI runs a few.
//!
//! On PostgreSQL (a cluster of the test's own) the same, and in alternate rounds the
//! database itself crashes (`pg_ctl stop -m immediate`) before the server is killed.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use tokio::sync::Mutex;
use workvoice_domain::ids::CaseId;
use workvoice_store::{CaseFilter, CaseSort, KeyFile, Keys, Scope, Store};

use crate::pg_cluster::PgCluster;
use crate::support::Install;

const ROUNDS: usize = 3;
const REQUESTS: usize = 400;
const CLIENTS: usize = 32;

/// The summary's last word is unique to the case and of one width (search matches
/// prefixes), so search finds exactly that case.
fn marker(round: usize, i: usize) -> String {
    format!("crashmark{round}x{i:05}")
}

/// Fires the intakes; returns the ids answered 201, with their request number.
async fn burst(base: &str, token: &str, round: usize) -> Vec<(usize, CaseId)> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("a client");
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (client, base, token) = (client.clone(), base.to_owned(), token.to_owned());
        let (acknowledged, next) = (acknowledged.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if i >= REQUESTS {
                    return;
                }
                let body = serde_json::json!({
                    "category": "wages.unpaid",
                    "urgency": "normal",
                    "language": "bn",
                    "summary": format!("বেতন বাকি {}", marker(round, i)),
                    "caller_phone": format!("01712{round}{i:05}"),
                });
                let sent = client
                    .post(format!("{base}/api/cases"))
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await;
                let Ok(resp) = sent else {
                    return; // the server is gone
                };
                if resp.status() == reqwest::StatusCode::CREATED {
                    let Ok(created) = resp.json::<serde_json::Value>().await else {
                        continue; // killed while answering: not acknowledged
                    };
                    let id = created["id"].as_i64().expect("an id");
                    acknowledged.lock().await.push((i, CaseId::new(id)));
                }
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
    let acknowledged = acknowledged.lock().await;
    acknowledged.clone()
}

/// The store on `url` (the data folder's SQLite database when `None`), as the next start
/// opens it.
async fn open_store(dir: &Path, url: Option<&str>) -> Store {
    let KeyFile::Key(keys) = Keys::load(&dir.join("master.key")).expect("the key file") else {
        panic!("the key file is missing or empty after the crash");
    };
    let url = url.map_or_else(
        || format!("sqlite://{}", dir.join("workvoice.db").display()),
        str::to_owned,
    );
    Store::open(&url, keys)
        .await
        .expect("the store opens after the crash")
}

/// Every acknowledged case is there with all its parts.
async fn assert_whole(store: &Store, round: usize, acknowledged: &[(usize, CaseId)]) {
    for &(i, id) in acknowledged {
        let case = store.scoped_case(Scope::Helpline, id).await;
        let case = case.unwrap_or_else(|e| panic!("acknowledged case {id} is lost: {e}"));
        assert!(
            !store.case_events(&case).await.unwrap().is_empty(),
            "case {id} lost its events"
        );
        assert!(
            !store.case_steps(&case).await.unwrap().is_empty(),
            "case {id} lost its steps"
        );
        assert_eq!(
            store.case_callers(&case).await.unwrap().len(),
            1,
            "case {id} lost its caller"
        );
        let filter = CaseFilter {
            text: Some(marker(round, i)),
            ..CaseFilter::default()
        };
        let found = store
            .list_cases(Scope::Helpline, &filter, CaseSort::Newest, 5, 0)
            .await
            .unwrap();
        assert_eq!(
            found.items.iter().map(|c| c.id).collect::<Vec<_>>(),
            [id],
            "case {id} is missing from search"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn crash_loses_no_acknowledged_case() {
    let work = tempfile::tempdir().expect("a folder");
    let dir = work.path();
    let install = Install::new(dir);
    let token = install.api_token("crash-svc");
    let mut total = 0;
    for round in 0..ROUNDS {
        let mut server = install.serve().await;
        let base = server.base.clone();
        let delay = rand::thread_rng().gen_range(100..400);
        let killer = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            server.kill();
        });
        let acknowledged = burst(&base, &token, round).await;
        killer.await.expect("the kill");
        let store = open_store(dir, None).await;
        assert_eq!(store.integrity_check().await.unwrap(), "ok");
        assert_whole(&store, round, &acknowledged).await;
        store.close().await;
        eprintln!(
            "round {round}: killed after {delay} ms, {} of {REQUESTS} intakes acknowledged, all there",
            acknowledged.len()
        );
        total += acknowledged.len();
    }
    assert!(total > 0, "no intake was acknowledged before the kills");
    // And it starts again after the last crash.
    install.serve().await.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn crash_on_postgres_loses_no_acknowledged_case() {
    let Some(pg) = PgCluster::start() else {
        return;
    };
    let pg = Arc::new(pg);
    let work = tempfile::tempdir().expect("a folder");
    let dir = work.path();
    let install = Install::new(dir).with("WORKVOICE_DATABASE_URL", &pg.url());
    let token = install.api_token("crash-svc");
    let mut total = 0;
    for round in 0..2 {
        let database_crash = round % 2 == 1;
        let mut server = install.serve().await;
        let base = server.base.clone();
        let delay = rand::thread_rng().gen_range(150..500);
        let cluster = Arc::clone(&pg);
        let killer = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            if database_crash {
                tokio::task::spawn_blocking(move || cluster.crash())
                    .await
                    .expect("the database crash");
            }
            server.kill();
        });
        let acknowledged = burst(&base, &token, round).await;
        killer.await.expect("the kill");
        if database_crash {
            pg.up();
        }
        let store = open_store(dir, Some(&pg.url())).await;
        assert_whole(&store, round, &acknowledged).await;
        store.close().await;
        let what = if database_crash {
            "database crashed"
        } else {
            "server killed"
        };
        eprintln!(
            "round {round}: {what} after {delay} ms, {} of {REQUESTS} intakes acknowledged, all there",
            acknowledged.len()
        );
        total += acknowledged.len();
    }
    assert!(total > 0, "no intake was acknowledged before the crashes");
}
