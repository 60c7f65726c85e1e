//! Workers' SMS as Kannel delivers them to `/kannel/{secret}/receive`: `STATUS <code>`
//! (or its Bengali or Vietnamese keyword) is answered with the case's status in the case's
//! language, delivered to the sender; an unknown code and any other text get a helpful
//! reply, the text is kept; Kannel's retries are kept and answered once; look-ups are
//! limited per sender; without the secret nothing is kept.

use crate::support::TestApp;
use axum::http::StatusCode;
use workvoice_channels::{OutboxDelivery, RecordingSender, Runner};
use workvoice_domain::{Consent, Country, Language, PhoneNumber};
use workvoice_testdb::{TempDatabase, engine_tests};
use workvoice_web::channels::sms_text::sms_text;

engine_tests!(
    inbound_sms_status_with_the_case_code_is_answered_once_in_the_case_language,
    inbound_sms_unknown_code_and_other_texts_get_help_and_are_kept,
    inbound_sms_status_look_ups_are_limited_per_sender,
    inbound_sms_kept_text_waits_on_the_operators_list_until_handled,
);

pub(crate) const SECRET: &str = "k4nnel-callback-secret-for-tests";
const WORKER: &str = "+8801811000001";

pub(crate) async fn app(db: TempDatabase) -> TestApp {
    TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .build(db)
        .await
}

/// A case in `language`; returns its code as the worker was told it.
pub async fn case_code(app: &TestApp, language: Language) -> String {
    let phone = PhoneNumber::parse("0912345678", Country::Vietnam).unwrap();
    crate::ivr::case_with(app, phone, language, Consent::default())
        .await
        .1
}

/// Kannel hands over an SMS.
pub(crate) async fn receive(app: &TestApp, id: &str, sender: &str, text: &str) -> StatusCode {
    let query =
        serde_urlencoded::to_string([("sender", sender), ("message", text), ("id", id)]).unwrap();
    let mut kannel = app.client();
    let req = axum::http::Request::post(format!("/kannel/{SECRET}/receive?{query}"))
        .header("content-type", "text/plain; charset=utf-8")
        .body(axum::body::Body::from(text.to_owned()))
        .unwrap();
    kannel.send(req).await.status
}

/// Delivers the outbox and returns what reached each number, in order.
pub(crate) async fn delivered(app: &TestApp) -> Vec<(String, String)> {
    let sender = RecordingSender::new();
    Runner::new(app.store.clone())
        .drain(&OutboxDelivery::new(sender.clone()), app.state().time())
        .await
        .unwrap();
    sender
        .accepted()
        .into_iter()
        .map(|(_, m)| {
            let text = sms_text(m.language, m.template, &m.params).unwrap();
            (m.to.as_str().to_owned(), text)
        })
        .collect()
}

fn worker() -> PhoneNumber {
    PhoneNumber::parse(WORKER, Country::Bangladesh).unwrap()
}

/// What each SMS kept from the worker was.
async fn kinds(app: &TestApp) -> Vec<String> {
    let kept = app.store.inbound_messages(&worker()).await.unwrap();
    kept.into_iter().map(|(kind, _)| kind).collect()
}

async fn inbound_sms_status_with_the_case_code_is_answered_once_in_the_case_language(
    db: TempDatabase,
) {
    let app = app(db).await;
    let code = case_code(&app, Language::Vi).await;
    let text = format!("STATUS {code}");
    // Kannel retries the same message: kept and answered once.
    for _ in 0..3 {
        assert_eq!(
            receive(&app, "kannel-1", "8801811000001", &text).await,
            StatusCode::OK
        );
    }
    let got = delivered(&app).await;
    let status = workvoice_web::i18n::Tr::new(Language::Vi).t("status-new");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, WORKER, "to the sender, in E.164");
    assert!(
        got[0].1.contains(&status),
        "in the case's language: {}",
        got[0].1
    );
    assert!(got[0].1.starts_with("Đường dây nóng"));
    assert_eq!(kinds(&app).await, ["status"]);
    // The Bengali keyword with Bengali digits finds the same case.
    let bengali: String = code
        .chars()
        .map(|c| char::from_u32(0x09E6 + c.to_digit(10).unwrap()).unwrap())
        .collect();
    receive(&app, "kannel-2", WORKER, &format!("অবস্থা {bengali}")).await;
    let got = delivered(&app).await;
    assert!(got[0].1.contains(&status), "{}", got[0].1);
}

