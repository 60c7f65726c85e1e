//! SMS from workers, as Kannel's sms-service hands them over:
//! `POST /kannel/{secret}/receive?sender=%p&message=%b&id=%I` (the text also in the body).
//! `STATUS <case code>` (or the keyword in Bengali or Vietnamese) is answered with the
//! case's status in the case's language; an unknown code gets a hint in the keyword's
//! language; any other text is kept for an operator and answered with help. Look-ups are
//! limited per sender, so case codes cannot be guessed by texting. Kannel retries, so the
//! same message id is kept and answered once.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use workvoice_domain::sms_command::{SmsCommand, parse_sms};
use workvoice_domain::surveys::QUESTIONS;
use workvoice_domain::{Country, Language, PhoneNumber};
use workvoice_store::{InboundKind, InboundSms, Reply, Scope, SmsTemplate, StoreError};

use crate::accounts::login::ClientAddr;
use crate::channels::gateway_gate;
use crate::error::WebError;
use crate::state::AppState;

/// Status look-ups one sender may make per hour; more are kept but not answered.
pub const STATUS_LIMIT_PER_HOUR: i64 = 5;
const HOUR_MS: i64 = 60 * 60 * 1000;

#[derive(serde::Deserialize)]
pub struct ReceiveQuery {
    sender: Option<String>,
    message: Option<String>,
    id: Option<String>,
}

/// The language to answer in when no case says it: the keyword's, else the country's.
fn reply_language(keyword: Option<Language>, country: Country) -> Language {
    keyword.unwrap_or(match country {
        Country::Bangladesh => Language::Bn,
        Country::Vietnam => Language::Vi,
    })
}

pub async fn kannel_receive(
    State(state): State<AppState>,
    Path(secret): Path<String>,
    ClientAddr(client): ClientAddr,
    Query(q): Query<ReceiveQuery>,
    body: String,
) -> Result<StatusCode, WebError> {
    gateway_gate(&state, &secret, &client, "kannel_receive").await?;
    let country = state.config.default_country;
    let (Some(provider_id), Some(sender)) = (
        q.id.as_deref().map(str::trim).filter(|id| !id.is_empty()),
        q.sender
            .as_deref()
            .and_then(|s| PhoneNumber::parse(s, country).ok()),
    ) else {
        return Err(WebError::BadRequest("error-invalid-choice"));
    };
    let text = q.message.unwrap_or(body);
    let now = state.time();
    // A digit from a worker whose SMS survey is open answers it.
    if let Some(value) = QUESTIONS[0].answer(&text)
        && state.store.answer_sms_survey(&sender, value, now).await?
    {
        let sms = InboundSms {
            provider_id,
            sender: &sender,
            text: &text,
            kind: InboundKind::SurveyAnswer,
            case_id: None,
            reply: Some(Reply {
                language: reply_language(None, country),
                template: SmsTemplate::SurveyThanks,
                params: serde_json::json!({}),
            }),
        };
        state.store.receive_sms(&sms, now).await?;
        return Ok(StatusCode::OK);
    }
    let (command, keyword) = parse_sms(&text);
    let fallback = reply_language(keyword, country);
    let mut sms = InboundSms {
        provider_id,
        sender: &sender,
        text: &text,
        kind: InboundKind::Message,
        case_id: None,
        reply: Some(Reply {
            language: fallback,
            template: SmsTemplate::Help,
            params: serde_json::json!({}),
        }),
    };
    if command != SmsCommand::Message {
        let asked = state
            .store
            .status_requests_since(&sender, now.minus(HOUR_MS))
            .await?;
        // Per sender, and for everyone together (a guesser with many SIMs).
        let everyone = state.config.limits.code_lookups;
        if asked >= STATUS_LIMIT_PER_HOUR
            || !state
                .store
                .take_rate("code_lookups", "*", everyone, now)
                .await?
        {
            sms.kind = InboundKind::Limited;
            sms.reply = None;
        } else {
            sms.kind = InboundKind::Status;
            sms.reply = Some(Reply {
                language: fallback,
                template: SmsTemplate::StatusNotFound,
                params: serde_json::json!({}),
            });
        }
    }
    let mut status_reply = None;
    if let (SmsCommand::Status(code), InboundKind::Status) = (&command, sms.kind) {
        match state.store.case_id_by_code(Scope::Helpline, code).await {
            Ok(id) => {
                let case = state.store.case(Scope::Helpline, id).await?;
                sms.case_id = Some(id);
                status_reply = Some((case.summary.language, case.summary.status));
            }
            Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    if let Some((language, status)) = &status_reply {
        sms.reply = Some(Reply {
            language: *language,
            template: SmsTemplate::StatusReply,
            params: serde_json::json!({ "status": status }),
        });
    }
    // Kept once however often Kannel retries; 200 either way, so it stops retrying.
    state.store.receive_sms(&sms, now).await?;
    Ok(StatusCode::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_without_a_case_follow_the_keyword_then_the_country() {
        assert_eq!(
            reply_language(Some(Language::En), Country::Vietnam),
            Language::En
        );
        assert_eq!(reply_language(None, Country::Bangladesh), Language::Bn);
        assert_eq!(reply_language(None, Country::Vietnam), Language::Vi);
    }
}
