//! Search over case text and workplace names. Bengali words match whole or by prefix;
//! Vietnamese matches with or without diacritics (folding happens before indexing and
//! before querying, identically on both engines).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use workvoice_store::{CaseFilter, CaseSort};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::shared::case_table::{self, CaseRow};
use crate::shared::chrome::Chrome;
use crate::shared::pager::{self, PAGE_SIZE, Pager};
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    page: Option<i64>,
}

pub struct WorkplaceHit {
    name: String,
    district: String,
    link: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/search.html")]
pub struct SearchPage {
    chrome: Chrome,
    query: String,
    workplaces: Vec<WorkplaceHit>,
    count_text: String,
    rows: Vec<CaseRow>,
    pager: Pager,
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<SearchQuery>,
) -> Result<SearchPage, WebError> {
    let tr = staff.tr();
    let query = q.q.trim().to_owned();
    let page = pager::page_number(q.page);
    let (workplaces, cases) = if query.is_empty() {
        (
            Vec::new(),
            workvoice_store::Page {
                items: Vec::new(),
                total: 0,
                capped: false,
            },
        )
    } else {
        let filter = CaseFilter {
            text: Some(query.clone()),
            ..CaseFilter::default()
        };
        (
            state.store.search_workplaces(&query, 10, 0).await?.items,
            state
                .store
                .list_cases(
                    staff.scope(),
                    &filter,
                    CaseSort::Newest,
                    PAGE_SIZE,
                    (page - 1) * PAGE_SIZE,
                )
                .await?,
        )
    };
    let categories = state.store.categories().await?;
    let query_string = serde_urlencoded::to_string([("q", &query)]).unwrap_or_default();
    Ok(SearchPage {
        chrome: Chrome::staff(&staff, "search"),
        workplaces: workplaces
            .into_iter()
            .map(|w| WorkplaceHit {
                link: serde_urlencoded::to_string([("", format!("{} (#{})", w.name, w.id))])
                    .unwrap_or_default()
                    .trim_start_matches('=')
                    .to_owned(),
                name: w.name,
                district: w.district,
            })
            .collect(),
        count_text: pager::count_text(
            tr,
            "cases-found",
            "cases-found-more",
            cases.total,
            cases.capped,
        ),
        rows: case_table::rows(tr, &state.config.time_zone, &categories, &cases.items),
        pager: pager::pager(
            tr,
            "/search",
            &query_string,
            page,
            cases.total,
            cases.capped,
        ),
        query,
    })
}
