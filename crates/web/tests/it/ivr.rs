//! The voice IVR through its TwiML webhooks, driven by a caller simulator that signs
//! like the provider (`support::ivr_caller`): the language choice, the status of a case
//! by its keyed code (a wrong code, no digits), an operator rung while staffed, a voice
//! message outside staffed hours; a tampered or unsigned request gets 403; the same
//! webhook delivered 100 times at once has one effect.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use workvoice_channels::voice::signature::signature;
use workvoice_domain::Millis;
use workvoice_domain::{
    CallerInput, Channel, Consent, Country, FactoryAgreement, Intake, Language, PhoneNumber,
    SafeWindow, ShareableSummary, Urgency,
};
use workvoice_store::CallbackSource;
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::ivr_caller::{Act, Call, OPERATOR, ORIGIN, TOKEN, Verb, voice_config};
use crate::support::{T0, TestApp};

engine_tests!(
    ivr_language_choice_then_status_by_keyed_case_code_in_bengali,
    ivr_wrong_case_code_then_no_digits_ends_the_call_and_queues_a_callback,
    ivr_operator_is_dialled_while_staffed_and_an_answered_call_is_not_missed,
    ivr_outside_staffed_hours_a_voice_message_becomes_a_callback_with_its_recording,
    ivr_tampered_or_unsigned_requests_get_403_and_change_nothing,
    ivr_same_webhook_delivered_100_times_concurrently_has_one_effect,
    ivr_channel_status_page_shows_which_provider_answers,
    ivr_status_look_ups_are_limited_per_caller,
);

pub const WORKER: &str = "+8801711000001";

pub async fn app(db: TempDatabase, staffed: bool) -> TestApp {
    TestApp::builder()
        .operator()
        .voice(voice_config(staffed))
        .build(db)
        .await
}

/// A case of `phone` (Bangladeshi if national) in `language`; returns its id and code.
pub async fn case_of(
    app: &TestApp,
    phone: &str,
    language: Language,
    consent: Consent,
) -> (workvoice_domain::ids::CaseId, String) {
    let phone = PhoneNumber::parse(phone, Country::Bangladesh).unwrap();
    case_with(app, phone, language, consent).await
}

/// A case of `phone` in `language` with the worker's `consent`; returns its id and code.
pub async fn case_with(
    app: &TestApp,
    phone: PhoneNumber,
    language: Language,
    consent: Consent,
) -> (workvoice_domain::ids::CaseId, String) {
    let created = app
        .store
        .create_case(
            &Intake {
                category: "wages.late".into(),
                urgency: Urgency::Normal,
                language,
                summary: "Wages late".into(),
                narrative: String::new(),
                shareable_summary: ShareableSummary::parse("Wages late").unwrap(),
                caller: Some(CallerInput {
                    phone: Some(phone),
                    name: None,
                }),
                consent,
                workplace_id: None,
                channel: Channel::Phone,
                factory_agreement: FactoryAgreement::ProtocolDefault,
            },
            Some(app.user_id("op")),
            Millis(T0),
        )
        .await
        .unwrap();
    (created.id, created.code.digits().to_owned())
}

pub fn consent_to_callbacks(window: Option<SafeWindow>) -> Consent {
    Consent {
        callback: true,
        sms: false,
        safe_window: window,
        code_by_sms: false,
    }
}

async fn ivr_language_choice_then_status_by_keyed_case_code_in_bengali(db: TempDatabase) {
    let app = app(db, true).await;
    let (_, code) = case_of(&app, WORKER, Language::Bn, Consent::default()).await;
    let mut call = Call::new(&app, "CA-status-1", WORKER);
    let last = call
        .walk(&[
            Act::Press("1"),
            Act::Press("2"),
            Act::Press(Box::leak(code.into_boxed_str())),
        ])
        .await;
    assert_eq!(last.last(), Some(&Verb::Hangup));
    // No recording is configured for Bengali: every prompt after the choice is spoken.
    let status = call
        .heard
        .iter()
        .find(|h| h.starts_with("আপনার কেসের অবস্থা"))
        .unwrap_or_else(|| panic!("no status heard: {:?}", call.heard));
    assert!(status.contains("নতুন"), "{status}");
    let (open, _) = app.store.open_callbacks(50, 0).await.unwrap();
    assert!(open.is_empty(), "a served call is no missed call: {open:?}");
}

