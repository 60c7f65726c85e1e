//! Role requirements as extractors. A handler that needs a supervisor takes
//! [`RequireSupervisor`] instead of [`Staff`]: the refusal happens before its body runs,
//! and it is the very answer of a missing page (404), so probing reveals nothing. Without
//! a session the browser is sent to sign in, as [`Staff`] does.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use workvoice_domain::Role;

use crate::auth::current::Staff;
use crate::error::WebError;

/// Supervisors and administrators supervise: the supervisor views, assigning cases.
pub fn supervises(role: Role) -> bool {
    matches!(role, Role::Supervisor | Role::Admin)
}

/// Only administrators edit the protocol and the holidays.
pub fn administers(role: Role) -> bool {
    role == Role::Admin
}

/// A signed-in supervisor or administrator.
#[derive(Debug, Clone)]
pub struct RequireSupervisor(pub Staff);

/// A signed-in administrator.
#[derive(Debug, Clone)]
pub struct RequireAdmin(pub Staff);

async fn staff_who<S: Send + Sync>(
    parts: &mut Parts,
    state: &S,
    allowed: fn(Role) -> bool,
) -> Result<Staff, Response> {
    let staff = <Staff as FromRequestParts<S>>::from_request_parts(parts, state).await?;
    if allowed(staff.user.role) {
        Ok(staff)
    } else {
        Err(WebError::NotFound.into_response())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequireSupervisor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        staff_who(parts, state, supervises)
            .await
            .map(RequireSupervisor)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequireAdmin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        staff_who(parts, state, administers).await.map(RequireAdmin)
    }
}

/// A signed-in user who may add and edit workplaces in the registry
/// (`Role::can_manage_workplaces`, the same rule as the API's `WorkplaceManager`).
#[derive(Debug, Clone)]
pub struct RequireWorkplaceManager(pub Staff);

impl<S: Send + Sync> FromRequestParts<S> for RequireWorkplaceManager {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        staff_who(parts, state, Role::can_manage_workplaces)
            .await
            .map(RequireWorkplaceManager)
    }
}
