//! The workspace of factory contacts and brand users (`/org`): their organisation's cases,
//! redacted to the shareable summary, category, urgency, dates, status and protocol step
//! states; the workplace's responses and evidence; and — only with the worker's recorded
//! consent to the viewer's organisation — the worker's identity. Factory contacts
//! acknowledge, respond, ask for clarification and upload evidence; brand users read.
//!
//! Nothing here calls the helpline's case queries: every read goes through the store's
//! redacted `shared_case*` functions, whose SQL never selects internal text or identity.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::body::Body;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use sha2::{Digest, Sha256};
use workvoice_domain::taxonomy;
use workvoice_store::{
    Attachment, CaseResponse, CaseStep, MAX_RESPONSE_CHARS, MAX_RESPONSE_FIELD_CHARS,
    NewAttachment, ResponseKind, Scope, SharedCase, SharedFilter, StoreError,
};

use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::case_rows::{self, CaseRow, PAGE_SIZE, Pager, RowMaker};
use crate::pages::chrome::Chrome;
use crate::pages::labels;
use crate::pages::org_user::{OrgUser, Viewer};
use crate::state::AppState;

/// Largest evidence file accepted.
pub const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;

/// What an evidence file is, decided from its first bytes (never from its name or the
/// type the browser declared, which the uploader controls).
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// A file name safe to store, show and put in a header: letters, digits and `.-_ `
/// only, at most 100 characters.
pub fn clean_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim_matches(|c| c == '.' || c == ' ').to_owned();
    if cleaned.is_empty() {
        "evidence".to_owned()
    } else {
        cleaned
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "factory_cases.html")]
pub struct OrgCasesPage {
    chrome: Chrome,
    is_brand: bool,
    count_text: String,
    rows: Vec<CaseRow>,
    pager: Pager,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ListQuery {
    page: Option<i64>,
}

pub fn chrome(org: &OrgUser, section: &'static str) -> Chrome {
    Chrome::new(
        org.tr(),
        Some(org.user.display_name.clone()),
        org.csrf_token.clone(),
        section,
    )
}

pub async fn list(
    State(state): State<AppState>,
    org: OrgUser,
    Query(q): Query<ListQuery>,
) -> Result<OrgCasesPage, WebError> {
    let tr = org.tr();
    let tz = state.config.time_zone.as_str();
    let page = case_rows::page_number(q.page);
    let found = state
        .store
        .shared_cases(
            org.scope,
            &SharedFilter::default(),
            PAGE_SIZE,
            (page - 1) * PAGE_SIZE,
        )
        .await?;
    let categories = state.store.categories().await?;
    let make = RowMaker {
        tr,
        time_zone: tz,
        categories: &categories,
    };
    Ok(OrgCasesPage {
        chrome: chrome(&org, "org-cases"),
        is_brand: org.is_brand(),
        count_text: tr.t_count("org-cases-count", found.total),
        rows: found
            .items
            .iter()
            .map(|c| CaseRow {
                workplace: make.workplace(&c.workplace_name),
                ..make.row(c.id, c.created_at, c.urgency, &c.category_code, &c.status)
            })
            .collect(),
        pager: case_rows::pager(tr, "/org", "", page, found.total),
    })
}

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
    pub id: i64,
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
#[template(path = "factory_case.html")]
pub struct OrgCasePage {
    chrome: Chrome,
    id: i64,
    id_text: String,
    is_factory: bool,
    life_safety: bool,
    status: String,
    urgency_code: &'static str,
    urgency: String,
    category: String,
    workplace: String,
    received: String,
    updated: String,
    closed: String,
    shareable: String,
    identity: Vec<IdentityView>,
    steps: Vec<StepView>,
    responses: Vec<ResponseView>,
    attachments: Vec<AttachmentView>,
    form: FormState,
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
            kind: tr.t(&format!("org-response-kind-{}", r.kind.code())),
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
fn responding_orgs(case: &SharedCase) -> Vec<i64> {
    case.workplace_organisation_id.into_iter().collect()
}

async fn render(
    state: &AppState,
    org: &OrgUser,
    id: i64,
    form: FormState,
) -> Result<OrgCasePage, WebError> {
    let tr = org.tr();
    let tz = state.config.time_zone.as_str();
    let now = state.now();
    let case = state
        .store
        .shared_case(org.scope, id, org.user.id, now)
        .await?;
    let categories = state.store.categories().await?;
    let steps = state.store.case_steps(id).await?;
    let orgs = responding_orgs(&case);
    let responses = state.store.case_responses(id, Some(&orgs)).await?;
    let attachments: Vec<Attachment> = state
        .store
        .case_attachments(id)
        .await?
        .into_iter()
        .filter(|a| orgs.contains(&a.organisation_id))
        .collect();
    let identity = state
        .store
        .disclosed_callers(id, org.user.organisation_id, org.user.id, now)
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
        life_safety: taxonomy::is_life_safety(&case.category_code),
        status: labels::status(tr, &case.status),
        urgency_code: case.urgency.code(),
        urgency: labels::urgency(tr, case.urgency),
        category: labels::category(tr, &case.category_code, &categories),
        workplace: case
            .workplace_name
            .clone()
            .unwrap_or_else(|| tr.t("no-workplace")),
        received: tr.datetime(case.created_at, tz),
        updated: tr.datetime(case.updated_at, tz),
        closed: case
            .closed_at
            .map_or_else(|| tr.t("org-case-not-closed"), |c| tr.datetime(c, tz)),
        shareable: case.shareable_summary.clone(),
        identity,
        steps: step_views(tr, tz, &steps),
        responses: response_views(tr, tz, &responses),
        attachments: attachment_views(tr, tz, &attachments),
        form,
    })
}

