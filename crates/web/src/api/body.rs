//! A JSON body extractor whose errors say what is wrong and where: malformed JSON is 400
//! with the position; a well-formed body with a wrong field is 422 naming the field.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

use crate::api::error::ApiError;

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::TooLarge)?;
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| ApiError::MalformedJson(e.to_string()))?;
        serde_path_to_error::deserialize(value)
            .map(ApiJson)
            .map_err(|e| ApiError::InvalidField {
                field: e.path().to_string(),
                message: e.inner().to_string(),
            })
    }
}

/// Adds the answers `ApiJson` gives before a handler runs (413 for a body over the limit,
/// 415 without `Content-Type: application/json`) to every operation that takes a body, so
/// the document lists every status the API can send and no handler repeats them.
pub fn document_body_answers(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let error = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorOut")))
                    .build(),
            )
            .build()
    };
    for item in doc.paths.paths.values_mut() {
        for op in [&mut item.post, &mut item.put, &mut item.patch]
            .into_iter()
            .flatten()
        {
            if op.request_body.is_none() {
                continue;
            }
            let answers = &mut op.responses.responses;
            answers.insert(
                "413".into(),
                error("The body is over the size limit").into(),
            );
            answers.insert(
                "415".into(),
                error("The body is not sent as application/json").into(),
            );
        }
    }
}
