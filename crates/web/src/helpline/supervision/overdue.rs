//! The overdue queue: every protocol step past its deadline, most late first, with the
//! supervisor's own unread notifications.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_domain::BrandEscalation;
use workvoice_domain::ids::CaseId;

use crate::auth::roles::RequireSupervisor;
use crate::error::WebError;
use crate::helpline::notifications::{self, NotificationRow};
use crate::helpline::supervision::duration;
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

const OVERDUE_SHOWN: i64 = 200;

pub struct OverdueRow {
    case_id: CaseId,
    case_text: String,
    summary: String,
    urgency_code: &'static str,
    urgency: String,
    step: String,
    due: String,
    late: String,
    assignee: String,
    escalation_code: &'static str,
    escalation: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/supervision/overdue.html")]
pub struct OverduePage {
    chrome: Chrome,
    rows: Vec<OverdueRow>,
    count: String,
    notifications: Vec<NotificationRow>,
}

pub async fn overdue(
    State(state): State<AppState>,
    RequireSupervisor(staff): RequireSupervisor,
) -> Result<OverduePage, WebError> {
    let tr = staff.tr();
    let now = state.time();
    let steps = state
        .store
        .overdue_steps(staff.scope(), now, OVERDUE_SHOWN)
        .await?;
    let rows = steps
        .iter()
        .map(|s| OverdueRow {
            case_id: s.case_id,
            case_text: tr.digits(&s.case_id.to_string()),
            summary: s.summary.clone(),
            urgency_code: s.urgency.code(),
            urgency: labels::urgency(tr, s.urgency),
            step: tr.t(s.step.message_key()),
            due: tr.datetime(s.due_at, s.country.time_zone()),
            late: duration(tr, now.since(s.due_at) / 60_000),
            assignee: s
                .assigned_name
                .clone()
                .unwrap_or_else(|| tr.t("unassigned")),
            escalation_code: s.brand_escalation.code(),
            escalation: if s.brand_escalation == BrandEscalation::None {
                String::new()
            } else {
                tr.t(s.brand_escalation.message_key())
            },
        })
        .collect::<Vec<_>>();
    Ok(OverduePage {
        chrome: Chrome::staff(&staff, "supervisor"),
        count: tr.t_count("supervisor-overdue-count", rows.len() as i64),
        rows,
        notifications: notifications::rows(&state, &staff).await?,
    })
}
