//! Importing the protocol from an uploaded TOML file: saved like the edited text.

use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::protocol::editor::{protocol_page, save_text};
use crate::protocol::require_admin;
use crate::state::AppState;

/// Largest protocol or holidays file accepted by upload; real ones are a few kilobytes.
const MAX_FILE_BYTES: usize = 256 * 1024;

/// The text of the first file in a multipart form, or an error message key.
async fn uploaded_text(mut multipart: Multipart) -> Result<String, &'static str> {
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let bytes = field.bytes().await.map_err(|_| "admin-file-unreadable")?;
        if bytes.is_empty() {
            return Err("admin-file-missing");
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err("admin-file-too-large");
        }
        return String::from_utf8(bytes.to_vec()).map_err(|_| "admin-file-not-text");
    }
    Err("admin-file-missing")
}

pub async fn import(
    State(state): State<AppState>,
    staff: Staff,
    multipart: Multipart,
) -> Result<Response, WebError> {
    require_admin(&staff)?;
    match uploaded_text(multipart).await {
        Ok(text) => save_text(&state, &staff, text).await,
        Err(key) => {
            let page = protocol_page(&state, &staff, None, Some(staff.tr().t(key)), false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
