//! SMS from workers, as the gateway hands them over. Each is kept once, however often
//! the gateway retries (its message id is unique), in the same transaction as the reply
//! queued for it: a retried delivery neither keeps the SMS twice nor answers twice. The
//! sender is stored as a blind index (to limit look-ups per sender) and encrypted (to
//! reply); the text is encrypted, like every other word a worker says.

use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, InboundSmsId, UserId};
use workvoice_domain::{Channel, Country, Language, OutboxStatus, PhoneNumber};

use crate::Store;
use crate::channels::outbox::SmsTemplate;
use crate::db::{StoredTime, exec, get, one, row_id, time};
use crate::error::{Internal, Result};

crate::helpline::informs::stored_codes! {
    /// What an incoming SMS was.
    pub enum InboundKind {
        /// A status request (answered, whether a case was found or not).
        Status = "status",
        /// A status request over the sender's limit: kept, not answered.
        Limited = "limited",
        /// Anything else: kept for an operator, answered with help.
        Message = "message",
        /// The answer to the sender's SMS survey: kept, thanked.
        SurveyAnswer = "survey_answer",
    }
}

/// A worker's SMS kept for an operator (neither a status request nor a survey answer),
/// decrypted for the helpline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptSms {
    pub id: InboundSmsId,
    pub phone: PhoneNumber,
    pub text: String,
    pub received_at: Millis,
    /// Cases whose caller has this number: the operator may know the worker already.
    pub known_cases: i64,
}

/// One incoming SMS and what to answer.
#[derive(Debug, Clone)]
pub struct InboundSms<'a> {
    /// The gateway's id for it (Kannel's `%I`).
    pub provider_id: &'a str,
    pub sender: &'a PhoneNumber,
    pub text: &'a str,
    pub kind: InboundKind,
    /// The case a status request was about.
    pub case_id: Option<CaseId>,
    pub reply: Option<Reply>,
}

/// An SMS back to the sender.
#[derive(Debug, Clone)]
pub struct Reply {
    pub language: Language,
    pub template: SmsTemplate,
    pub params: serde_json::Value,
}

pub(crate) fn aad(id: InboundSmsId, column: &str) -> String {
    format!("inbound_sms:{}:{column}", id.get())
}

