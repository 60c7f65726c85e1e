//! The public holidays working-time deadlines skip, edited as `COUNTRY,YYYY-MM-DD,Name`
//! lines; a wrong line comes back with its number.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::parse_holidays;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::protocol::editor::SavedQuery;
use crate::protocol::require_admin;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "protocol/holidays.html")]
pub struct HolidaysPage {
    chrome: Chrome,
    text: String,
    error: Option<String>,
    saved: bool,
}

pub async fn holidays(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<SavedQuery>,
) -> Result<HolidaysPage, WebError> {
    require_admin(&staff)?;
    Ok(HolidaysPage {
        chrome: Chrome::staff(&staff, "admin"),
        text: state.store.holidays_text().await?,
        error: None,
        saved: q.saved.is_some(),
    })
}

#[derive(serde::Deserialize)]
pub struct HolidaysForm {
    #[serde(default)]
    holidays: String,
}

pub async fn save_holidays(
    State(state): State<AppState>,
    staff: Staff,
    Form(form): Form<HolidaysForm>,
) -> Result<Response, WebError> {
    require_admin(&staff)?;
    match parse_holidays(&form.holidays) {
        Ok(list) => {
            state.store.replace_holidays(&list).await?;
            Ok(Redirect::to("/admin/holidays?saved=1").into_response())
        }
        Err(e) => {
            let tr = staff.tr();
            let line = tr.number(i64::try_from(e.line()).unwrap_or(i64::MAX));
            let page = HolidaysPage {
                chrome: Chrome::staff(&staff, "admin"),
                error: Some(tr.t_args(e.message_key(), &[("line", line.into())])),
                text: form.holidays,
                saved: false,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
