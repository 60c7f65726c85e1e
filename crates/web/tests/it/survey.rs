//! Satisfaction surveys: closing a case whose worker agreed to callbacks schedules a
//! survey call for the next day; the call (placed through the recording caller, walked
//! by the caller simulator) stores the keyed answers against the case, shown on the
//! closed case's page and counted on the satisfaction page; a survey nobody answers is
//! recorded as "no response" after its attempts; workplace and operator rows below the
//! suppression minimum show no rates.

use axum::http::StatusCode;
use workvoice_channels::voice::RecordingCaller;
use workvoice_channels::{Runner, SurveyCalls};
use workvoice_domain::Language;
use workvoice_domain::Millis;
use workvoice_store::{ATTEMPT_GAP_MS, MAX_ATTEMPTS, Scope, SurveyStatus};
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::ivr::{WORKER, case_of, consent_to_callbacks};
use crate::support::ivr_caller::{Act, Call, ORIGIN, voice_config};
use crate::support::{T0, TestApp};

engine_tests!(
    survey_by_ivr_after_closure_is_shown_on_the_case_and_the_satisfaction_page,
    survey_unanswered_after_its_attempts_is_recorded_as_no_response,
    survey_by_sms_is_answered_by_a_digit_reply,
);

const SECRET: &str = "k4nnel-callback-secret-for-tests";

async fn app(db: TempDatabase) -> TestApp {
    TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .user("sup", workvoice_domain::Role::Supervisor, Language::En)
        .voice(voice_config(true))
        .build(db)
        .await
}

/// Closes a new case of the worker (callbacks agreed) and returns its id.
async fn closed_case(app: &TestApp, phone: &str) -> workvoice_domain::ids::CaseId {
    let (id, _) = case_of(app, phone, Language::En, consent_to_callbacks(None)).await;
    let case = app.store.scoped_case(Scope::Helpline, id).await.unwrap();
    app.store
        .close_case(&case, "resolved_accepted", app.user_id("op"), Millis(T0))
        .await
        .unwrap();
    id
}

async fn run_survey_job(app: &TestApp, caller: &RecordingCaller, at: i64) {
    Runner::new(app.store.clone())
        .drain(
            &SurveyCalls::new(caller.clone(), format!("{ORIGIN}/voice")),
            Millis(at),
        )
        .await
        .unwrap();
}

async fn survey_by_ivr_after_closure_is_shown_on_the_case_and_the_satisfaction_page(
    db: TempDatabase,
) {
    let app = app(db).await;
    let id = closed_case(&app, WORKER).await;
    let caller = RecordingCaller::new();
    run_survey_job(&app, &caller, T0 + 1000).await;
    assert!(caller.placed().is_empty(), "not before the next day");
    run_survey_job(&app, &caller, T0 + ATTEMPT_GAP_MS).await;
    let placed = caller.placed();
    assert_eq!(placed.len(), 1, "{placed:?}");
    assert_eq!(placed[0].to.as_str(), WORKER);

    // The provider rings the worker and fetches the call's TwiML: 2 (satisfied), 1 (yes).
    app.clock.advance(ATTEMPT_GAP_MS);
    let mut call = Call::new(&app, "CA-survey-1", WORKER);
    call.walk_from(&placed[0].url, &[Act::Press("2"), Act::Press("1")])
        .await;
    assert!(
        call.heard.iter().any(|h| h.contains("ivr-survey-thanks")),
        "{:?}",
        call.heard
    );
    let case = app.store.scoped_case(Scope::Helpline, id).await.unwrap();
    let survey = app.store.case_survey(&case).await.unwrap().unwrap();
    assert_eq!(survey.status, SurveyStatus::Answered);
    assert_eq!(survey.answers, vec![("satisfaction", 2), ("resolved", 1)]);
    // The job makes no more attempts on an answered survey.
    run_survey_job(&app, &caller, T0 + 3 * ATTEMPT_GAP_MS).await;
    assert_eq!(caller.placed().len(), 1);

    let mut sup = app.signed_in("sup").await;
    let page = sup.get(&format!("/cases/{id}")).await.assert_ok();
    page.assert_shows("Satisfaction survey");
    page.assert_shows("Satisfied");
    let rates = sup.get("/supervisor/satisfaction").await.assert_ok();
    rates.assert_shows("100%");
    // One survey at one operator: below the minimum, so that row shows no rate.
    rates.assert_shows("fewer than");
    let op = sup.get("/supervisor/satisfaction").await;
    assert!(op.body.contains("<svg"), "a chart beside the tables");
}

async fn survey_unanswered_after_its_attempts_is_recorded_as_no_response(db: TempDatabase) {
    let app = app(db).await;
    let id = closed_case(&app, WORKER).await;
    let caller = RecordingCaller::new();
    for day in 1..=MAX_ATTEMPTS + 1 {
        run_survey_job(&app, &caller, T0 + day * ATTEMPT_GAP_MS + 60_000).await;
    }
    assert_eq!(
        caller.placed().len(),
        usize::try_from(MAX_ATTEMPTS).unwrap()
    );
    let case = app.store.scoped_case(Scope::Helpline, id).await.unwrap();
    let survey = app.store.case_survey(&case).await.unwrap().unwrap();
    assert_eq!(survey.status, SurveyStatus::NoResponse);
    assert_eq!(survey.attempts, MAX_ATTEMPTS);
    let mut sup = app.signed_in("sup").await;
    let rates = sup.get("/supervisor/satisfaction").await;
    assert!(rates.body.contains("0%"), "response rate 0: {}", rates.body);
    assert!(
        sup.get(&format!("/cases/{id}"))
            .await
            .body
            .contains("No response after every attempt")
    );
}

async fn survey_by_sms_is_answered_by_a_digit_reply(db: TempDatabase) {
    let app = app(db).await;
    let sms_only = workvoice_domain::Consent {
        callback: false,
        sms: true,
        safe_window: None,
        code_by_sms: false,
    };
    let (id, _) = case_of(&app, WORKER, Language::En, sms_only).await;
    let case = app.store.scoped_case(Scope::Helpline, id).await.unwrap();
    app.store
        .close_case(&case, "resolved_accepted", app.user_id("op"), Millis(T0))
        .await
        .unwrap();
    // Before the question was sent, a digit is an ordinary message.
    let caller = RecordingCaller::new();
    run_survey_job(&app, &caller, T0 + ATTEMPT_GAP_MS).await;
    assert!(caller.placed().is_empty(), "an SMS survey places no call");
    let outbox = app.store.case_outbox(&case).await.unwrap();
    assert!(
        outbox
            .iter()
            .any(|m| m.template == workvoice_store::SmsTemplate::Survey),
        "the question is queued as SMS: {outbox:?}"
    );
    let query = serde_urlencoded::to_string([
        ("sender", "8801711000001"),
        ("message", "২"),
        ("id", "kannel-survey-1"),
    ])
    .unwrap();
    let req = axum::http::Request::post(format!("/kannel/{SECRET}/receive?{query}"))
        .body(axum::body::Body::from("২"))
        .unwrap();
    assert_eq!(app.client().send(req).await.status, StatusCode::OK);
    let survey = app.store.case_survey(&case).await.unwrap().unwrap();
    assert_eq!(survey.status, SurveyStatus::Answered);
    assert_eq!(
        survey.answers,
        vec![("satisfaction", 2)],
        "a Bengali digit answers"
    );
}
