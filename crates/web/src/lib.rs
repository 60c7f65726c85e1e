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
pub mod dissemination;
pub mod error;
pub mod helpline;
pub mod i18n;
pub mod library;
pub mod ops;
pub mod org;
pub mod osh;
pub mod protocol;
pub mod registry;
pub mod reports;
pub mod request_span;
pub mod routes;
pub mod security;
pub mod shared;
pub mod state;
pub mod surveys;
pub mod uploads;

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
pub use state::{AppState, ChannelChecks, Limits, VoiceConfig, WebConfig};

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
        .merge(dissemination::routes())
        .merge(security::routes())
        .merge(reports::routes())
        .merge(library::routes())
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

/// The content security policy: only our own scripts, styles and images (and `data:`
/// images), no plugins, no `<base>`, forms post only here, and no page may be framed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

/// HSTS for a year, subdomains included; sent when the server is reached over TLS
/// (`WebConfig::hsts`).
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000; includeSubDomains";

/// Security headers on every response. Nothing is cached unless a handler says so (the
/// hashed static assets do): a shared computer or a proxy keeps no copy of a case page.
/// No referrer leaves the site, so a link followed from a page never carries its address.
fn with_security_headers(router: Router<AppState>, hsts: bool) -> Router<AppState> {
    let mut headers = vec![
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (HeaderName::from_static("x-frame-options"), "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (header::CACHE_CONTROL, "no-store"),
    ];
    if hsts {
        headers.push((header::STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY));
    }
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
    let app = with_security_headers(app, state.config.hsts)
        .layer(DefaultBodyLimit::max(limit))
        .layer(RequestBodyLimitLayer::new(cap))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            state.config.request_timeout,
        ));
    request_span::layer(ops::http_metrics::layer(app)).with_state(state)
}
