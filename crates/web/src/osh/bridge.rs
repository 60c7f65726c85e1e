//! The bridge from the helpline (`POST /cases/{id}/osh-improvement`): helpline staff turn
//! a case in an OSH or life-safety category about an enrolled workplace into a signal for
//! its provider (raising the workplace's visit priority) and a draft improvement in the
//! matching area, described by the case's shareable summary only. The store refuses a case
//! without a shareable summary; nothing of the caller or the narrative is read.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::CaseId;
use workvoice_store::StoreError;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::state::AppState;

pub async fn open_from_case(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
) -> Result<Response, WebError> {
    let case = state.store.scoped_case(staff.scope(), id).await?;
    let now = state.time();
    if state.store.raise_osh_signal(&case, now).await?.is_none() {
        return Err(WebError::BadRequest("osh-error-not-osh-case"));
    }
    match state
        .store
        .open_improvement_from_case(&case, staff.user.id, now)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}")).into_response()),
        // No shareable summary yet, or already opened: say why (400), change nothing.
        Err(e @ StoreError::Invalid(_)) => Err(WebError::BadRequest(
            e.message_id().unwrap_or("osh-error-not-osh-case"),
        )),
        Err(e) => Err(e.into()),
    }
}
