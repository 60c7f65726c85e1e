//! The outbox (DESIGN §3.3): every outbound message is written in the same transaction as
//! the change that caused it; a sender (the channels issue) delivers it with retries. A
//! row holds no phone number and no text: only the caller's id, a Fluent-style template id
//! and parameters, so neither a database dump of the queue nor a log of it identifies
//! anyone. The sender decrypts the caller's number at delivery.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CallerId, CaseId, InboundSmsId, OutboxId};
use workvoice_domain::{CaseCode, Channel, Language, OutboxStatus};

use crate::Store;
use crate::db::{StoredTime, code, get, insert_id, opt_row_id, row_id, rows, time};
use crate::error::{Internal, Result};
use crate::helpline::informs::stored_codes;
use crate::scope::ScopedCase;

stored_codes! {
    /// What an outbox message says. The code is also the message id of its words in
    /// `locales/<lang>/channels.ftl`, rendered by the sender at delivery.
    pub enum SmsTemplate {
        /// "Your case moved on", one per stage (parameter `stage`).
        CaseUpdate = "sms-case-update",
        /// The acknowledgement a worker who consented gets at intake, with the case code
        /// to check the case by. The code is the one exception to "codes only": it is
        /// sealed in the row with the master key (as callers' numbers are), opened only by
        /// [`Store::open_outbox_code`] at delivery, and removed once the message is sent
        /// or has failed, so the database keeps only its hash.
        Intake = "sms-intake",
        /// The answer to a status request by SMS (parameter `status`).
        StatusReply = "sms-status-reply",
        /// A status request whose code finds no case.
        StatusNotFound = "sms-status-not-found",
        /// How to use the SMS line, for any other text.
        Help = "sms-help",
        /// The satisfaction survey's question after closure.
        Survey = "sms-survey",
        /// The thanks for a survey answer.
        SurveyThanks = "sms-survey-thanks",
    }
}

/// The parameter of [`SmsTemplate::Intake`] that holds the sealed code.
const SEALED_CODE: &str = "sealed_code";

fn code_aad(case_id: CaseId) -> String {
    format!("outbox-case-code:{}", case_id.get())
}

/// The intake SMS's parameters: the case code, sealed for this case only.
pub(crate) fn intake_params(
    store: &Store,
    case_id: CaseId,
    code: &CaseCode,
) -> Result<serde_json::Value> {
    let sealed = store.keys.seal_flash(code.digits(), &code_aad(case_id))?;
    Ok(serde_json::json!({ SEALED_CODE: sealed }))
}

/// A queued or sent message, as the case page shows it and the delivery worker claims it.
/// It holds no phone number and no text: the worker looks up the recipient and the sender
/// renders the template.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OutboxMessage {
    pub id: OutboxId,
    pub case_id: Option<CaseId>,
    pub caller_id: Option<CallerId>,
    pub channel: Channel,
    pub language: Language,
    pub template: SmsTemplate,
    pub params: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    pub next_attempt_at: Millis,
    pub created_at: Millis,
    /// Why the last attempt failed, as the sender classified it (never the number or text).
    pub last_error: Option<String>,
    /// The gateway's reference for the accepted message.
    pub provider_ref: Option<String>,
    pub sent_at: Option<Millis>,
    /// When a delivery report said it reached the phone.
    pub delivered_at: Option<Millis>,
    /// The incoming SMS this one answers; its sender is the recipient (no caller).
    pub inbound_id: Option<InboundSmsId>,
}

/// The columns [`decode`] reads, for every query that returns outbox rows.
pub(crate) const COLUMNS: &str = "id, case_id, caller_id, channel, language, template, params, status, attempts, next_attempt_at, created_at, last_error, provider_ref, sent_at, delivered_at, inbound_id";

/// One outbox row, as selected or returned with [`COLUMNS`].
pub(crate) fn decode(row: &sea_orm::QueryResult) -> Result<OutboxMessage> {
    Ok(OutboxMessage {
        id: row_id(row, "id")?,
        case_id: opt_row_id(row, "case_id")?,
        caller_id: opt_row_id(row, "caller_id")?,
        channel: code(row, "channel")?,
        language: code(row, "language")?,
        template: code(row, "template")?,
        params: get(row, "params")?,
        status: code(row, "status")?,
        attempts: get(row, "attempts")?,
        next_attempt_at: time(row, "next_attempt_at")?,
        created_at: time(row, "created_at")?,
        last_error: get(row, "last_error")?,
        provider_ref: get(row, "provider_ref")?,
        sent_at: time(row, "sent_at")?,
        delivered_at: time(row, "delivered_at")?,
        inbound_id: opt_row_id(row, "inbound_id")?,
    })
}

/// Queues an SMS on the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn queue_sms_in(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    caller_id: CallerId,
    language: Language,
    template: SmsTemplate,
    params: &serde_json::Value,
    send_at: Millis,
    at: Millis,
) -> Result<OutboxId> {
    insert_id(
        conn,
        "INSERT INTO outbox (case_id, caller_id, channel, language, template, params, status, attempts, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9) RETURNING id",
        vec![
            case_id.get().into(),
            caller_id.get().into(),
            Channel::Sms.code().into(),
            language.code().into(),
            template.code().into(),
            params.to_string().into(),
            OutboxStatus::Queued.code().into(),
            send_at.value(),
            at.value(),
        ],
    )
    .await
}

impl Store {
    /// The case code sealed in an [`SmsTemplate::Intake`] message's parameters, opened for the
    /// sender, grouped for reading (`123-456-7890`); `None` when the parameters hold none
    /// (the message was sent or failed, and the code was removed).
    pub fn open_outbox_code(
        &self,
        case_id: CaseId,
        params: &serde_json::Value,
    ) -> Result<Option<String>> {
        let Some(sealed) = params.get(SEALED_CODE).and_then(serde_json::Value::as_str) else {
            return Ok(None);
        };
        let digits = self.keys.open_flash(sealed, &code_aad(case_id))?;
        CaseCode::parse(&digits)
            .map(|c| Some(c.display()))
            .map_err(|_| Internal::Broken("a sealed case code does not decode").into())
    }

    /// The outbox messages of a case in scope, oldest first.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_outbox(&self, case: &ScopedCase) -> Result<Vec<OutboxMessage>> {
        let case_id = case.id();
        rows(
            &self.db.read,
            &format!("SELECT {COLUMNS} FROM outbox WHERE case_id = $1 ORDER BY id"),
            vec![case_id.get().into()],
            decode,
        )
        .await
    }
}
