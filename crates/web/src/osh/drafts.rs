//! Server-side drafts of the visit and improvement forms (issue 10, field use): a slow or
//! dropped connection does not lose a half-filled form. The form's "save draft" button
//! posts its fields to `POST /osh/drafts/{form}` (the page answers "draft saved"); with
//! JavaScript, `static/app.js` also posts them there (`?autosave=1`, answered 204) a few
//! seconds after each change. Reopening the form fills it from the draft; recording the
//! visit or improvement, or `POST /osh/drafts/{form}/discard`, drops it. A draft is the
//! fields as typed, valid or not, and belongs to its user alone.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use workvoice_domain::osh::DraftForm;

use crate::auth::csrf::FIELD as CSRF_FIELD;
use crate::error::WebError;
use crate::osh::access::{OshUser, ProviderStaff};
use crate::state::AppState;

/// Where each form lives: the page the draft reopens.
pub fn form_path(form: DraftForm) -> &'static str {
    match form {
        DraftForm::Visit => "/osh/visits/new",
        DraftForm::Improvement => "/osh/improvements/new",
    }
}

/// The draft as the form page shows it.
#[derive(Debug, Clone, Default)]
pub struct DraftNotice {
    /// "Your draft from … is filled in", when the form was filled from a draft.
    pub restored: Option<String>,
    /// The form was just saved as a draft.
    pub saved: bool,
    /// Where the form posts its draft, and where a draft is discarded.
    pub save_url: &'static str,
    pub discard_url: &'static str,
}

impl DraftNotice {
    pub fn new(form: DraftForm) -> DraftNotice {
        let (save_url, discard_url) = match form {
            DraftForm::Visit => ("/osh/drafts/visit", "/osh/drafts/visit/discard"),
            DraftForm::Improvement => {
                ("/osh/drafts/improvement", "/osh/drafts/improvement/discard")
            }
        };
        DraftNotice {
            restored: None,
            saved: false,
            save_url,
            discard_url,
        }
    }
}

/// The user's draft of `form` decoded as the form's fields, with the notice to show;
/// `None` when there is none (or it no longer decodes, e.g. after an upgrade renamed a
/// field: then the form simply opens empty).
pub async fn restore<T: DeserializeOwned>(
    state: &AppState,
    user: &OshUser,
    form: DraftForm,
) -> Result<Option<(T, DraftNotice)>, WebError> {
    let Some(draft) = state.store.draft(user.user.id, form).await? else {
        return Ok(None);
    };
    let Ok(fields) = serde_urlencoded::from_str::<T>(&draft.fields) else {
        return Ok(None);
    };
    let tr = user.tr();
    let at = tr.digits(&tr.datetime(draft.saved_at, &state.config.time_zone));
    let notice = DraftNotice {
        restored: Some(tr.t_args("osh-draft-restored", &[("at", at.into())])),
        ..DraftNotice::new(form)
    };
    Ok(Some((fields, notice)))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SaveQuery {
    autosave: String,
}

/// Keeps the posted fields (all but the CSRF token) as the user's draft.
pub async fn save(
    State(state): State<AppState>,
    ProviderStaff(user, _): ProviderStaff,
    Path(form): Path<DraftForm>,
    Query(q): Query<SaveQuery>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let kept: Vec<(String, String)> = fields
        .into_iter()
        .filter(|(name, _)| name != CSRF_FIELD)
        .collect();
    let encoded = serde_urlencoded::to_string(&kept)
        .map_err(|_| WebError::BadRequest("osh-error-draft-too-large"))?;
    match state
        .store
        .save_draft(user.user.id, form, &encoded, state.time())
        .await
    {
        Ok(()) => {}
        Err(workvoice_store::StoreError::Invalid(_)) => {
            return Ok(StatusCode::PAYLOAD_TOO_LARGE.into_response());
        }
        Err(e) => return Err(e.into()),
    }
    if q.autosave == "1" {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    Ok(Redirect::to(&format!("{}?draft=saved", form_path(form))).into_response())
}

/// Drops the user's draft and reopens the empty form.
pub async fn discard(
    State(state): State<AppState>,
    ProviderStaff(user, _): ProviderStaff,
    Path(form): Path<DraftForm>,
) -> Result<Response, WebError> {
    state.store.discard_draft(user.user.id, form).await?;
    Ok(Redirect::to(form_path(form)).into_response())
}