fn no_store(page: OrgCasePage, status: StatusCode) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], page).into_response()
}

pub async fn show(
    State(state): State<AppState>,
    org: OrgUser,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let page = render(&state, &org, id, FormState::default()).await?;
    Ok(no_store(page, StatusCode::OK))
}

/// Only a workplace's own contacts write on its cases; brand users read.
fn factory_only(org: &OrgUser) -> Result<(), WebError> {
    if org.is_factory() {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

fn back(id: i64) -> Response {
    Redirect::to(&format!("/org/cases/{id}")).into_response()
}

async fn record(
    state: &AppState,
    org: &OrgUser,
    id: i64,
    kind: ResponseKind,
    body: &str,
    action_by: &str,
    action_due: &str,
) -> Result<(), WebError> {
    match state
        .store
        .record_response(
            org.scope,
            id,
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
        Ok(_) => Ok(()),
        Err(StoreError::Invalid(_)) => Err(WebError::BadRequest("org-error-too-long")),
        Err(e) => Err(e.into()),
    }
}

pub async fn acknowledge(
    State(state): State<AppState>,
    org: OrgUser,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    factory_only(&org)?;
    record(&state, &org, id, ResponseKind::Acknowledge, "", "", "").await?;
    Ok(back(id))
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

fn text_error(text: &str, max: usize, required: bool) -> Option<&'static str> {
    let text = text.trim();
    if required && text.is_empty() {
        Some("error-required")
    } else if text.chars().count() > max {
        Some("org-error-too-long")
    } else {
        None
    }
}

pub async fn respond(
    State(state): State<AppState>,
    org: OrgUser,
    Path(id): Path<i64>,
    Form(form): Form<RespondForm>,
) -> Result<Response, WebError> {
    factory_only(&org)?;
    let error = text_error(&form.body, MAX_RESPONSE_CHARS, true)
        .or_else(|| text_error(&form.action_by, MAX_RESPONSE_FIELD_CHARS, false))
        .or_else(|| text_error(&form.action_due, MAX_RESPONSE_FIELD_CHARS, false));
    if let Some(key) = error {
        let kept = FormState {
            body: form.body,
            action_by: form.action_by,
            action_due: form.action_due,
            respond_error: Some(key),
            ..FormState::default()
        };
        let page = render(&state, &org, id, kept).await?;
        return Ok(no_store(page, StatusCode::UNPROCESSABLE_ENTITY));
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
    .await?;
    Ok(back(id))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct ClarifyForm {
    #[serde(default)]
    question: String,
}

pub async fn clarify(
    State(state): State<AppState>,
    org: OrgUser,
    Path(id): Path<i64>,
    Form(form): Form<ClarifyForm>,
) -> Result<Response, WebError> {
    factory_only(&org)?;
    if let Some(key) = text_error(&form.question, MAX_RESPONSE_CHARS, true) {
        let kept = FormState {
            question: form.question,
            clarify_error: Some(key),
            ..FormState::default()
        };
        let page = render(&state, &org, id, kept).await?;
        return Ok(no_store(page, StatusCode::UNPROCESSABLE_ENTITY));
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
    .await?;
    Ok(back(id))
}

/// Why an upload was refused, with the status it is answered with.
enum Refused {
    Missing,
    Type,
    TooLarge,
}

struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    content_type: &'static str,
}

async fn read_upload(multipart: &mut Multipart) -> Result<Result<Upload, Refused>, WebError> {
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|_| WebError::BadRequest("org-error-file-missing"))?
    {
        if field.name() != Some("file") {
            continue;
        }
        let file_name = clean_file_name(field.file_name().unwrap_or_default());
        let declared = field.content_type().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|_| WebError::BadRequest("org-error-file-missing"))?
        {
            if bytes.len() + chunk.len() > MAX_EVIDENCE_BYTES {
                return Ok(Err(Refused::TooLarge));
            }
            bytes.extend_from_slice(&chunk);
        }
        if bytes.is_empty() {
            return Ok(Err(Refused::Missing));
        }
        let Some(content_type) = sniff(&bytes) else {
            return Ok(Err(Refused::Type));
        };
        // A declared type that names a different allowed type is a disguised file.
        let generic = declared.is_empty() || declared == "application/octet-stream";
        if !generic && declared != content_type {
            return Ok(Err(Refused::Type));
        }
        return Ok(Ok(Upload {
            file_name,
            bytes,
            content_type,
        }));
    }
    Ok(Err(Refused::Missing))
}

fn random_key() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

async fn store_file(dir: &std::path::Path, key: &str, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(dir.join(key)).await?;
    tokio::io::AsyncWriteExt::write_all(&mut file, bytes).await?;
    file.sync_all().await
}

pub async fn evidence(
    State(state): State<AppState>,
    org: OrgUser,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    factory_only(&org)?;
    let upload = match read_upload(&mut multipart).await? {
        Ok(upload) => upload,
        Err(refused) => {
            let (status, key) = match refused {
                Refused::Missing => (StatusCode::UNPROCESSABLE_ENTITY, "org-error-file-missing"),
                Refused::Type => (StatusCode::UNPROCESSABLE_ENTITY, "org-error-file-type"),
                Refused::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "org-error-file-too-large"),
            };
            let kept = FormState {
                evidence_error: Some(key),
                ..FormState::default()
            };
            let page = render(&state, &org, id, kept).await?;
            return Ok(no_store(page, status));
        }
    };
    let key = random_key();
    let dir = state.config.attachments_dir.clone();
    store_file(&dir, &key, &upload.bytes)
        .await
        .map_err(WebError::Upload)?;
    let new = NewAttachment {
        case_id: id,
        response_id: None,
        organisation_id: org.user.organisation_id,
        uploaded_by: org.user.id,
        file_name: upload.file_name,
        content_type: upload.content_type.to_owned(),
        size_bytes: i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX),
        sha256: hex::encode(Sha256::digest(&upload.bytes)),
        storage_key: key.clone(),
    };
    if let Err(err) = state
        .store
        .add_attachment(org.scope, &new, state.now())
        .await
    {
        // No row points at the file: remove it so nothing unreferenced stays on disk.
        let _ = tokio::fs::remove_file(dir.join(&key)).await;
        return Err(err.into());
    }
    Ok(back(id))
}

