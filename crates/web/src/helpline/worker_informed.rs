//! The forms of the "Worker kept informed" panel (`worker_panel`): callback outcomes, SMS
//! updates (only with consent, queued in the outbox), marking the worker informed, and
//! scheduling a callback inside the worker's safe window.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use workvoice_domain::ids::CaseId;
use workvoice_store::{InformMethod, InformOutcome, InformStage, StoreError};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::worker_panel::{back_to_case, rerender};
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct InformForm {
    #[serde(default)]
    stage: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    outcome: String,
}

async fn record(
    state: &AppState,
    staff: &Staff,
    id: CaseId,
    stage: &str,
    method: InformMethod,
    outcome: Option<InformOutcome>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let (Some(stage), Some(outcome)) = (InformStage::parse(stage), outcome) else {
        return rerender(state, staff, id, |p| {
            p.inform_error = Some(tr.t("error-invalid-choice"))
        })
        .await;
    };
    match state
        .store
        .record_worker_informed(
            &state.store.scoped_case(staff.scope(), id).await?,
            stage,
            method,
            outcome,
            staff.user.id,
            state.time(),
        )
        .await
    {
        Ok(_) => Ok(back_to_case(id)),
        Err(StoreError::Invalid(_)) => {
            let key = match method {
                InformMethod::Sms => "worker-error-no-sms-consent",
                InformMethod::Callback => "error-invalid-choice",
            };
            rerender(state, staff, id, |p| p.inform_error = Some(tr.t(key))).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The operator's callback outcome: reached, no answer, or wrong person.
pub async fn callback_outcome(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<InformForm>,
) -> Result<Response, WebError> {
    let outcome = InformOutcome::parse(&form.outcome).filter(|o| *o != InformOutcome::Queued);
    record(
        &state,
        &staff,
        id,
        &form.stage,
        InformMethod::Callback,
        outcome,
    )
    .await
}

/// "Send SMS update": queues an SMS for the stage.
pub async fn send_sms(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<InformForm>,
) -> Result<Response, WebError> {
    record(
        &state,
        &staff,
        id,
        &form.stage,
        InformMethod::Sms,
        Some(InformOutcome::Queued),
    )
    .await
}

/// "Mark worker informed": by callback means the worker was reached; by SMS queues one.
pub async fn mark_informed(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<InformForm>,
) -> Result<Response, WebError> {
    let Some(method) = InformMethod::parse(&form.method) else {
        let tr = staff.tr();
        return rerender(&state, &staff, id, |p| {
            p.inform_error = Some(tr.t("error-invalid-choice"))
        })
        .await;
    };
    let outcome = match method {
        InformMethod::Callback => InformOutcome::Reached,
        InformMethod::Sms => InformOutcome::Queued,
    };
    record(&state, &staff, id, &form.stage, method, Some(outcome)).await
}

/// Schedules a callback at the next safe time.
pub async fn schedule_callback(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
) -> Result<Response, WebError> {
    match state
        .store
        .schedule_callback(
            &state.store.scoped_case(staff.scope(), id).await?,
            staff.user.id,
            state.time(),
        )
        .await
    {
        Ok(_) => Ok(back_to_case(id)),
        Err(StoreError::Invalid(_)) => {
            let tr = staff.tr();
            rerender(&state, &staff, id, |p| {
                p.inform_error = Some(tr.t("worker-error-no-callback-consent"))
            })
            .await
        }
        Err(e) => Err(e.into()),
    }
}
