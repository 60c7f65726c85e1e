//! The "Worker kept informed" panel of the helpline case page (DESIGN §3.4): per stage
//! whether, how and when the worker heard from us, SMS updates, follow-up tasks, closure,
//! reprisal and incident. Its forms post to `worker_informed`, `closure`, `reprisal` and
//! `incidents`; a refused form shows the case page again with the panel's error set.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{CaseId, IncidentId};
use workvoice_domain::{SafeWindow, may_contact_now};
use workvoice_store::{
    CallerOnCase, CaseRecord, InformStage, TaskKind, WorkerInform, is_reprisal_category,
};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::case_page;
use crate::i18n::Tr;
use crate::shared::labels::{self, Choice};
use crate::state::AppState;

/// One stage's line in the panel.
pub struct StageView {
    pub label: String,
    pub informed: bool,
    pub state: String,
    pub attempts: Vec<String>,
}

/// A follow-up task of the case, as a line.
pub struct TaskLine {
    pub text: String,
    pub done: bool,
}

/// Everything the panel shows; errors and typed values are set when a form comes back 422.
#[derive(Default)]
pub struct WorkerPanel {
    pub stages: Vec<StageView>,
    pub stage_choices: Vec<Choice>,
    pub contact_note: Option<String>,
    pub can_sms: bool,
    pub can_callback: bool,
    pub next_call: Option<String>,
    pub sms_lines: Vec<String>,
    pub tasks: Vec<TaskLine>,
    pub closed: bool,
    pub closed_text: Option<String>,
    pub outcome_choices: Vec<Choice>,
    pub reprisal_risk: bool,
    pub is_reprisal: bool,
    pub related: Option<(CaseId, String)>,
    pub related_typed: String,
    pub incident: Option<(IncidentId, String)>,
    pub incident_choices: Vec<Choice>,
    pub incident_title_typed: String,
    pub inform_error: Option<String>,
    pub close_error: Option<String>,
    pub related_error: Option<String>,
    pub incident_error: Option<String>,
}

fn stage_key(stage: InformStage) -> String {
    labels::WORKER_STAGE.id(stage.code())
}

fn attempt_text(tr: Tr, tz: &str, i: &WorkerInform) -> String {
    tr.t_args(
        "worker-attempt",
        &[
            ("at", tr.datetime(i.at, tz).into()),
            (
                "method",
                tr.t(&labels::WORKER_METHOD.id(i.method.code())).into(),
            ),
            (
                "outcome",
                tr.t(&labels::WORKER_OUTCOME.id(i.outcome.code())).into(),
            ),
            (
                "by",
                i.by_name
                    .clone()
                    .unwrap_or_else(|| tr.t("actor-system"))
                    .into(),
            ),
        ],
    )
}

fn window_of(c: &CallerOnCase) -> Option<SafeWindow> {
    let minute = |m: Option<i64>| m.and_then(|m| u16::try_from(m).ok());
    SafeWindow::new(minute(c.safe_from_minute)?, minute(c.safe_to_minute)?)
}

/// The stage a form preselects: closure once closed, the response once the factory answered.
fn current_stage(case: &CaseRecord) -> InformStage {
    match case.summary.status.as_str() {
        "closed" => InformStage::Closure,
        "new" | "triaged" | "reported" => InformStage::Acknowledgement,
        _ => InformStage::Response,
    }
}

pub fn task_kind_label(tr: Tr, kind: TaskKind) -> String {
    tr.t(&labels::TASK.id(kind.code()))
}

