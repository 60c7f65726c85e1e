//! "SMS from workers": the texts workers sent that were neither a status request nor a
//! survey answer, newest first, with the number to call back and how many cases that
//! number has already. The worker got an automatic reply; an operator reads each, acts
//! (records a case, calls back) and marks it handled, which takes it off the list.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::InboundSmsId;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::shared::pager::{PAGE_SIZE, Pager, page_number, pager};
use crate::state::AppState;

pub struct KeptRow {
    id: InboundSmsId,
    /// E.164 for the `tel:` link; `phone` is the same in the reader's digits.
    tel: String,
    phone: String,
    text: String,
    received: String,
    known_cases: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "channels/kept_sms.html")]
pub struct KeptSmsPage {
    chrome: Chrome,
    rows: Vec<KeptRow>,
    pager: Pager,
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    page: Option<i64>,
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<ListQuery>,
) -> Result<KeptSmsPage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let page = page_number(q.page);
    let (items, total) = state
        .store
        .kept_sms(PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await?;
    let rows = items
        .into_iter()
        .map(|m| KeptRow {
            id: m.id,
            tel: m.phone.as_str().to_owned(),
            phone: tr.digits(m.phone.as_str()),
            text: m.text,
            received: tr.datetime(m.received_at, tz),
            known_cases: tr.number(m.known_cases),
        })
        .collect();
    Ok(KeptSmsPage {
        chrome: Chrome::staff(&staff, "sms"),
        rows,
        pager: pager(tr, "/sms", "", page, total, false),
    })
}

/// Marks one kept SMS handled; a second click (or another operator's) changes nothing.
pub async fn handled(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<InboundSmsId>,
) -> Result<Response, WebError> {
    state
        .store
        .mark_sms_handled(id, staff.user.id, state.time())
        .await?;
    Ok(Redirect::to("/sms").into_response())
}
