//! What the IVR's webhooks write, once per (call, step) however often the provider
//! delivers them, and the operator queue of free callbacks they fill.
//!
//! A callback is asked for by the IVR ("call me back", a voice message, nobody free to
//! answer) or by a missed call (the worker rang and hung up, or rang the missed-call
//! number, which refuses calls so they cost nothing). The worker is the `callers` row of
//! the phone's blind index; one request per caller and local day, however often they
//! ring. It is due at once, or at the next moment inside the safe window the worker gave
//! on their latest case, in the language they chose (else their latest case's).

use sea_orm::ConnectionTrait;

use workvoice_domain::{Country, Language, Millis, PhoneNumber, SafeWindow};

use crate::Store;
use crate::db::{StoredTime, all, code, count, exec, get, one, row_id, time};
use crate::error::{Internal, Result, StoreError};
use crate::helpline::callers;
use crate::helpline::informs::{contact_time, stored_codes};
use crate::surveys::record_answer_in;
use workvoice_domain::ids::{CallbackId, CallerId, SurveyId, UserId};

stored_codes! {
    /// Why a callback was asked for.
    pub enum CallbackSource {
        /// The worker rang and hung up before anyone served them.
        MissedCall = "missed_call",
        /// The worker chose "call me back" in the IVR.
        IvrRequest = "ivr_request",
        /// The worker left a voice message.
        VoiceMessage = "voice_message",
    }
}

stored_codes! {
    /// Outcomes an operator closes a callback request with.
    pub enum CallbackOutcome {
        Reached = "reached",
        NoAnswer = "no_answer",
        WrongPerson = "wrong_person",
    }
}

/// A callback to queue.
#[derive(Debug, Clone)]
pub struct CallbackAsk<'a> {
    pub caller: &'a PhoneNumber,
    /// The language chosen in the IVR, if the call got that far.
    pub language: Option<Language>,
    pub source: CallbackSource,
    /// The provider's address of a recorded voice message.
    pub message_url: Option<&'a str>,
}

/// What a webhook's step changes.
#[derive(Debug, Clone)]
pub enum VoiceWrite<'a> {
    /// Nothing but the record that the step was seen.
    Nothing,
    /// Queue a callback (the IVR's choice or a voice message); the call counts as served.
    Callback(CallbackAsk<'a>),
    /// The call was served (an operator took it, a status was heard).
    Served,
    /// The call ended: queue a missed-call callback unless it was served or asked for one.
    Ended(CallbackAsk<'a>),
    /// A survey answer (question id and stored value).
    SurveyAnswer {
        survey: SurveyId,
        question: &'static str,
        value: i64,
    },
}

/// Where the store reads the helpline's local day and the default language.
#[derive(Debug, Clone, Copy)]
pub struct Local<'a> {
    pub time_zone: &'a str,
    pub country: Country,
}

/// An open callback as the operator queue shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCallback {
    pub id: CallbackId,
    /// The number to call, decrypted for helpline staff.
    pub phone: String,
    pub language: Language,
    pub source: CallbackSource,
    /// How often the worker rang that day.
    pub calls: i64,
    pub requested_at: Millis,
    pub due_at: Millis,
    /// The voice message's address, decrypted.
    pub message_url: Option<String>,
    /// Cases this worker reported before (worth knowing before calling).
    pub known_cases: i64,
}

fn message_aad(id: CallbackId) -> String {
    format!("callback_requests:{}:message", id.get())
}

/// The step marker every served or callback-asking step writes, which the call's end reads.
const HANDLED: &str = "handled";

async fn first_time(
    conn: &impl ConnectionTrait,
    call_sid: &str,
    step: &str,
    at: Millis,
) -> Result<bool> {
    let inserted = exec(
        conn,
        "INSERT INTO voice_steps (call_sid, step, at) VALUES ($1, $2, $3) ON CONFLICT (call_sid, step) DO NOTHING",
        vec![call_sid.into(), step.into(), at.value()],
    )
    .await?;
    Ok(inserted == 1)
}

fn default_language(country: Country) -> Language {
    match country {
        Country::Bangladesh => Language::Bn,
        Country::Vietnam => Language::Vi,
    }
}

