//! `/api/osh/aggregates`: the OSH programme's results for services, counted by the same
//! domain rules as the page and the CSV (headline = verified only; one improvement once, in
//! one area): totals, the groups by technical area, provider, region or month, band
//! transitions, visits on time and the mean effectiveness ratings. Helpline tokens only,
//! like the rest of the API, so the whole programme is in scope.

use axum::Json;
use axum::extract::{Query, State};
use workvoice_domain::Language;
use workvoice_domain::osh::{AreaTally, BandTransition};
use workvoice_store::{OshFilter, OshGroupBy, OshGroupKey, OshScope};

use crate::api::auth::ApiUser;
use crate::api::error::{ApiError, ErrorOut};
use crate::i18n::Tr;
use crate::state::AppState;

/// What the groups are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupByIn {
    /// Canonical technical area codes (`materials_handling`, …).
    #[default]
    Area,
    /// The provider's organisation id.
    Provider,
    /// `COUNTRY/district` of the workplace.
    Region,
    /// `YYYY-MM` of the last change (for verified improvements: when verified).
    Month,
}

#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AggregatesQuery {
    /// Group by `area` (default), `provider`, `region` or `month`.
    #[serde(default)]
    #[param(inline)]
    by: GroupByIn,
    /// `YYYY-MM`: improvements last changed (visits performed) from this month on, months
    /// counted in the programme's time zone.
    from: Option<String>,
    /// `YYYY-MM`: …to this month, included.
    to: Option<String>,
    /// A provider's organisation id.
    provider: Option<String>,
    /// `country/district` of the workplace.
    region: Option<String>,
    /// A technical area code (`materials_handling`, …).
    area: Option<String>,
}

impl AggregatesQuery {
    /// The same filter as the page's (one parser), except that the API refuses what the
    /// page would ignore: a bad month, a reversed period, a provider, region or area that
    /// names nothing.
    fn filter(&self, zone: &jiff::tz::TimeZone) -> Result<OshFilter, ApiError> {
        let typed = |v: &Option<String>| v.clone().unwrap_or_default();
        let page = crate::osh::aggregates::AggregatesQuery {
            by: String::new(),
            from: typed(&self.from),
            to: typed(&self.to),
            provider: typed(&self.provider),
            region: typed(&self.region),
            area: typed(&self.area),
        };
        if let Some(field) = page.unparsed_choice() {
            return Err(ApiError::InvalidField {
                field: field.to_owned(),
                message: "unknown value".to_owned(),
            });
        }
        match page.filter(zone) {
            (filter, None) => Ok(filter),
            (_, Some((field, key))) => Err(ApiError::InvalidField {
                field: field.to_owned(),
                message: Tr::new(Language::En).t(key),
            }),
        }
    }
}

/// Counts of one group (or of everything).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TallyOut {
    /// The headline: verified improvements.
    verified: i64,
    /// Done, not verified (the enterprise's own report or not yet seen).
    self_reported: i64,
    /// Proposed, planned or in progress.
    open: i64,
    abandoned: i64,
    /// Verified improvements marked low-cost.
    verified_low_cost: i64,
    /// Share of verified improvements that are low-cost, in percent; absent with none.
    low_cost_percent: Option<i64>,
    /// Sum of risk before − after over verified improvements scored both times.
    risk_reduction: i64,
    /// Verified improvements scored before and after.
    scored: i64,
    /// Verified improvements whose risk moved to a lower band.
    band_reductions: i64,
}

