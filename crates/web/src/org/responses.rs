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
    reply: &FactoryReply,
) -> Result<Response, WebError> {
    match state
        .store
        .record_response(
            &state.store.scoped_case(org.scope, id).await?,
            org.user.organisation_id,
            org.user.id,
            kind,
            reply,
            state.time(),
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
    record(
        &state,
        &org,
        id,
        ResponseKind::Acknowledge,
        &FactoryReply::acknowledgement(),
    )
    .await
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
    match FactoryReply::parse(true, &form.body, &form.action_by, &form.action_due) {
        Ok(reply) => record(&state, &org, id, ResponseKind::Response, &reply).await,
        Err(errors) => {
            // The form comes back with the typed text and the first problem beside it.
            let kept = FormState {
                respond_error: errors.iter().next().map(|(_, key)| key),
                body: form.body,
                action_by: form.action_by,
                action_due: form.action_due,
                ..FormState::default()
            };
            respond_page(&state, &org, id, kept, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
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
    match ResponseText::parse(&form.question) {
        Ok(text) => {
            let reply = FactoryReply::question(text);
            record(&state, &org, id, ResponseKind::Clarification, &reply).await
        }
        Err(key) => {
            let kept = FormState {
                question: form.question,
                clarify_error: Some(key),
                ..FormState::default()
            };
            respond_page(&state, &org, id, kept, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
