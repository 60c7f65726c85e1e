//! Role requirements as extractors. A handler that needs a supervisor takes
//! [`RequireSupervisor`] instead of [`Staff`]: the refusal happens before its body runs,
//! and it is the very answer of a missing page (404), so probing reveals nothing. Without
//! a session the browser is sent to sign in, as [`Staff`] does.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use workvoice_domain::Role;

use crate::auth::current::{MaybeSession, Staff, ToLogin};
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

/// A signed-in user of the helpline's own organisation whose role `allowed` admits,
/// helpline staff or not (a programme manager works the registry and the awareness
/// programme but no case). The `Staff` it gives has the helpline scope only for helpline
/// staff (see [`Staff::scope`]).
async fn programme_side_who(parts: &Parts, allowed: fn(Role) -> bool) -> Result<Staff, Response> {
    let session = parts
        .extensions
        .get::<MaybeSession>()
        .and_then(|s| s.0.clone())
        .ok_or_else(|| ToLogin.into_response())?;
    let helpline_side = session.user.organisation_kind == workvoice_domain::OrgKind::Helpline;
    if session.user.active && helpline_side && allowed(session.user.role) {
        Ok(Staff {
            user: session.user,
            csrf_token: session.csrf_token,
        })
    } else {
        Err(WebError::NotFound.into_response())
    }
}

/// A signed-in user who may add and edit workplaces in the registry
/// (`Role::can_manage_workplaces`, the same rule as the API's `WorkplaceManager`).
#[derive(Debug, Clone)]
pub struct RequireWorkplaceManager(pub Staff);

impl<S: Send + Sync> FromRequestParts<S> for RequireWorkplaceManager {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        programme_side_who(parts, Role::can_manage_workplaces)
            .await
            .map(RequireWorkplaceManager)
    }
}

/// A signed-in user who may browse the registry: helpline staff and programme managers.
#[derive(Debug, Clone)]
pub struct RegistryReader(pub Staff);

impl<S: Send + Sync> FromRequestParts<S> for RegistryReader {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        programme_side_who(parts, Role::can_read_registry)
            .await
            .map(RegistryReader)
    }
}

/// A signed-in user who runs the awareness programme (`Role::runs_awareness_programme`):
/// records trainings and checks, sees the priority list and the headline figures.
#[derive(Debug, Clone)]
pub struct ProgrammeStaff(pub Staff);

impl<S: Send + Sync> FromRequestParts<S> for ProgrammeStaff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        programme_side_who(parts, Role::runs_awareness_programme)
            .await
            .map(ProgrammeStaff)
    }
}

impl<S: Send + Sync> axum::extract::OptionalFromRequestParts<S> for ProgrammeStaff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(programme_side_who(parts, Role::runs_awareness_programme)
            .await
            .ok()
            .map(ProgrammeStaff))
    }
}