impl From<&AreaTally> for TallyOut {
    fn from(t: &AreaTally) -> TallyOut {
        TallyOut {
            verified: t.verified,
            self_reported: t.self_reported,
            open: t.open,
            abandoned: t.abandoned,
            verified_low_cost: t.verified_low_cost,
            low_cost_percent: t.low_cost_percent(),
            risk_reduction: t.risk_reduction,
            scored: t.scored,
            band_reductions: t.band_reductions(),
        }
    }
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct GroupOut {
    /// The group: an area code, a provider id, `COUNTRY/district` or `YYYY-MM`.
    key: String,
    /// The provider's name, when grouped by provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(flatten)]
    tally: TallyOut,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TransitionOut {
    /// Band before: `low`, `moderate`, `high` or `critical`.
    from: &'static str,
    /// Band after.
    to: &'static str,
    count: i64,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct AggregatesOut {
    total: TallyOut,
    /// What `groups` are grouped by.
    by: &'static str,
    groups: Vec<GroupOut>,
    /// Band transitions of verified improvements scored twice.
    transitions: Vec<TransitionOut>,
    /// Visits performed, and of them on or before the day planned.
    visits_performed: i64,
    visits_on_time: i64,
    /// Mean effectiveness ratings (1–5) over the views recorded; absent with none.
    employer_rating: Option<f64>,
    worker_rating: Option<f64>,
    employer_views: i64,
    worker_views: i64,
}

/// The group's key as the API writes it, and the provider's name.
fn key(key: OshGroupKey) -> (String, Option<String>) {
    match key {
        OshGroupKey::Area(area) => (area.code().to_owned(), None),
        OshGroupKey::Provider { id, name } => (id.to_string(), Some(name)),
        OshGroupKey::Region { country, district } => {
            (format!("{}/{district}", country.to_uppercase()), None)
        }
        OshGroupKey::Month(month) => (month, None),
    }
}

fn store_by(by: GroupByIn) -> OshGroupBy {
    match by {
        GroupByIn::Area => OshGroupBy::Area,
        GroupByIn::Provider => OshGroupBy::Provider,
        GroupByIn::Region => OshGroupBy::Region,
        GroupByIn::Month => OshGroupBy::Month,
    }
}

fn code(by: GroupByIn) -> &'static str {
    match by {
        GroupByIn::Area => "area",
        GroupByIn::Provider => "provider",
        GroupByIn::Region => "region",
        GroupByIn::Month => "month",
    }
}

fn mean(sum: i64, n: i64) -> Option<f64> {
    (n > 0).then(|| (sum as f64 / n as f64 * 10.0).round() / 10.0)
}

#[utoipa::path(get, path = "/osh/aggregates", tag = "osh", params(AggregatesQuery),
    responses((status = 200, body = AggregatesOut), (status = 400, body = ErrorOut), (status = 401, body = ErrorOut), (status = 422, body = ErrorOut)))]
pub async fn aggregates(
    State(state): State<AppState>,
    _user: ApiUser,
    Query(q): Query<AggregatesQuery>,
) -> Result<Json<AggregatesOut>, ApiError> {
    let scope = OshScope::Programme;
    let filter = q.filter(&crate::osh::access::zone(&state))?;
    let (total, groups) =
        crate::osh::aggregates::counted(&state.store, scope, &filter, store_by(q.by)).await?;
    let ratings = state.store.rating_tally(scope, &filter).await?;
    let follow_up = state.store.follow_up_tally(scope, &filter).await?;
    Ok(Json(AggregatesOut {
        total: TallyOut::from(&total),
        by: code(q.by),
        groups: groups
            .into_iter()
            .map(|(k, t)| {
                let (key, name) = key(k);
                GroupOut {
                    key,
                    name,
                    tally: TallyOut::from(&t),
                }
            })
            .collect(),
        transitions: BandTransition::all()
            .filter_map(|t| {
                total.transitions.get(&t).map(|n| TransitionOut {
                    from: t.from.code(),
                    to: t.to.code(),
                    count: *n,
                })
            })
            .collect(),
        visits_performed: follow_up.performed,
        visits_on_time: follow_up.on_time,
        employer_rating: mean(ratings.employer_sum, ratings.employer_views),
        worker_rating: mean(ratings.worker_sum, ratings.worker_views),
        employer_views: ratings.employer_views,
        worker_views: ratings.worker_views,
    }))
}
