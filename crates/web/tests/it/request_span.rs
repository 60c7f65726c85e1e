//! Every request runs in a span carrying its request id (also sent back in
//! `x-request-id`), method, matched route, status and duration — and nothing a caller
//! typed: not the path as sent, not the query string.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use crate::support::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use tracing::Subscriber;
use tracing::field::{Field, Visit};
use tracing::instrument::WithSubscriber;
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use workvoice_testdb::{TempDatabase, engine_tests};

/// One span's fields (name, value), in the order they were recorded.
type FieldList = Vec<(String, String)>;

/// The fields of every `request` span.
#[derive(Clone, Default)]
struct Spans(Arc<Mutex<Vec<FieldList>>>);

struct Fields<'a>(&'a mut FieldList);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

/// Which entry of `Spans` a live span writes to.
struct Index(usize);

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Spans {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if attrs.metadata().name() != "request" {
            return;
        }
        let mut spans = self.0.lock().unwrap();
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        spans.push(fields);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Index(spans.len() - 1));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        if let Some(Index(i)) = span.extensions().get::<Index>() {
            values.record(&mut Fields(&mut self.0.lock().unwrap()[*i]));
        }
    }
}

impl Spans {
    fn field(&self, span: usize, name: &str) -> Option<String> {
        self.0.lock().unwrap()[span]
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    fn last(&self) -> usize {
        self.0.lock().unwrap().len() - 1
    }
}

engine_tests!(a_request_runs_in_a_span_of_its_route_with_its_id);

async fn a_request_runs_in_a_span_of_its_route_with_its_id(db: TempDatabase) {
    let spans = Spans::default();
    // The test may move between worker threads: the subscriber goes with its future.
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    check_spans(db, spans).with_subscriber(subscriber).await;
}

async fn check_spans(db: TempDatabase, spans: Spans) {
    let app = TestApp::builder().operator().build(db).await;
    let mut client = app.signed_in("op").await;

    let reply = client.get("/search?q=Rina+Akter").await.assert_ok();
    let id = reply.headers["x-request-id"].to_str().unwrap().to_owned();
    assert!(!id.is_empty());
    let span = spans.last();
    assert_eq!(
        spans.field(span, "request_id").as_deref(),
        Some(id.as_str())
    );
    assert_eq!(spans.field(span, "method").as_deref(), Some("GET"));
    assert_eq!(spans.field(span, "route").as_deref(), Some("/search"));
    assert_eq!(spans.field(span, "status").as_deref(), Some("200"));
    assert!(spans.field(span, "duration_ms").is_some());
    let recorded = format!("{:?}", spans.0.lock().unwrap());
    assert!(!recorded.contains("Rina"), "{recorded}");

    // A nested API route is named by its pattern, not by the id sent.
    let reply = client.get("/api/cases/4242").await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let span = spans.last();
    assert_eq!(
        spans.field(span, "route").as_deref(),
        Some("/api/cases/{id}")
    );
    assert_eq!(spans.field(span, "status").as_deref(), Some("401"));
    assert_ne!(reply.headers["x-request-id"], id.as_str());

    // A path no route matches is not written down as sent.
    client.get("/no/such/page?name=Rina").await;
    assert_eq!(
        spans.field(spans.last(), "route").as_deref(),
        Some("unmatched")
    );

    // An id from a proxy in front is kept, so its logs and ours line up.
    let reply = client
        .send(
            Request::get("/healthz")
                .header("x-request-id", "proxy-123")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(reply.headers["x-request-id"], "proxy-123");
    assert_eq!(
        spans.field(spans.last(), "request_id").as_deref(),
        Some("proxy-123")
    );
}
