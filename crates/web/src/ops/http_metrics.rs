//! Request counts and latency histograms by route, for `/metrics`. The route is the
//! matched pattern (`/cases/{id}`), never the path as sent, so no id or searched word
//! becomes a label and the number of series stays bounded. Counts are per process, as
//! Prometheus expects: it scrapes every server and adds them up.

use std::sync::OnceLock;
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::middleware::{self, Next};
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// The route of a request that matched none.
const UNMATCHED: &str = "unmatched";

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answered {
    method: String,
    route: String,
    /// `2xx`, `3xx`, `4xx` or `5xx`.
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    method: String,
    route: String,
}

type Latencies = Family<Route, Histogram, fn() -> Histogram>;

struct HttpMetrics {
    requests: Family<Answered, Counter>,
    seconds: Latencies,
}

/// 0.5 ms to about 16 s in doublings: case pages answer in milliseconds, a report or an
/// import in seconds.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.000_5, 2.0, 16))
}

fn http_metrics() -> &'static HttpMetrics {
    static METRICS: OnceLock<HttpMetrics> = OnceLock::new();
    METRICS.get_or_init(|| HttpMetrics {
        requests: Family::default(),
        seconds: Family::new_with_constructor(latency_histogram as fn() -> Histogram),
    })
}

fn status_class(status: u16) -> String {
    format!("{}xx", status / 100)
}

async fn track(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(UNMATCHED, MatchedPath::as_str)
        .to_owned();
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let metrics = http_metrics();
    metrics
        .seconds
        .get_or_create(&Route {
            method: method.clone(),
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&Answered {
            method,
            route,
            status: status_class(response.status().as_u16()),
        })
        .inc();
    response
}

/// Counts every route of `router` (applied per route, so the matched pattern is known).
pub fn layer<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    router.layer(middleware::from_fn(track))
}

/// Adds the request families to a registry being encoded for a scrape.
pub fn register(registry: &mut Registry) {
    let metrics = http_metrics();
    registry.register(
        "workvoice_http_requests",
        "Requests answered, by method, route pattern and status class",
        metrics.requests.clone(),
    );
    registry.register(
        "workvoice_http_request_duration_seconds",
        "Time to answer a request, by method and route pattern",
        metrics.seconds.clone(),
    );
}

#[cfg(test)]
mod tests {
    use super::status_class;

    #[test]
    fn statuses_are_counted_by_class() {
        assert_eq!(status_class(201), "2xx");
        assert_eq!(status_class(303), "3xx");
        assert_eq!(status_class(404), "4xx");
        assert_eq!(status_class(503), "5xx");
    }
}
