//! `/library/photos/{id}`: a before or after photo of a public practice, for anyone. The
//! store gives out only photos whose consent is public and whose practice the public may
//! see. Every photo was re-encoded at upload (`uploads::reencode_photo`: only pixels
//! survive); before a file leaves, it is checked again for any metadata segment (EXIF with
//! its GPS location, XMP, comments), and one that has any is not served.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use workvoice_domain::ids::PhotoId;

use crate::error::WebError;
use crate::osh::photos::photos_dir;
use crate::state::AppState;
use crate::uploads;

pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<PhotoId>,
) -> Result<Response, WebError> {
    let photo = state.store.public_photo(id).await?;
    let path =
        uploads::stored_path(&photos_dir(&state), &photo.stored_name).ok_or(WebError::NotFound)?;
    let bytes = match tokio::fs::read(path).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::error!(photo = id.get(), error = %err, "public photo file missing");
            return Err(WebError::NotFound);
        }
    };
    if uploads::has_metadata(&bytes) {
        tracing::error!(
            photo = id.get(),
            "public photo carries metadata; not served"
        );
        return Err(WebError::NotFound);
    }
    Ok((
        [
            (header::CONTENT_TYPE, photo.content_type),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            // Short: a withdrawn practice's photos must stop showing soon.
            (header::CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        Body::from(bytes),
    )
        .into_response())
}
