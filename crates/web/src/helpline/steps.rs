//! The protocol steps panel of the case page: each step's deadline in the local time of
//! the case's workplace country, whether and by whom it was met, overdue and brand
//! escalation state, buttons to mark the steps the helpline does itself, and the
//! "waiting on the worker" switch that stops the clock.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::CaseId;
use workvoice_domain::{BrandEscalation, Country, Millis, Span, StepKind};
use workvoice_store::{CaseRecord, CaseStep};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::labels;
use crate::state::AppState;

/// Steps helpline staff mark done from the case page. The factory's response and
/// informing the worker are recorded where that work happens, with their details; telling
/// the factory or a brand is a report, made from the reporting panel.
pub(crate) const MARKABLE: [StepKind; 2] = [StepKind::AcknowledgeWorker, StepKind::Validate];

pub struct StepRow {
    pub code: &'static str,
    pub name: String,
    /// "within 2 working days of: Case opened".
    pub rule: String,
    pub due: String,
    pub state: String,
    /// `met`, `open`, `waiting`, `not-started`, `overdue` or `escalated`; for tests and
    /// styling.
    pub state_code: &'static str,
    pub brand: Option<String>,
    /// Label of the "done" button, when the step can be marked now.
    pub action: Option<String>,
}

pub struct StepsPanel {
    pub rows: Vec<StepRow>,
    pub waiting: bool,
    /// Which zone the times are in.
    pub zone_note: String,
}

/// The zone deadlines of a case are shown in: its workplace's country, else the
/// deployment's default country.
pub async fn case_zone(state: &AppState, case: &CaseRecord) -> Result<&'static str, WebError> {
    let country = match case.summary.workplace_id {
        Some(id) => Country::parse(&state.store.workplace(id).await?.country),
        None => None,
    };
    Ok(country.unwrap_or(state.config.default_country).time_zone())
}

fn step_row(tr: Tr, zone: &str, s: &CaseStep, waiting: bool, now: Millis) -> StepRow {
    let rule = match Span::parse(&s.span) {
        Some(span) => {
            let (key, count) = span.label();
            tr.t_args(
                "steps-rule",
                &[
                    ("within", tr.t_count(key, count).into()),
                    ("from", tr.t(s.trigger.message_key()).into()),
                ],
            )
        }
        None => String::new(),
    };
    let (state_code, state) = match (s.met_at, s.started_at, s.due_at) {
        (Some(met), _, _) => (
            "met",
            tr.t_args(
                "steps-state-met",
                &[
                    ("when", tr.datetime(met, zone).into()),
                    (
                        "who",
                        s.met_by_name
                            .clone()
                            .unwrap_or_else(|| tr.t("actor-system"))
                            .into(),
                    ),
                ],
            ),
        ),
        (None, None, _) => ("not-started", tr.t("steps-state-not-started")),
        (None, Some(_), None) if waiting => ("waiting", tr.t("steps-state-waiting")),
        (None, Some(_), Some(due)) if due < now => match s.escalated_at {
            Some(at) => (
                "escalated",
                tr.t_args(
                    "steps-state-escalated",
                    &[("when", tr.datetime(at, zone).into())],
                ),
            ),
            None => ("overdue", tr.t("steps-state-overdue")),
        },
        (None, Some(_), _) => ("open", tr.t("steps-state-open")),
    };
    let brand = (s.brand_escalation != BrandEscalation::None)
        .then(|| tr.t(s.brand_escalation.message_key()));
    let action = (s.met_at.is_none() && s.started_at.is_some() && MARKABLE.contains(&s.step))
        .then(|| tr.t(&labels::STEP_MARK.id(s.step.code())));
    StepRow {
        code: s.step.code(),
        name: tr.t(s.step.message_key()),
        rule,
        due: s
            .due_at
            .map_or_else(|| tr.t("steps-no-due"), |d| tr.datetime(d, zone)),
        state,
        state_code,
        brand,
        action,
    }
}

/// The panel's data for a case the viewer may see, from the steps the case page read once
/// for this panel and the reporting panel, shown in the case's `zone`.
pub async fn panel(
    state: &AppState,
    tr: Tr,
    case: &CaseRecord,
    zone: &'static str,
    steps: &[CaseStep],
) -> Result<StepsPanel, WebError> {
    let waiting = state.store.is_waiting_on_worker(&case.scoped()).await?;
    let now = state.time();
    Ok(StepsPanel {
        rows: steps
            .iter()
            .map(|s| step_row(tr, zone, s, waiting, now))
            .collect(),
        waiting,
        zone_note: tr.t_args("steps-zone", &[("zone", zone.into())]),
    })
}

pub async fn meet(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, step)): Path<(CaseId, String)>,
) -> Result<Response, WebError> {
    let step = StepKind::parse(&step)
        .filter(|s| MARKABLE.contains(s))
        .ok_or(WebError::NotFound)?;
    state
        .store
        .meet_step(
            &state.store.scoped_case(staff.scope(), id).await?,
            step,
            staff.user.id,
            state.time(),
        )
        .await?;
    Ok(Redirect::to(&format!("/cases/{id}#steps")).into_response())
}

#[derive(serde::Deserialize)]
pub struct WaitingForm {
    #[serde(default)]
    waiting: String,
}

pub async fn waiting(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<WaitingForm>,
) -> Result<Response, WebError> {
    let waiting = match form.waiting.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(WebError::BadRequest("error-invalid-choice")),
    };
    state
        .store
        .set_waiting_on_worker(
            &state.store.scoped_case(staff.scope(), id).await?,
            waiting,
            staff.user.id,
            state.time(),
        )
        .await?;
    Ok(Redirect::to(&format!("/cases/{id}#steps")).into_response())
}
