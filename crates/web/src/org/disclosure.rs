//! The helpline side of the organisation workspace, shown on the helpline case page: the
//! worker's consents to share identity (a form to record one, a button to withdraw each),
//! and what the workplace sent — responses and evidence.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{CallerId, CaseId, ConsentId, OrgId};
use workvoice_store::{DisclosureMethod, ScopedCase, StoreError};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::org::case_page::{AttachmentView, ResponseView, attachment_views, response_views};
use crate::shared::labels::{self, Choice};
use crate::state::AppState;

/// The panel `org/helpline_panel.html` renders inside the helpline case page.
pub struct HelplinePanel {
    pub consents: Vec<ConsentView>,
    pub callers: Vec<Choice>,
    pub targets: Vec<Choice>,
    pub methods: Vec<Choice>,
    pub responses: Vec<ResponseView>,
    pub attachments: Vec<AttachmentView>,
}

/// A live consent: who may see the identity, how it was given, and its id for withdrawing it.
pub struct ConsentView {
    pub id: ConsentId,
    pub text: String,
}

fn choice(value: String, label: String) -> Choice {
    Choice {
        value,
        label,
        selected: false,
        life_safety: false,
    }
}

/// Builds the panel for a case helpline staff may see (the caller has checked).
pub async fn helpline_panel(
    state: &AppState,
    tr: Tr,
    case: &ScopedCase,
) -> Result<HelplinePanel, WebError> {
    let tz = state.config.time_zone.as_str();
    let consents = state.store.disclosure_consents(case).await?;
    let callers = state.store.case_callers(case).await?;
    let targets = state.store.disclosure_targets(case).await?;
    let method_label = |m: DisclosureMethod| tr.t(&labels::DISCLOSURE_METHOD.id(m.code()));
    let caller_label = |id: CallerId| {
        callers
            .iter()
            .position(|c| c.caller_id == id)
            .and_then(|i| callers.get(i))
            .and_then(|c| c.name.clone().or_else(|| c.phone.clone()))
            .unwrap_or_else(|| tr.t("caller-no-name"))
    };
    Ok(HelplinePanel {
        consents: consents
            .iter()
            .map(|c| ConsentView {
                id: c.id,
                text: tr.t_args(
                    "disclosure-entry",
                    &[
                        (
                            "org",
                            format!("{} ({})", c.organisation_name, caller_label(c.caller_id))
                                .into(),
                        ),
                        ("method", method_label(c.method).into()),
                        ("by", c.recorded_by_name.clone().into()),
                        ("at", tr.datetime(c.recorded_at, tz).into()),
                    ],
                ),
            })
            .collect(),
        callers: callers
            .iter()
            .map(|c| choice(c.caller_id.to_string(), caller_label(c.caller_id)))
            .collect(),
        targets: targets
            .into_iter()
            .map(|(id, name)| choice(id.to_string(), name))
            .collect(),
        methods: DisclosureMethod::ALL
            .into_iter()
            .map(|m| choice(m.code().to_owned(), method_label(m)))
            .collect(),
        responses: response_views(tr, tz, &state.store.case_responses(case, None).await?),
        attachments: attachment_views(tr, tz, &state.store.case_attachments(case).await?),
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ConsentForm {
    #[serde(default)]
    caller: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    method: String,
}

/// Records the worker's consent to share identity with one organisation.
pub async fn submit(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<ConsentForm>,
) -> Result<Response, WebError> {
    // The case must be visible to this user before anything about it is accepted.
    state.store.case(staff.scope(), id).await?;
    let invalid = WebError::BadRequest("disclosure-error-choice");
    let caller = form
        .caller
        .trim()
        .parse::<CallerId>()
        .map_err(|_| invalid)?;
    let organisation = form
        .organisation
        .trim()
        .parse::<OrgId>()
        .map_err(|_| WebError::BadRequest("disclosure-error-choice"))?;
    let method = DisclosureMethod::parse(form.method.trim())
        .ok_or(WebError::BadRequest("disclosure-error-choice"))?;
    match state
        .store
        .record_disclosure_consent(
            &state.store.scoped_case(staff.scope(), id).await?,
            caller,
            organisation,
            method,
            staff.user.id,
            state.time(),
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}")).into_response()),
        Err(StoreError::Invalid(_)) => Err(WebError::BadRequest("disclosure-error-choice")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    consent: String,
}

/// Withdraws one of the case's consents to share identity; the organisation's next
/// request shows the identity no more. Withdrawing one already withdrawn changes nothing.
pub async fn revoke(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, WebError> {
    // The case must be visible to this user before anything about it is accepted.
    let case = state.store.scoped_case(staff.scope(), id).await?;
    let consent = form
        .consent
        .trim()
        .parse::<ConsentId>()
        .map_err(|_| WebError::BadRequest("disclosure-error-choice"))?;
    match state
        .store
        .revoke_disclosure_consent(&case, consent, staff.user.id, state.time())
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/cases/{id}")).into_response()),
        Err(StoreError::Invalid(_)) => Err(WebError::BadRequest("disclosure-error-choice")),
        Err(e) => Err(e.into()),
    }
}
