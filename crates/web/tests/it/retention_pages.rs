//! The administrators' retention page and data-subject request pages (issue 14): the
//! retention page shows each period, what the next run would remove and what the runs
//! removed, supervisors read it and only administrators change a period (access-logged,
//! a wrong number comes back with what was typed); a worker's erasure request is recorded,
//! listed with its deadlines, and erased only after the confirmation; an access request's
//! export is a JSON download. Every act adds to the access log.

use axum::http::StatusCode;
use workvoice_channels::{RetentionJob, Runner};
use workvoice_domain::Millis;
use workvoice_domain::retention::DAY_MS;
use workvoice_domain::{Consent, Language, Role};
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::ivr::case_of;
use crate::support::{T0, TestApp};

engine_tests!(
    retention_page_shows_the_next_run_and_only_an_administrator_sets_a_period,
    erasure_request_on_the_web_needs_the_confirmation_and_access_is_a_download,
);

async fn app(db: TempDatabase) -> TestApp {
    TestApp::builder()
        .operator()
        .user("admin", Role::Admin, Language::En)
        .user("super", Role::Supervisor, Language::En)
        .build(db)
        .await
}

async fn access_log_rows(app: &TestApp) -> i64 {
    app.store.verify_access_log().await.unwrap().rows
}

async fn retention_page_shows_the_next_run_and_only_an_administrator_sets_a_period(
    db: TempDatabase,
) {
    let app = app(db).await;
    let (id, _) = case_of(&app, "+8801711000009", Language::En, Consent::default()).await;
    app.store
        .close_case(
            &app.helpline_case(id).await,
            "resolved_accepted",
            app.user_id("admin"),
            Millis(T0),
        )
        .await
        .unwrap();
    app.clock.advance(400 * DAY_MS);

    let mut supervisor = app.signed_in("super").await;
    let page = supervisor.get("/admin/retention").await.assert_ok();
    page.assert_shows("the identity of 1 case,");
    assert!(page.body.contains("Not run yet."));
    assert!(!page.body.contains("Save period"), "supervisors only read");

    let mut admin = app.signed_in("admin").await;
    let before = access_log_rows(&app).await;
    let typed = admin
        .submit_here(
            "/admin/retention",
            &[("programme", "BD"), ("days", "3 weeks")],
        )
        .await;
    assert_eq!(typed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        typed.body.contains("value=\"3 weeks\""),
        "the typed value comes back"
    );
    assert!(typed.body.contains("Write the period as a number of days."));
    let short = admin
        .submit_here("/admin/retention", &[("programme", "BD"), ("days", "30")])
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("at least 120 days"));
    let saved = admin
        .submit_here("/admin/retention", &[("programme", "BD"), ("days", "200")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.store
            .retention_days(workvoice_domain::retention::Programme::Country(
                workvoice_domain::Country::Bangladesh
            ))
            .await
            .unwrap(),
        200
    );
    assert_eq!(
        access_log_rows(&app).await,
        before + 1,
        "the change is logged"
    );

    // The job runs: the page says when, and what it removed.
    Runner::new(app.store.clone())
        .drain(
            &RetentionJob::of(&app.state().config.attachments_dir),
            app.state().time(),
        )
        .await
        .unwrap();
    let page = supervisor.get("/admin/retention").await;
    page.assert_shows("the identity of 0 cases,");
    assert!(page.body.contains("finished without error"));
    assert_eq!(
        page.body.matches("data-testid=\"retention-run\"").count(),
        1
    );
}

async fn erasure_request_on_the_web_needs_the_confirmation_and_access_is_a_download(
    db: TempDatabase,
) {
    let app = app(db).await;
    let (id, _) = case_of(&app, "+8801711000008", Language::En, Consent::default()).await;
    let (other, _) = case_of(&app, "+8801711000007", Language::En, Consent::default()).await;
    let mut admin = app.signed_in("admin").await;
    let before = access_log_rows(&app).await;

    let wrong = admin
        .submit_here(
            "/admin/subject-requests",
            &[("kind", "erasure"), ("phone", "12ab")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("value=\"12ab\""));
    assert!(wrong.body.contains("<option value=\"erasure\" selected>"));

    let recorded = admin
        .submit_here(
            "/admin/subject-requests",
            &[("kind", "erasure"), ("phone", "01711000008")],
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER);
    let list = admin.get(recorded.location()).await;
    list.assert_shows("is recorded");
    assert_eq!(
        list.body.matches("data-testid=\"subject-request\"").count(),
        1
    );
    let erase_url = {
        let start = list.body.find("/admin/subject-requests/").unwrap();
        let rest = &list.body[start..];
        rest[..rest.find('"').unwrap()].to_owned()
    };
    assert!(erase_url.ends_with("/erase"), "{erase_url}");

    let page = admin.get(&erase_url).await.assert_ok();
    assert!(page.body.contains("This cannot be undone."));
    let unconfirmed = admin.submit_here(&erase_url, &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.body.contains("Tick the box"));
    assert!(
        !app.store
            .case_callers(&app.helpline_case(id).await)
            .await
            .unwrap()
            .is_empty()
    );

    let erased = admin.submit_here(&erase_url, &[("confirm", "yes")]).await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    assert!(
        erased.location().ends_with("erased=1"),
        "{}",
        erased.location()
    );
    assert!(
        app.store
            .case_callers(&app.helpline_case(id).await)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        app.store
            .case_callers(&app.helpline_case(other).await)
            .await
            .unwrap()
            .len(),
        1,
        "another worker's case is untouched"
    );
    assert_eq!(
        admin.get(&erase_url).await.status,
        StatusCode::NOT_FOUND,
        "done: no second erasure"
    );

    // An access request: its export is a download with the worker's data.
    admin
        .submit_here(
            "/admin/subject-requests",
            &[("kind", "access"), ("phone", "+8801711000007")],
        )
        .await;
    let list = admin.get("/admin/subject-requests").await;
    let start = list.body.find("/export\"").unwrap();
    let action_start = list.body[..start].rfind('"').unwrap() + 1;
    let export_url = format!("{}/export", &list.body[action_start..start]);
    let export = admin
        .submit("/admin/subject-requests", &export_url, &[])
        .await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.body);
    assert!(
        export.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["phone"], "+8801711000007");
    assert_eq!(json["cases"].as_array().unwrap().len(), 1);
    // Recording twice, one erased case and one exported case: each in the log.
    assert!(access_log_rows(&app).await >= before + 4);
}
