//! Errors a page handler can end with, rendered as a small translated page. A forbidden
//! object and a missing one are both `NotFound`, so probing reveals nothing.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use workvoice_store::StoreError;

use crate::i18n::Tr;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    #[error("csrf token missing or wrong")]
    Csrf,
    /// A gateway request whose signature does not verify.
    #[error("signature missing or wrong")]
    Forbidden,
    #[error("request body too large")]
    TooLarge,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A rate limit kept in the database refused the request (429).
    #[error("rate limited")]
    RateLimited,
    #[error("store: {0}")]
    Store(#[from] StoreError),
    /// An uploaded file could not be written to the data folder: a disk problem, not the store's.
    #[error(transparent)]
    Upload(#[from] crate::uploads::WriteError),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
}

#[derive(Template)]
#[template(path = "shared/error.html")]
struct ErrorPage {
    tr: Tr,
    css: String,
    title: String,
    message: String,
}

/// Message keys of an error, left on the response for the page middleware, which knows
/// the request's language, to render.
#[derive(Debug, Clone, Copy)]
pub struct ErrorKeys {
    pub title: &'static str,
    pub message: &'static str,
}

impl WebError {
    fn parts(&self) -> (StatusCode, ErrorKeys) {
        let (status, title, message) = match self {
            WebError::NotFound | WebError::Store(StoreError::NotFound) => (
                StatusCode::NOT_FOUND,
                "error-not-found-title",
                "error-not-found-body",
            ),
            WebError::Csrf => (StatusCode::FORBIDDEN, "error-csrf-title", "error-csrf-body"),
            WebError::Forbidden => (
                StatusCode::FORBIDDEN,
                "error-bad-request-title",
                "error-bad-request-title",
            ),
            WebError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-too-large-title",
                "error-too-large-body",
            ),
            WebError::BadRequest(key) => (StatusCode::BAD_REQUEST, "error-bad-request-title", *key),
            WebError::RateLimited => (
                StatusCode::TOO_MANY_REQUESTS,
                "error-rate-limited-title",
                "error-rate-limited-body",
            ),
            WebError::Store(_) | WebError::Upload(_) | WebError::Template(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "error-internal-title",
                "error-internal-body",
            ),
        };
        (status, ErrorKeys { title, message })
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, keys) = self.parts();
        if status.is_server_error() {
            // The error text may hold SQL, never caller identity: that is encrypted before
            // it reaches the store.
            tracing::error!(error = %self, "request failed");
        }
        let mut response = status.into_response();
        response.extensions_mut().insert(keys);
        response
    }
}

/// The error page in the request's language.
pub fn render(status: StatusCode, keys: ErrorKeys, tr: Tr) -> Response {
    let page = ErrorPage {
        tr,
        css: crate::assets::css_path(),
        title: tr.t(keys.title),
        message: tr.t(keys.message),
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => status.into_response(),
    }
}
