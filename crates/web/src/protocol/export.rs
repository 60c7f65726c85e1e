//! The active protocol as a TOML file to download.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::protocol::require_admin;
use crate::state::AppState;

/// The active protocol as a file to download, edit and upload again.
pub async fn export(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    require_admin(&staff)?;
    let active = state.store.active_protocol().await?;
    let disposition = format!(
        "attachment; filename=\"workvoice-protocol-v{}.toml\"",
        active.id
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/toml; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        active.protocol.to_toml(),
    )
        .into_response())
}
