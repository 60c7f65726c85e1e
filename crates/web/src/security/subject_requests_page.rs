//! `/admin/subject-requests`: a worker's request for everything kept about them (access)
//! or for its removal (erasure), recorded by an administrator with the worker's phone
//! number (kept only as its blind index), listed with its deadlines (acknowledge in two
//! days, complete in 30; overdue ones are marked). An access request is completed by
//! downloading the export (JSON); an erasure only after a confirmation page, because it
//! cannot be undone. Recording, export and erasure are written to the access log.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::PhoneNumber;
use workvoice_domain::ids::SubjectRequestId;
use workvoice_domain::subject_request::RequestKind;
use workvoice_store::SubjectRequest;

use crate::auth::current::Staff;
use crate::auth::roles::RequireAdmin;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct RequestRow {
    pub id: SubjectRequestId,
    pub id_text: String,
    pub kind: String,
    pub received: String,
    pub acknowledge_by: String,
    pub due: String,
    pub state: String,
    pub overdue: bool,
    pub exportable: bool,
    pub erasable: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "security/subject_requests.html")]
pub struct RequestsPage {
    chrome: Chrome,
    rows: Vec<RequestRow>,
    kind: String,
    phone: String,
    kind_error: Option<String>,
    phone_error: Option<String>,
    notice: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct Notice {
    recorded: Option<SubjectRequestId>,
    erased: Option<i64>,
}

fn row(tr: Tr, tz: &str, r: &SubjectRequest) -> RequestRow {
    let state = match (r.completed_at, r.overdue) {
        (Some(at), _) => tr.t_args(
            "subject-requests-done",
            &[
                ("at", tr.date(at, tz).into()),
                ("count", r.cases.unwrap_or(0).into()),
            ],
        ),
        (None, true) => tr.t("subject-requests-overdue"),
        (None, false) => tr.t("subject-requests-open"),
    };
    let open = r.completed_at.is_none();
    RequestRow {
        id: r.id,
        id_text: tr.digits(&r.id.to_string()),
        kind: tr.t(r.kind.message_key()),
        received: tr.datetime(r.received_at, tz),
        acknowledge_by: tr.date(r.acknowledge_by, tz),
        due: tr.date(r.due_at, tz),
        state,
        overdue: r.overdue,
        exportable: open && r.kind == RequestKind::Access,
        erasable: open && r.kind == RequestKind::Erasure,
    }
}

async fn page(
    state: &AppState,
    staff: &Staff,
    typed: (String, String),
    errors: (Option<&'static str>, Option<&'static str>),
    notice: Option<String>,
) -> Result<RequestsPage, WebError> {
    let tr = staff.tr();
    let tz = &state.config.time_zone;
    let rows = state
        .store
        .subject_requests(state.time())
        .await?
        .iter()
        .map(|r| row(tr, tz, r))
        .collect();
    Ok(RequestsPage {
        chrome: Chrome::staff(staff, "admin"),
        rows,
        kind: typed.0,
        phone: typed.1,
        kind_error: errors.0.map(|e| tr.t(e)),
        phone_error: errors.1.map(|e| tr.t(e)),
        notice,
    })
}

pub async fn show(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Query(q): Query<Notice>,
) -> Result<RequestsPage, WebError> {
    let tr = staff.tr();
    let notice = match (q.recorded, q.erased) {
        (Some(id), _) => Some(tr.t_args(
            "subject-requests-recorded",
            &[("id", tr.digits(&id.to_string()).into())],
        )),
        (None, Some(cases)) => {
            Some(tr.t_args("subject-requests-erased", &[("count", cases.into())]))
        }
        (None, None) => None,
    };
    page(
        &state,
        &staff,
        (String::new(), String::new()),
        (None, None),
        notice,
    )
    .await
}

#[derive(serde::Deserialize)]
pub struct RecordForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    phone: String,
}

/// Records a request; a missing kind or a number that is no phone comes back (422) with
/// what was typed.
pub async fn record(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Form(form): Form<RecordForm>,
) -> Result<Response, WebError> {
    let kind = RequestKind::parse(&form.kind);
    let phone = PhoneNumber::parse(&form.phone, state.config.default_country);
    match (kind, phone) {
        (Some(kind), Ok(phone)) => {
            let id = state
                .store
                .open_subject_request_by(kind, &phone, staff.user.id, state.time())
                .await?;
            Ok(Redirect::to(&format!("/admin/subject-requests?recorded={id}")).into_response())
        }
        (kind, phone) => {
            let errors = (
                kind.is_none().then_some("error-invalid-choice"),
                phone.is_err().then_some("subject-requests-error-phone"),
            );
            let page = page(&state, &staff, (form.kind, form.phone), errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// Completes an open access request by answering its export as a JSON download; the
/// export and each case in it are written to the access log by the store.
pub async fn export(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Path(id): Path<SubjectRequestId>,
) -> Result<Response, WebError> {
    let export = state
        .store
        .export_subject(id, staff.user.id, state.time())
        .await?;
    let body = serde_json::to_vec_pretty(&export).map_err(|_| {
        WebError::Store(workvoice_store::StoreError::Internal(
            workvoice_store::Internal::Broken("the export does not serialise"),
        ))
    })?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"subject-request-{id}.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "security/subject_erase.html")]
pub struct ErasePage {
    chrome: Chrome,
    request: RequestRow,
    error: Option<String>,
}

async fn erase_page(
    state: &AppState,
    staff: &Staff,
    id: SubjectRequestId,
    error: Option<&'static str>,
) -> Result<ErasePage, WebError> {
    let tr = staff.tr();
    let request = state
        .store
        .subject_requests(state.time())
        .await?
        .iter()
        .find(|r| r.id == id && r.kind == RequestKind::Erasure && r.completed_at.is_none())
        .map(|r| row(tr, &state.config.time_zone, r))
        .ok_or(WebError::NotFound)?;
    Ok(ErasePage {
        chrome: Chrome::staff(staff, "admin"),
        request,
        error: error.map(|e| tr.t(e)),
    })
}

/// `GET /admin/subject-requests/{id}/erase`: what the erasure removes, and the
/// confirmation it needs.
pub async fn confirm_erase(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Path(id): Path<SubjectRequestId>,
) -> Result<ErasePage, WebError> {
    erase_page(&state, &staff, id, None).await
}

#[derive(serde::Deserialize)]
pub struct EraseForm {
    confirm: Option<String>,
}

/// Erases only with the box ticked; without it the page comes back (422).
pub async fn erase(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Path(id): Path<SubjectRequestId>,
    Form(form): Form<EraseForm>,
) -> Result<Response, WebError> {
    if form.confirm.is_none() {
        let page = erase_page(&state, &staff, id, Some("subject-erase-error-confirm")).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let removed = state
        .store
        .erase_subject(id, staff.user.id, state.time())
        .await?;
    let files = state
        .store
        .remove_stored_files(&state.config.attachments_dir, &removed.storage_keys)
        .await?;
    tracing::info!(
        cases = removed.cases,
        callers = removed.callers,
        files,
        "subject request: erased"
    );
    Ok(Redirect::to(&format!("/admin/subject-requests?erased={}", removed.cases)).into_response())
}
