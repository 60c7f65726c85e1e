//! Who works on the library's staff pages: a provider's staff write practices up from
//! their own verified improvements ([`LibraryActor::Author`]); the programme's reviewers —
//! helpline administrators and supervisors and programme managers — review, publish and
//! withdraw ([`LibraryActor::Reviewer`]). Anyone else gets the answer of a missing page;
//! without a session, the sign-in page.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use workvoice_domain::{OrgKind, Role};
use workvoice_store::{LibraryActor, OshScope, User};

use crate::auth::current::active_session;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct LibraryStaff {
    pub user: User,
    pub csrf_token: String,
    pub actor: LibraryActor,
}

impl LibraryStaff {
    pub fn tr(&self) -> Tr {
        Tr::new(self.user.language)
    }

    pub fn scope(&self) -> OshScope {
        self.actor.scope()
    }

    pub fn is_reviewer(&self) -> bool {
        self.actor == LibraryActor::Reviewer
    }

    pub fn chrome(&self) -> Chrome {
        let role = self.user.role;
        Chrome {
            helpline_nav: role.is_helpline_staff(),
            programme_nav: role.runs_awareness_programme(),
            ..Chrome::new(
                self.tr(),
                Some(self.user.display_name.clone()),
                self.csrf_token.clone(),
                // Provider staff keep the OSH pages' own navigation.
                if self.is_reviewer() {
                    "library"
                } else {
                    "osh_library"
                },
            )
        }
    }
}

/// What a user does in the library, if anything: role and organisation kind must agree.
pub fn actor_of(user: &User) -> Option<LibraryActor> {
    match (user.role, user.organisation_kind) {
        (Role::ProviderStaff, OrgKind::Provider) => {
            Some(LibraryActor::Author(user.organisation_id))
        }
        (Role::Admin | Role::Supervisor | Role::ProgrammeManager, OrgKind::Helpline) => {
            Some(LibraryActor::Reviewer)
        }
        _ => None,
    }
}

impl FromRequestParts<AppState> for LibraryStaff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = active_session(parts).await?;
        let user = session.user;
        let Some(actor) = actor_of(&user) else {
            return Err(WebError::NotFound.into_response());
        };
        Ok(LibraryStaff {
            user,
            csrf_token: session.csrf_token,
            actor,
        })
    }
}

/// Provider staff only: who writes a practice up and records the enterprise's consent.
#[derive(Debug, Clone)]
pub struct Author(pub LibraryStaff, pub workvoice_domain::ids::OrgId);

impl FromRequestParts<AppState> for Author {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let staff = LibraryStaff::from_request_parts(parts, state).await?;
        match staff.actor {
            LibraryActor::Author(org) => Ok(Author(staff, org)),
            LibraryActor::Reviewer => Err(WebError::NotFound.into_response()),
        }
    }
}
