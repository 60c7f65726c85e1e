//! The operator's start page: their own open cases, then open cases nobody has taken,
//! most urgent first.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_store::{Assignee, CaseFilter, CaseSort};

use axum::response::{IntoResponse, Redirect, Response};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::org::access::OrgUser;
use crate::shared::case_table::{self, CaseRow};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

const SHOWN: i64 = 10;

#[derive(Template, WebTemplate)]
#[template(path = "helpline/dashboard.html")]
pub struct DashboardPage {
    chrome: Chrome,
    mine: Vec<CaseRow>,
    mine_all: String,
    unassigned: Vec<CaseRow>,
    unassigned_all: String,
    watch: crate::helpline::notifications::Watch,
}

pub async fn show(
    State(state): State<AppState>,
    org: Option<OrgUser>,
    staff: Option<Staff>,
    osh: Option<crate::osh::access::OshUser>,
    programme: Option<crate::auth::roles::ProgrammeStaff>,
) -> Result<Response, WebError> {
    // Factory contacts and brand users have their own start page.
    if org.is_some() {
        return Ok(Redirect::to("/org").into_response());
    }
    // So do programme managers, who see no case.
    if staff.is_none() && programme.is_some() {
        return Ok(Redirect::to("/awareness/priorities").into_response());
    }
    let Some(staff) = staff else {
        // OSH provider staff and enterprise owners start on the OSH pages.
        if osh.is_some() {
            return Ok(Redirect::to("/osh").into_response());
        }
        return Ok(Redirect::to("/login").into_response());
    };
    let tr = staff.tr();
    let categories = state.store.categories().await?;
    let open = |assigned| CaseFilter {
        open_only: true,
        assigned: Some(assigned),
        ..CaseFilter::default()
    };
    let mine = state
        .store
        .list_cases(
            staff.scope(),
            &open(Assignee::User(staff.user.id)),
            CaseSort::Urgency,
            SHOWN,
            0,
        )
        .await?;
    let unassigned = state
        .store
        .list_cases(
            staff.scope(),
            &open(Assignee::Nobody),
            CaseSort::Urgency,
            SHOWN,
            0,
        )
        .await?;
    let tz = &state.config.time_zone;
    Ok(DashboardPage {
        chrome: Chrome::staff(&staff, "home"),
        mine: case_table::rows(tr, tz, &categories, &mine.items),
        mine_all: tr.t_count("dashboard-see-all", mine.total),
        unassigned: case_table::rows(tr, tz, &categories, &unassigned.items),
        unassigned_all: tr.t_count("dashboard-see-all", unassigned.total),
        watch: crate::helpline::notifications::watch(&state, &staff).await?,
    }
    .into_response())
}
