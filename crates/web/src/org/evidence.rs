//! Evidence a factory contact uploads to a case of their workplace: checked and written by
//! `uploads`, then recorded. The row is committed only after the file is durable, so a
//! crash in between leaves a file without a row (removed by the orphan sweep), never a row
//! without its file; a file whose row cannot be written is removed at once.

use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sha2::{Digest, Sha256};
use workvoice_domain::ids::CaseId;
use workvoice_store::NewAttachment;

use crate::error::WebError;
use crate::org::access::FactoryContact;
use crate::org::case_page::{FormState, back, respond_page};
use crate::state::AppState;
use crate::uploads::{self, Refused, Rules};

/// Evidence files: photos or PDF documents, at most 5 MiB.
pub(crate) const EVIDENCE: Rules = Rules {
    field: "file",
    max_bytes: 5 * 1024 * 1024,
    types: &["image/jpeg", "image/png", "application/pdf"],
    fallback_name: "evidence",
};

pub async fn evidence(
    State(state): State<AppState>,
    FactoryContact(org): FactoryContact,
    Path(id): Path<CaseId>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let upload = match uploads::read(&mut multipart, &EVIDENCE).await {
        Ok(upload) => upload,
        Err(Refused::Unreadable) => return Err(WebError::BadRequest("org-error-file-missing")),
        Err(refused) => {
            let (status, key) = match refused {
                Refused::Unreadable | Refused::Missing => {
                    (StatusCode::UNPROCESSABLE_ENTITY, "org-error-file-missing")
                }
                Refused::Type => (StatusCode::UNPROCESSABLE_ENTITY, "org-error-file-type"),
                Refused::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "org-error-file-too-large"),
            };
            let kept = FormState {
                evidence_error: Some(key),
                ..FormState::default()
            };
            return respond_page(&state, &org, id, kept, status).await;
        }
    };
    let case = state.store.scoped_case(org.scope, id).await?;
    let dir = state.config.attachments_dir.clone();
    let key = uploads::save(&state.config.files, &dir, &upload.bytes).await?;
    let new = NewAttachment {
        response_id: None,
        organisation_id: org.user.organisation_id,
        uploaded_by: org.user.id,
        file_name: upload.file_name,
        content_type: upload.content_type.to_owned(),
        size_bytes: i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX),
        sha256: hex::encode(Sha256::digest(&upload.bytes)),
        storage_key: key.clone(),
    };
    if let Err(err) = state.store.add_attachment(&case, &new, state.time()).await {
        // No row points at the file: remove it so nothing unreferenced stays on disk.
        uploads::remove(&dir, &key).await;
        return Err(err.into());
    }
    Ok(back(id))
}
