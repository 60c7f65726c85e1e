//! One tracing span per request, so every log line a request causes can be found by its
//! request id. The id is made here (a UUID), or kept from a proxy's `x-request-id`, and
//! the response carries it back in `x-request-id`. The span holds the method, the matched
//! route — the pattern (`/cases/{id}`), never the path as sent nor its query string, which
//! may hold a searched name — and, once the response is ready, its status and duration.
//! Never bodies, other headers or caller fields.

use std::time::Duration;

use axum::Router;
use axum::extract::MatchedPath;
use axum::http::{Request, Response};
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::TraceLayer;
use tracing::Span;
use tracing::field::Empty;

/// The route of a request that matched none (the fallback).
const UNMATCHED: &str = "unmatched";

fn make_span<B>(request: &Request<B>) -> Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, MatchedPath::as_str);
    let request_id = request
        .extensions()
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or_default();
    tracing::info_span!(
        "request",
        request_id,
        method = %request.method(),
        route,
        status = Empty,
        duration_ms = Empty,
    )
}

fn on_response<B>(response: &Response<B>, latency: Duration, span: &Span) {
    span.record("status", response.status().as_u16());
    span.record(
        "duration_ms",
        u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
    );
    tracing::debug!("response");
}

/// Wraps every route of `router` (routing has happened, so the matched route is known):
/// the request id outermost, then the span.
pub fn layer<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    router
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(make_span as fn(&Request<_>) -> Span)
                .on_response(on_response as fn(&Response<_>, Duration, &Span)),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}
