//! Each staff member's workload: open cases, overdue steps and cases recorded lately.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use crate::auth::roles::RequireSupervisor;
use crate::error::WebError;
use crate::helpline::supervision::DAY_MS;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct WorkloadRow {
    name: String,
    role: String,
    open_cases: String,
    overdue_steps: String,
    overdue: bool,
    created: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/supervision/workload.html")]
pub struct WorkloadPage {
    chrome: Chrome,
    rows: Vec<WorkloadRow>,
}

pub async fn workload(
    State(state): State<AppState>,
    RequireSupervisor(staff): RequireSupervisor,
) -> Result<WorkloadPage, WebError> {
    let tr = staff.tr();
    let now = state.time();
    let rows = state
        .store
        .workload(staff.scope(), now, now.minus(30 * DAY_MS))
        .await?;
    Ok(WorkloadPage {
        chrome: Chrome::staff(&staff, "supervisor"),
        rows: rows
            .iter()
            .map(|w| WorkloadRow {
                name: w.name.clone(),
                role: tr.t(w.role.message_key()),
                open_cases: tr.number(w.open_cases),
                overdue_steps: tr.number(w.overdue_steps),
                overdue: w.overdue_steps > 0,
                created: tr.number(w.created_recently),
            })
            .collect(),
    })
}
