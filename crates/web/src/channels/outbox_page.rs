//! `/admin/outbox`: every outbound message by status (queued, sent, delivered, failed),
//! with its attempts, next attempt, last error and delivery; a failed one can be sent
//! again. `/admin/outbox/{id}` is one message's history: every attempt with its time,
//! outcome, the gateway's message id and error, then the delivery report. Rows hold no
//! number and no text, so neither page shows anybody's identity.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::Redirect;
use workvoice_domain::ids::{CaseId, OutboxId};
use workvoice_domain::{Millis, OutboxStatus};
use workvoice_store::{OutboxAttempt, OutboxMessage};

use crate::auth::roles::RequireAdmin;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

/// Rows shown at most: the page is for looking at what is stuck, not an archive.
const LIMIT: i64 = 200;

#[derive(serde::Deserialize)]
pub struct OutboxQuery {
    status: Option<String>,
    retried: Option<String>,
}

pub struct StatusTab {
    pub code: &'static str,
    pub label: String,
    pub count: String,
    pub current: bool,
}

pub struct OutboxRow {
    pub id: OutboxId,
    pub id_text: String,
    pub case_id: Option<CaseId>,
    pub case_text: String,
    pub channel: String,
    pub language: String,
    pub status_code: &'static str,
    pub status: String,
    pub attempts: String,
    pub next_attempt: String,
    pub sent: String,
    pub delivered: String,
    /// What kind of failure, in the reader's language.
    pub error_kind: String,
    /// The sender's own words for it (technical, shown as such).
    pub last_error: String,
    pub can_retry: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "channels/outbox.html")]
pub struct OutboxPage {
    chrome: Chrome,
    tabs: Vec<StatusTab>,
    rows: Vec<OutboxRow>,
    /// No status filter: the "all" link is the current one.
    all_current: bool,
    retried: bool,
}

pub async fn show(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Query(q): Query<OutboxQuery>,
) -> Result<OutboxPage, WebError> {
    let tr = staff.tr();
    // An unknown filter shows everything rather than an error: it is a link, not a form.
    let status = q.status.as_deref().and_then(OutboxStatus::parse);
    let counts = state.store.outbox_counts().await?;
    let tabs = OutboxStatus::ALL
        .into_iter()
        .map(|s| StatusTab {
            code: s.code(),
            label: tr.t(s.message_key()),
            count: tr.number(counts.of(s)),
            current: status == Some(s),
        })
        .collect();
    let tz = &state.config.time_zone;
    let rows = state
        .store
        .outbox_messages(status, LIMIT)
        .await?
        .iter()
        .map(|m| row(tr, tz, m))
        .collect();
    Ok(OutboxPage {
        chrome: Chrome::staff(&staff, "admin"),
        tabs,
        rows,
        all_current: status.is_none(),
        retried: q.retried.is_some(),
    })
}

fn row(tr: Tr, tz: &str, m: &OutboxMessage) -> OutboxRow {
    let when = |at: Option<Millis>| at.map(|t| tr.datetime(t, tz)).unwrap_or_default();
    OutboxRow {
        id: m.id,
        id_text: tr.digits(&m.id.to_string()),
        case_id: m.case_id,
        case_text: m
            .case_id
            .map(|c| tr.digits(&c.get().to_string()))
            .unwrap_or_default(),
        channel: tr.t(m.channel.message_key()),
        language: tr.t(m.language.message_key()),
        status_code: m.status.code(),
        status: tr.t(m.status.message_key()),
        attempts: tr.number(m.attempts),
        next_attempt: if m.status == OutboxStatus::Queued {
            tr.datetime(m.next_attempt_at, tz)
        } else {
            String::new()
        },
        sent: when(m.sent_at),
        delivered: when(m.delivered_at),
        error_kind: m
            .last_error
            .as_deref()
            .map(|e| tr.t(labels::SEND_ERROR.id(error_kind(e)).as_str()))
            .unwrap_or_default(),
        last_error: m.last_error.clone().unwrap_or_default(),
        can_retry: m.status == OutboxStatus::Failed,
    }
}

/// The kind of a stored error, from the prefix the sender's error classes and the store
/// write (`SendError`'s display, `Undeliverable::code`, a failed delivery report).
fn error_kind(error: &str) -> &'static str {
    labels::SEND_ERROR_KINDS
        .iter()
        .copied()
        .find(|(_, prefix)| error.starts_with(prefix))
        .map_or("other", |(kind, _)| kind)
}

/// Sends a failed message again; anything else is left as it is (a second click, or a
/// message already back in the queue, sends nothing twice).
pub async fn retry(
    State(state): State<AppState>,
    RequireAdmin(_staff): RequireAdmin,
    Path(id): Path<OutboxId>,
) -> Result<Redirect, WebError> {
    if state.store.retry_outbox(id, state.time()).await? {
        Ok(Redirect::to("/admin/outbox?status=queued&retried=1"))
    } else {
        Err(WebError::NotFound)
    }
}

pub struct AttemptRow {
    pub attempt: String,
    pub at: String,
    pub outcome_code: &'static str,
    pub outcome: String,
    pub provider_ref: String,
    pub error_kind: String,
    pub error: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "channels/outbox_message.html")]
pub struct OutboxMessagePage {
    chrome: Chrome,
    message: OutboxRow,
    attempts: Vec<AttemptRow>,
    provider_ref: String,
}

fn attempt_row(tr: Tr, tz: &str, a: &OutboxAttempt) -> AttemptRow {
    AttemptRow {
        attempt: tr.number(a.attempt),
        at: tr.datetime(a.at, tz),
        outcome_code: a.outcome.code(),
        outcome: tr.t(&format!("outbox-attempt-{}", a.outcome.code())),
        provider_ref: a.provider_ref.clone().unwrap_or_default(),
        error_kind: a
            .error
            .as_deref()
            .map(|e| tr.t(labels::SEND_ERROR.id(error_kind(e)).as_str()))
            .unwrap_or_default(),
        error: a.error.clone().unwrap_or_default(),
    }
}

/// `GET /admin/outbox/{id}`: one message's delivery history.
pub async fn history(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Path(id): Path<OutboxId>,
) -> Result<OutboxMessagePage, WebError> {
    let tr = staff.tr();
    let tz = &state.config.time_zone;
    let message = state.store.outbox_message(id).await?;
    let attempts = state
        .store
        .outbox_attempts(id)
        .await?
        .iter()
        .map(|a| attempt_row(tr, tz, a))
        .collect();
    Ok(OutboxMessagePage {
        chrome: Chrome::staff(&staff, "admin"),
        provider_ref: message.provider_ref.clone().unwrap_or_default(),
        message: row(tr, tz, &message),
        attempts,
    })
}
