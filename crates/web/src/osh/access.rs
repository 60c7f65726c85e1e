//! Who reaches the OSH pages and in which [`OshScope`]: provider staff (their provider),
//! an enterprise owner (their own workplace), helpline administrators and supervisors
//! (the whole programme, read-only). Role and organisation kind must agree; anyone else
//! gets the answer of a missing page.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use workvoice_domain::ids::{OrgId, WorkplaceId};
use workvoice_domain::{OrgKind, Role};
use workvoice_store::{OshScope, User};

use crate::auth::current::active_session;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct OshUser {
    pub user: User,
    pub csrf_token: String,
    pub scope: OshScope,
}

impl OshUser {
    pub fn tr(&self) -> Tr {
        Tr::new(self.user.language)
    }

    /// The provider this user works for, if they are provider staff.
    pub fn provider(&self) -> Option<OrgId> {
        match self.scope {
            OshScope::Provider(org) => Some(org),
            _ => None,
        }
    }

    pub fn enterprise(&self) -> Option<WorkplaceId> {
        match self.scope {
            OshScope::Enterprise(w) => Some(w),
            _ => None,
        }
    }

    pub fn chrome(&self, section: &'static str) -> Chrome {
        Chrome::new(
            self.tr(),
            Some(self.user.display_name.clone()),
            self.csrf_token.clone(),
            section,
        )
    }
}

impl FromRequestParts<AppState> for OshUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = active_session(parts).await?;
        let user = session.user;
        let missing = || WebError::NotFound.into_response();
        let scope = match (user.role, user.organisation_kind) {
            (Role::ProviderStaff, OrgKind::Provider) => OshScope::Provider(user.organisation_id),
            (Role::EnterpriseOwner, OrgKind::Workplace) => state
                .store
                .workplace_of_organisation(user.organisation_id)
                .await
                .map_err(|e| WebError::from(e).into_response())?
                .map(OshScope::Enterprise)
                .ok_or_else(missing)?,
            (Role::Admin | Role::Supervisor, OrgKind::Helpline) => OshScope::Programme,
            _ => return Err(missing()),
        };
        Ok(OshUser {
            user,
            csrf_token: session.csrf_token,
            scope,
        })
    }
}

impl OptionalFromRequestParts<AppState> for OshUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(
            <OshUser as FromRequestParts<AppState>>::from_request_parts(parts, state)
                .await
                .ok(),
        )
    }
}

/// Provider staff only: the one who records visits and improvements.
#[derive(Debug, Clone)]
pub struct ProviderStaff(pub OshUser, pub OrgId);

impl FromRequestParts<AppState> for ProviderStaff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user =
            <OshUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await?;
        match user.provider() {
            Some(org) => Ok(ProviderStaff(user, org)),
            None => Err(WebError::NotFound.into_response()),
        }
    }
}

/// The deployment's time zone: days and months of the OSH pages are counted in it, like
/// the helpline's reports.
pub fn zone(state: &AppState) -> jiff::tz::TimeZone {
    state.config.time_zone.zone().clone()
}

/// Today in the deployment's time zone: what "overdue" is measured against.
pub fn today(state: &AppState) -> Date {
    state
        .time()
        .to_timestamp()
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned(zone(state))
        .date()
}

/// A civil date in the viewer's digits.
pub fn day(tr: Tr, date: Date) -> String {
    tr.digits(&date.to_string())
}

/// An optional civil date; empty when there is none.
pub fn opt_day(tr: Tr, date: Option<Date>) -> String {
    date.map(|d| day(tr, d)).unwrap_or_default()
}
