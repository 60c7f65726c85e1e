//! Before and after photos of an improvement (`POST /osh/improvements/{id}/photos`, taken
//! with the phone's camera or chosen from its gallery) and showing one
//! (`/osh/photos/{id}`). Every photo goes through the one upload path
//! (`uploads::read`, then `uploads::reencode_photo`): resized, re-encoded, every EXIF
//! field — the location first — gone before the file is written.

use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{ImprovementId, PhotoId};
use workvoice_domain::osh::{PhotoPhase, PublicationConsent};
use workvoice_store::{NewPhoto, Photo};

use crate::error::WebError;
use crate::osh::access::{OshUser, ProviderStaff};
use crate::osh::improvements::improvement_page;
use crate::state::AppState;
use crate::uploads::{self, Refused, Rules};

pub(crate) const PHOTO: Rules = Rules {
    field: "photo",
    max_bytes: 5 * 1024 * 1024,
    types: &["image/jpeg", "image/png"],
    fallback_name: "photo",
};

/// Where photos are kept: their own folder beside the evidence.
pub fn photos_dir(state: &AppState) -> std::path::PathBuf {
    state.config.attachments_dir.join("photos")
}

pub async fn upload(
    State(state): State<AppState>,
    ProviderStaff(user, provider): ProviderStaff,
    Path(id): Path<ImprovementId>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    // The improvement must be this provider's before anything is read or decoded.
    state.store.improvement(user.scope, id).await?;
    let (state_ref, user_ref) = (&state, &user);
    let refused = |status: StatusCode, key: &'static str| async move {
        let page = improvement_page(state_ref, user_ref, id, Some(key)).await?;
        Ok::<_, WebError>((status, page).into_response())
    };
    let upload = match uploads::read(&mut multipart, &PHOTO).await {
        Ok(upload) => upload,
        Err(Refused::TooLarge) => {
            return refused(StatusCode::PAYLOAD_TOO_LARGE, "osh-error-photo-too-large").await;
        }
        Err(Refused::Type) => {
            return refused(StatusCode::UNPROCESSABLE_ENTITY, "osh-error-photo-type").await;
        }
        Err(Refused::Missing | Refused::Unreadable) => {
            return refused(StatusCode::UNPROCESSABLE_ENTITY, "osh-error-photo-missing").await;
        }
    };
    let (Some(phase), Some(consent)) = (
        PhotoPhase::parse(upload.field("phase")),
        PublicationConsent::parse(upload.field("consent")),
    ) else {
        return refused(StatusCode::UNPROCESSABLE_ENTITY, "error-invalid-choice").await;
    };
    let bytes = upload.bytes;
    let photo = match tokio::task::spawn_blocking(move || uploads::reencode_photo(&bytes)).await {
        Ok(Ok(photo)) => photo,
        Ok(Err(_)) | Err(_) => {
            return refused(StatusCode::UNPROCESSABLE_ENTITY, "osh-error-photo-type").await;
        }
    };
    let dir = photos_dir(&state);
    let key = uploads::save(&state.config.files, &dir, &photo.bytes).await?;
    let new = NewPhoto {
        phase,
        stored_name: key.clone(),
        content_type: "image/jpeg".into(),
        width: i64::from(photo.width),
        height: i64::from(photo.height),
        size_bytes: i64::try_from(photo.bytes.len()).unwrap_or(i64::MAX),
        consent,
    };
    if let Err(err) = state
        .store
        .add_improvement_photo(provider, id, &new, user.user.id, state.time())
        .await
    {
        uploads::remove(&dir, &key).await;
        return Err(err.into());
    }
    Ok(Redirect::to(&format!("/osh/improvements/{id}")).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    user: OshUser,
    Path(id): Path<PhotoId>,
) -> Result<Response, WebError> {
    let photo = state.store.photo(user.scope, id).await?;
    serve_photo(&state, &photo).await
}

/// The stored file of `photo`, which the caller has already found in the viewer's reach.
pub async fn serve_photo(state: &AppState, photo: &Photo) -> Result<Response, WebError> {
    let path =
        uploads::stored_path(&photos_dir(state), &photo.stored_name).ok_or(WebError::NotFound)?;
    let bytes = match tokio::fs::read(path).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::error!(photo = photo.id.get(), error = %err, "photo file missing");
            return Err(WebError::NotFound);
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, photo.content_type.clone()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::CACHE_CONTROL, "private, max-age=3600".to_owned()),
        ],
        Body::from(bytes),
    )
        .into_response())
}
