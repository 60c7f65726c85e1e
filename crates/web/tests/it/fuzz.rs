//! Fuzzing through the real router on both engines (issue 14, item 5): random search
//! queries (folded and sent to FTS5 or `tsquery`), random gateway forms (Kannel's incoming
//! SMS and delivery reports) and random JSON to the API never get a server error: every
//! answer is a page or a 4xx with a reason. Inputs come from proptest's generator, a fixed
//! number per kind, so the test runs in seconds.

use crate::inbound_sms::SECRET;
use crate::support::TestApp;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use workvoice_domain::Millis;
use workvoice_testdb::{TempDatabase, engine_tests};

engine_tests!(fuzz_search_queries_gateway_forms_and_api_bodies_never_fail_the_server);

const CASES: usize = 40;

/// `n` values of a strategy, from a runner seeded the same way on every run.
fn samples<S: Strategy>(strategy: S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}

fn text() -> impl Strategy<Value = String> {
    proptest::prop_oneof![
        "\\PC{0,30}",
        "[\"'*:&|!()\\\\<>^~ -]{1,12}",
        "[a-zA-Zঅ-হ০-৯ạ-ỹ ]{0,20}",
    ]
}

fn q(text: &str) -> String {
    serde_urlencoded::to_string([("q", text)]).unwrap()
}

async fn fuzz_search_queries_gateway_forms_and_api_bodies_never_fail_the_server(db: TempDatabase) {
    let app = TestApp::builder()
        .operator()
        .kannel_secret(SECRET)
        .build(db)
        .await;
    let mut c = app.signed_in("op").await;
    let (_, token) = app
        .store
        .create_api_token(app.user_id("op"), "fuzz", Millis(0))
        .await
        .unwrap();
    for query in samples(text(), CASES) {
        let r = c.get(&format!("/search?{}", q(&query))).await;
        assert_eq!(r.status, StatusCode::OK, "search {query:?}: {}", r.body);
        let r = c.get(&format!("/cases?{}", q(&query))).await;
        assert!(r.status.as_u16() < 500, "cases {query:?}: {}", r.status);
    }
    let forms = samples((text(), text(), text()), CASES);
    for (n, (sender, message, id)) in forms.into_iter().enumerate() {
        let query = serde_urlencoded::to_string([
            ("sender", sender.as_str()),
            ("message", message.as_str()),
            ("id", &format!("{id}{n}")),
        ])
        .unwrap();
        let mut kannel = app.client();
        let r = kannel
            .send(
                Request::post(format!("/kannel/{SECRET}/receive?{query}"))
                    .body(Body::from(message.clone()))
                    .unwrap(),
            )
            .await;
        assert!(
            r.status == StatusCode::OK || r.status == StatusCode::BAD_REQUEST,
            "receive {sender:?} {message:?}: {} {}",
            r.status,
            r.body
        );
        let report = serde_urlencoded::to_string([("msg", &sender), ("status", &message)]).unwrap();
        let r = kannel
            .get(&format!("/kannel/{SECRET}/status?{report}"))
            .await;
        assert!(r.status.as_u16() < 500, "status {report}: {}", r.status);
    }
    let bodies = samples(
        proptest::prop_oneof![
            "\\PC{0,60}",
            "\\{\"[a-z_]{1,12}\": ?(\"\\PC{0,10}\"|[0-9-]{1,6}|null|true|\\[\\])\\}",
        ],
        CASES,
    );
    for body in bodies {
        let r = c
            .json(Method::POST, "/api/cases", Some(&token), Some(&body))
            .await;
        assert!(
            r.status.is_client_error(),
            "API {body:?}: {} {}",
            r.status,
            r.body
        );
    }
}