impl Store {
    /// Status requests from `sender` since `since`, for the per-sender limit.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn status_requests_since(&self, sender: &PhoneNumber, since: Millis) -> Result<i64> {
        let row = one(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM inbound_sms WHERE sender_index = $1 AND received_at >= $2 AND kind IN ('status', 'limited')",
            vec![self.keys.blind_index(sender.as_str()).into(), since.value()],
        )
        .await?;
        Ok(match row {
            Some(row) => get(&row, "n")?,
            None => 0,
        })
    }

    /// Keeps an incoming SMS and queues its reply, once: `false` when the gateway had
    /// delivered this very SMS before (nothing is written then).
    #[tracing::instrument(level = "debug", skip_all, fields(kind = sms.kind.code()))]
    pub async fn receive_sms(&self, sms: &InboundSms<'_>, at: Millis) -> Result<bool> {
        let tx = self.db.write.begin().await?;
        let Some(row) = one(
            &tx,
            "INSERT INTO inbound_sms (provider_id, sender_index, kind, case_id, received_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (provider_id) DO NOTHING RETURNING id",
            vec![
                sms.provider_id.into(),
                self.keys.blind_index(sms.sender.as_str()).into(),
                sms.kind.code().into(),
                sms.case_id.map(CaseId::get).into(),
                at.value(),
            ],
        )
        .await?
        else {
            tx.rollback().await?;
            return Ok(false);
        };
        let id: InboundSmsId = row_id(&row, "id")?;
        exec(
            &tx,
            "UPDATE inbound_sms SET sender_enc = $1, text_enc = $2 WHERE id = $3",
            vec![
                self.keys
                    .encrypt(sms.sender.as_str(), &aad(id, "sender"))?
                    .into(),
                self.keys.encrypt(sms.text, &aad(id, "text"))?.into(),
                id.get().into(),
            ],
        )
        .await?;
        if let Some(reply) = &sms.reply {
            exec(
                &tx,
                "INSERT INTO outbox (inbound_id, channel, language, template, params, status, attempts, next_attempt_at, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7)",
                vec![
                    id.get().into(),
                    Channel::Sms.code().into(),
                    reply.language.code().into(),
                    reply.template.code().into(),
                    reply.params.to_string().into(),
                    OutboxStatus::Queued.code().into(),
                    at.value(),
                ],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The number an incoming SMS came from, decrypted, for the delivery of its reply.
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn inbound_sender(&self, id: InboundSmsId) -> Result<Option<PhoneNumber>> {
        let Some(row) = one(
            &self.db.read,
            "SELECT sender_enc FROM inbound_sms WHERE id = $1",
            vec![id.get().into()],
        )
        .await?
        else {
            return Ok(None);
        };
        let Some(blob) = get::<Option<Vec<u8>>>(&row, "sender_enc")? else {
            return Ok(None);
        };
        let phone = self.keys.decrypt(&blob, &aad(id, "sender"))?;
        // Stored numbers are E.164, so the default country never applies; one that does
        // not parse is corrupt data, not "no sender" (the number itself stays out of the error).
        PhoneNumber::parse(&phone, Country::Bangladesh)
            .map(Some)
            .map_err(|_| {
                Internal::Broken("a kept SMS sender does not decode as a phone number").into()
            })
    }

    /// The kept SMS no operator has handled yet, newest first, and how many there are.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn kept_sms(&self, limit: i64, offset: i64) -> Result<(Vec<KeptSms>, i64)> {
        let wher = format!(
            " FROM inbound_sms i WHERE i.kind = '{}' AND i.handled_at IS NULL",
            InboundKind::Message.code()
        );
        let total = crate::db::count(
            &self.db.read,
            &format!("SELECT COUNT(*) AS n{wher}"),
            vec![],
        )
        .await?;
        let rows = crate::db::all(
            &self.db.read,
            &format!(
                "SELECT i.id, i.sender_enc, i.text_enc, i.received_at, \
                 (SELECT COUNT(DISTINCT cc.case_id) FROM callers c JOIN case_callers cc ON cc.caller_id = c.id \
                  WHERE c.phone_index = i.sender_index) AS known_cases{wher} \
                 ORDER BY i.received_at DESC, i.id DESC LIMIT $1 OFFSET $2"
            ),
            vec![limit.into(), offset.into()],
        )
        .await?;
        let items = rows
            .iter()
            .map(|r| {
                let id: InboundSmsId = row_id(r, "id")?;
                let open = |column: &str| -> Result<String> {
                    match get::<Option<Vec<u8>>>(r, &format!("{column}_enc"))? {
                        Some(blob) => self.keys.decrypt(&blob, &aad(id, column)),
                        None => Ok(String::new()),
                    }
                };
                // Stored numbers are E.164, so the default country never applies.
                let sender = open("sender")?;
                let phone = PhoneNumber::parse(&sender, Country::Bangladesh).map_err(|_| {
                    crate::error::Internal::Undecodable {
                        column: "inbound_sms.sender_enc",
                        value: String::new(),
                    }
                })?;
                Ok(KeptSms {
                    id,
                    phone,
                    text: open("text")?,
                    received_at: time(r, "received_at")?,
                    known_cases: get(r, "known_cases")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((items, total))
    }

    /// An operator has read and dealt with kept SMS `id`; it leaves the list. Returns
    /// whether it was waiting (a second click changes nothing).
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get()))]
    pub async fn mark_sms_handled(&self, id: InboundSmsId, by: UserId, at: Millis) -> Result<bool> {
        Ok(exec(
            &self.db.write,
            &format!(
                "UPDATE inbound_sms SET handled_at = $2, handled_by = $3 WHERE id = $1 AND kind = '{}' AND handled_at IS NULL",
                InboundKind::Message.code()
            ),
            vec![id.get().into(), at.value(), by.get().into()],
        )
        .await?
            == 1)
    }

    /// The SMS kept from `sender`, oldest first, as (kind, text) (for tests).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn inbound_messages(&self, sender: &PhoneNumber) -> Result<Vec<(String, String)>> {
        let rows = crate::db::all(
            &self.db.read,
            "SELECT id, kind, text_enc FROM inbound_sms WHERE sender_index = $1 ORDER BY id",
            vec![self.keys.blind_index(sender.as_str()).into()],
        )
        .await?;
        rows.iter()
            .map(|r| {
                let id: InboundSmsId = row_id(r, "id")?;
                let text = match get::<Option<Vec<u8>>>(r, "text_enc")? {
                    Some(blob) => self.keys.decrypt(&blob, &aad(id, "text"))?,
                    None => String::new(),
                };
                Ok((get(r, "kind")?, text))
            })
            .collect()
    }
}
