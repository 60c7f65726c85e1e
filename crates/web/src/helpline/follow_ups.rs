//! "Due follow-ups": open callbacks and retaliation checks, soonest first. A retaliation
//! check is completed here with its result; callbacks are done from the case page, where
//! the consent and safe window are shown.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{CaseId, TaskId};
use workvoice_store::{RETALIATION_OUTCOMES, TaskKind, TaskOutcome};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::worker_panel::task_kind_label;
use crate::shared::chrome::Chrome;
use crate::shared::labels::{self, Choice};
use crate::state::AppState;

const SHOWN: i64 = 200;

pub struct FollowUpRow {
    id: TaskId,
    case_id: CaseId,
    case_text: String,
    due: String,
    overdue: bool,
    kind: String,
    urgency_code: &'static str,
    category: String,
    workplace: String,
    summary: String,
    /// Retaliation checks are completed here; callbacks on the case page.
    retaliation: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/follow_ups.html")]
pub struct FollowUpsPage {
    chrome: Chrome,
    rows: Vec<FollowUpRow>,
    outcomes: Vec<Choice>,
    /// The row whose form came back invalid, and the message beside it.
    error_task: Option<TaskId>,
    error: Option<String>,
}

pub async fn show(State(state): State<AppState>, staff: Staff) -> Result<FollowUpsPage, WebError> {
    render(&state, &staff).await
}

async fn render(state: &AppState, staff: &Staff) -> Result<FollowUpsPage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let now = state.time();
    let categories = state.store.categories().await?;
    let tasks = state.store.open_tasks(staff.scope(), SHOWN).await?;
    let rows = tasks
        .iter()
        .map(|d| FollowUpRow {
            id: d.task.id,
            case_id: d.task.case_id,
            case_text: tr.digits(&d.task.case_id.to_string()),
            due: tr.datetime(d.task.due_at, tz),
            overdue: d.task.due_at < now,
            kind: task_kind_label(tr, d.task.kind),
            urgency_code: d.urgency.code(),
            category: labels::category(tr, &d.category_code, &categories),
            workplace: d
                .workplace_name
                .clone()
                .unwrap_or_else(|| tr.t("no-workplace")),
            summary: d.case_summary.clone(),
            retaliation: d.task.kind != TaskKind::Callback,
        })
        .collect();
    Ok(FollowUpsPage {
        chrome: Chrome::staff(staff, "follow-ups"),
        rows,
        outcomes: RETALIATION_OUTCOMES
            .iter()
            .map(|o| Choice {
                value: o.code().to_owned(),
                label: tr.t(&labels::TASK_OUTCOME.id(o.code())),
                selected: false,
                life_safety: false,
            })
            .collect(),
        error_task: None,
        error: None,
    })
}

#[derive(serde::Deserialize)]
pub struct DoneForm {
    #[serde(default)]
    outcome: String,
}

pub async fn done(
    State(state): State<AppState>,
    staff: Staff,
    Path(task_id): Path<TaskId>,
    Form(form): Form<DoneForm>,
) -> Result<Response, WebError> {
    let Some(outcome) = TaskOutcome::parse(&form.outcome) else {
        let mut page = render(&state, &staff).await?;
        page.error_task = Some(task_id);
        page.error = Some(staff.tr().t(labels::choice_error(&form.outcome)));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    state
        .store
        .complete_task(staff.scope(), task_id, outcome, staff.user.id, state.time())
        .await?;
    Ok(Redirect::to("/follow-ups").into_response())
}
