//! After intake, through the HTML pages: the worker kept informed (callback outcomes, SMS
//! updates queued in the outbox only with consent), closure with an outcome and the
//! retaliation watch, reopening, and incidents linking several cases.

use crate::support;
use workvoice_domain::Millis;

use crate::support::{T0, TestApp};
use axum::http::StatusCode;
use workvoice_domain::Country;
use workvoice_domain::ids::CaseId;
use workvoice_store::{InformMethod, InformOutcome, InformStage, Scope, TaskKind};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(
    informed_by_sms_update_queues_exactly_one_outbox_row,
    informed_by_sms_is_refused_without_consent_and_writes_nothing,
    informed_callback_outcome_is_recorded,
    closure_of_a_reprisal_risk_case_schedules_follow_ups_and_reopen_works,
    closure_reprisal_case_links_the_earlier_case,
    incident_page_lists_linked_cases,
);

const DAY: i64 = 24 * 60 * 60 * 1000;

/// Records a case through the intake form; returns its id.
async fn record(c: &mut support::Client, workplace: &str, category: &str, sms: bool) -> CaseId {
    let mut fields = vec![
        ("workplace", workplace),
        ("category", category),
        ("urgency", "normal"),
        ("language", "bn"),
        ("caller_phone", "01712345678"),
        ("caller_name", "Rina Akter"),
        ("consent_callback", "on"),
        ("safe_time_from", "18:00"),
        ("safe_time_to", "21:00"),
        ("summary", "Fire exit locked on the third floor"),
        ("narrative", "Told by a worker on the night shift"),
        ("shareable_summary", "Exit locked, third floor"),
    ];
    if sms {
        fields.push(("consent_sms", "on"));
    }
    let r = c.submit_new("/cases", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.new_case()
}

/// An operator signed in, and the workplace the cases are recorded at.
async fn setup(db: TempDatabase) -> (TestApp, support::Client) {
    let app = TestApp::builder()
        .operator()
        .workplace("Rahman Knitwear Ltd", Country::Bangladesh)
        .build(db)
        .await;
    let c = app.signed_in("op").await;
    (app, c)
}

async fn informed_by_sms_update_queues_exactly_one_outbox_row(db: TempDatabase) {
    let (app, mut c) = setup(db).await;
    let id = record(&mut c, "Rahman Knitwear Ltd", "wages.late", true).await;
    let scoped = app.helpline_case(id).await;
    let path = format!("/cases/{id}");
    let page = c.get(&path).await;
    assert!(page.body.contains("Worker kept informed"));
    assert!(page.body.contains("Send SMS update"));
    assert!(page.body.contains("Mark worker informed"));
    let r = c.act(&path, "sms", &[("stage", "response")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let outbox = app.store.case_outbox(&scoped).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].status.code(), "queued");
    assert_eq!(outbox[0].language.code(), "bn");
    assert!(!outbox[0].params.contains("1712345678"));
    let informs = app.store.case_informs(&scoped).await.unwrap();
    assert_eq!(informs.len(), 1);
    assert_eq!(
        (informs[0].stage, informs[0].method, informs[0].outcome),
        (
            InformStage::Response,
            InformMethod::Sms,
            InformOutcome::Queued
        )
    );
    let page = c.get(&path).await;
    page.assert_shows("SMS update queued");
    assert!(page.body.contains(": queued"));
}

async fn informed_by_sms_is_refused_without_consent_and_writes_nothing(db: TempDatabase) {
    let (app, mut c) = setup(db).await;
    let id = record(&mut c, "Rahman Knitwear Ltd", "wages.late", false).await;
    let scoped = app.helpline_case(id).await;
    let path = format!("/cases/{id}");
    let page = c.get(&path).await;
    assert!(
        !page.body.contains("Send SMS update"),
        "no SMS button without consent"
    );
    let before = app.store.case_events(&scoped).await.unwrap().len();
    for (action, fields) in [
        ("sms", vec![("stage", "response")]),
        ("informed", vec![("stage", "response"), ("method", "sms")]),
    ] {
        let r = c
            .submit(&path, &format!("/cases/{id}/{action}"), &fields)
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}");
        assert!(r.body.contains("did not agree to receive SMS"), "{action}");
    }
    assert!(app.store.case_outbox(&scoped).await.unwrap().is_empty());
    assert!(app.store.case_informs(&scoped).await.unwrap().is_empty());
    assert_eq!(app.store.case_events(&scoped).await.unwrap().len(), before);
}

