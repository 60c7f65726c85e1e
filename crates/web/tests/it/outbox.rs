//! The outbox as an administrator and a gateway see it: `/admin/outbox` lists messages by
//! status with their attempts and errors, a failed one is sent again once; Kannel's
//! delivery reports at `/kannel/{secret}/status` mark a sent message delivered, only with
//! the configured secret.

use crate::support::{Client, T0, TestApp};
use axum::http::StatusCode;
use workvoice_channels::{OutboxDelivery, RecordingSender, RetryPolicy, Runner};
use workvoice_domain::ids::CaseId;
use workvoice_domain::{Country, Language, Millis, Role};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    outbox_page_lists_by_status_and_sends_a_failed_message_again_once_with_its_attempt_history,
    outbox_delivery_report_with_the_secret_marks_the_message_delivered,
);

const SECRET: &str = "k4nnel-callback-secret-for-tests";

async fn setup(db: TempDatabase) -> (TestApp, Client, Client) {
    let app = TestApp::builder()
        .operator()
        .user("admin", Role::Admin, Language::En)
        .workplace("Rahman Knitwear Ltd", Country::Bangladesh)
        .kannel_secret(SECRET)
        .build(db)
        .await;
    let op = app.signed_in("op").await;
    let admin = app.signed_in("admin").await;
    (app, op, admin)
}

/// An operator records a Bengali case with SMS consent and sends an SMS update; returns
/// the case and its outbox row.
pub async fn sms_update(app: &TestApp, op: &mut Client) -> (CaseId, i64) {
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
                ("summary", "Wages late"),
                ("narrative", "Told by a worker"),
                ("shareable_summary", "Wages late"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let case: CaseId = r.new_case();
    let path = format!("/cases/{case}");
    let r = op.act(&path, "sms", &[("stage", "acknowledgement")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let outbox = app
        .store
        .case_outbox(&app.helpline_case(case).await)
        .await
        .unwrap();
    (case, outbox[0].id.get())
}

/// The SMS's status as the case page shows it.
pub async fn status_of(app: &TestApp, case: CaseId) -> String {
    let scoped = app.helpline_case(case).await;
    app.store.case_outbox(&scoped).await.unwrap()[0]
        .status
        .code()
        .to_owned()
}

/// Rows of the admin page with a given status.
fn rows_with(page: &str, status: &str) -> usize {
    page.matches(&format!(
        "data-testid=\"outbox-row\" data-status=\"{status}\""
    ))
    .count()
}

async fn outbox_page_lists_by_status_and_sends_a_failed_message_again_once_with_its_attempt_history(
    db: TempDatabase,
) {
    let (app, mut op, mut admin) = setup(db).await;
    let (_, id) = sms_update(&app, &mut op).await;
    let page = admin.get("/admin/outbox").await.assert_ok();
    assert_eq!(rows_with(&page.body, "queued"), 1);
    assert!(
        page.body.contains("Queued (1)") || page.body.contains("queued (1)"),
        "{}",
        page.body
    );

    // The provider refuses it every time: after its two attempts it has failed.
    let sender = RecordingSender::new();
    sender.fail_next(10);
    let job = OutboxDelivery::new(sender.clone()).with_retry(RetryPolicy {
        max_attempts: 2,
        first_delay: std::time::Duration::from_secs(30),
        max_delay: std::time::Duration::from_secs(30),
    });
    let runner = Runner::new(app.store.clone());
    runner.drain(&job, Millis(T0)).await.unwrap();
    runner.drain(&job, Millis(T0 + 30_000)).await.unwrap();
    let page = admin.get("/admin/outbox?status=failed").await;
    assert_eq!(rows_with(&page.body, "failed"), 1, "{}", page.body);
    assert_eq!(rows_with(&page.body, "queued"), 0);
    page.assert_shows("Temporary failure");
    assert!(page.body.contains("failed (1)"));
    // Nothing on the page identifies the worker.
    assert!(!page.body.contains("1712345678"));

    // Send again, and a second click: queued once, then out once.
    let retry = format!("/admin/outbox/{id}/retry");
    let r = admin
        .submit("/admin/outbox?status=failed", &retry, &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = admin.submit("/admin/outbox", &retry, &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    let page = admin.get(r.location()).await;
    assert_eq!(rows_with(&page.body, "queued"), 1, "{}", page.body);
    assert!(page.body.contains("queued again"));
    let sender = RecordingSender::new();
    let job = OutboxDelivery::new(sender.clone());
    runner.drain(&job, Millis(T0 + 60_000)).await.unwrap();
    assert_eq!(sender.accepted().len(), 1);
    let page = admin.get("/admin/outbox?status=sent").await;
    assert_eq!(rows_with(&page.body, "sent"), 1, "{}", page.body);

    // The message's history: both refused attempts, then the one the gateway took, with
    // its id; still nothing that names the worker.
    let history = admin.get(&format!("/admin/outbox/{id}")).await.assert_ok();
    let outcomes: Vec<&str> = history
        .body
        .match_indices("data-outcome=\"")
        .map(|(i, m)| {
            let rest = &history.body[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(outcomes, ["retry", "failed", "sent"], "{}", history.body);
    let accepted = sender.accepted();
    history.assert_shows(accepted[0].0.as_str());
    assert!(history.body.contains("Temporary failure"));
    assert!(!history.body.contains("1712345678"));
    assert_eq!(
        admin.get("/admin/outbox/999999").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn outbox_delivery_report_with_the_secret_marks_the_message_delivered(db: TempDatabase) {
    let (app, mut op, mut admin) = setup(db).await;
    let (case, id) = sms_update(&app, &mut op).await;
    let sender = RecordingSender::new();
    Runner::new(app.store.clone())
        .drain(&OutboxDelivery::new(sender.clone()), Millis(T0))
        .await
        .unwrap();
    assert_eq!(status_of(&app, case).await, "sent");

    let mut kannel = app.client();
    // A wrong secret finds no route, and changes nothing.
    let r = kannel
        .get(&format!("/kannel/wrong-secret/status?msg={id}&status=1"))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(status_of(&app, case).await, "sent");
    // Accepted by the operator's centre (8), then delivered (1); Kannel retries are harmless.
    let report = |code: &str| format!("/kannel/{SECRET}/status?msg={id}&status={code}");
    assert_eq!(kannel.get(&report("8")).await.status, StatusCode::OK);
    assert_eq!(status_of(&app, case).await, "sent");
    for _ in 0..3 {
        assert_eq!(kannel.get(&report("1")).await.status, StatusCode::OK);
    }
    assert_eq!(status_of(&app, case).await, "delivered");
    // Not a report, or no such message.
    assert_eq!(
        kannel.get(&report("66")).await.status,
        StatusCode::BAD_REQUEST
    );
    let unknown = format!("/kannel/{SECRET}/status?msg={}&status=1", id + 1000);
    assert_eq!(kannel.get(&unknown).await.status, StatusCode::NOT_FOUND);

    let page = admin.get("/admin/outbox?status=delivered").await;
    assert_eq!(rows_with(&page.body, "delivered"), 1, "{}", page.body);
}
