//! Closing and reopening a case. The forms are on the case page's "Worker kept informed"
//! panel; invalid input comes back 422 with the error beside the field.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use workvoice_domain::ids::CaseId;
use workvoice_store::StoreError;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::worker_panel::{back_to_case, rerender};
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    outcome: String,
}

pub async fn close(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<CloseForm>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let outcome = form.outcome.trim();
    if outcome.is_empty() {
        return rerender(&state, &staff, id, |p| {
            p.close_error = Some(tr.t("error-required"))
        })
        .await;
    }
    match state
        .store
        .close_case(
            &state.store.scoped_case(staff.scope(), id).await?,
            outcome,
            staff.user.id,
            state.time(),
        )
        .await
    {
        Ok(_) => Ok(back_to_case(id)),
        Err(StoreError::Invalid(_)) => {
            let case = state.store.case(staff.scope(), id).await?;
            let key = if case.closed_at.is_some() {
                "closure-error-already-closed"
            } else {
                "error-invalid-choice"
            };
            rerender(&state, &staff, id, |p| p.close_error = Some(tr.t(key))).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn reopen(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
) -> Result<Response, WebError> {
    match state
        .store
        .reopen_case(
            &state.store.scoped_case(staff.scope(), id).await?,
            staff.user.id,
            state.time(),
        )
        .await
    {
        // Already open (a second click): nothing to do.
        Ok(()) | Err(StoreError::Invalid(_)) => Ok(back_to_case(id)),
        Err(e) => Err(e.into()),
    }
}
