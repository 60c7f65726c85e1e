//! Resolves the session once per request (in middleware) and hands it to handlers through
//! extractors. `Staff` is the extractor every helpline page takes: without a session it
//! sends the browser to the login page.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::Language;
use workvoice_store::{Scope, Session, User};

use crate::i18n::Tr;

/// The request's session, if any, as the middleware found it.
#[derive(Debug, Clone)]
pub struct MaybeSession(pub Option<Session>);

/// A session signed in by password that has not yet passed the second factor. Only the
/// second-factor pages take it; every other page sends it there.
#[derive(Debug, Clone)]
pub struct Pending(pub Session);

impl<S: Send + Sync> FromRequestParts<S> for Pending {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if let Some(pending) = parts.extensions.get::<Pending>() {
            return Ok(pending.clone());
        }
        // Signed in already: the second factor is behind; without a session: sign in.
        let signed_in = parts
            .extensions
            .get::<MaybeSession>()
            .is_some_and(|s| s.0.is_some());
        Err(Redirect::to(if signed_in { "/" } else { "/login" }).into_response())
    }
}

/// The language a request is served in, chosen by the middleware.
#[derive(Debug, Clone, Copy)]
pub struct RequestLanguage(pub Language);

/// A signed-in helpline staff member.
#[derive(Debug, Clone)]
pub struct Staff {
    pub user: User,
    pub csrf_token: String,
}

impl Staff {
    /// Helpline staff see every case; the scope type keeps that decision in one place.
    /// A programme manager (who reaches only registry and awareness pages, through
    /// `auth::roles`) gets the scope of their own organisation: no case is reported to
    /// it, so a mistaken case query shows them nothing.
    pub fn scope(&self) -> Scope {
        if self.user.role.is_helpline_staff() {
            Scope::Helpline
        } else {
            Scope::Workplace {
                organisation_id: self.user.organisation_id,
            }
        }
    }

    pub fn tr(&self) -> Tr {
        Tr::new(self.user.language)
    }
}

pub struct ToLogin;

/// The request's session if its user may act at all: signed in (else to the login page)
/// and active (else `NotFound`, as for a page the user may not see). The OSH and library
/// extractors then decide by role and organisation.
pub(crate) async fn active_session(parts: &Parts) -> Result<Session, Response> {
    let session = parts
        .extensions
        .get::<MaybeSession>()
        .and_then(|s| s.0.clone())
        .ok_or_else(|| ToLogin.into_response())?;
    if !session.user.active {
        return Err(crate::error::WebError::NotFound.into_response());
    }
    Ok(session)
}

impl IntoResponse for ToLogin {
    fn into_response(self) -> Response {
        Redirect::to("/login").into_response()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let session = parts
            .extensions
            .get::<MaybeSession>()
            .and_then(|s| s.0.clone())
            .ok_or_else(|| ToLogin.into_response())?;
        if !session.user.role.is_helpline_staff() {
            // Not yet any page for other organisations' users: same answer as a missing page.
            return Err(crate::error::WebError::NotFound.into_response());
        }
        Ok(Staff {
            user: session.user,
            csrf_token: session.csrf_token,
        })
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        match <Staff as FromRequestParts<S>>::from_request_parts(parts, state).await {
            Ok(staff) => Ok(Some(staff)),
            Err(_) => Ok(None),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestLanguage {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<RequestLanguage>()
            .copied()
            .unwrap_or(RequestLanguage(Language::En)))
    }
}
