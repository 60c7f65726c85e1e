//! Several servers on one PostgreSQL (issue 11 item 4): two `workvoice serve` processes on
//! one database and one real Kannel, used by a round-robin client. They share API tokens,
//! sign-in halves and the login throttle; the escalation sweep escalates every overdue step
//! once; the outbox sends every message once, also when one server is stopped in the
//! middle of delivering (it hands its work over) and when one is killed (the other carries
//! on after the lease).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use workvoice_domain::Millis;

use workvoice_domain::ids::CaseId;
use workvoice_domain::{Country, Intake, RawIntake};
use workvoice_store::{InformMethod, InformOutcome, InformStage, KeyFile, Keys, Scope, Store};
use workvoice_testdb::kannel::{self, Kannel};
use workvoice_testdb::{Engine, TempDatabase};

use crate::support::Install;

const CASES: usize = 60;
const KANNEL_SECRET: &str = "multi-server-kannel-callback-secret";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn multi_server_two_servers_share_one_postgres() {
    workvoice_testdb::run(Engine::Postgres, two_servers).await;
}

async fn two_servers(db: TempDatabase) {
    let kannel = Kannel::start("http://127.0.0.1:9/not-used")
        .await
        .expect("Kannel starts");
    let work = tempfile::tempdir().expect("a folder");
    let install = Install::new(work.path())
        .with("WORKVOICE_DATABASE_URL", db.url())
        .with("WORKVOICE_SECURE_COOKIES", "false")
        .with("WORKVOICE_ESCALATION_INTERVAL_SECS", "1")
        .with("WORKVOICE_JOB_LEASE_SECS", "5")
        .with("WORKVOICE_KANNEL_SENDSMS_URL", &kannel.sendsms_url())
        .with("WORKVOICE_KANNEL_USERNAME", kannel::USERNAME)
        .with("WORKVOICE_KANNEL_PASSWORD", kannel::PASSWORD)
        .with("WORKVOICE_KANNEL_SECRET", KANNEL_SECRET);
    let token = install.api_token("multi-svc");
    let mut servers = [install.serve().await, install.serve().await];
    let bases: Vec<String> = servers.iter().map(|s| s.base.clone()).collect();
    let http = reqwest::Client::new();

    // One token, either server: cases made round-robin are all seen by both.
    let mut ids = Vec::new();
    for i in 0..CASES {
        let body = serde_json::json!({
            "category": "wages.unpaid",
            "urgency": "normal",
            "language": "bn",
            "summary": format!("বেতন বাকি multiserver{i:03}"),
            "caller_phone": format!("0171300{i:04}"),
            "consent_sms": true,
        });
        let r = http
            .post(format!("{}/api/cases", bases[i % 2]))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .expect("the server answers");
        assert_eq!(r.status(), reqwest::StatusCode::CREATED);
        let created: serde_json::Value = r.json().await.expect("json");
        ids.push(CaseId::new(created["id"].as_i64().expect("an id")));
    }
    for base in &bases {
        let r = http
            .get(format!("{base}/api/cases?limit=1"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("answer");
        let page: serde_json::Value = r.json().await.expect("json");
        assert_eq!(page["total"], CASES, "{base} sees every case");
    }

    shares_sign_in_and_throttle(&install, &bases).await;

    let store = open_store(&install, db.url()).await;
    let operator = store
        .user_by_username("multi-svc")
        .await
        .expect("the user")
        .id;

    // Every case's worker is told by SMS: the outbox is delivered by both servers, and
    // server 0 is stopped in order half-way, handing its work to server 1.
    for id in &ids {
        let case = store.scoped_case(Scope::Helpline, *id).await.expect("case");
        store
            .record_worker_informed(
                &case,
                InformStage::Acknowledgement,
                InformMethod::Sms,
                InformOutcome::Queued,
                operator,
                Millis(workvoice_store::now_millis()),
            )
            .await
            .expect("queued");
    }
    kannel
        .wait_for_received(CASES / 3)
        .await
        .expect("the fake SMSC receives them");
    assert!(
        servers[0].terminate(Duration::from_secs(30)),
        "SIGTERM stops the server in order (exit 0)"
    );
    let got = kannel
        .wait_for_received(CASES)
        .await
        .expect("the fake SMSC receives them");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let got = if kannel.received().len() > got.len() {
        kannel.received()
    } else {
        got
    };
    let mut per_phone: BTreeMap<String, usize> = BTreeMap::new();
    for m in &got {
        *per_phone.entry(m.to.clone()).or_default() += 1;
    }
    let twice: Vec<_> = per_phone.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent twice: {twice:?}");
    assert_eq!(per_phone.len(), CASES, "every worker got their SMS once");

    // Overdue steps escalate once, whichever server sweeps; after a server is killed
    // mid-work, the other carries on within the lease.
    servers[0] = install.serve().await;
    let past = create_past_cases(&store, 10, "first").await;
    wait_until_escalated(&store, &past, Duration::from_secs(30)).await;
    servers[1].kill();
    let later = create_past_cases(&store, 10, "after the kill").await;
    wait_until_escalated(&store, &later, Duration::from_secs(30)).await;
    for id in past.iter().chain(&later) {
        let case = store.scoped_case(Scope::Helpline, *id).await.expect("case");
        let steps = store.case_steps(&case).await.expect("steps");
        let overdue = steps.iter().filter(|s| s.escalated_at.is_some()).count();
        let events = store
            .case_events(&case)
            .await
            .expect("events")
            .iter()
            .filter(|e| e.kind == workvoice_store::EventKind::StepOverdue)
            .count();
        assert!(overdue > 0, "case {id} escalated");
        assert_eq!(
            events, overdue,
            "case {id}: one escalation per overdue step"
        );
    }
    store.close().await;
    drop(servers);
}

async fn open_store(install: &Install, url: &str) -> Store {
    let KeyFile::Key(keys) = Keys::load(&install.dir.join("master.key")).expect("key file") else {
        panic!("no key file");
    };
    Store::open(url, keys).await.expect("the store opens")
}

/// Cases opened thirty days ago, as another server would have: their first steps are
/// long overdue.
async fn create_past_cases(store: &Store, n: usize, label: &str) -> Vec<CaseId> {
    let at = workvoice_store::now_millis() - 30 * 24 * 3600 * 1000;
    let mut ids = Vec::new();
    for i in 0..n {
        let raw = RawIntake {
            category: "wages.unpaid".into(),
            urgency: "normal".into(),
            language: "en".into(),
            summary: format!("Unpaid overtime ({label} {i})"),
            ..RawIntake::default()
        };
        let intake = Intake::parse(raw, |_| true, Country::Bangladesh).expect("valid");
        ids.push(
            store
                .create_case(&intake, None, Millis(at))
                .await
                .expect("created")
                .id,
        );
    }
    ids
}

async fn wait_until_escalated(store: &Store, ids: &[CaseId], within: Duration) {
    let deadline = Instant::now() + within;
    loop {
        let mut waiting = 0;
        for id in ids {
            let case = store.scoped_case(Scope::Helpline, *id).await.expect("case");
            let steps = store.case_steps(&case).await.expect("steps");
            if !steps.iter().any(|s| s.escalated_at.is_some()) {
                waiting += 1;
            }
        }
        if waiting == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{waiting} of {} overdue cases not escalated within {within:?}",
            ids.len()
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// The cookies a response sets, as `name=value` pairs to send back.
fn cookies(r: &reqwest::Response) -> Vec<String> {
    r.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter(|c| !c.ends_with('='))
        .map(str::to_owned)
        .collect()
}

/// `value` encoded for an `application/x-www-form-urlencoded` body.
fn form_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The login form's double-submit token.
fn csrf_field(html: &str) -> String {
    let at = html.find("name=\"csrf\"").expect("a csrf field");
    let value = &html[at..];
    let start = value.find("value=\"").expect("its value") + 7;
    let end = value[start..].find('"').expect("quoted");
    value[start..start + end].to_owned()
}

/// Signs in on one server, goes on on the other; fails logins alternately on both
/// until the throttle refuses, on both.
async fn shares_sign_in_and_throttle(install: &Install, bases: &[String]) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let out = install.run(&[
        "create-user",
        "--username",
        "multi-op",
        "--role",
        "operator",
    ]);
    let password = out
        .split("one-time password ")
        .nth(1)
        .expect("the password is printed")
        .trim()
        .to_owned();
    let login = |base: &str, pre: Vec<String>, csrf: String, password: String| {
        let http = http.clone();
        let url = format!("{base}/login");
        async move {
            http.post(url)
                .header(reqwest::header::COOKIE, pre.join("; "))
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/x-www-form-urlencoded",
                )
                .body(format!(
                    "username=multi-op&password={}&csrf={}",
                    form_value(&password),
                    form_value(&csrf)
                ))
                .send()
                .await
                .expect("an answer")
        }
    };
    let form = http
        .get(format!("{}/login", bases[0]))
        .send()
        .await
        .expect("form");
    let pre = cookies(&form);
    let csrf = csrf_field(&form.text().await.expect("html"));

    // The password on server 0; the second-factor step on server 1 knows the half-session.
    let signed = login(&bases[0], pre.clone(), csrf.clone(), password.clone()).await;
    assert_eq!(signed.status(), reqwest::StatusCode::SEE_OTHER);
    let session = cookies(&signed);
    let next = http
        .get(format!("{}/login/second-factor", bases[1]))
        .header(reqwest::header::COOKIE, session.join("; "))
        .send()
        .await
        .expect("answer");
    let location = next
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        next.status().is_success() || !location.starts_with("/login?") && location != "/login",
        "server 1 does not know server 0's sign-in: {} {location}",
        next.status()
    );
    let anonymous = http
        .get(format!("{}/login/second-factor", bases[1]))
        .send()
        .await
        .expect("answer");
    assert_ne!(
        anonymous
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok()),
        Some(location.as_str()),
        "without the cookie the step is not offered"
    );

    // Wrong passwords, alternately on each server, until one refuses; then both refuse,
    // the right password too.
    let mut refused_after = None;
    for attempt in 0..20 {
        let r = login(
            &bases[attempt % 2],
            pre.clone(),
            csrf.clone(),
            "wrong password".into(),
        )
        .await;
        if r.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
            refused_after = Some(attempt);
            break;
        }
        assert_eq!(r.status(), reqwest::StatusCode::UNAUTHORIZED);
    }
    let refused_after = refused_after.expect("the throttle refuses within 20 failures");
    assert!(
        refused_after >= 2,
        "failures on both servers counted together"
    );
    for base in bases {
        let r = login(base, pre.clone(), csrf.clone(), password.clone()).await;
        assert_eq!(
            r.status(),
            reqwest::StatusCode::TOO_MANY_REQUESTS,
            "{base} throttles too"
        );
    }
}
