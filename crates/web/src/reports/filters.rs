//! The dashboard's filter form: period (`from`/`to` as `YYYY-MM`), country, district,
//! brand and category, parsed into the store's `ReportFilter` and the months to report.
//! A bad period is an error beside its field; the typed values stay in the form.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use workvoice_domain::ids::OrgId;
use workvoice_domain::reports::{ReportPeriod, YearMonth};
use workvoice_domain::{Country, OrgKind};
use workvoice_store::{Dashboard, Month, ReportFilter, months_ending};

use crate::awareness::today;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::registry::browse::{Choice, country_choices, district_choices};
use crate::state::AppState;

/// Months on the dashboard when no period is chosen: a year, this month included.
pub const DEFAULT_MONTHS: i32 = 12;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FilterQuery {
    pub from: String,
    pub to: String,
    pub country: String,
    pub district: String,
    pub brand: String,
    pub category: String,
    /// Only the CSV export reads it: which table.
    pub table: String,
}

impl FilterQuery {
    /// The filter's own fields as a query string (for the export links).
    pub fn query_string(&self) -> String {
        let pairs = [
            ("from", &self.from),
            ("to", &self.to),
            ("country", &self.country),
            ("district", &self.district),
            ("brand", &self.brand),
            ("category", &self.category),
        ];
        serde_urlencoded::to_string(
            pairs
                .iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .collect::<Vec<_>>(),
        )
        .unwrap_or_default()
    }
}

/// What the filter form chose, ready for the store.
pub struct Chosen {
    pub period: ReportPeriod,
    pub months: Vec<Month>,
    pub filter: ReportFilter,
    /// (field, message id) of a refused period; the figures then use the default one.
    pub error: Option<(&'static str, &'static str)>,
}

/// This month, in the programme's zone.
pub fn this_month(state: &AppState) -> YearMonth {
    let d = today(state);
    YearMonth {
        year: i32::from(d.year()),
        month: i32::from(d.month()),
    }
}

/// The months of a period, oldest first, in the programme's zone.
pub fn months_of(state: &AppState, period: ReportPeriod) -> Result<Vec<Month>, WebError> {
    let last = jiff::civil::date(
        i16::try_from(period.to.year).unwrap_or(2000),
        i8::try_from(period.to.month).unwrap_or(1),
        1,
    );
    let n = usize::try_from(period.months()).unwrap_or(1);
    Ok(months_ending(last, n, &state.config.time_zone)?)
}

pub fn choose(state: &AppState, q: &FilterQuery) -> Result<Chosen, WebError> {
    let default = ReportPeriod::ending(this_month(state), DEFAULT_MONTHS);
    let (period, error) = match ReportPeriod::parse(&q.from, &q.to, default) {
        Ok(p) => (p, None),
        Err(e) => (default, Some(e)),
    };
    let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let filter = ReportFilter {
        country: Country::parse(&q.country),
        district: text(&q.district),
        brand: q.brand.trim().parse::<OrgId>().ok(),
        category: text(&q.category),
        reported_to: None,
    };
    Ok(Chosen {
        months: months_of(state, period)?,
        period,
        filter,
        error,
    })
}

/// The choice lists of the form, the query's values selected.
pub struct FilterChoices {
    pub countries: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub brands: Vec<Choice>,
    pub categories: Vec<Choice>,
}

pub async fn choices(state: &AppState, tr: Tr, q: &FilterQuery) -> Result<FilterChoices, WebError> {
    let brands = state
        .store
        .organisations_of_kind(OrgKind::Brand)
        .await?
        .into_iter()
        .map(|o| Choice {
            value: o.id.get().to_string(),
            selected: o.id.get().to_string() == q.brand.trim(),
            label: o.name,
        })
        .collect();
    let categories = state.store.categories().await?;
    let tops = categories
        .iter()
        .filter(|c| c.parent_code.is_none())
        .map(|c| Choice {
            value: c.code.clone(),
            label: crate::shared::labels::category(tr, &c.code, &categories),
            selected: c.code == q.category.trim(),
        })
        .collect();
    Ok(FilterChoices {
        countries: country_choices(tr, Country::parse(&q.country)),
        districts: district_choices(&state.store, &q.district).await?,
        brands,
        categories: tops,
    })
}

/// The store's figures for what the form chose.
pub async fn figures(state: &AppState, chosen: &Chosen) -> Result<Dashboard, WebError> {
    Ok(state
        .store
        .dashboard(&chosen.months, &chosen.filter, state.time())
        .await?)
}

/// What a CSV export of the query holds: the choice and its figures. A refused period is
/// a bad request here; the pages show it beside its field instead.
pub async fn export_figures(
    state: &AppState,
    q: &FilterQuery,
) -> Result<(Chosen, Dashboard), WebError> {
    let chosen = choose(state, q)?;
    if let Some((_, key)) = chosen.error {
        return Err(WebError::BadRequest(key));
    }
    let d = figures(state, &chosen).await?;
    Ok((chosen, d))
}

/// The filter form as a report page shows it (`reports/filter_form.html`): the typed
/// query, where the form goes, the refused period's field and why, and the choice lists.
pub struct FilterForm {
    pub q: FilterQuery,
    pub action: &'static str,
    pub error_field: &'static str,
    pub error: String,
    pub lists: FilterChoices,
}

impl FilterForm {
    pub async fn new(
        state: &AppState,
        tr: Tr,
        q: FilterQuery,
        action: &'static str,
        chosen: &Chosen,
    ) -> Result<FilterForm, WebError> {
        let lists = choices(state, tr, &q).await?;
        let (error_field, error) = chosen
            .error
            .map_or(("", String::new()), |(field, key)| (field, tr.t(key)));
        Ok(FilterForm {
            q,
            action,
            error_field,
            error,
            lists,
        })
    }
}

/// A report page's answer: 422 when the form's period was refused (the figures are then
/// the default period's), else 200.
pub fn answer(chosen: &Chosen, page: impl IntoResponse) -> Response {
    if chosen.error.is_some() {
        return (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
    }
    page.into_response()
}
