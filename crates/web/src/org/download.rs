//! Downloading an attachment: helpline staff any, organisations' users only in their scope.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use workvoice_domain::ids::AttachmentId;

use crate::error::WebError;
use crate::org::access::Viewer;
use crate::org::evidence::EVIDENCE;
use crate::state::AppState;
use crate::uploads;

/// Downloads an attachment: for helpline staff any, for others only in their scope.
/// Always as a download with the stored (sniffed) type and `nosniff`, so a file can never
/// run as a page of this site.
pub async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<AttachmentId>,
) -> Result<Response, WebError> {
    let case = state.store.case_of_attachment(viewer.scope, id).await?;
    let found = state
        .store
        .attachment(&case, id, viewer.user.id, state.time())
        .await?;
    let path = uploads::stored_path(&state.config.attachments_dir, &found.storage_key)
        .ok_or(WebError::NotFound)?;
    let bytes = match tokio::fs::read(path).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::error!(attachment = id.get(), error = %err, "evidence file missing");
            return Err(WebError::NotFound);
        }
    };
    let disposition = format!(
        "attachment; filename=\"{}\"",
        uploads::clean_file_name(&found.file_name, EVIDENCE.fallback_name)
    );
    Ok((
        [
            (header::CONTENT_TYPE, found.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        Body::from(bytes),
    )
        .into_response())
}
