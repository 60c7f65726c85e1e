//! `/api/cases`: create (the same validation as the intake form), read, list with
//! filters and full-text search, add a note. Caller identity is accepted on create but
//! never returned.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use workvoice_domain::ids::{CaseId, UserId, WorkplaceId};
use workvoice_domain::{CaseCursor, Millis, NoteText, RawIntake, Urgency};
use workvoice_store::{Assignee, CaseFilter, CaseRecord, CaseSort, CaseSummary};

use crate::api::auth::ApiUser;
use crate::api::body::ApiJson;
use crate::api::error::{ApiError, ErrorOut};
use crate::api::{PageOut, Paging, keyset_page, page};
use crate::helpline::open_case::{IntakeRefused, NewCase, WorkplaceGiven, open_case};
use crate::state::AppState;

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CaseSummaryOut {
    #[schema(value_type = i64)]
    id: CaseId,
    #[schema(value_type = Option<i64>)]
    workplace_id: Option<WorkplaceId>,
    workplace_name: Option<String>,
    category: String,
    /// `life_safety`, `urgent`, `normal` or `informational`.
    urgency: String,
    language: String,
    channel: String,
    summary: String,
    status: String,
    outcome: Option<String>,
    #[schema(value_type = Option<i64>)]
    assigned_to: Option<UserId>,
    /// UTC epoch milliseconds.
    created_at: i64,
    updated_at: i64,
}

impl From<CaseSummary> for CaseSummaryOut {
    fn from(c: CaseSummary) -> Self {
        CaseSummaryOut {
            id: c.id,
            workplace_id: c.workplace_id,
            workplace_name: c.workplace_name,
            category: c.category_code,
            urgency: c.urgency.code().to_owned(),
            language: c.language.code().to_owned(),
            channel: c.channel.code().to_owned(),
            summary: c.summary,
            status: c.status,
            outcome: c.outcome,
            assigned_to: c.assigned_to,
            created_at: c.created_at.0,
            updated_at: c.updated_at.0,
        }
    }
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CaseOut {
    #[serde(flatten)]
    summary: CaseSummaryOut,
    /// Internal narrative (helpline staff only).
    narrative: String,
    /// What the factory and brands may read.
    shareable_summary: String,
    #[schema(value_type = Option<i64>)]
    closed_at: Option<Millis>,
}

impl From<CaseRecord> for CaseOut {
    fn from(c: CaseRecord) -> Self {
        CaseOut {
            summary: c.summary.into(),
            narrative: c.narrative,
            shareable_summary: c.shareable_summary,
            closed_at: c.closed_at,
        }
    }
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseIn {
    #[schema(value_type = Option<i64>)]
    workplace_id: Option<WorkplaceId>,
    /// A category code, e.g. `life_safety.fire` or `wages.unpaid`.
    category: String,
    /// `life_safety`, `urgent`, `normal` or `informational`.
    urgency: String,
    /// `en`, `bn` or `vi`.
    language: String,
    summary: String,
    #[serde(default)]
    narrative: String,
    #[serde(default)]
    shareable_summary: String,
    /// Encrypted at rest; never returned by the API.
    #[serde(default)]
    caller_phone: String,
    #[serde(default)]
    caller_name: String,
    #[serde(default)]
    consent_callback: bool,
    #[serde(default)]
    consent_sms: bool,
    /// Send the case code to the caller by SMS now (needs `consent_sms` and a number):
    /// the outbox sends it in the case's language, inside the safe window.
    #[serde(default)]
    sms_case_code: bool,
    /// `HH:MM`, local time.
    #[serde(default)]
    safe_time_from: String,
    #[serde(default)]
    safe_time_to: String,
    /// `phone` (default), `sms`, `ivr`, `web`, `walk_in` or `other`.
    #[serde(default)]
    channel: String,
    /// Whether the worker agreed that the factory may be told: `yes`, `no`, or empty for
    /// the protocol's default for the category. Without agreement the case cannot be
    /// reported to the factory or its brands.
    #[serde(default)]
    factory_consent: String,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct CreatedOut {
    #[schema(value_type = i64)]
    id: CaseId,
    /// The case code to give the caller (10 digits). Shown only in this response.
    code: String,
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteIn {
    text: String,
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseQuery {
    /// Full-text search over case text.
    q: Option<String>,
    /// A status code; `open` for any open status.
    status: Option<String>,
    urgency: Option<String>,
    /// A category code; its subcategories match too.
    category: Option<String>,
    #[param(value_type = Option<i64>)]
    workplace_id: Option<WorkplaceId>,
    /// A user id, or `none` for unassigned.
    assigned: Option<String>,
    /// `newest` (default), `oldest`, `urgency` or `updated`.
    sort: Option<String>,
    /// Keyset paging (`newest` and `oldest` only): the `next` of the previous page, or
    /// empty for the first. Pages then do not shift when new cases arrive; `offset` is
    /// ignored.
    after: Option<String>,
}

fn filter_of(q: &CaseQuery) -> Result<CaseFilter, ApiError> {
    let invalid = |field: &str| ApiError::InvalidField {
        field: field.to_owned(),
        message: "unknown value".to_owned(),
    };
    let urgency = match q.urgency.as_deref() {
        None | Some("") => None,
        Some(u) => Some(Urgency::parse(u).ok_or_else(|| invalid("urgency"))?),
    };
    let assigned = match q.assigned.as_deref() {
        None | Some("") => None,
        Some("none") => Some(Assignee::Nobody),
        Some(id) => Some(Assignee::User(id.parse().map_err(|_| invalid("assigned"))?)),
    };
    Ok(CaseFilter {
        open_only: q.status.as_deref() == Some("open"),
        status: q.status.clone().filter(|s| !s.is_empty() && s != "open"),
        urgency,
        category: q.category.clone().filter(|c| !c.is_empty()),
        workplace_id: q.workplace_id,
        assigned,
        text: q.q.clone().filter(|t| !t.trim().is_empty()),
    })
}

#[utoipa::path(get, path = "/cases", tag = "cases", params(CaseQuery, Paging),
    responses((status = 400, body = ErrorOut), (status = 200, body = PageOut<CaseSummaryOut>), (status = 401, body = ErrorOut), (status = 422, body = ErrorOut)))]
pub async fn list(
    State(state): State<AppState>,
    user: ApiUser,
    Query(q): Query<CaseQuery>,
    Query(paging): Query<Paging>,
) -> Result<Json<PageOut<CaseSummaryOut>>, ApiError> {
    let filter = filter_of(&q)?;
    let sort = match q.sort.as_deref() {
        None | Some("") => CaseSort::default(),
        Some(s) => CaseSort::parse(s).ok_or_else(|| ApiError::InvalidField {
            field: "sort".into(),
            message: "unknown value".into(),
        })?,
    };
    let Some(after) = q.after.as_deref() else {
        let found = state
            .store
            .list_cases(user.scope(), &filter, sort, paging.limit(), paging.offset())
            .await?;
        return Ok(page(
            found.items.into_iter().map(Into::into).collect(),
            (found.total, found.capped),
            &paging,
        ));
    };
    let invalid = |field: &str, message: &str| ApiError::InvalidField {
        field: field.to_owned(),
        message: message.to_owned(),
    };
    let after = match after.trim() {
        "" => None,
        text => Some(CaseCursor::parse(text).ok_or_else(|| invalid("after", "not a cursor"))?),
    };
    if !matches!(sort, CaseSort::Newest | CaseSort::Oldest) {
        return Err(invalid("sort", "keyset paging takes newest or oldest"));
    }
    let found = state
        .store
        .list_cases_after(user.scope(), &filter, sort, after, paging.limit())
        .await?;
    let full = i64::try_from(found.items.len()).unwrap_or(i64::MAX) >= paging.limit();
    let next = found
        .items
        .last()
        .filter(|_| full)
        .map(|c| c.cursor().to_string());
    Ok(keyset_page(
        found.items.into_iter().map(Into::into).collect(),
        (found.total, found.capped),
        &paging,
        next,
    ))
}

#[utoipa::path(get, path = "/cases/{id}", tag = "cases", params(("id" = i64, Path, description = "The case id")),
    responses((status = 401, body = ErrorOut), (status = 400, body = ErrorOut), (status = 200, body = CaseOut), (status = 404, body = ErrorOut)))]
pub async fn get_one(
    State(state): State<AppState>,
    user: ApiUser,
    Path(id): Path<CaseId>,
) -> Result<Json<CaseOut>, ApiError> {
    Ok(Json(state.store.case(user.scope(), id).await?.into()))
}

#[utoipa::path(post, path = "/cases", tag = "cases", request_body = CaseIn,
    responses((status = 401, body = ErrorOut), (status = 201, body = CreatedOut), (status = 400, body = ErrorOut), (status = 422, body = ErrorOut)))]
