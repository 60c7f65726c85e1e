//! Adding a note to a case; an empty or too long note comes back beside the form.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::NoteText;
use workvoice_domain::ids::CaseId;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::case_page::render;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    note: String,
}

pub async fn add_note(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<NoteForm>,
) -> Result<Response, WebError> {
    let text = match NoteText::parse(&form.note) {
        Ok(text) => text,
        Err(key) => {
            let page = render(&state, &staff, id, None, form.note.clone(), Some(key)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    state
        .store
        .add_note(
            &state.store.scoped_case(staff.scope(), id).await?,
            staff.user.id,
            &text,
            state.time(),
        )
        .await?;
    Ok(Redirect::to(&format!("/cases/{id}")).into_response())
}
