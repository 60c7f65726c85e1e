//! Users of other organisations: a workplace's factory contacts and brand users. They get
//! their own pages under `/org`, never the helpline's, and every query they cause runs in
//! the [`Scope`] of their organisation.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use workvoice_domain::{OrgKind, Role};
use workvoice_store::{Scope, User};

use crate::auth::current::{MaybeSession, ToLogin};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;

/// A signed-in factory contact or brand user.
#[derive(Debug, Clone)]
pub struct OrgUser {
    pub user: User,
    pub csrf_token: String,
    pub scope: Scope,
}

impl OrgUser {
    pub fn tr(&self) -> Tr {
        Tr::new(self.user.language)
    }

    pub fn is_factory(&self) -> bool {
        matches!(self.scope, Scope::Workplace { .. })
    }

    pub fn is_brand(&self) -> bool {
        matches!(self.scope, Scope::Brand { .. })
    }
}

/// The scope of a user of another organisation; `None` for anyone else. Role and
/// organisation kind must agree, so a mis-filed user sees nothing rather than too much.
pub fn org_scope(user: &User) -> Option<Scope> {
    if !user.active {
        return None;
    }
    match (user.role, user.organisation_kind) {
        (Role::FactoryContact, OrgKind::Workplace) => Some(Scope::Workplace {
            organisation_id: user.organisation_id,
        }),
        (Role::Brand, OrgKind::Brand) => Some(Scope::Brand {
            organisation_id: user.organisation_id,
        }),
        _ => None,
    }
}

fn session_of(parts: &Parts) -> Option<workvoice_store::Session> {
    parts
        .extensions
        .get::<MaybeSession>()
        .and_then(|s| s.0.clone())
}

impl<S: Send + Sync> FromRequestParts<S> for OrgUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let session = session_of(parts).ok_or_else(|| ToLogin.into_response())?;
        let scope = org_scope(&session.user).ok_or_else(|| WebError::NotFound.into_response())?;
        Ok(OrgUser {
            user: session.user,
            csrf_token: session.csrf_token,
            scope,
        })
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for OrgUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(
            <OrgUser as FromRequestParts<S>>::from_request_parts(parts, state)
                .await
                .ok(),
        )
    }
}

/// Anyone signed in who may see some cases: helpline staff (every case) or an
/// organisation's user (their scope). Used where both read the same thing (downloads).
#[derive(Debug, Clone)]
pub struct Viewer {
    pub user: User,
    pub scope: Scope,
}

impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let session = session_of(parts).ok_or_else(|| ToLogin.into_response())?;
        let scope = if session.user.role.is_helpline_staff() && session.user.active {
            Scope::Helpline
        } else {
            org_scope(&session.user).ok_or_else(|| WebError::NotFound.into_response())?
        };
        Ok(Viewer {
            user: session.user,
            scope,
        })
    }
}

/// The page chrome for an organisation's user.
pub fn chrome(org: &OrgUser, section: &'static str) -> Chrome {
    Chrome::new(
        org.tr(),
        Some(org.user.display_name.clone()),
        org.csrf_token.clone(),
        section,
    )
}

/// Only a workplace's own contacts write on its cases; brand users read.
pub fn factory_only(org: &OrgUser) -> Result<(), WebError> {
    if org.is_factory() {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}
