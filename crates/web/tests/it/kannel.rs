//! SMS through a real Kannel (bearerbox, smsbox and the fake SMSC on loopback): the
//! outbox worker sends a Bengali progress SMS through `sendsms`, the "phone" receives it
//! intact (UCS-2), and Kannel's delivery report reaches our server over HTTP and marks the
//! message delivered; with the gateway stopped the SMS waits, and goes out exactly once
//! when it is back.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::outbox::{sms_update, status_of};
use crate::support::kannel::{self, Kannel};
use crate::support::{T0, TestApp};
use workvoice_channels::{KannelConfig, KannelSender, OutboxDelivery, Runner, SmsText};
use workvoice_domain::ids::CaseId;
use workvoice_domain::{CaseCode, Country, Language, Millis, OutboxStatus};
use workvoice_store::{InformStage, Scope, SmsTemplate};
use workvoice_testdb::{TempDatabase, engine_tests};
use workvoice_web::channels::sms_text::sms_text;

engine_tests!(
    kannel_status_sms_from_a_phone_is_answered_back_at_the_phone,
    kannel_delivers_a_bengali_progress_sms_intact_and_reports_it_delivered,
    kannel_outbox_waits_while_the_gateway_is_down_and_sends_once_when_back,
    kannel_intake_sms_brings_the_worker_their_case_code,
);

const SECRET: &str = "k4nnel-callback-secret-for-tests";

async fn setup(db: TempDatabase) -> (TestApp, crate::support::Client, std::net::SocketAddr) {
    let app = TestApp::builder()
        .operator()
        .workplace("Rahman Knitwear Ltd", Country::Bangladesh)
        .kannel_secret(SECRET)
        .build(db)
        .await;
    let op = app.signed_in("op").await;
    let addr = app.serve().await;
    (app, op, addr)
}

fn delivery(kannel: &Kannel, app: std::net::SocketAddr) -> OutboxDelivery<KannelSender> {
    let text: SmsText = Arc::new(sms_text);
    let sender = KannelSender::new(
        KannelConfig {
            sendsms_url: kannel.sendsms_url(),
            username: kannel::USERNAME.into(),
            password: kannel::PASSWORD.into(),
            from: None,
            callback_base: format!("http://{app}/kannel/{SECRET}"),
        },
        text,
    )
    .unwrap();
    OutboxDelivery::new(sender)
}

