//! `/api/workplaces`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use workvoice_domain::{Country, FieldErrors};
use workvoice_store::{NewWorkplace, Workplace};

use crate::api::auth::{ApiUser, WorkplaceManager};
use crate::api::body::ApiJson;
use crate::api::error::{ApiError, ErrorOut};
use crate::api::{PageOut, Paging, page};
use crate::state::AppState;

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct WorkplaceOut {
    id: i64,
    name: String,
    /// `BD` or `VN`.
    country: String,
    /// Bangladesh: the district; Vietnam: the province.
    district: String,
    /// Bangladesh: the sub-district; Vietnam: the district.
    sub_district: String,
    address: String,
    sector: String,
    workers_total: i64,
    workers_women: i64,
    /// Language codes spoken at the workplace, comma-separated (`bn,en`).
    languages: String,
    /// `invited`, `onboarded`, `trained`, `active` or `suspended`.
    onboarding_status: String,
    /// UTC epoch milliseconds.
    created_at: i64,
}

impl From<Workplace> for WorkplaceOut {
    fn from(w: Workplace) -> Self {
        WorkplaceOut {
            id: w.id,
            name: w.name,
            country: w.country,
            district: w.district,
            sub_district: w.sub_district,
            address: w.address,
            sector: w.sector,
            workers_total: w.workers_total,
            workers_women: w.workers_women,
            languages: w.languages,
            onboarding_status: w.onboarding_status.code().to_owned(),
            created_at: w.created_at,
        }
    }
}

#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkplaceIn {
    name: String,
    /// `BD` or `VN`.
    country: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    workers_total: i64,
    #[serde(default)]
    workers_women: i64,
    /// Organisation ids of brands this workplace supplies.
    #[serde(default)]
    brand_organisation_ids: Vec<i64>,
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorkplaceQuery {
    /// Part of the name (case and Vietnamese diacritics ignored).
    #[serde(default)]
    q: String,
}

#[utoipa::path(get, path = "/workplaces", tag = "workplaces", params(WorkplaceQuery, Paging),
    responses((status = 200, body = PageOut<WorkplaceOut>), (status = 401, body = ErrorOut)))]
pub async fn list(
    State(state): State<AppState>,
    _user: ApiUser,
    Query(q): Query<WorkplaceQuery>,
    Query(paging): Query<Paging>,
) -> Result<Json<PageOut<WorkplaceOut>>, ApiError> {
    let found = state
        .store
        .search_workplaces(&q.q, paging.limit(), paging.offset())
        .await?;
    Ok(page(
        found.items.into_iter().map(Into::into).collect(),
        found.total,
        &paging,
    ))
}

#[utoipa::path(get, path = "/workplaces/{id}", tag = "workplaces",
    responses((status = 200, body = WorkplaceOut), (status = 404, body = ErrorOut)))]
pub async fn get_one(
    State(state): State<AppState>,
    _user: ApiUser,
    Path(id): Path<i64>,
) -> Result<Json<WorkplaceOut>, ApiError> {
    Ok(Json(state.store.workplace(id).await?.into()))
}

fn validate(input: &WorkplaceIn) -> Result<Country, FieldErrors> {
    let mut errors = FieldErrors::default();
    if input.name.trim().is_empty() {
        errors.push("name", "error-required");
    }
    let country = Country::parse(&input.country);
    if country.is_none() {
        errors.push("country", "error-invalid-choice");
    }
    if input.workers_total < 0 {
        errors.push("workers_total", "error-invalid-number");
    }
    if input.workers_women < 0 || input.workers_women > input.workers_total.max(0) {
        errors.push("workers_women", "error-invalid-number");
    }
    match country {
        Some(c) if errors.is_empty() => Ok(c),
        _ => Err(errors),
    }
}

#[utoipa::path(post, path = "/workplaces", tag = "workplaces", request_body = WorkplaceIn,
    responses((status = 201, body = WorkplaceOut), (status = 422, body = ErrorOut)))]
pub async fn create(
    State(state): State<AppState>,
    _manager: WorkplaceManager,
    ApiJson(input): ApiJson<WorkplaceIn>,
) -> Result<(StatusCode, Json<WorkplaceOut>), ApiError> {
    let country = validate(&input).map_err(ApiError::Validation)?;
    let created = state
        .store
        .create_workplace(
            &NewWorkplace {
                name: input.name,
                country,
                district: input.district,
                address: input.address,
                sector: input.sector,
                workers_total: input.workers_total,
                workers_women: input.workers_women,
                brand_organisation_ids: input.brand_organisation_ids,
            },
            state.now(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(created.into())))
}
