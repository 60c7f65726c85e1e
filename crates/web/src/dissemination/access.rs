//! Who reads what this feature prints: everyone the OSH pages admit, in their
//! `OshScope` (provider staff their provider's enterprises, an enterprise owner its own,
//! helpline administrators and supervisors the programme), and programme managers, who
//! run the programme and read it whole.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Response;
use workvoice_store::OshScope;

use crate::auth::roles::ProgrammeStaff;
use crate::osh::access::OshUser;
use crate::state::AppState;

/// An OSH user, or a programme manager read as the programme.
#[derive(Debug, Clone)]
pub struct ProgrammeReader(pub OshUser);

impl FromRequestParts<AppState> for ProgrammeReader {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let refused =
            match <OshUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
                Ok(user) => return Ok(ProgrammeReader(user)),
                Err(refused) => refused,
            };
        match <ProgrammeStaff as FromRequestParts<AppState>>::from_request_parts(parts, state).await
        {
            Ok(ProgrammeStaff(staff)) => Ok(ProgrammeReader(OshUser {
                user: staff.user,
                csrf_token: staff.csrf_token,
                scope: OshScope::Programme,
            })),
            Err(_) => Err(refused),
        }
    }
}
