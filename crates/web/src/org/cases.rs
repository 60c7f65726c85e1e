//! The organisation's case list (`/org`): its cases, redacted, newest first.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use workvoice_store::SharedFilter;

use crate::error::WebError;
use crate::org::access::{OrgUser, chrome};
use crate::shared::case_table::{CaseRow, RowMaker};
use crate::shared::chrome::Chrome;
use crate::shared::pager::{self, PAGE_SIZE, Pager};
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "org/cases.html")]
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

pub async fn list(
    State(state): State<AppState>,
    org: OrgUser,
    Query(q): Query<ListQuery>,
) -> Result<OrgCasesPage, WebError> {
    let tr = org.tr();
    let tz = state.config.time_zone.as_str();
    let page = pager::page_number(q.page);
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
        count_text: pager::count_text(
            tr,
            "org-cases-count",
            "org-cases-count-more",
            found.total,
            found.capped,
        ),
        rows: found
            .items
            .iter()
            .map(|c| CaseRow {
                workplace: make.workplace(&c.workplace_name),
                received: tr.date(c.reported_at, tz),
                ..make.row(c.id, c.reported_at, c.urgency, &c.category_code, &c.status)
            })
            .collect(),
        pager: pager::pager(tr, "/org", "", page, found.total, found.capped),
    })
}