pub async fn create(
    State(state): State<AppState>,
    user: ApiUser,
    ApiJson(input): ApiJson<CaseIn>,
) -> Result<(StatusCode, Json<CreatedOut>), ApiError> {
    let new = NewCase {
        workplace: WorkplaceGiven::Id(input.workplace_id),
        intake: RawIntake {
            workplace_id: None,
            category: input.category,
            urgency: input.urgency,
            language: input.language,
            summary: input.summary,
            narrative: input.narrative,
            shareable_summary: input.shareable_summary,
            caller_phone: input.caller_phone,
            caller_name: input.caller_name,
            consent_callback: input.consent_callback,
            consent_sms: input.consent_sms,
            sms_case_code: input.sms_case_code,
            safe_time_from: input.safe_time_from,
            safe_time_to: input.safe_time_to,
            channel: input.channel,
            factory_consent: input.factory_consent,
        },
        opened_by: user.0.id,
    };
    let created = open_case(&state, new).await.map_err(|e| match e {
        IntakeRefused::Invalid(errors) => ApiError::Validation(errors),
        IntakeRefused::Store(e) => e.into(),
    })?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedOut {
            id: created.id,
            code: created.code.display(),
        }),
    ))
}

#[utoipa::path(post, path = "/cases/{id}/notes", tag = "cases", params(("id" = i64, Path, description = "The case id")), request_body = NoteIn,
    responses((status = 401, body = ErrorOut), (status = 400, body = ErrorOut), (status = 201), (status = 404, body = ErrorOut), (status = 422, body = ErrorOut)))]
pub async fn add_note(
    State(state): State<AppState>,
    user: ApiUser,
    Path(id): Path<CaseId>,
    ApiJson(note): ApiJson<NoteIn>,
) -> Result<StatusCode, ApiError> {
    let text = NoteText::parse(&note.text)
        .map_err(|key| ApiError::Validation(workvoice_domain::FieldErrors(vec![("text", key)])))?;
    state
        .store
        .add_note(
            &state.store.scoped_case(user.scope(), id).await?,
            user.0.id,
            &text,
            state.time(),
        )
        .await?;
    Ok(StatusCode::CREATED)
}
