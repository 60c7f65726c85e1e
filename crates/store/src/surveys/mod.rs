//! Satisfaction surveys after closure. Closing a case schedules one survey for the worker
//! who consented to be contacted (an IVR call with callback consent, else an SMS with SMS
//! consent, else none), a day later and inside their safe window. The survey job makes
//! each attempt ([`Store::take_due_surveys`]); after [`MAX_ATTEMPTS`] unanswered ones the
//! survey is recorded as "no response". Answers are stored against the survey, which
//! names the case and never a caller.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CallerId, CaseId, SurveyId, UserId, WorkplaceId};
use workvoice_domain::surveys::{Outcome, QUESTIONS};
use workvoice_domain::{Language, PhoneNumber};

use crate::Store;
use crate::channels::outbox::SmsTemplate;
use crate::channels::outbox::queue_sms_in;
use crate::db::{StoredTime, all, code, exec, get, one, opt_row_id, row_id, time};
use crate::error::{Internal, Result, StoreError};
use crate::helpline::closure::CaseAftercare;
use crate::helpline::informs::{InformMethod, consenting_caller, contact_time, stored_codes};
use crate::scope::ScopedCase;

/// Attempts before a survey counts as "no response".
pub const MAX_ATTEMPTS: i64 = 3;
/// From closure to the first attempt, and between attempts.
pub const ATTEMPT_GAP_MS: i64 = 24 * 60 * 60 * 1000;

stored_codes! {
    pub enum SurveyChannel {
        Ivr = "ivr",
        Sms = "sms",
    }
}

stored_codes! {
    pub enum SurveyStatus {
        Scheduled = "scheduled",
        Answered = "answered",
        NoResponse = "no_response",
    }
}

/// A survey call to place now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyCall {
    pub survey: SurveyId,
    pub to: PhoneNumber,
    pub language: Language,
}

/// A case's survey as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSurvey {
    pub channel: SurveyChannel,
    pub status: SurveyStatus,
    pub attempts: i64,
    pub next_attempt_at: Millis,
    pub finished_at: Option<Millis>,
    /// (question id, stored value), in the survey's question order.
    pub answers: Vec<(&'static str, i64)>,
}

/// One finished survey as the satisfaction report counts it: the case's facts, never the
/// worker's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyFact {
    pub closed_at: Millis,
    pub category_code: String,
    pub workplace: Option<(WorkplaceId, String)>,
    pub operator: Option<(UserId, String)>,
    pub outcome: Outcome,
}

/// Schedules the survey of a case being closed, in the closing transaction. Nothing when
/// the worker consented to no contact; a case closed again after reopening keeps its
/// first survey.
pub(crate) async fn schedule_survey_in(
    conn: &impl ConnectionTrait,
    case: &CaseAftercare,
    at: Millis,
) -> Result<()> {
    let (channel, caller) =
        match consenting_caller(conn, case.case_id, InformMethod::Callback).await? {
            Some(caller) => (SurveyChannel::Ivr, caller),
            None => match consenting_caller(conn, case.case_id, InformMethod::Sms).await? {
                Some(caller) => (SurveyChannel::Sms, caller),
                None => return Ok(()),
            },
        };
    let first = contact_time(at.plus(ATTEMPT_GAP_MS), caller.window, &case.time_zone);
    exec(
        conn,
        "INSERT INTO surveys (case_id, channel, language, status, attempts, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, 'scheduled', 0, $4, $5) ON CONFLICT (case_id) DO NOTHING",
        vec![
            case.case_id.get().into(),
            channel.code().into(),
            case.language.code().into(),
            first.value(),
            at.value(),
        ],
    )
    .await?;
    Ok(())
}

/// Keeps an answer (the first one per question) and marks the survey answered.
pub(crate) async fn record_answer_in(
    conn: &impl ConnectionTrait,
    survey: SurveyId,
    question: &str,
    value: i64,
    at: Millis,
) -> Result<()> {
    exec(
        conn,
        "INSERT INTO survey_answers (survey_id, question, value, at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (survey_id, question) DO NOTHING",
        vec![
            survey.get().into(),
            question.into(),
            value.into(),
            at.value(),
        ],
    )
    .await?;
    exec(
        conn,
        "UPDATE surveys SET status = 'answered', finished_at = $1 WHERE id = $2 AND status <> 'answered'",
        vec![at.value(), survey.get().into()],
    )
    .await?;
    Ok(())
}

