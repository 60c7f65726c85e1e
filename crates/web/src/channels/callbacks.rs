//! "Callbacks": the free callbacks workers asked for by the IVR or by a missed call,
//! soonest due first, with the number to ring, the language, how often they rang that
//! day and any voice message. Done with an outcome; a worker who rings again that day
//! reopens their request instead of adding a second one.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::CallbackId;
use workvoice_store::{CallbackOutcome, CallbackSource};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::shared::labels::{self, Choice};
use crate::shared::pager::{PAGE_SIZE, Pager, page_number, pager};
use crate::state::AppState;

pub struct CallbackRow {
    id: CallbackId,
    phone: String,
    language: String,
    source: String,
    calls: String,
    requested: String,
    due: String,
    overdue: bool,
    message_url: Option<String>,
    known_cases: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "channels/callbacks.html")]
pub struct CallbacksPage {
    chrome: Chrome,
    rows: Vec<CallbackRow>,
    outcomes: Vec<Choice>,
    pager: Pager,
    error_row: Option<CallbackId>,
    error: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    page: Option<i64>,
}

fn source_message(source: CallbackSource) -> &'static str {
    match source {
        CallbackSource::MissedCall => "callbacks-source-missed_call",
        CallbackSource::IvrRequest => "callbacks-source-ivr_request",
        CallbackSource::VoiceMessage => "callbacks-source-voice_message",
    }
}

fn outcome_message(outcome: CallbackOutcome) -> &'static str {
    match outcome {
        CallbackOutcome::Reached => "callbacks-outcome-reached",
        CallbackOutcome::NoAnswer => "callbacks-outcome-no_answer",
        CallbackOutcome::WrongPerson => "callbacks-outcome-wrong_person",
    }
}

async fn render(state: &AppState, staff: &Staff, page: i64) -> Result<CallbacksPage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let now = state.time();
    let (items, total) = state
        .store
        .open_callbacks(PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await?;
    let rows = items
        .into_iter()
        .map(|c| CallbackRow {
            id: c.id,
            phone: tr.digits(&c.phone),
            language: tr.t(c.language.message_key()),
            source: tr.t(source_message(c.source)),
            calls: tr.number(c.calls),
            requested: tr.datetime(c.requested_at, tz),
            due: tr.datetime(c.due_at, tz),
            overdue: c.due_at < now,
            message_url: c.message_url,
            known_cases: tr.number(c.known_cases),
        })
        .collect();
    Ok(CallbacksPage {
        chrome: Chrome::staff(staff, "callbacks"),
        rows,
        outcomes: CallbackOutcome::ALL
            .into_iter()
            .map(|o| Choice {
                value: o.code().to_owned(),
                label: tr.t(outcome_message(o)),
                selected: false,
                life_safety: false,
            })
            .collect(),
        pager: pager(tr, "/callbacks", "", page, total, false),
        error_row: None,
        error: None,
    })
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<ListQuery>,
) -> Result<CallbacksPage, WebError> {
    render(&state, &staff, page_number(q.page)).await
}

#[derive(serde::Deserialize)]
pub struct DoneForm {
    #[serde(default)]
    outcome: String,
}

pub async fn done(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CallbackId>,
    Form(form): Form<DoneForm>,
) -> Result<Response, WebError> {
    let Some(outcome) = CallbackOutcome::parse(&form.outcome) else {
        let mut page = render(&state, &staff, 1).await?;
        page.error_row = Some(id);
        page.error = Some(staff.tr().t(labels::choice_error(&form.outcome)));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    state
        .store
        .finish_callback(id, outcome, staff.user.id, state.time())
        .await?;
    Ok(Redirect::to("/callbacks").into_response())
}
