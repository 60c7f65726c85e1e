//! The JSON API (bearer tokens, OpenAPI document from the handlers).

use axum::Router;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