impl Store {
    /// Makes the attempts due at `now`: a survey past its last attempt becomes "no
    /// response"; an SMS survey's question is queued in the outbox; IVR surveys are
    /// returned for the caller to place. Each attempt is counted before it is made, so a
    /// server that dies mid-call costs an attempt, never a duplicate call.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn take_due_surveys(&self, now: Millis, limit: i64) -> Result<Vec<SurveyCall>> {
        let tx = self.db.write.begin().await?;
        let rows = all(
            &tx,
            "SELECT s.id, s.case_id, s.channel, s.language, s.attempts FROM surveys s \
             WHERE s.status = 'scheduled' AND s.next_attempt_at <= $1 ORDER BY s.next_attempt_at, s.id LIMIT $2",
            vec![now.value(), limit.clamp(1, 500).into()],
        )
        .await?;
        let mut calls = Vec::new();
        for row in &rows {
            let survey: SurveyId = row_id(row, "id")?;
            let case_id: CaseId = row_id(row, "case_id")?;
            let channel: SurveyChannel = code(row, "channel")?;
            let language: Language = code(row, "language")?;
            let attempts: i64 = get(row, "attempts")?;
            let method = match channel {
                SurveyChannel::Ivr => InformMethod::Callback,
                SurveyChannel::Sms => InformMethod::Sms,
            };
            let caller = consenting_caller(&tx, case_id, method).await?;
            let Some(caller) = caller.filter(|_| attempts < MAX_ATTEMPTS) else {
                exec(
                    &tx,
                    "UPDATE surveys SET status = 'no_response', finished_at = $1 WHERE id = $2",
                    vec![now.value(), survey.get().into()],
                )
                .await?;
                continue;
            };
            let time_zone = self
                .aftercare_in(&tx, crate::Scope::Helpline, case_id)
                .await?
                .time_zone;
            let next = contact_time(now.plus(ATTEMPT_GAP_MS), caller.window, &time_zone);
            exec(
                &tx,
                "UPDATE surveys SET attempts = attempts + 1, next_attempt_at = $1 WHERE id = $2",
                vec![next.value(), survey.get().into()],
            )
            .await?;
            match channel {
                SurveyChannel::Sms => {
                    queue_sms_in(
                        &tx,
                        case_id,
                        caller.caller_id,
                        language,
                        SmsTemplate::Survey,
                        &serde_json::json!({}),
                        now,
                        now,
                    )
                    .await?;
                }
                SurveyChannel::Ivr => {
                    let Some(to) = self.caller_phone_in(&tx, caller.caller_id).await? else {
                        continue;
                    };
                    calls.push(SurveyCall {
                        survey,
                        to,
                        language,
                    });
                }
            }
        }
        tx.commit().await?;
        Ok(calls)
    }

    /// A caller's phone, decrypted (to place a survey call).
    pub(crate) async fn caller_phone_in(
        &self,
        conn: &impl ConnectionTrait,
        caller_id: CallerId,
    ) -> Result<Option<PhoneNumber>> {
        let row = one(
            conn,
            "SELECT phone_enc FROM callers WHERE id = $1",
            vec![caller_id.get().into()],
        )
        .await?
        .ok_or(Internal::Broken("a consenting caller has no row"))?;
        let Some(blob) = get::<Option<Vec<u8>>>(&row, "phone_enc")? else {
            return Ok(None);
        };
        let phone = self
            .keys
            .decrypt(&blob, &crate::helpline::callers::aad(caller_id, "phone"))?;
        // Stored numbers are E.164, so the country never applies; one that does not parse
        // is corrupt data, not "no phone" (the number itself stays out of the error).
        PhoneNumber::parse(&phone, workvoice_domain::Country::Bangladesh)
            .map(Some)
            .map_err(|_| {
                Internal::Broken("a caller's phone does not decode as a phone number").into()
            })
    }

    /// Takes an SMS reply as the answer to the satisfaction question of the sender's SMS
    /// survey that was asked and is still open; `false` when the sender has none (the text
    /// is then an ordinary message). The sender is matched by the phone's blind index.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn answer_sms_survey(
        &self,
        sender: &PhoneNumber,
        value: i64,
        at: Millis,
    ) -> Result<bool> {
        let tx = self.db.write.begin().await?;
        let Some(row) = one(
            &tx,
            "SELECT s.id FROM surveys s JOIN case_callers cc ON cc.case_id = s.case_id JOIN callers c ON c.id = cc.caller_id \
             WHERE c.phone_index = $1 AND cc.consent_sms = 1 AND s.channel = 'sms' AND s.status = 'scheduled' AND s.attempts > 0 \
             ORDER BY s.created_at DESC, s.id DESC LIMIT 1",
            vec![self.keys.blind_index(sender.as_str()).into()],
        )
        .await?
        else {
            tx.rollback().await?;
            return Ok(false);
        };
        let survey: SurveyId = row_id(&row, "id")?;
        record_answer_in(&tx, survey, QUESTIONS[0].id, value, at).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Whether a survey exists and still takes answers (the webhook's check).
    #[tracing::instrument(level = "debug", skip_all, fields(survey = survey.get()))]
    pub async fn survey_exists(&self, survey: SurveyId) -> Result<bool> {
        Ok(one(
            &self.db.read,
            "SELECT id FROM surveys WHERE id = $1",
            vec![survey.get().into()],
        )
        .await?
        .is_some())
    }

    /// The case's survey, if one was scheduled.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_survey(&self, case: &ScopedCase) -> Result<Option<CaseSurvey>> {
        let Some(row) = one(
            &self.db.read,
            "SELECT id, channel, status, attempts, next_attempt_at, finished_at FROM surveys WHERE case_id = $1",
            vec![case.id().get().into()],
        )
        .await?
        else {
            return Ok(None);
        };
        let id: i64 = get(&row, "id")?;
        let answers = all(
            &self.db.read,
            "SELECT question, value FROM survey_answers WHERE survey_id = $1",
            vec![id.into()],
        )
        .await?;
        let mut ordered = Vec::new();
        for question in QUESTIONS {
            for a in &answers {
                if get::<String>(a, "question")? == question.id {
                    ordered.push((question.id, get(a, "value")?));
                }
            }
        }
        Ok(Some(CaseSurvey {
            channel: code(&row, "channel")?,
            status: code(&row, "status")?,
            attempts: get(&row, "attempts")?,
            next_attempt_at: time(&row, "next_attempt_at")?,
            finished_at: time(&row, "finished_at")?,
            answers: ordered,
        }))
    }

    /// Every finished survey with its case's facts, for the satisfaction report. An
    /// answered survey whose satisfaction question went unanswered counts as answered
    /// only for the response rate, so it is reported with the neutral middle value.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn survey_facts(&self) -> Result<Vec<SurveyFact>> {
        let rows = all(
            &self.db.read,
            "SELECT s.status, c.closed_at, s.created_at, c.category_code, c.workplace_id, w.name AS workplace_name, \
             c.assigned_to, u.display_name AS operator_name, a.value \
             FROM surveys s JOIN cases c ON c.id = s.case_id \
             LEFT JOIN workplaces w ON w.id = c.workplace_id LEFT JOIN users u ON u.id = c.assigned_to \
             LEFT JOIN survey_answers a ON a.survey_id = s.id AND a.question = 'satisfaction' \
             WHERE s.status IN ('answered', 'no_response') ORDER BY s.created_at, s.id",
            vec![],
        )
        .await?;
        rows.iter()
            .map(|row| {
                let status: SurveyStatus = code(row, "status")?;
                let outcome = match status {
                    SurveyStatus::NoResponse | SurveyStatus::Scheduled => Outcome::NoResponse,
                    SurveyStatus::Answered => Outcome::Answered {
                        satisfaction: get::<Option<i64>>(row, "value")?.unwrap_or(3),
                    },
                };
                let workplace = opt_row_id::<WorkplaceId>(row, "workplace_id")?
                    .map(|id| Ok::<_, StoreError>((id, get(row, "workplace_name")?)))
                    .transpose()?;
                let operator = opt_row_id::<UserId>(row, "assigned_to")?
                    .map(|id| Ok::<_, StoreError>((id, get(row, "operator_name")?)))
                    .transpose()?;
                Ok(SurveyFact {
                    closed_at: time::<Option<Millis>>(row, "closed_at")?
                        .unwrap_or(time(row, "created_at")?),
                    category_code: get(row, "category_code")?,
                    workplace,
                    operator,
                    outcome,
                })
            })
            .collect()
    }
}
