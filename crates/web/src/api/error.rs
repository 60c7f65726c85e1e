//! API errors: a status and a JSON body `{ "error": code, "message": text, "fields": […] }`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use workvoice_domain::{FieldErrors, Language};
use workvoice_store::StoreError;

use crate::i18n::Tr;

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FieldErrorOut {
    /// The JSON field, e.g. `caller_phone`.
    field: String,
    /// A stable code, e.g. `error-phone-too-short`.
    code: String,
    /// The message in English.
    message: String,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ErrorOut {
    error: String,
    message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<FieldErrorOut>,
}

#[derive(Debug)]
pub enum ApiError {
    Unauthorized,
    NotFound,
    UnsupportedMediaType,
    MalformedJson(String),
    InvalidField { field: String, message: String },
    Validation(FieldErrors),
    TooLarge,
    Store(StoreError),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound,
            // A refusal the store can only see (a registration number another workplace
            // holds) is a field error like the body's own.
            StoreError::Invalid(errors) => ApiError::Validation(errors),
            other => ApiError::Store(other),
        }
    }
}

fn body(status: StatusCode, error: &str, message: String, fields: Vec<FieldErrorOut>) -> Response {
    (
        status,
        Json(ErrorOut {
            error: error.to_owned(),
            message,
            fields,
        }),
    )
        .into_response()
}

/// An error answer of a status the extractors chose (a path or query parameter that does
/// not parse, a method not allowed), with their text as the message.
pub(crate) fn client_error(status: StatusCode, message: String) -> Response {
    let error = match status {
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        _ => "client_error",
    };
    body(status, error, message, vec![])
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let en = Tr::new(Language::En);
        match self {
            ApiError::Unauthorized => body(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "a valid bearer token is required".into(),
                vec![],
            ),
            ApiError::NotFound => body(
                StatusCode::NOT_FOUND,
                "not_found",
                "no such object".into(),
                vec![],
            ),
            ApiError::UnsupportedMediaType => body(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send Content-Type: application/json".into(),
                vec![],
            ),
            ApiError::MalformedJson(message) => {
                body(StatusCode::BAD_REQUEST, "malformed_json", message, vec![])
            }
            ApiError::InvalidField { field, message } => body(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_field",
                format!("{field}: {message}"),
                vec![FieldErrorOut {
                    field,
                    code: "error-invalid-value".into(),
                    message,
                }],
            ),
            ApiError::Validation(errors) => body(
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation",
                "some fields are invalid".into(),
                errors
                    .iter()
                    .map(|(field, key)| FieldErrorOut {
                        field: field.to_owned(),
                        code: key.to_owned(),
                        message: en.t(key),
                    })
                    .collect(),
            ),
            ApiError::TooLarge => body(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "request body too large".into(),
                vec![],
            ),
            ApiError::Store(e) => {
                tracing::error!(error = %e, "api request failed");
                body(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the server could not finish this request".into(),
                    vec![],
                )
            }
        }
    }
}
