//! One case as an organisation's user sees it (`/org/cases/{id}`): the redacted facts,
//! protocol step states, the workplace's responses and evidence, the worker's identity
//! only with consent to the viewer's organisation, and (factory contacts) the forms of
//! `responses` and `evidence`. Every read writes an access-log row in the store.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{AttachmentId, CaseId, OrgId};
use workvoice_store::{Attachment, CaseResponse, CaseStep, SharedCase};

use crate::error::WebError;
use crate::i18n::Tr;
use crate::org::access::{OrgUser, chrome};
use crate::shared::case_facts::{CaseFacts, FactsOf};
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

pub struct StepView {
    pub name: String,
    pub due: String,
    pub met: String,
}

pub struct ResponseView {
    pub kind: String,
    pub from: String,
    pub at: String,
    pub body: String,
    pub action_by: String,
    pub action_due: String,
}

pub struct AttachmentView {
    pub id: AttachmentId,
    pub file_name: String,
    pub size: String,
    pub from: String,
    pub at: String,
}

pub struct IdentityView {
    pub name: String,
    pub phone: String,
}

/// What was typed into the case page's forms, kept when a form is refused.
#[derive(Debug, Default)]
pub struct FormState {
    pub body: String,
    pub action_by: String,
    pub action_due: String,
    pub respond_error: Option<&'static str>,
    pub question: String,
    pub clarify_error: Option<&'static str>,
    pub evidence_error: Option<&'static str>,
}

#[derive(Template, WebTemplate)]
#[template(path = "org/case.html")]
pub struct OrgCasePage {
    chrome: Chrome,
    id: CaseId,
    id_text: String,
    is_factory: bool,
    facts: CaseFacts,
    closed: String,
    shareable: String,
    identity: Vec<IdentityView>,
    steps: Vec<StepView>,
    responses: Vec<ResponseView>,
    attachments: Vec<AttachmentView>,
    form: FormState,
}

/// The steps an organisation sees: the factory's own deadline to respond. The helpline's
/// steps (acknowledging the worker within minutes of the call, telling the factory) would
/// give away when the worker called.
fn org_steps(steps: Vec<CaseStep>) -> Vec<CaseStep> {
    steps
        .into_iter()
        .filter(|s| s.step == workvoice_domain::StepKind::FactoryResponse)
        .collect()
}

pub fn step_views(tr: Tr, tz: &str, steps: &[CaseStep]) -> Vec<StepView> {
    steps
        .iter()
        .map(|s| StepView {
            name: tr.t(s.step.message_key()),
            due: match (s.started_at, s.due_at) {
                (_, Some(due)) => tr.datetime(due, tz),
                (None, None) => tr.t("org-step-not-started"),
                (Some(_), None) => String::new(),
            },
            met: s
                .met_at
                .map_or_else(|| tr.t("org-step-not-met"), |m| tr.datetime(m, tz)),
        })
        .collect()
}

pub fn response_views(tr: Tr, tz: &str, responses: &[CaseResponse]) -> Vec<ResponseView> {
    responses
        .iter()
        .map(|r| ResponseView {
            kind: tr.t(&labels::RESPONSE_KIND.id(r.kind.code())),
            from: tr.t_args(
                "org-response-from",
                &[
                    ("name", r.user_name.clone().into()),
                    ("org", r.organisation_name.clone().into()),
                ],
            ),
            at: tr.datetime(r.at, tz),
            body: r.body.clone(),
            action_by: r.action_by.clone(),
            action_due: r.action_due.clone(),
        })
        .collect()
}

pub fn attachment_views(tr: Tr, tz: &str, attachments: &[Attachment]) -> Vec<AttachmentView> {
    attachments
        .iter()
        .map(|a| AttachmentView {
            id: a.id,
            file_name: a.file_name.clone(),
            size: tr.t_args(
                "org-file-size",
                &[("shown", tr.number((a.size_bytes + 1023) / 1024).into())],
            ),
            from: tr.t_args(
                "org-response-from",
                &[
                    ("name", a.uploaded_by_name.clone().into()),
                    ("org", a.organisation_name.clone().into()),
                ],
            ),
            at: tr.datetime(a.at, tz),
        })
        .collect()
}

/// Responses a viewer may read: the workplace's own (the organisation that answers).
fn responding_orgs(case: &SharedCase) -> Vec<OrgId> {
    case.workplace_organisation_id.into_iter().collect()
}

async fn render(
    state: &AppState,
    org: &OrgUser,
    id: CaseId,
    form: FormState,
) -> Result<OrgCasePage, WebError> {
    let tr = org.tr();
    let tz = state.config.time_zone.as_str();
    let now = state.time();
    let case = state
        .store
        .shared_case(org.scope, id, org.user.id, now)
        .await?;
    let categories = state.store.categories().await?;
    let scoped = case.scoped();
    let steps = state.store.case_steps(&scoped).await?;
    let orgs = responding_orgs(&case);
    let responses = state.store.case_responses(&scoped, Some(&orgs)).await?;
    let attachments = state.store.case_attachments(&scoped).await?;
    let identity = state
        .store
        .disclosed_callers(&scoped, org.user.id, now)
        .await?
        .into_iter()
        .map(|c| IdentityView {
            name: c.name.unwrap_or_else(|| tr.t("org-identity-unknown")),
            phone: c.phone.unwrap_or_else(|| tr.t("org-identity-unknown")),
        })
        .collect();
    Ok(OrgCasePage {
        chrome: chrome(org, "org-cases"),
        id,
        id_text: tr.digits(&id.to_string()),
        is_factory: org.is_factory(),
        facts: CaseFacts::new(
            tr,
            &categories,
            FactsOf {
                status: &case.status,
                urgency: case.urgency,
                category_code: &case.category_code,
                workplace_name: case.workplace_name.as_deref(),
                received_label: "col-reported",
                received: tr.date(case.reported_at, tz),
            },
        ),
        closed: case
            .closed_at
            .map_or_else(|| tr.t("org-case-not-closed"), |c| tr.date(c, tz)),
        shareable: case.shareable_summary.clone(),
        identity,
        steps: step_views(tr, tz, &org_steps(steps)),
        responses: response_views(tr, tz, &responses),
        attachments: attachment_views(tr, tz, &attachments),
        form,
    })
}

/// The case page with `form`'s typed values and errors, answered with `status` and never
/// cached: it carries case content.
pub(crate) async fn respond_page(
    state: &AppState,
    org: &OrgUser,
    id: CaseId,
    form: FormState,
    status: StatusCode,
) -> Result<Response, WebError> {
    let page = render(state, org, id, form).await?;
    Ok((status, [(header::CACHE_CONTROL, "no-store")], page).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    org: OrgUser,
    Path(id): Path<CaseId>,
) -> Result<Response, WebError> {
    respond_page(&state, &org, id, FormState::default(), StatusCode::OK).await
}

/// Back to the case page after a form was accepted.
pub(crate) fn back(id: CaseId) -> Response {
    Redirect::to(&format!("/org/cases/{id}")).into_response()
}