/// Builds the panel for a case the staff member may see.
pub async fn panel(
    state: &AppState,
    staff: &Staff,
    case: &CaseRecord,
    callers: &[CallerOnCase],
) -> Result<WorkerPanel, WebError> {
    let tr = staff.tr();
    let scope = staff.scope();
    let scoped = case.scoped();
    let aftercare = state.store.case_aftercare(&scoped).await?;
    let tz = aftercare.time_zone.as_str();
    let informs = state.store.case_informs(&scoped).await?;
    let outbox = state.store.case_outbox(&scoped).await?;
    let tasks = state.store.case_tasks(&scoped).await?;
    let stages = InformStage::ALL
        .into_iter()
        .map(|stage| {
            let of_stage: Vec<&WorkerInform> =
                informs.iter().filter(|i| i.stage == stage).collect();
            let done = of_stage.iter().rev().find(|i| i.outcome.informed());
            let state = match done {
                Some(i) => tr.t_args(
                    &labels::WORKER_INFORMED_BY.id(i.method.code()),
                    &[("at", tr.datetime(i.at, tz).into())],
                ),
                None => tr.t("worker-not-informed"),
            };
            StageView {
                label: tr.t(&stage_key(stage)),
                informed: done.is_some(),
                state,
                attempts: of_stage.iter().map(|i| attempt_text(tr, tz, i)).collect(),
            }
        })
        .collect();
    let selected = current_stage(case);
    let stage_choices = InformStage::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.code().to_owned(),
            label: tr.t(&stage_key(s)),
            selected: s == selected,
            life_safety: false,
        })
        .collect();
    let sms_caller = callers.iter().find(|c| c.consent_sms);
    let callback_caller = callers.iter().find(|c| c.consent_callback);
    let now = state.time();
    let next_call = callback_caller.map(|c| match window_of(c) {
        Some(w) if !may_contact_now(now, w, tz) => tr.t_args(
            "worker-next-safe-call",
            &[(
                "at",
                tr.datetime(workvoice_domain::next_contact_time(now, w, tz), tz)
                    .into(),
            )],
        ),
        _ => tr.t("worker-safe-now"),
    });
    let contact_note =
        (sms_caller.is_none() && callback_caller.is_none()).then(|| tr.t("worker-no-consent"));
    let sms_lines = outbox
        .iter()
        .map(|m| {
            tr.t_args(
                "worker-sms-line",
                &[
                    ("at", tr.datetime(m.created_at, tz).into()),
                    ("send", tr.datetime(m.next_attempt_at, tz).into()),
                    ("status", tr.t(m.status.message_key()).into()),
                ],
            )
        })
        .collect();
    let tasks = tasks
        .iter()
        .map(|t| {
            let when = match t.done_at {
                Some(done) => tr.t_args("task-done", &[("at", tr.datetime(done, tz).into())]),
                None => tr.t_args("task-due", &[("at", tr.datetime(t.due_at, tz).into())]),
            };
            let outcome = t
                .outcome
                .map(|o| format!(" · {}", tr.t(&labels::TASK_OUTCOME.id(o.code()))))
                .unwrap_or_default();
            TaskLine {
                text: format!("{}: {when}{outcome}", task_kind_label(tr, t.kind)),
                done: t.done_at.is_some(),
            }
        })
        .collect();
    let closed = case.closed_at.is_some();
    let closed_text = case.closed_at.map(|at| {
        let outcome = case.summary.outcome.as_deref().unwrap_or_default();
        tr.t_args(
            "closure-closed",
            &[
                ("at", tr.datetime(at, tz).into()),
                (
                    "outcome",
                    tr.try_t(&labels::OUTCOME.id(outcome))
                        .unwrap_or_else(|| outcome.to_owned())
                        .into(),
                ),
            ],
        )
    });
    let outcome_choices = state
        .store
        .case_outcomes()
        .await?
        .into_iter()
        .map(|code| Choice {
            label: tr
                .try_t(&labels::OUTCOME.id(&code))
                .unwrap_or_else(|| code.clone()),
            value: code,
            selected: false,
            life_safety: false,
        })
        .collect();
    let related = aftercare.related_case_id.map(|r| {
        (
            r,
            tr.t_args(
                "closure-related",
                &[("id", tr.digits(&r.to_string()).into())],
            ),
        )
    });
    let incident = match aftercare.incident_id {
        Some(incident_id) => {
            let (incident, _) = state.store.incident(scope, incident_id).await?;
            Some((incident.id, incident.title))
        }
        None => None,
    };
    let incident_choices = if incident.is_none() {
        state
            .store
            .incidents_for_workplace(scope, aftercare.workplace_id)
            .await?
            .into_iter()
            .map(|i| Choice {
                value: i.id.to_string(),
                label: i.title,
                selected: false,
                life_safety: false,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(WorkerPanel {
        stages,
        stage_choices,
        contact_note,
        can_sms: sms_caller.is_some(),
        can_callback: callback_caller.is_some(),
        next_call,
        sms_lines,
        tasks,
        closed,
        closed_text,
        outcome_choices,
        reprisal_risk: aftercare.reprisal_risk,
        is_reprisal: is_reprisal_category(&aftercare.category_code),
        related,
        incident,
        incident_choices,
        ..WorkerPanel::default()
    })
}

/// The case page again with the panel's error set, as 422, for a form that failed.
pub async fn rerender(
    state: &AppState,
    staff: &Staff,
    id: CaseId,
    set: impl FnOnce(&mut WorkerPanel),
) -> Result<Response, WebError> {
    let mut page = case_page::render(state, staff, id, None, String::new(), None).await?;
    set(&mut page.worker);
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

pub fn back_to_case(id: CaseId) -> Response {
    Redirect::to(&format!("/cases/{id}#worker")).into_response()
}
