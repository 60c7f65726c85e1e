//! Bearer-token authentication for the API.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use utoipa::Modify;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use workvoice_store::{Scope, User};

use crate::api::error::ApiError;
use crate::state::AppState;

/// The service account a request acts as.
pub struct ApiUser(pub User);

impl ApiUser {
    pub fn scope(&self) -> Scope {
        Scope::Helpline
    }
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(ApiError::Unauthorized)?;
        let user = state
            .store
            .api_token_user(token.trim(), state.time())
            .await?
            .ok_or(ApiError::Unauthorized)?;
        // Only helpline staff have API access until scoped views for other roles exist.
        if !user.role.is_helpline_staff() {
            return Err(ApiError::Unauthorized);
        }
        Ok(ApiUser(user))
    }
}

/// A service account that may add and edit workplaces in the registry; anyone else is
/// answered as if the endpoint did not exist.
pub struct WorkplaceManager(pub ApiUser);

impl FromRequestParts<AppState> for WorkplaceManager {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = ApiUser::from_request_parts(parts, state).await?;
        if user.0.role.can_manage_workplaces() {
            Ok(WorkplaceManager(user))
        } else {
            Err(ApiError::NotFound)
        }
    }
}

pub struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}
