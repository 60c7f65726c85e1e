//! Workvoice's HTTP layer: HTML pages for people, a JSON API for services, and the
//! middleware that guards both.
//!
//! Architecture invariant: only this crate knows HTTP, HTML and JSON. Handlers are thin:
//! parse the request into domain types, call the store, render.

pub mod api;
pub mod assets;
pub mod auth;
pub mod clock;
pub mod error;
pub mod i18n;
pub mod pages;
pub mod state;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use clock::{Clock, ManualClock, SystemClock};
pub use state::{AppState, WebConfig};

async fn not_found() -> error::WebError {
    error::WebError::NotFound
}

async fn healthz() -> &'static str {
    "ok"
}

fn pages(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(pages::dashboard::show))
        .route("/login", get(auth::login::show).post(auth::login::submit))
        .route("/logout", post(auth::login::logout))
        .route("/language", post(auth::login::switch_language))
        .route(
            "/cases",
            get(pages::queue::show).post(pages::intake::submit),
        )
        .route("/cases/new", get(pages::intake::show))
        .route("/cases/{id}", get(pages::case_page::show))
        .route("/cases/{id}/notes", post(pages::case_page::add_note))
        .route("/cases/{id}/assign", post(pages::case_page::assign))
        .route("/search", get(pages::search::show))
        .route(
            "/cases/{id}/callback-outcome",
            post(pages::worker_informed::callback_outcome),
        )
        .route("/cases/{id}/sms", post(pages::worker_informed::send_sms))
        .route(
            "/cases/{id}/informed",
            post(pages::worker_informed::mark_informed),
        )
        .route(
            "/cases/{id}/callback",
            post(pages::worker_informed::schedule_callback),
        )
        .route("/cases/{id}/close", post(pages::closure::close))
        .route("/cases/{id}/reopen", post(pages::closure::reopen))
        .route(
            "/cases/{id}/reprisal-risk",
            post(pages::closure::reprisal_risk),
        )
        .route("/cases/{id}/related", post(pages::closure::link_related))
        .route("/cases/{id}/incident", post(pages::incidents::link))
        .route("/incidents", get(pages::incidents::list))
        .route("/incidents/{id}", get(pages::incidents::show))
        .route("/follow-ups", get(pages::follow_ups::show))
        .route("/follow-ups/{id}/done", post(pages::follow_ups::done))
        .route("/cases/{id}/disclosure", post(pages::disclosure::submit))
        .route("/org", get(pages::factory::list))
        .route("/org/brand", get(pages::brand::counts))
        .route("/org/cases/{id}", get(pages::factory::show))
        .route(
            "/org/cases/{id}/acknowledge",
            post(pages::factory::acknowledge),
        )
        .route("/org/cases/{id}/respond", post(pages::factory::respond))
        .route("/org/cases/{id}/clarify", post(pages::factory::clarify))
        .route(
            "/org/cases/{id}/evidence",
            post(pages::factory::evidence).layer(DefaultBodyLimit::max(state.config.upload_limit)),
        )
        .route("/org/attachments/{id}", get(pages::factory::download))
        .route("/cases/{id}/steps/{step}", post(pages::case_steps::meet))
        .route("/cases/{id}/waiting", post(pages::case_steps::waiting))
        .route("/supervisor/overdue", get(pages::supervisor::overdue))
        .route("/supervisor/compliance", get(pages::supervisor::compliance))
        .route("/supervisor/workload", get(pages::supervisor::workload))
        .route("/notifications", get(pages::notifications::show))
        .route("/notifications/read", post(pages::notifications::mark_read))
        .route(
            "/admin/protocol",
            get(pages::admin_protocol::show).post(pages::admin_protocol::save),
        )
        .route("/admin/protocol.toml", get(pages::admin_protocol::export))
        .route(
            "/admin/protocol/import",
            post(pages::admin_protocol::import),
        )
        .route(
            "/admin/holidays",
            get(pages::admin_protocol::holidays).post(pages::admin_protocol::save_holidays),
        )
        .route("/workplaces/suggest", get(pages::workplace_choice::suggest))
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
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/static/{name}", get(assets::serve))
        .nest("/api", api::router())
        .merge(pages(state.clone()));
    with_security_headers(app)
        .layer(DefaultBodyLimit::max(limit))
        .layer(RequestBodyLimitLayer::new(cap))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