/// Waits for Kannel's delivery report to reach the server over HTTP and mark the
/// case's SMS delivered.
async fn wait_until_delivered(app: &TestApp, case: CaseId, kannel: &Kannel) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while status_of(app, case).await != "delivered" {
        assert!(
            Instant::now() < deadline,
            "no delivery report reached the server: {:?}\n{}",
            app.store.outbox_messages(None, 5).await.unwrap(),
            kannel.smsbox_log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `n` SMS from `sender` reached the server through Kannel; returns them.
async fn kept_from(
    app: &TestApp,
    sender: &workvoice_domain::PhoneNumber,
    n: usize,
) -> Vec<(String, String)> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let kept = app.store.inbound_messages(sender).await.unwrap();
        if kept.len() >= n {
            return kept;
        }
        assert!(Instant::now() < deadline, "Kannel posted {kept:?}, not {n}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The acknowledgement SMS as the worker should read it.
fn acknowledgement(language: Language) -> String {
    let params = serde_json::json!({ "stage": InformStage::Acknowledgement.code() });
    sms_text(language, SmsTemplate::CaseUpdate, &params).unwrap()
}

async fn kannel_delivers_a_bengali_progress_sms_intact_and_reports_it_delivered(db: TempDatabase) {
    let (app, mut op, addr) = setup(db).await;
    let kannel = Kannel::start(&format!("http://{addr}/kannel/{SECRET}/receive"))
        .await
        .expect("Kannel starts");
    let (case, _) = sms_update(&app, &mut op).await;
    let runner = Runner::new(app.store.clone());
    assert_eq!(
        runner
            .drain(&delivery(&kannel, addr), Millis(T0))
            .await
            .unwrap(),
        1
    );

    let got = kannel
        .wait_for_received(1)
        .await
        .expect("the fake SMSC receives them");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].text, acknowledgement(Language::Bn), "no mojibake");
    assert!(got[0].text.starts_with("হেল্পলাইন"));
    assert!(got[0].to.ends_with("8801712345678"), "{got:?}");
    assert_eq!(got[0].from, kannel::SHORT_CODE);

    // The fake SMSC reports delivery at once; Kannel calls our dlr-url over HTTP.
    wait_until_delivered(&app, case, &kannel).await;
}

async fn kannel_outbox_waits_while_the_gateway_is_down_and_sends_once_when_back(db: TempDatabase) {
    let (app, mut op, addr) = setup(db).await;
    let mut kannel = Kannel::start(&format!("http://{addr}/kannel/{SECRET}/receive"))
        .await
        .expect("Kannel starts");
    kannel.stop();
    let (case, id) = sms_update(&app, &mut op).await;
    let job = delivery(&kannel, addr);
    let runner = Runner::new(app.store.clone());
    for at in [T0, T0 + 60_000, T0 + 3_600_000] {
        assert_eq!(
            runner.drain(&job, Millis(at)).await.unwrap(),
            0,
            "nothing goes out"
        );
    }
    let queued = &app
        .store
        .outbox_messages(Some(OutboxStatus::Queued), 10)
        .await
        .unwrap();
    assert_eq!(
        queued
            .iter()
            .map(|m| (m.id.get(), m.attempts))
            .collect::<Vec<_>>(),
        [(id, 0)]
    );
    assert_eq!(
        queued[0].last_error.as_deref(),
        Some("gateway unavailable: cannot connect to Kannel")
    );

    kannel.restart().await.expect("Kannel restarts");
    assert_eq!(runner.drain(&job, Millis(T0 + 3_700_000)).await.unwrap(), 1);
    for at in [T0 + 3_800_000, T0 + 7_200_000] {
        assert_eq!(runner.drain(&job, Millis(at)).await.unwrap(), 0);
    }
    let got = kannel
        .wait_for_received(1)
        .await
        .expect("the fake SMSC receives them");
    // Give a duplicate the time it would need to show up.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(kannel.received(), got, "exactly once");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].text, acknowledgement(Language::Bn));
    wait_until_delivered(&app, case, &kannel).await;
}

/// An operator records a call whose worker asks for the case code by SMS: the code that
/// reaches the phone finds the worker's case, and the outbox no longer keeps it.
async fn kannel_intake_sms_brings_the_worker_their_case_code(db: TempDatabase) {
    let (app, mut op, addr) = setup(db).await;
    let kannel = Kannel::start(&format!("http://{addr}/kannel/{SECRET}/receive"))
        .await
        .expect("Kannel starts");
    let r = op
        .submit_new(
            "/cases",
            &[
                ("workplace", "Rahman Knitwear Ltd"),
                ("category", "wages.late"),
                ("urgency", "normal"),
                ("language", "bn"),
                ("caller_phone", "01712345678"),
                ("consent_sms", "on"),
                ("sms_case_code", "on"),
                ("summary", "Wages late"),
                ("narrative", "Told by a worker"),
                ("shareable_summary", "Wages late"),
            ],
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    let case: CaseId = r.new_case();
    let runner = Runner::new(app.store.clone());
    let sent = runner
        .drain(&delivery(&kannel, addr), app.state().time())
        .await
        .unwrap();
    assert_eq!(sent, 1);

    let got = kannel
        .wait_for_received(1)
        .await
        .expect("the fake SMSC receives it");
    let text = &got[0].text;
    assert!(
        text.starts_with("হেল্পলাইন"),
        "in the worker's language: {text}"
    );
    let code = text
        .split_whitespace()
        .find_map(|w| CaseCode::parse(w.trim_end_matches(['.', '।'])).ok())
        .unwrap_or_else(|| panic!("no case code in {text:?}"));
    assert_eq!(
        app.store
            .case_id_by_code(Scope::Helpline, &code)
            .await
            .unwrap(),
        case
    );
    let scoped = app.store.scoped_case(Scope::Helpline, case).await.unwrap();
    let outbox = app.store.case_outbox(&scoped).await.unwrap();
    assert_eq!(outbox[0].params, "{}", "the sent code is not kept");
}

async fn kannel_status_sms_from_a_phone_is_answered_back_at_the_phone(db: TempDatabase) {
    let (app, _, addr) = setup(db).await;
    let kannel = Kannel::start(&format!("http://{addr}/kannel/{SECRET}/receive"))
        .await
        .expect("Kannel starts");
    let code = crate::inbound_sms::case_code(&app, Language::Bn).await;
    let worker =
        workvoice_domain::PhoneNumber::parse("+8801811000001", Country::Bangladesh).unwrap();
    // One at a time, as a worker types them.
    kannel
        .sms_from_phone(worker.as_str(), &format!("STATUS {code}"))
        .expect("a phone sends an SMS");
    kept_from(&app, &worker, 1).await;
    kannel
        .sms_from_phone(worker.as_str(), "আগুনের দরজা তালাবদ্ধ")
        .expect("a phone sends an SMS");
    let kept = kept_from(&app, &worker, 2).await;
    assert_eq!(kept[0].0, "status");
    assert_eq!(
        kept[1],
        ("message".to_owned(), "আগুনের দরজা তালাবদ্ধ".to_owned()),
        "Bengali arrives intact"
    );

    let runner = Runner::new(app.store.clone());
    runner
        .drain(&delivery(&kannel, addr), Millis(T0))
        .await
        .unwrap();
    // Both replies reach the worker's phone, the status in the case's language.
    let got = kannel
        .wait_for_received(2)
        .await
        .expect("the fake SMSC receives them");
    let to_worker: Vec<&str> = got
        .iter()
        .filter(|m| m.to.ends_with("8801811000001"))
        .map(|m| m.text.as_str())
        .collect();
    let reply = sms_text(
        Language::Bn,
        SmsTemplate::StatusReply,
        &serde_json::json!({ "status": "new" }),
    )
    .unwrap();
    let help = sms_text(Language::Bn, SmsTemplate::Help, &serde_json::json!({})).unwrap();
    assert_eq!(to_worker, [reply.as_str(), help.as_str()]);
}
