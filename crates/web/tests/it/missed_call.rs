//! Missed calls become free callbacks: the missed-call number refuses the call (the
//! worker pays nothing) and queues a callback in the worker's language and safe window;
//! repeated rings from one number on one day make one callback, matched by the phone's
//! blind index; the operator works them from `/callbacks`.

use axum::http::StatusCode;
use workvoice_domain::Millis;
use workvoice_domain::{Language, SafeWindow};
use workvoice_store::CallbackSource;
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::ivr::{WORKER, app, case_of, consent_to_callbacks};
use crate::support::T0;
use crate::support::ivr_caller::{Call, ORIGIN, Verb, parse};

engine_tests!(
    missed_call_queues_one_callback_per_number_and_day_in_the_worker_language_and_window,
    missed_call_after_a_hang_up_in_the_menu_and_the_operator_page_closes_it,
);

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

async fn ring(app: &crate::support::TestApp, sid: &str) -> Vec<Verb> {
    let call = Call::new(app, sid, WORKER);
    let reply = call
        .post(
            &format!("{ORIGIN}/voice/missed"),
            &[("CallStatus", "ringing")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    parse(&reply.body)
}

async fn missed_call_queues_one_callback_per_number_and_day_in_the_worker_language_and_window(
    db: TempDatabase,
) {
    let app = app(db, true).await;
    // The worker's case: Vietnamese, callbacks only 18:00–20:00 local time.
    let window = SafeWindow::new(18 * 60, 20 * 60);
    case_of(&app, WORKER, Language::Vi, consent_to_callbacks(window)).await;
    assert_eq!(
        ring(&app, "CA-m1").await,
        vec![Verb::Reject],
        "refused: free for the worker"
    );
    for sid in ["CA-m2", "CA-m3", "CA-m3"] {
        ring(&app, sid).await;
    }
    let (open, total) = app.store.open_callbacks(50, 0).await.unwrap();
    assert_eq!(total, 1, "one callback for the day: {open:?}");
    let callback = &open[0];
    assert_eq!(
        callback.calls, 3,
        "three calls; a repeated delivery is not a call"
    );
    assert_eq!(callback.language, Language::Vi);
    assert_eq!(callback.source, CallbackSource::MissedCall);
    let local = callback.due_at.local_date_time("Asia/Dhaka").unwrap();
    assert!(
        (18..20).contains(&local.hour()),
        "inside the safe window: {local}"
    );
    assert!(callback.due_at >= Millis(T0));

    // The next day is a new callback.
    app.clock.advance(DAY_MS);
    ring(&app, "CA-m4").await;
    assert_eq!(app.store.open_callbacks(50, 0).await.unwrap().1, 2);
}

async fn missed_call_after_a_hang_up_in_the_menu_and_the_operator_page_closes_it(db: TempDatabase) {
    let app = app(db, true).await;
    let call = Call::new(&app, "CA-hang-1", WORKER);
    let first = call
        .post(&format!("{ORIGIN}/voice/call/welcome-0"), &[])
        .await;
    assert_eq!(first.status, StatusCode::OK);
    // The worker hangs up at the language question; the provider reports it twice.
    for _ in 0..2 {
        let ended = call
            .post(
                &format!("{ORIGIN}/voice/status"),
                &[("CallStatus", "completed")],
            )
            .await;
        assert_eq!(ended.status, StatusCode::NO_CONTENT);
    }
    let (open, total) = app.store.open_callbacks(50, 0).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(open[0].calls, 1);

    let mut op = app.signed_in("op").await;
    let page = op.get("/callbacks").await.assert_ok();
    page.assert_shows("+8801711000001");
    page.assert_shows("Missed call");
    let csrf = page.csrf();
    let empty = op
        .post_form(
            &format!("/callbacks/{}/done", open[0].id),
            &[("csrf", &csrf), ("outcome", "")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = op
        .post_form(
            &format!("/callbacks/{}/done", open[0].id),
            &[("csrf", &csrf), ("outcome", "reached")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(app.store.open_callbacks(50, 0).await.unwrap().1, 0);
    assert!(
        op.get("/callbacks")
            .await
            .body
            .contains("No callbacks waiting")
    );
}
