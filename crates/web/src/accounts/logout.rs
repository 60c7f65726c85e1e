//! Signing out: the session ends in the database, and its cookie is deleted.

use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};

use crate::auth::cookies;
use crate::error::WebError;
use crate::state::AppState;

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let config = &state.config;
    if let Some(token) = cookies::read(&headers, cookies::session_name(config)) {
        state.store.delete_session(&token).await?;
    }
    Ok(signed_out(config))
}

/// The answer once a session has ended: its cookie deleted, and the login page next.
pub(crate) fn signed_out(config: &crate::state::WebConfig) -> Response {
    (
        AppendHeaders([(
            header::SET_COOKIE,
            cookies::build(config, cookies::session_name(config), "", "/", Some(0)),
        )]),
        Redirect::to("/login"),
    )
        .into_response()
}