async fn inbound_sms_unknown_code_and_other_texts_get_help_and_are_kept(db: TempDatabase) {
    let app = app(db).await;
    case_code(&app, Language::Vi).await;
    receive(&app, "k-1", WORKER, "STATUS 1111 2222 33").await;
    receive(&app, "k-2", WORKER, "আগুনের দরজা তালাবদ্ধ").await;
    let got = delivered(&app).await;
    let bn = |id: &str| workvoice_web::i18n::Tr::new(Language::Bn).t(id);
    let en = |id: &str| workvoice_web::i18n::Tr::new(Language::En).t(id);
    // No case: the keyword's language (English), and the country's (Bengali) for a message.
    assert_eq!(
        got.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(),
        [en("sms-status-not-found"), bn("sms-help")]
    );
    let kept = app.store.inbound_messages(&worker()).await.unwrap();
    let words = ("message".to_owned(), "আগুনের দরজা তালাবদ্ধ".to_owned());
    assert_eq!(kept[1], words, "the words kept for an operator, intact");
    assert_eq!(kinds(&app).await, ["status", "message"]);
    // Without the secret, or without a sender, nothing is kept.
    let mut stranger = app.client();
    let r = stranger
        .send(
            axum::http::Request::post(format!(
                "/kannel/wrong/receive?sender={WORKER}&message=hi&id=k-3"
            ))
            .body(axum::body::Body::empty())
            .unwrap(),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        receive(&app, "k-4", "", "hi").await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(kinds(&app).await.len(), 2);
}

/// The kept text reaches an operator: on "SMS from workers" with the number to call,
/// until someone marks it handled; status requests never show there.
async fn inbound_sms_kept_text_waits_on_the_operators_list_until_handled(db: TempDatabase) {
    let app = app(db).await;
    let code = case_code(&app, Language::Bn).await;
    receive(&app, "k-1", WORKER, &format!("STATUS {code}")).await;
    receive(&app, "k-2", WORKER, "আগুনের দরজা তালাবদ্ধ").await;
    let mut op = app.signed_in("op").await;
    let page = op.get("/sms").await.assert_ok();
    page.assert_shows("আগুনের দরজা তালাবদ্ধ");
    assert!(
        page.body.contains("tel:+8801811000001"),
        "the number to call back"
    );
    assert!(
        !page.body.contains(&code),
        "status requests are answered, not listed"
    );
    let (kept, total) = app.store.kept_sms(10, 0).await.unwrap();
    assert_eq!((kept.len(), total), (1, 1));

    let handled = format!("/sms/{}/handled", kept[0].id);
    let r = op.submit("/sms", &handled, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = op.get("/sms").await;
    assert!(
        !page.body.contains("আগুনের দরজা তালাবদ্ধ"),
        "handled: off the list"
    );
    assert_eq!(app.store.kept_sms(10, 0).await.unwrap().1, 0);
    // The words stay kept (retention removes them later), only the mark changed.
    assert_eq!(
        app.store.inbound_messages(&worker()).await.unwrap().len(),
        2
    );
}

async fn inbound_sms_status_look_ups_are_limited_per_sender(db: TempDatabase) {
    let app = app(db).await;
    let code = case_code(&app, Language::Vi).await;
    for n in 0..7 {
        receive(&app, &format!("k-{n}"), WORKER, &format!("STATUS {code}")).await;
    }
    // Another sender is not held back by the first one's limit.
    receive(&app, "k-other", "+8801811000002", &format!("STATUS {code}")).await;
    let got = delivered(&app).await;
    let to_worker = got.iter().filter(|(to, _)| to == WORKER).count();
    assert_eq!(to_worker, 5, "five look-ups an hour are answered");
    assert_eq!(got.len(), 6);
    let kept = kinds(&app).await;
    assert_eq!(
        kept.iter().filter(|k| *k == "limited").count(),
        2,
        "kept, not answered"
    );
    // An hour later the sender may ask again.
    app.clock.advance(3_601_000);
    receive(&app, "k-later", WORKER, &format!("STATUS {code}")).await;
    assert_eq!(delivered(&app).await.len(), 1);
}
