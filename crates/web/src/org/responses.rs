//! What a factory contact writes on a case of their workplace: an acknowledgement, a
//! response (with who acts and by when) or a question back to the helpline. Each meets
//! or starts protocol steps in the store; a refused form comes back beside its field.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use workvoice_domain::ids::CaseId;
use workvoice_domain::{FactoryReply, ResponseText};
use workvoice_store::{ResponseKind, StoreError};

use crate::error::WebError;
use crate::org::access::{FactoryContact, OrgUser};
use crate::org::case_page::{FormState, back, respond_page};
use crate::state::AppState;

/// Records what the contact wrote and answers with the way back to the case page.
async fn record(
    state: &AppState,
    org: &OrgUser,
    id: CaseId,
    kind: ResponseKind,
    body: &str,
    action_by: &str,
    action_due: &str,
) -> Result<Response, WebError> {
    match state
        .store
        .record_response(
            &state.store.scoped_case(org.scope, id).await?,
            org.user.organisation_id,
            org.user.id,
            kind,
            body,
            action_by,
            action_due,
            state.now(),
        )
        .await
    {
        Ok(_) => Ok(back(id)),
        Err(StoreError::Invalid(_)) => Err(WebError::BadRequest("org-error-too-long")),
        Err(e) => Err(e.into()),
    }
}

pub async fn acknowledge(
    State(state): State<AppState>,
    FactoryContact(org): FactoryContact,
    Path(id): Path<CaseId>,
) -> Result<Response, WebError> {
    record(&state, &org, id, ResponseKind::Acknowledge, "", "", "").await
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct RespondForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    action_by: String,
    #[serde(default)]
    action_due: String,
}

pub async fn respond(
    State(state): State<AppState>,
    FactoryContact(org): FactoryContact,
    Path(id): Path<CaseId>,
    Form(form): Form<RespondForm>,
) -> Result<Response, WebError> {
    // The store parses the same way; parsing here too lets the form come back with the
    // typed text and the first problem beside it.
    let parsed = FactoryReply::parse(true, &form.body, &form.action_by, &form.action_due);
    if let Some((_, key)) = parsed.err().and_then(|errors| errors.iter().next()) {
        let kept = FormState {
            body: form.body,
            action_by: form.action_by,
            action_due: form.action_due,
            respond_error: Some(key),
            ..FormState::default()
        };
        return respond_page(&state, &org, id, kept, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    record(
        &state,
        &org,
        id,
        ResponseKind::Response,
        &form.body,
        &form.action_by,
        &form.action_due,
    )
    .await
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ClarifyForm {
    #[serde(default)]
    question: String,
}

pub async fn clarify(
    State(state): State<AppState>,
    FactoryContact(org): FactoryContact,
    Path(id): Path<CaseId>,
    Form(form): Form<ClarifyForm>,
) -> Result<Response, WebError> {
    if let Err(key) = ResponseText::parse(&form.question) {
        let kept = FormState {
            question: form.question,
            clarify_error: Some(key),
            ..FormState::default()
        };
        return respond_page(&state, &org, id, kept, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    record(
        &state,
        &org,
        id,
        ResponseKind::Clarification,
        &form.question,
        "",
        "",
    )
    .await
}