/// Downloads an attachment: for helpline staff any, for others only in their scope.
/// Always as a download with the stored (sniffed) type and `nosniff`, so a file can never
/// run as a page of this site.
pub async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let found = state
        .store
        .attachment(viewer.scope, id, viewer.user.id, state.now())
        .await?;
    if let Scope::Workplace { organisation_id } = viewer.scope
        && found.organisation_id != organisation_id
    {
        return Err(WebError::NotFound);
    }
    // Storage keys are our own hex names; anything else is refused rather than joined.
    if found.storage_key.is_empty() || !found.storage_key.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(WebError::NotFound);
    }
    let bytes = match tokio::fs::read(state.config.attachments_dir.join(&found.storage_key)).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::error!(attachment = id, error = %err, "evidence file missing");
            return Err(WebError::NotFound);
        }
    };
    let disposition = format!(
        "attachment; filename=\"{}\"",
        clean_file_name(&found.file_name)
    );
    Ok((
        [
            (header::CONTENT_TYPE, found.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        Body::from(bytes),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_types_come_from_the_bytes() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Some("image/jpeg"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn file_names_are_cleaned() {
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(
            clean_file_name("C:\\photos\\fire exit.jpg"),
            "fire exit.jpg"
        );
        assert_eq!(clean_file_name("a\"b;c.pdf"), "a_b_c.pdf");
        assert_eq!(clean_file_name(""), "evidence");
        assert_eq!(clean_file_name("..."), "evidence");
        assert_eq!(clean_file_name(&"x".repeat(300)).len(), 100);
    }
}