async fn ivr_wrong_case_code_then_no_digits_ends_the_call_and_queues_a_callback(db: TempDatabase) {
    let app = app(db, true).await;
    let mut call = Call::new(&app, "CA-wrong-1", WORKER);
    call.walk(&[
        Act::Press("3"),
        Act::Press("2"),
        Act::Press("123"),
        Act::Silence,
    ])
    .await;
    // English has recorded prompts: the caller heard the files.
    let base = "https://audio.example.org/en";
    for file in [
        "ivr-menu",
        "ivr-enter-code",
        "ivr-wrong-code",
        "ivr-no-digits",
        "ivr-goodbye",
    ] {
        let url = format!("{base}/{file}.mp3");
        assert!(call.heard.contains(&url), "{url} not in {:?}", call.heard);
    }
    let (open, total) = app.store.open_callbacks(50, 0).await.unwrap();
    assert_eq!(total, 1, "the caller was not served: called back");
    assert_eq!(open[0].source, CallbackSource::MissedCall);
    assert_eq!(
        open[0].language,
        Language::Bn,
        "no case: the country's language"
    );
    assert_eq!(open[0].phone, WORKER);
}

async fn ivr_operator_is_dialled_while_staffed_and_an_answered_call_is_not_missed(
    db: TempDatabase,
) {
    let app = app(db, true).await;
    let mut call = Call::new(&app, "CA-operator-1", WORKER);
    call.walk(&[Act::Press("3"), Act::Press("1"), Act::Operator(true)])
        .await;
    assert_eq!(call.dialled.as_deref(), Some(OPERATOR));
    assert_eq!(app.store.open_callbacks(50, 0).await.unwrap().1, 0);

    // Nobody answers: the caller is offered a callback and takes it.
    let mut busy = Call::new(&app, "CA-operator-2", WORKER);
    busy.walk(&[
        Act::Press("3"),
        Act::Press("1"),
        Act::Operator(false),
        Act::Press("2"),
    ])
    .await;
    let (open, _) = app.store.open_callbacks(50, 0).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].source, CallbackSource::IvrRequest);
    assert_eq!(
        open[0].language,
        Language::En,
        "the language chosen in the call"
    );
    assert_eq!(open[0].calls, 1, "the call's end adds no second ring");
}

async fn ivr_outside_staffed_hours_a_voice_message_becomes_a_callback_with_its_recording(
    db: TempDatabase,
) {
    let app = app(db, false).await;
    let mut call = Call::new(&app, "CA-message-1", WORKER);
    call.walk(&[
        Act::Press("3"),
        Act::Press("1"),
        Act::Press("1"),
        Act::Speak("https://provider.example/recordings/RE1"),
    ])
    .await;
    assert_eq!(call.dialled, None, "no operator outside staffed hours");
    let (open, _) = app.store.open_callbacks(50, 0).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].source, CallbackSource::VoiceMessage);
    assert_eq!(
        open[0].message_url.as_deref(),
        Some("https://provider.example/recordings/RE1")
    );
}

async fn ivr_tampered_or_unsigned_requests_get_403_and_change_nothing(db: TempDatabase) {
    let app = app(db, true).await;
    let call = Call::new(&app, "CA-tamper-1", WORKER);
    let url = format!("{ORIGIN}/voice/call/menu-0?lang=en&gathered=1");
    let mut params: Vec<(String, String)> = vec![
        ("CallSid".into(), "CA-tamper-1".into()),
        ("From".into(), WORKER.into()),
        ("Digits".into(), "3".into()),
    ];
    let good = signature(TOKEN, &url, &params);
    // Signed for "3", delivered with "1".
    params[2].1 = "1".into();
    assert_eq!(
        call.post_signed(&url, &params, &good).await.status,
        StatusCode::FORBIDDEN
    );
    params[2].1 = "3".into();
    assert_eq!(
        call.post_signed(&url, &params, "").await.status,
        StatusCode::FORBIDDEN
    );
    let other_url = format!("{ORIGIN}/voice/call/menu-0?lang=bn&gathered=1");
    assert_eq!(
        call.post_signed(&other_url, &params, &good).await.status,
        StatusCode::FORBIDDEN,
        "the signature covers the URL"
    );
    let wrong_token = signature("not-the-token", &url, &params);
    assert_eq!(
        call.post_signed(&url, &params, &wrong_token).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.store.open_callbacks(50, 0).await.unwrap().1, 0);
    // The untouched request goes through.
    assert_eq!(
        call.post_signed(&url, &params, &good).await.status,
        StatusCode::OK
    );
    assert_eq!(app.store.open_callbacks(50, 0).await.unwrap().1, 1);
}