impl Store {
    /// Applies `write` for this call's `step` once: `false` (nothing written) when the
    /// provider had delivered this step before.
    #[tracing::instrument(level = "debug", skip_all, fields(step = step))]
    pub async fn record_voice_step(
        &self,
        call_sid: &str,
        step: &str,
        write: VoiceWrite<'_>,
        local: Local<'_>,
        at: Millis,
    ) -> Result<bool> {
        let tx = self.db.write.begin().await?;
        if !first_time(&tx, call_sid, step, at).await? {
            tx.rollback().await?;
            return Ok(false);
        }
        match write {
            VoiceWrite::Nothing => {}
            VoiceWrite::Served => {
                first_time(&tx, call_sid, HANDLED, at).await?;
            }
            VoiceWrite::Callback(ask) => {
                first_time(&tx, call_sid, HANDLED, at).await?;
                self.queue_callback_in(&tx, call_sid, &ask, local, at)
                    .await?;
            }
            VoiceWrite::Ended(ask) => {
                if first_time(&tx, call_sid, HANDLED, at).await? {
                    self.queue_callback_in(&tx, call_sid, &ask, local, at)
                        .await?;
                }
            }
            VoiceWrite::SurveyAnswer {
                survey,
                question,
                value,
            } => record_answer_in(&tx, survey, question, value, at).await?,
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn queue_callback_in(
        &self,
        conn: &impl ConnectionTrait,
        call_sid: &str,
        ask: &CallbackAsk<'_>,
        local: Local<'_>,
        at: Millis,
    ) -> Result<()> {
        let (caller_id, _) = self.caller_by_phone(conn, ask.caller, at).await?;
        // The worker's latest case says their safe window and language.
        let latest = one(
            conn,
            "SELECT cc.safe_from_minute, cc.safe_to_minute, c.language FROM case_callers cc JOIN cases c ON c.id = cc.case_id \
             WHERE cc.caller_id = $1 ORDER BY cc.added_at DESC, cc.case_id DESC LIMIT 1",
            vec![caller_id.get().into()],
        )
        .await?;
        let (window, case_language) = match &latest {
            Some(row) => {
                let minute = |col: &str| -> Result<Option<u16>> {
                    Ok(get::<Option<i64>>(row, col)?.and_then(|m| u16::try_from(m).ok()))
                };
                let window = match (minute("safe_from_minute")?, minute("safe_to_minute")?) {
                    (Some(from), Some(to)) => SafeWindow::new(from, to),
                    _ => None,
                };
                (window, Language::parse(&get::<String>(row, "language")?))
            }
            None => (None, None),
        };
        let language = ask
            .language
            .or(case_language)
            .unwrap_or_else(|| default_language(local.country));
        let day = at
            .local_date_time(local.time_zone)
            .ok_or(Internal::Broken("the helpline's time zone is unknown"))?
            .date()
            .to_string();
        let interaction = one(
            conn,
            "INSERT INTO interactions (caller_id, channel, direction, at, provider_ref) VALUES ($1, 'ivr', 'inbound', $2, $3) \
             ON CONFLICT (provider_ref) DO NOTHING RETURNING id",
            vec![caller_id.get().into(), at.value(), call_sid.into()],
        )
        .await?
        .map(|row| get::<i64>(&row, "id"))
        .transpose()?;
        let due = contact_time(at, window, local.time_zone);
        let row = one(
            conn,
            "INSERT INTO callback_requests (caller_id, day, language, source, calls, requested_at, due_at, interaction_id) \
             VALUES ($1, $2, $3, $4, 1, $5, $6, $7) \
             ON CONFLICT (caller_id, day) DO UPDATE SET calls = callback_requests.calls + 1, \
             done_at = NULL, done_by = NULL, outcome = NULL RETURNING id",
            vec![
                caller_id.get().into(),
                day.into(),
                language.code().into(),
                ask.source.code().into(),
                at.value(),
                due.value(),
                interaction.into(),
            ],
        )
        .await?
        .ok_or(Internal::Broken("a callback upsert returned no row"))?;
        if let Some(url) = ask.message_url {
            let id: CallbackId = row_id(&row, "id")?;
            exec(
                conn,
                "UPDATE callback_requests SET message_enc = $1, source = $2 WHERE id = $3",
                vec![
                    self.keys.encrypt(url, &message_aad(id))?.into(),
                    CallbackSource::VoiceMessage.code().into(),
                    id.get().into(),
                ],
            )
            .await?;
        }
        Ok(())
    }

    /// Open callbacks, soonest due first (`limit` rows from `offset`), and how many are open.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn open_callbacks(
        &self,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<OpenCallback>, i64)> {
        let total = count(
            &self.db.read,
            "SELECT COUNT(*) AS n FROM callback_requests WHERE done_at IS NULL",
            vec![],
        )
        .await?;
        let rows = all(
            &self.db.read,
            "SELECT r.id, r.caller_id, c.phone_enc, r.language, r.source, r.calls, r.requested_at, r.due_at, r.message_enc, \
             (SELECT COUNT(*) FROM case_callers cc WHERE cc.caller_id = r.caller_id) AS known_cases \
             FROM callback_requests r JOIN callers c ON c.id = r.caller_id WHERE r.done_at IS NULL \
             ORDER BY r.due_at, r.id LIMIT $1 OFFSET $2",
            vec![limit.clamp(1, 500).into(), offset.max(0).into()],
        )
        .await?;
        let items = rows
            .iter()
            .map(|row| {
                let id: CallbackId = row_id(row, "id")?;
                let caller_id: CallerId = row_id(row, "caller_id")?;
                let phone = match get::<Option<Vec<u8>>>(row, "phone_enc")? {
                    Some(blob) => self
                        .keys
                        .decrypt(&blob, &callers::aad(caller_id, "phone"))?,
                    None => String::new(),
                };
                let message_url = get::<Option<Vec<u8>>>(row, "message_enc")?
                    .map(|blob| self.keys.decrypt(&blob, &message_aad(id)))
                    .transpose()?;
                Ok(OpenCallback {
                    id,
                    phone,
                    language: code(row, "language")?,
                    source: code(row, "source")?,
                    calls: get(row, "calls")?,
                    requested_at: time(row, "requested_at")?,
                    due_at: time(row, "due_at")?,
                    message_url,
                    known_cases: get(row, "known_cases")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((items, total))
    }

    /// Closes an open callback with its outcome; `NotFound` if
    /// it is not open (done already, or no such request).
    #[tracing::instrument(level = "debug", skip_all, fields(id = id.get(), by = by.get()))]
    pub async fn finish_callback(
        &self,
        id: CallbackId,
        outcome: CallbackOutcome,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let changed = exec(
            &self.db.write,
            "UPDATE callback_requests SET done_at = $1, done_by = $2, outcome = $3 WHERE id = $4 AND done_at IS NULL",
            vec![at.value(), by.get().into(), outcome.code().into(), id.get().into()],
        )
        .await?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
