//! Workvoice's HTTP layer: HTML pages for people, a JSON API for services, and the
//! middleware that guards both.
//!
//! Architecture invariant: only this crate knows HTTP, HTML and JSON. Handlers are thin:
//! parse the request into domain types, call the store, render.

pub mod accounts;
pub mod api;
pub mod assets;
pub mod auth;
pub mod awareness;
pub mod channels;
pub mod clock;
pub mod error;
pub mod helpline;
pub mod i18n;
pub mod ops;
pub mod org;
pub mod osh;
pub mod protocol;
pub mod registry;
pub mod request_span;
pub mod routes;
pub mod shared;
pub mod state;
pub mod surveys;
pub mod uploads;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use clock::{Clock, ManualClock, SystemClock};
pub use routes::RouteInfo;
pub use state::{AppState, ChannelChecks, VoiceConfig, WebConfig};

use crate::routes::Routes;

async fn not_found() -> error::WebError {
    error::WebError::NotFound
}

async fn healthz() -> &'static str {
    "ok"
}

/// Routes outside the session middleware: health and readiness, metrics, static assets, and what
/// gateways call (authenticated by a secret in the path, never by a session).
fn public_routes() -> Routes {
    Routes::new()
        .get("/healthz", healthz)
        .get("/metrics", ops::metrics::metrics)
        .get("/readyz", ops::ready::readyz)
        .get("/static/{name}", assets::serve)
        .merge(channels::gateway_routes())
}

/// Every page route: the union of the features' routes. Features still to come
/// (channels, awareness, osh, surveys, reports, library) add theirs here the same way.
fn page_routes() -> Routes {
    accounts::routes()
        .merge(helpline::routes())
        .merge(org::routes())
        .merge(registry::routes())
        .merge(awareness::routes())
        .merge(protocol::routes())
        .merge(channels::routes())
        .merge(surveys::routes())
        .merge(osh::routes())
}

/// Method and path of every route the router serves, except the `/api` endpoints the
/// OpenAPI document (`/api/openapi.json`) lists. Built from the same declarations as
/// [`router`], so the two cannot disagree.
pub fn route_table() -> Vec<RouteInfo> {
    let mut table = public_routes().table("");
    table.extend(page_routes().table(""));
    table.extend(api::undocumented().table("/api"));
    table
}

fn pages(state: AppState) -> Router<AppState> {
    page_routes()
        .into_router(&state.config)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state, auth::csrf::layer))
}

/// Security headers on every response. The policy allows only our own scripts and styles:
/// pages never load anything from another origin.
fn with_security_headers(router: Router<AppState>) -> Router<AppState> {
    let headers = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (HeaderName::from_static("x-frame-options"), "DENY"),
    ];
    headers.into_iter().fold(router, |r, (name, value)| {
        r.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let limit = state.config.body_limit;
    // The outer cap admits an evidence upload; every other body is held to `limit` by the
    // CSRF middleware (forms) and the extractors' default limit (JSON).
    let cap = limit.max(state.config.upload_limit);
    let app = public_routes()
        .into_router(&state.config)
        .nest("/api", api::router(&state.config))
        .merge(pages(state.clone()));
    let app = with_security_headers(app)
        .layer(DefaultBodyLimit::max(limit))
        .layer(RequestBodyLimitLayer::new(cap))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ));
    request_span::layer(app).with_state(state)
}
