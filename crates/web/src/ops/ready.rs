//! `GET /readyz`: whether a load balancer may send this server traffic. `/healthz` says
//! the process runs; this says its database answers and carries every migration the build
//! expects (during a rolling upgrade a new server waits for the migration to land).

use axum::extract::State;
use axum::http::StatusCode;
use workvoice_store::NotReady;

use crate::state::AppState;

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    match state.store.readiness().await {
        Ok(()) => (StatusCode::OK, "ready".to_owned()),
        Err(NotReady::Unreachable) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: the database does not answer".to_owned(),
        ),
        Err(NotReady::Behind(n)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: the database lacks {n} migration(s)"),
        ),
    }
}
