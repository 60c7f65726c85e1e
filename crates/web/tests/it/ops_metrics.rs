//! `/metrics` as Prometheus scrapes it: requests counted and timed by route pattern (never
//! the path with its id), the writer's groups, and backlogs read from the database — the
//! overdue steps once a deadline has passed.

use crate::support::{T0, TestApp};
use axum::http::StatusCode;
use workvoice_domain::Millis;
use workvoice_domain::{
    Channel, Consent, FactoryAgreement, Intake, Language, ShareableSummary, Urgency,
};
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(metrics_count_requests_by_route_and_show_overdue_steps);

const DAY: i64 = 24 * 60 * 60 * 1000;

/// The value of the sample line that starts with `series` (name and labels).
fn sample(body: &str, series: &str) -> Option<f64> {
    body.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .and_then(|v| v.trim().parse().ok())
}

async fn metrics_count_requests_by_route_and_show_overdue_steps(db: TempDatabase) {
    let app = TestApp::builder().operator().build(db).await;
    let intake = Intake {
        workplace_id: None,
        category: "wages.unpaid".into(),
        urgency: Urgency::Urgent,
        language: Language::Bn,
        summary: "Wages late".into(),
        narrative: String::new(),
        shareable_summary: ShareableSummary::parse("").unwrap(),
        caller: None,
        consent: Consent::default(),
        channel: Channel::Phone,
        factory_agreement: FactoryAgreement::ProtocolDefault,
    };
    let id = app
        .store
        .create_case(&intake, Some(app.user_id("op")), Millis(T0))
        .await
        .unwrap()
        .id;
    let mut op = app.signed_in("op").await;
    for _ in 0..3 {
        assert_eq!(op.get(&format!("/cases/{id}")).await.status, StatusCode::OK);
    }
    let scrape = app.client().get("/metrics").await;
    assert_eq!(scrape.status, StatusCode::OK);
    assert!(
        scrape.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"),
        "{:?}",
        scrape.headers
    );
    let body = &scrape.body;
    let pages = sample(
        body,
        "workvoice_http_requests_total{method=\"GET\",route=\"/cases/{id}\",status=\"2xx\"}",
    );
    assert!(pages.is_some_and(|n| n >= 3.0), "{body}");
    let timed = sample(
        body,
        "workvoice_http_request_duration_seconds_count{method=\"GET\",route=\"/cases/{id}\"}",
    );
    assert!(timed.is_some_and(|n| n >= 3.0), "{body}");
    assert!(
        !body.contains(&format!("/cases/{id}\"")),
        "a path with its id became a label: {body}"
    );
    assert_eq!(sample(body, "workvoice_overdue_steps"), Some(0.0), "{body}");
    assert!(
        sample(body, "workvoice_writer_queue_depth").is_some(),
        "{body}"
    );
    assert!(body.trim_end().ends_with("# EOF"), "{body}");

    // Ten days on, the urgent case's first steps are overdue.
    app.clock.advance(10 * DAY);
    let later = app.client().get("/metrics").await.body;
    let overdue = sample(&later, "workvoice_overdue_steps").unwrap_or(0.0);
    assert!(overdue >= 1.0, "{later}");
}
