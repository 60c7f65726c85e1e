//! Assigning a case to a staff member (supervisors and administrators).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{CaseId, UserId};
use workvoice_store::StoreError;

use crate::auth::roles::RequireSupervisor;
use crate::error::WebError;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    assignee: String,
}

pub async fn assign(
    State(state): State<AppState>,
    RequireSupervisor(staff): RequireSupervisor,
    Path(id): Path<CaseId>,
    Form(form): Form<AssignForm>,
) -> Result<Response, WebError> {
    let assignee = match form.assignee.trim() {
        "" => None,
        other => Some(
            other
                .parse::<UserId>()
                .map_err(|_| WebError::BadRequest("error-invalid-choice"))?,
        ),
    };
    match state
        .store
        .assign_case(
            &state.store.scoped_case(staff.scope(), id).await?,
            staff.user.id,
            assignee,
            state.time(),
        )
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{id}")).into_response()),
        Err(StoreError::Invalid(_)) => Err(WebError::BadRequest("error-invalid-choice")),
        Err(e) => Err(e.into()),
    }
}