async fn informed_callback_outcome_is_recorded(db: TempDatabase) {
    let (app, mut c) = setup(db).await;
    let id = record(&mut c, "Rahman Knitwear Ltd", "wages.late", false).await;
    let scoped = app.helpline_case(id).await;
    let path = format!("/cases/{id}");
    let page = c.get(&path).await;
    for label in [
        "Reached",
        "No answer",
        "Wrong person — do not disclose",
        "Callback outcome",
    ] {
        assert!(page.body.contains(label), "{label}");
    }
    // Scheduling puts the callback inside the worker's 18:00–21:00 window (Dhaka).
    let r = c.act(&path, "callback", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let tasks = app.store.case_tasks(&scoped).await.unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].kind, TaskKind::Callback);
    assert!(workvoice_domain::may_contact_now(
        tasks[0].due_at,
        workvoice_domain::SafeWindow::new(18 * 60, 21 * 60).unwrap(),
        "Asia/Dhaka"
    ));
    let follow_ups = c.get("/follow-ups").await;
    assert_eq!(
        follow_ups.body.matches("data-testid=\"follow-up\"").count(),
        1
    );

    let r = c
        .act(
            &path,
            "callback-outcome",
            &[("stage", "acknowledgement"), ("outcome", "reached")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let informs = app.store.case_informs(&scoped).await.unwrap();
    assert_eq!(informs.len(), 1);
    assert_eq!(informs[0].outcome, InformOutcome::Reached);
    let page = c.get(&path).await;
    page.assert_shows("Informed by callback on");
    let follow_ups = c.get("/follow-ups").await;
    assert!(
        follow_ups
            .body
            .contains("No callbacks or reprisal checks are due.")
    );

    // A made-up outcome is refused beside the form, nothing recorded.
    let r = c
        .act(
            &path,
            "callback-outcome",
            &[("stage", "acknowledgement"), ("outcome", "queued")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.store.case_informs(&scoped).await.unwrap().len(), 1);
}

async fn closure_of_a_reprisal_risk_case_schedules_follow_ups_and_reopen_works(db: TempDatabase) {
    let (app, mut c) = setup(db).await;
    let id = record(&mut c, "Rahman Knitwear Ltd", "wages.late", false).await;
    let path = format!("/cases/{id}");
    let r = c
        .act(&path, "reprisal-risk", &[("reprisal_risk", "on")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        c.get(&path)
            .await
            .body
            .contains("id=\"reprisal-risk\" name=\"reprisal_risk\" checked")
    );

    // Without an outcome the form comes back with the error beside it.
    let r = c.act(&path, "close", &[("outcome", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("This field is required."));
    assert!(
        app.store
            .case(Scope::Helpline, id)
            .await
            .unwrap()
            .closed_at
            .is_none()
    );

    // Less than the session's idle limit, so the operator stays signed in.
    const HOUR: i64 = 60 * 60 * 1000;
    app.clock.advance(HOUR);
    let closed_at = T0 + HOUR;
    let r = c
        .act(&path, "close", &[("outcome", "resolved_accepted")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let case = app.store.case(Scope::Helpline, id).await.unwrap();
    assert_eq!(case.closed_at, Some(Millis(closed_at)));
    assert_eq!(case.summary.status, "closed");
    let due: Vec<(TaskKind, i64)> = app
        .store
        .case_tasks(&app.helpline_case(id).await)
        .await
        .unwrap()
        .iter()
        .map(|t| (t.kind, t.due_at.0))
        .collect();
    assert_eq!(
        due,
        [
            (TaskKind::Retaliation30, closed_at + 30 * DAY),
            (TaskKind::Retaliation90, closed_at + 90 * DAY),
        ]
    );
    let page = c.get(&path).await;
    assert!(page.body.contains("Reopen case"));
    assert!(page.body.contains("Resolved – accepted"));
    let follow_ups = c.get("/follow-ups").await;
    assert!(follow_ups.body.contains("Reprisal check (30 days)"));
    assert!(follow_ups.body.contains("Reprisal check (90 days)"));

    // A retaliation check is completed from the list, with its result required.
    let task = app.store.open_tasks(Scope::Helpline, 10).await.unwrap()[0]
        .task
        .id;
    let r = c
        .submit(
            "/follow-ups",
            &format!("/follow-ups/{task}/done"),
            &[("outcome", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c
        .submit(
            "/follow-ups",
            &format!("/follow-ups/{task}/done"),
            &[("outcome", "no_retaliation")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store
            .open_tasks(Scope::Helpline, 10)
            .await
            .unwrap()
            .len(),
        1
    );

    let r = c.act(&path, "reopen", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let case = app.store.case(Scope::Helpline, id).await.unwrap();
    assert_eq!(
        (case.closed_at, case.summary.status.as_str()),
        (None, "triaged")
    );
    let page = c.get(&path).await;
    assert!(page.body.contains("Close case"));
    assert!(page.body.contains("reopened the case"));
}

async fn closure_reprisal_case_links_the_earlier_case(db: TempDatabase) {
    let (_app, mut c) = setup(db).await;
    let earlier = record(&mut c, "Rahman Knitwear Ltd", "wages.late", false).await;
    let reprisal = record(&mut c, "Rahman Knitwear Ltd", "reprisal", false).await;
    let path = format!("/cases/{reprisal}");
    assert!(c.get(&path).await.body.contains("Link earlier case"));
    assert!(
        !c.get(&format!("/cases/{earlier}"))
            .await
            .body
            .contains("Link earlier case")
    );
    let r = c.act(&path, "related", &[("earlier_case", "987654")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("No case has this number."));
    assert!(r.body.contains("value=\"987654\""), "typed value kept");
    let typed = format!("#{earlier}");
    let r = c.act(&path, "related", &[("earlier_case", &typed)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        c.get(&path)
            .await
            .body
            .contains(&format!("Follows case #{earlier}"))
    );
}

async fn incident_page_lists_linked_cases(db: TempDatabase) {
    let (app, mut c) = setup(db).await;
    let first = record(&mut c, "Rahman Knitwear Ltd", "life_safety.fire", false).await;
    let second = record(&mut c, "Rahman Knitwear Ltd", "life_safety.fire", false).await;
    let r = c
        .act(
            &format!("/cases/{first}"),
            "incident",
            &[("incident_title", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Choose an incident or type a title"));

    let r = c
        .act(
            &format!("/cases/{first}"),
            "incident",
            &[("incident_title", "Fire at Rahman Knitwear, 3rd floor")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = c.get("/incidents").await.assert_ok();
    assert!(list.body.contains("Fire at Rahman Knitwear, 3rd floor"));
    let incident = app
        .store
        .incidents(Scope::Helpline, 10, 0)
        .await
        .unwrap()
        .items[0]
        .id;

    // The second caller's case joins the same incident, chosen from the workplace's list.
    let page = c.get(&format!("/cases/{second}")).await;
    assert!(page.body.contains(&format!(
        "<option value=\"{incident}\">Fire at Rahman Knitwear"
    )));
    let chosen = incident.to_string();
    let r = c
        .act(
            &format!("/cases/{second}"),
            "incident",
            &[("incident_id", &chosen), ("incident_title", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let page = c.get(&format!("/incidents/{incident}")).await.assert_ok();
    assert!(page.body.contains("Rahman Knitwear Ltd"));
    assert_eq!(
        page.body.matches("data-testid=\"incident-case\"").count(),
        2
    );
    for id in [first, second] {
        assert!(page.body.contains(&format!("href=\"/cases/{id}\"")));
    }
    assert!(
        c.get(&format!("/cases/{second}"))
            .await
            .body
            .contains(&format!("href=\"/incidents/{incident}\""))
    );
    assert_eq!(
        c.get("/incidents/999999").await.status,
        StatusCode::NOT_FOUND
    );
}