async fn ivr_same_webhook_delivered_100_times_concurrently_has_one_effect(db: TempDatabase) {
    let app = app(db, true).await;
    let url = format!("{ORIGIN}/voice/call/menu-0?lang=en&gathered=1");
    let params: Vec<(String, String)> = vec![
        ("CallSid".into(), "CA-dup-1".into()),
        ("From".into(), WORKER.into()),
        ("Digits".into(), "3".into()),
    ];
    let sig = signature(TOKEN, &url, &params);
    let body = serde_urlencoded::to_string(&params).unwrap();
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let router = app.router.clone();
        let req = Request::post("/voice/call/menu-0?lang=en&gathered=1")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-twilio-signature", &sig)
            .body(Body::from(body.clone()))
            .unwrap();
        set.spawn(async move {
            let res = router.oneshot(req).await.unwrap();
            let status = res.status();
            let bytes = http_body_util::BodyExt::collect(res.into_body())
                .await
                .unwrap()
                .to_bytes();
            (status, String::from_utf8(bytes.to_vec()).unwrap())
        });
    }
    let mut bodies = std::collections::BTreeSet::new();
    while let Some(done) = set.join_next().await {
        let (status, body) = done.unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
        bodies.insert(body);
    }
    assert_eq!(bodies.len(), 1, "every delivery gets the same answer");
    let (open, total) = app.store.open_callbacks(50, 0).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(open[0].calls, 1, "one effect: {open:?}");
}

async fn ivr_channel_status_page_shows_which_provider_answers(db: TempDatabase) {
    // A provider that answers every request with a 404, as Kannel does for a bare sendsms.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let mut buf = [0u8; 1024];
            let _ = socket.read(&mut buf).await;
            let _ = socket
                .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")
                .await;
        }
    });
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_addr = closed.local_addr().unwrap();
    drop(closed);
    let (app, mut admin) = TestApp::builder()
        .user("admin", workvoice_domain::Role::Admin, Language::En)
        .voice(voice_config(true))
        .channel_checks(workvoice_web::ChannelChecks {
            kannel: Some(format!("http://{addr}/cgi-bin/sendsms")),
            voice_api: Some(format!("http://{closed_addr}/Calls.json")),
        })
        .build_signed_in(db, "admin")
        .await;
    let page = admin.get("/admin/channels").await.assert_ok();
    let rows: Vec<&str> = page.body.split("data-testid=\"channel\"").skip(1).collect();
    assert_eq!(rows.len(), 4, "{}", page.body);
    assert!(
        rows[0].contains("data-state=\"ok\"") && rows[0].contains("Reachable"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains("Not configured"),
        "no Kannel secret: {}",
        rows[1]
    );
    assert!(rows[2].contains("data-state=\"down\""), "{}", rows[2]);
    assert!(rows[3].contains("Configured"), "{}", rows[3]);
    drop(app);
}

/// Keys a case code in English (recorded prompts) on a new call; what the caller heard.
async fn look_up(app: &TestApp, sid: &str, from: &str, code: &'static str) -> Vec<String> {
    let mut call = Call::new(app, sid, from);
    call.walk(&[Act::Press("3"), Act::Press("2"), Act::Press(code)])
        .await;
    call.heard
}

async fn ivr_status_look_ups_are_limited_per_caller(db: TempDatabase) {
    let app = app(db, true).await;
    let (_, code) = case_of(&app, WORKER, Language::En, Consent::default()).await;
    let code: &'static str = Box::leak(code.into_boxed_str());
    let heard_file = |heard: &[String], file: &str| {
        heard.contains(&format!("https://audio.example.org/en/{file}.mp3"))
    };
    // The limit of the SMS look-up: five an hour for one caller, wrong codes included.
    for i in 0..inbound_limit() {
        let heard = look_up(&app, &format!("CA-guess-{i}"), WORKER, "1234567890").await;
        assert!(heard_file(&heard, "ivr-code-not-found"), "{heard:?}");
    }
    // Past it even the right code is not looked up: the guesser learns nothing.
    let heard = look_up(&app, "CA-guess-last", WORKER, code).await;
    assert!(heard_file(&heard, "ivr-too-many-look-ups"), "{heard:?}");
    assert!(!heard_file(&heard, "ivr-case-status-new"), "{heard:?}");
    // Another caller is not held back by the first one's look-ups.
    let heard = look_up(&app, "CA-other-1", "+8801711000002", code).await;
    assert!(heard_file(&heard, "ivr-case-status-new"), "{heard:?}");
    // An hour later the first caller may ask again.
    app.clock.advance(61 * 60 * 1000);
    let heard = look_up(&app, "CA-guess-later", WORKER, code).await;
    assert!(heard_file(&heard, "ivr-case-status-new"), "{heard:?}");
}

fn inbound_limit() -> i64 {
    workvoice_web::channels::inbound_sms::STATUS_LIMIT_PER_HOUR
}
