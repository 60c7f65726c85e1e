//! `/workplaces`: the registry, filtered by country, onboarding status and district, and
//! searched by name or registration number.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use workvoice_domain::registry::OnboardingStatus;
use workvoice_domain::{Country, Language};
use workvoice_store::WorkplaceFilter;

use crate::auth::roles::RegistryReader;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::shared::pager::{PAGE_SIZE, Pager, page_number, pager};
use crate::state::AppState;
use workvoice_domain::ids::WorkplaceId;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct BrowseQuery {
    q: String,
    country: String,
    status: String,
    district: String,
    page: Option<i64>,
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct WorkplaceRow {
    id: WorkplaceId,
    name: String,
    place: String,
    workers: String,
    status: String,
    status_code: &'static str,
    languages: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/list.html")]
pub struct RegistryPage {
    chrome: Chrome,
    q: String,
    countries: Vec<Choice>,
    statuses: Vec<Choice>,
    districts: Vec<Choice>,
    rows: Vec<WorkplaceRow>,
    shown: String,
    pager: Pager,
    can_edit: bool,
}

/// Language codes as their names, joined.
pub fn language_names(tr: crate::i18n::Tr, codes: &str) -> String {
    codes
        .split(',')
        .filter_map(Language::parse)
        .map(|l| tr.t(l.message_key()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The countries of a filter, `selected` chosen.
pub fn country_choices(tr: Tr, selected: Option<Country>) -> Vec<Choice> {
    Country::ALL
        .into_iter()
        .map(|c| Choice {
            value: c.code().to_owned(),
            label: tr.t(c.message_key()),
            selected: selected == Some(c),
        })
        .collect()
}

/// The districts (provinces) workplaces are in, the one typed as `selected` chosen.
pub async fn district_choices(
    store: &workvoice_store::Store,
    selected: &str,
) -> Result<Vec<Choice>, WebError> {
    Ok(store
        .workplace_districts()
        .await?
        .into_iter()
        .map(|d| Choice {
            selected: d.eq_ignore_ascii_case(selected.trim()),
            label: d.clone(),
            value: d,
        })
        .collect())
}

pub async fn list(
    State(state): State<AppState>,
    RegistryReader(staff): RegistryReader,
    Query(q): Query<BrowseQuery>,
) -> Result<RegistryPage, WebError> {
    let tr = staff.tr();
    let filter = WorkplaceFilter {
        text: q.q.clone(),
        country: Country::parse(&q.country),
        status: OnboardingStatus::parse(&q.status),
        district: q.district.clone(),
    };
    let page = page_number(q.page);
    let found = state
        .store
        .browse_workplaces(&filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await?;
    let rows = found
        .items
        .iter()
        .map(|w| WorkplaceRow {
            id: w.id,
            name: w.name.clone(),
            place: [w.sub_district.as_str(), w.district.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            workers: tr.number(w.workers_total),
            status: tr.t(w.onboarding_status.message_key()),
            status_code: w.onboarding_status.code(),
            languages: language_names(tr, &w.languages),
        })
        .collect();
    let countries = country_choices(tr, filter.country);
    let statuses = OnboardingStatus::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.code().to_owned(),
            label: tr.t(s.message_key()),
            selected: filter.status == Some(s),
        })
        .collect();
    let districts = district_choices(&state.store, &q.district).await?;
    let query = filter_query(&q);
    Ok(RegistryPage {
        pager: pager(tr, "/workplaces", &query, page, found.total, found.capped),
        shown: crate::shared::pager::count_text(
            tr,
            "registry-count",
            "registry-count-more",
            found.total,
            found.capped,
        ),
        can_edit: staff.user.role.can_manage_workplaces(),
        chrome: Chrome::staff(&staff, "workplaces"),
        q: q.q,
        countries,
        statuses,
        districts,
        rows,
    })
}

/// The current filters as a query string, for the pager's links.
fn filter_query(q: &BrowseQuery) -> String {
    let pairs: Vec<(&str, &str)> = [
        ("q", q.q.trim()),
        ("country", q.country.trim()),
        ("status", q.status.trim()),
        ("district", q.district.trim()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}
