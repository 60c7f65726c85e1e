//! `/api/workplaces`: the registry for services. A workplace is created with its whole
//! record (registration numbers, onboarding, contacts), parsed by the same
//! `WorkplaceRecord::parse` as the edit page and the CSV import.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use workvoice_domain::registry::{
    ContactKind, IdentifierKind, OnboardingStatus, RawWorkplace, WorkplaceRecord,
};
use workvoice_domain::{FieldErrors, Millis};
use workvoice_store::{StoreError, Workplace, WorkplaceDetails};

use crate::api::auth::{ApiUser, WorkplaceManager};
use crate::api::body::ApiJson;
use crate::api::error::{ApiError, ErrorOut};
use crate::api::{PageOut, Paging, page};
use crate::state::AppState;
use workvoice_domain::ids::{OrgId, WorkplaceId};

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct WorkplaceOut {
    #[schema(value_type = i64)]
    id: WorkplaceId,
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
    #[schema(value_type = i64)]
    created_at: Millis,
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

/// A workplace with everything the registry knows about it.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct WorkplaceDetailsOut {
    #[serde(flatten)]
    workplace: WorkplaceOut,
    /// Registration numbers by kind (`trade_licence`, `dife_licence`, `bgmea`, `bkmea`,
    /// `rsc`, `enterprise_code`).
    identifiers: BTreeMap<String, String>,
    /// The date (`YYYY-MM-DD`) each onboarding stage was reached, by stage.
    onboarding_dates: BTreeMap<String, String>,
    contacts: Vec<ContactOut>,
    /// Names of the brands it supplies.
    brands: Vec<String>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ContactOut {
    /// `management` or `safety_24_7`.
    kind: String,
    name: String,
    /// E.164.
    phone: Option<String>,
}

impl From<WorkplaceDetails> for WorkplaceDetailsOut {
    fn from(d: WorkplaceDetails) -> Self {
        WorkplaceDetailsOut {
            identifiers: d
                .identifiers
                .iter()
                .map(|(k, v)| (k.code().to_owned(), v.clone()))
                .collect(),
            onboarding_dates: OnboardingStatus::ALL
                .into_iter()
                .zip(&d.dates)
                .filter_map(|(s, date)| date.clone().map(|date| (s.code().to_owned(), date)))
                .collect(),
            contacts: d
                .contacts
                .iter()
                .map(|c| ContactOut {
                    kind: c.kind.code().to_owned(),
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                })
                .collect(),
            brands: d.brands.iter().map(|(_, n)| n.clone()).collect(),
            workplace: d.workplace.into(),
        }
    }
}

#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactIn {
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
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
    sub_district: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    workers_total: i64,
    #[serde(default)]
    workers_women: i64,
    /// Registration numbers by kind, as in the output.
    #[serde(default)]
    identifiers: BTreeMap<String, String>,
    /// Language codes (`bn`, `vi`, `en`).
    #[serde(default)]
    languages: Vec<String>,
    /// `invited` (the default), `onboarded`, `trained`, `active` or `suspended`.
    #[serde(default)]
    onboarding_status: String,
    /// `YYYY-MM-DD` by stage; the current stage (unless `invited`) needs its date.
    #[serde(default)]
    onboarding_dates: BTreeMap<String, String>,
    #[serde(default)]
    management_contact: ContactIn,
    /// The person the helpline calls day and night about a life-safety danger.
    #[serde(default)]
    safety_contact: ContactIn,
    /// Organisation ids of brands this workplace supplies.
    #[serde(default)]
    #[schema(value_type = Vec<i64>)]
    brand_organisation_ids: Vec<OrgId>,
}

impl WorkplaceIn {
    fn parse(self) -> Result<(WorkplaceRecord, Vec<OrgId>), FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut identifiers = Vec::new();
        for (kind, value) in &self.identifiers {
            match IdentifierKind::parse(kind) {
                Some(k) => identifiers.push((k, value.clone())),
                None => errors.push("identifiers", "error-invalid-choice"),
            }
        }
        for stage in self.onboarding_dates.keys() {
            if OnboardingStatus::parse(stage).is_none() {
                errors.push("onboarding_dates", "error-invalid-choice");
            }
        }
        let date = |s: OnboardingStatus| {
            self.onboarding_dates
                .get(s.code())
                .cloned()
                .unwrap_or_default()
        };
        let place = crate::registry::record_form::place_of!(self);
        let raw = RawWorkplace {
            workers_total: self.workers_total.to_string(),
            workers_women: self.workers_women.to_string(),
            identifiers,
            languages: self.languages.join(","),
            status: self.onboarding_status.clone(),
            dates: OnboardingStatus::ALL.map(date),
            contacts: vec![
                (
                    ContactKind::Management,
                    self.management_contact.name.clone(),
                    self.management_contact.phone.clone(),
                ),
                (
                    ContactKind::Safety24x7,
                    self.safety_contact.name.clone(),
                    self.safety_contact.phone.clone(),
                ),
            ],
            ..RawWorkplace::with_place(place)
        };
        match WorkplaceRecord::parse(&raw) {
            Ok(record) if errors.is_empty() => Ok((record, self.brand_organisation_ids)),
            Ok(_) => Err(errors),
            Err(more) => {
                errors.0.extend(more.0);
                Err(errors)
            }
        }
    }
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorkplaceQuery {
    /// Part of the name (case and Vietnamese diacritics ignored).
    #[serde(default)]
    q: String,
}

#[utoipa::path(get, path = "/workplaces", tag = "workplaces", params(WorkplaceQuery, Paging),
    responses((status = 400, body = ErrorOut), (status = 200, body = PageOut<WorkplaceOut>), (status = 401, body = ErrorOut)))]
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
        (found.total, found.capped),
        &paging,
    ))
}

#[utoipa::path(get, path = "/workplaces/{id}", tag = "workplaces", params(("id" = i64, Path, description = "The workplace id")),
    responses((status = 401, body = ErrorOut), (status = 400, body = ErrorOut), (status = 200, body = WorkplaceDetailsOut), (status = 404, body = ErrorOut)))]
pub async fn get_one(
    State(state): State<AppState>,
    _user: ApiUser,
    Path(id): Path<WorkplaceId>,
) -> Result<Json<WorkplaceDetailsOut>, ApiError> {
    Ok(Json(state.store.workplace_details(id).await?.into()))
}

/// An account that may not manage the registry is answered 404, as if the endpoint did not
/// exist, so the document lists 404 too.
#[utoipa::path(post, path = "/workplaces", tag = "workplaces", request_body = WorkplaceIn,
    responses((status = 401, body = ErrorOut), (status = 400, body = ErrorOut), (status = 201, body = WorkplaceDetailsOut), (status = 404, body = ErrorOut), (status = 422, body = ErrorOut)))]
pub async fn create(
    State(state): State<AppState>,
    _manager: WorkplaceManager,
    ApiJson(input): ApiJson<WorkplaceIn>,
) -> Result<(StatusCode, Json<WorkplaceDetailsOut>), ApiError> {
    let (record, brands) = input.parse().map_err(ApiError::Validation)?;
    let id = state
        .store
        .register_workplace(&record, &brands, state.time())
        .await
        .map_err(|e| match e {
            StoreError::Invalid(errors) => {
                ApiError::Validation(errors.renamed("brands", "brand_organisation_ids"))
            }
            other => other.into(),
        })?;
    let created = state.store.workplace_details(id).await?;
    Ok((StatusCode::CREATED, Json(created.into())))
}
