//! The case queue: filters, sorting and pagination, all in the URL so a view can be
//! bookmarked or shared with a colleague.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use workvoice_domain::Urgency;
use workvoice_store::{Assignee, CaseFilter, CaseSort};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::registry::workplace_choice::resolve_workplace;
use crate::shared::case_table::{self, CaseRow};
use crate::shared::chrome::Chrome;
use crate::shared::labels::{self, Choice, ChoiceGroup};
use crate::shared::pager::{self, PAGE_SIZE, Pager};
use crate::state::AppState;

#[derive(Debug, Default, serde::Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    urgency: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    workplace: String,
    #[serde(default)]
    assigned: String,
    #[serde(default)]
    sort: String,
    page: Option<i64>,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/queue.html")]
pub struct QueuePage {
    chrome: Chrome,
    statuses: Vec<Choice>,
    urgencies: Vec<Choice>,
    categories: Vec<ChoiceGroup>,
    sorts: Vec<Choice>,
    filter_status: String,
    filter_workplace: String,
    filter_assigned: String,
    filter_error: Option<&'static str>,
    /// Any filter set: the folded filter box starts open on a phone.
    filtered: bool,
    count_text: String,
    rows: Vec<CaseRow>,
    pager: Pager,
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<QueueQuery>,
) -> Result<QueuePage, WebError> {
    let tr = staff.tr();
    let mut filter = CaseFilter {
        open_only: q.status.is_empty(),
        status: (!q.status.is_empty() && q.status != "all").then(|| q.status.clone()),
        urgency: Urgency::parse(&q.urgency),
        category: (!q.category.is_empty()).then(|| q.category.clone()),
        assigned: match q.assigned.as_str() {
            "me" => Some(Assignee::User(staff.user.id)),
            "none" => Some(Assignee::Nobody),
            _ => None,
        },
        ..CaseFilter::default()
    };
    let mut filter_error = None;
    match resolve_workplace(&state.store, &q.workplace).await? {
        Ok(id) => filter.workplace_id = id,
        Err(key) => filter_error = Some(key),
    }
    let sort = CaseSort::parse(&q.sort).unwrap_or_default();
    let page = pager::page_number(q.page);
    let found = state
        .store
        .list_cases(
            staff.scope(),
            &filter,
            sort,
            PAGE_SIZE,
            (page - 1) * PAGE_SIZE,
        )
        .await?;
    let categories = state.store.categories().await?;
    let statuses = state.store.status_codes().await?;
    let query = serde_urlencoded::to_string([
        ("status", &q.status),
        ("urgency", &q.urgency),
        ("category", &q.category),
        ("workplace", &q.workplace),
        ("assigned", &q.assigned),
        ("sort", &q.sort),
    ])
    .unwrap_or_default();
    Ok(QueuePage {
        chrome: Chrome::staff(&staff, "cases"),
        statuses: labels::status_choices(tr, &statuses, &q.status),
        urgencies: labels::urgency_choices(tr, &q.urgency),
        categories: labels::category_groups(tr, &categories, &q.category),
        sorts: CaseSort::ALL
            .into_iter()
            .map(|s| Choice {
                value: s.code().to_owned(),
                label: tr.t(&labels::SORT.id(s.code())),
                selected: s == sort,
                life_safety: false,
            })
            .collect(),
        filter_status: q.status.clone(),
        filter_workplace: q.workplace.clone(),
        filter_assigned: q.assigned.clone(),
        filtered: filter_error.is_some()
            || [
                &q.status,
                &q.urgency,
                &q.category,
                &q.workplace,
                &q.assigned,
            ]
            .iter()
            .any(|v| !v.is_empty()),
        filter_error,
        count_text: pager::count_text(
            tr,
            "cases-found",
            "cases-found-more",
            found.total,
            found.capped,
        ),
        rows: case_table::rows(tr, &state.config.time_zone, &categories, &found.items),
        pager: pager::pager(tr, "/cases", &query, page, found.total, found.capped),
    })
}
