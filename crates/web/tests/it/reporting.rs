//! Reporting is an act, over HTTP (DESIGN §4): a case recorded on the intake form is
//! invisible to its factory and its brand (list, page, count) until the operator reports it
//! from the case page; the factory then sees the date it was reported and the summary as
//! shared, never the minute of the call; the brand waits for its own report.

use axum::http::StatusCode;
use workvoice_testdb::{TempDatabase, engine_tests};

use crate::support::{Client, TestApp};

engine_tests!(
    unreported_case_is_a_404_to_the_factory_and_the_brand_until_reported_over_http,
    report_to_is_refused_with_a_reason_for_a_test_call_and_without_agreement,
);

const RAHMAN: &str = "Rahman Knitwear Ltd";
const SHARED: &str = "Wages for October unpaid on line 4";

async fn world(db: TempDatabase) -> (TestApp, Client) {
    TestApp::builder()
        .operator()
        .brand("Brand A")
        .workplace_for(RAHMAN, &["Brand A"])
        .factory_contact("factory", RAHMAN)
        .brand_user("brand", "Brand A")
        .build_signed_in(db, "op")
        .await
}

async fn record(op: &mut Client, category: &str, urgency: &str, consent: &str) -> i64 {
    let r = op
        .submit_new(
            "/cases",
            &[
                ("workplace", RAHMAN),
                ("category", category),
                ("urgency", urgency),
                ("language", "en"),
                ("summary", "internal summary"),
                ("shareable_summary", SHARED),
                ("factory_consent", consent),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.new_case()
}

/// What an organisation user reaches of the case: its page's status and whether the
/// list shows it.
async fn org_view(c: &mut Client, id: i64) -> (StatusCode, bool) {
    let page = c.get(&format!("/org/cases/{id}")).await;
    let list = c.get("/org").await.assert_ok();
    (
        page.status,
        list.body.contains(&format!("/org/cases/{id}\"")),
    )
}

async fn unreported_case_is_a_404_to_the_factory_and_the_brand_until_reported_over_http(
    db: TempDatabase,
) {
    let (app, mut op) = world(db).await;
    let id = record(&mut op, "wages.unpaid", "normal", "yes").await;
    let mut factory = app.signed_in("factory").await;
    let mut brand = app.signed_in("brand").await;
    assert_eq!(
        org_view(&mut factory, id).await,
        (StatusCode::NOT_FOUND, false)
    );
    assert_eq!(
        org_view(&mut brand, id).await,
        (StatusCode::NOT_FOUND, false)
    );

    // The operator's page says what to do first, and offers the report.
    let path = format!("/cases/{id}");
    let r = op.act(&path, "steps/acknowledge_worker", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = op.get(&path).await;
    assert!(
        page.body
            .contains("Report to Rahman Knitwear Ltd: due in 2 days"),
        "the next protocol action leads the page"
    );
    let factory_org = app.workplace(RAHMAN).organisation_id.to_string();
    // Reported 50 minutes after the call.
    app.clock.advance(50 * 60_000);
    let r = op
        .act(&path, "report", &[("organisation_id", &factory_org)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let (status, listed) = org_view(&mut factory, id).await;
    assert_eq!((status, listed), (StatusCode::OK, true));
    let seen = factory.get(&format!("/org/cases/{id}")).await.body;
    assert!(seen.contains(SHARED));
    // T0 is 20:13 in Dhaka: the factory sees the day it was told, never that minute.
    assert!(seen.contains("2026-09-21"), "the date reported is shown");
    assert!(
        !seen.contains("20:13") && !seen.contains("20:23"),
        "the time of the call leaked"
    );
    assert_eq!(
        org_view(&mut brand, id).await,
        (StatusCode::NOT_FOUND, false),
        "the brand saw a case before its step"
    );

    let page = op.get(&path).await;
    assert!(
        page.body.contains("told on 2026-09-21 21:03 (version 1)"),
        "the panel says what the factory was told"
    );
    let r = op
        .act(&path, "report", &[("organisation_id", &factory_org)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("already has this version"));
}

async fn report_to_is_refused_with_a_reason_for_a_test_call_and_without_agreement(
    db: TempDatabase,
) {
    let (app, mut op) = world(db).await;
    let factory_org = app.workplace(RAHMAN).organisation_id.to_string();
    for (category, urgency, consent, reason) in [
        (
            "informational.test_call",
            "informational",
            "yes",
            "Questions and test calls are never reported",
        ),
        (
            "abuse.sexual_harassment",
            "urgent",
            "",
            "the worker has not agreed that the factory may be told",
        ),
    ] {
        let id = record(&mut op, category, urgency, consent).await;
        let path = format!("/cases/{id}");
        let page = op.get(&path).await;
        assert!(
            page.body.contains(reason),
            "{category}: the page says why it cannot be reported"
        );
        assert!(
            !page.body.contains("Report to Rahman Knitwear Ltd</button>"),
            "{category}: a report button is offered"
        );
        let r = op
            .act(&path, "report", &[("organisation_id", &factory_org)])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{category}");
        assert!(r.body.contains(reason), "{category}: {}", r.body);
        let mut factory = app.signed_in("factory").await;
        assert_eq!(
            org_view(&mut factory, id).await,
            (StatusCode::NOT_FOUND, false)
        );
    }
}
