//! Workers kept informed (DESIGN §3.4): per stage, whether, how and when the worker heard
//! from the helpline. A callback attempt is recorded whatever its outcome; an SMS update is
//! queued in the outbox in the same transaction, and only for a caller who consented.

use sea_orm::ConnectionTrait;
use workvoice_domain::ids::{CallerId, CaseId, InformId, UserId};
use workvoice_domain::{Millis, SafeWindow, StepKind, next_contact_time};

use crate::Store;
use crate::channels::outbox::{SmsTemplate, queue_sms_in};
use crate::db::{StoredTime, code, exec, get, one, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::events::{EventKind, append_event};
use crate::scope::ScopedCase;

/// Declares a small closed enum stored as a code, with `code()`, `parse()` and `ALL`.
macro_rules! stored_codes {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|v| v.code() == s.trim())
            }
        }

        workvoice_domain::stored_code!($name);
    };
}
pub(crate) use stored_codes;

stored_codes! {
    /// The moments the worker must hear from the helpline.
    pub enum InformStage {
        Acknowledgement = "acknowledgement",
        Response = "response",
        Closure = "closure",
    }
}

stored_codes! {
    pub enum InformMethod {
        Callback = "callback",
        Sms = "sms",
    }
}

stored_codes! {
    pub enum InformOutcome {
        Reached = "reached",
        NoAnswer = "no_answer",
        /// Someone else answered: the operator said nothing about the case.
        WrongPerson = "wrong_person",
        /// An SMS update waits in the outbox.
        Queued = "queued",
    }
}

impl InformStage {
    /// The protocol step a successful inform at this stage meets. Closure has none: the
    /// case is already closed, and meeting `InformWorker` would move it back to "informed".
    pub fn step(self) -> Option<StepKind> {
        match self {
            InformStage::Acknowledgement => Some(StepKind::AcknowledgeWorker),
            InformStage::Response => Some(StepKind::InformWorker),
            InformStage::Closure => None,
        }
    }
}

impl InformOutcome {
    /// Whether the worker got the information (an SMS counts once queued: delivery is the
    /// outbox's job and retried there).
    pub fn informed(self) -> bool {
        matches!(self, InformOutcome::Reached | InformOutcome::Queued)
    }
}

/// One attempt to inform the worker, as the case page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WorkerInform {
    pub id: InformId,
    pub case_id: CaseId,
    pub stage: InformStage,
    pub method: InformMethod,
    pub outcome: InformOutcome,
    pub at: Millis,
    pub by_name: Option<String>,
}

/// A caller of the case who consented to be contacted one way, with their safe window.
pub(crate) struct ConsentingCaller {
    pub caller_id: CallerId,
    pub window: Option<SafeWindow>,
}

pub(crate) async fn consenting_caller(
    conn: &impl ConnectionTrait,
    case_id: CaseId,
    method: InformMethod,
) -> Result<Option<ConsentingCaller>> {
    let sql = match method {
        InformMethod::Sms => {
            "SELECT caller_id, safe_from_minute, safe_to_minute FROM case_callers WHERE case_id = $1 AND consent_sms = 1 ORDER BY added_at, caller_id LIMIT 1"
        }
        InformMethod::Callback => {
            "SELECT caller_id, safe_from_minute, safe_to_minute FROM case_callers WHERE case_id = $1 AND consent_callback = 1 ORDER BY added_at, caller_id LIMIT 1"
        }
    };
    let Some(row) = one(conn, sql, vec![case_id.get().into()]).await? else {
        return Ok(None);
    };
    let minute = |col: &str| -> Result<Option<u16>> {
        Ok(get::<Option<i64>>(&row, col)?.and_then(|m| u16::try_from(m).ok()))
    };
    let window = match (minute("safe_from_minute")?, minute("safe_to_minute")?) {
        (Some(from), Some(to)) => SafeWindow::new(from, to),
        _ => None,
    };
    Ok(Some(ConsentingCaller {
        caller_id: row_id(&row, "caller_id")?,
        window,
    }))
}

/// The earliest time at or after `at` the caller may be contacted.
pub(crate) fn contact_time(at: Millis, window: Option<SafeWindow>, time_zone: &str) -> Millis {
    window.map_or(at, |w| next_contact_time(at, w, time_zone))
}

impl Store {
    /// Records that the helpline informed (or tried to inform) the worker at a stage.
    ///
    /// SMS: refused (`Invalid`, nothing written) unless a caller consented to SMS; the
    /// outbox row is written in the same transaction, to be sent inside the caller's safe
    /// window, and the outcome is always `Queued`. Callback: the attempt is recorded;
    /// `Reached` also records the worker informed and meets the stage's protocol step, and
    /// marks the open callback task done, as does `WrongPerson` (calling that number again
    /// could expose the worker).
    #[allow(clippy::too_many_arguments)]
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), stage = ?stage, method = ?method, outcome = ?outcome, by = by.get()))]
    pub async fn record_worker_informed(
        &self,
        case: &ScopedCase,
        stage: InformStage,
        method: InformMethod,
        outcome: InformOutcome,
        by: UserId,
        at: Millis,
    ) -> Result<InformOutcome> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        let outcome = match method {
            InformMethod::Sms => InformOutcome::Queued,
            InformMethod::Callback if outcome == InformOutcome::Queued => {
                return Err(StoreError::invalid("outcome", "error-invalid-choice"));
            }
            InformMethod::Callback => outcome,
        };
        exec(
            &tx,
            "INSERT INTO case_informs (case_id, stage, method, outcome, at, by_user) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![
                case_id.get().into(),
                stage.code().into(),
                method.code().into(),
                outcome.code().into(),
                at.value(),
                by.get().into(),
            ],
        )
        .await?;
        match method {
            InformMethod::Sms => {
                let caller = consenting_caller(&tx, case_id, InformMethod::Sms)
                    .await?
                    .ok_or_else(|| StoreError::invalid("method", "worker-error-no-sms-consent"))?;
                // Only codes go into the outbox: the sender decrypts the number at delivery
                // and renders the text in the case's language.
                queue_sms_in(
                    &tx,
                    case_id,
                    caller.caller_id,
                    case.language,
                    SmsTemplate::CaseUpdate,
                    &serde_json::json!({ "stage": stage.code() }),
                    contact_time(at, caller.window, &case.time_zone),
                    at,
                )
                .await?;
            }
            InformMethod::Callback => {
                append_event(
                    &tx,
                    case_id,
                    Some(by),
                    at,
                    EventKind::CallbackAttempt,
                    serde_json::json!({ "stage": stage.code(), "outcome": outcome.code() }),
                )
                .await?;
                self.mark_callback_task_in(&tx, case_id, outcome, by, at)
                    .await?;
            }
        }
        if outcome.informed() {
            append_event(
                &tx,
                case_id,
                Some(by),
                at,
                EventKind::WorkerInformed,
                serde_json::json!({ "stage": stage.code(), "method": method.code() }),
            )
            .await?;
            if let Some(step) = stage.step() {
                self.meet_step_in(&tx, case_id, step, Some(by), at).await?;
            }
        }
        tx.commit().await?;
        Ok(outcome)
    }

    /// Every attempt to inform the worker of a case in scope, oldest first.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get()))]
    pub async fn case_informs(&self, case: &ScopedCase) -> Result<Vec<WorkerInform>> {
        let case_id = case.id();
        rows(
            &self.db.read,
            "SELECT i.id, i.case_id, i.stage, i.method, i.outcome, i.at, u.display_name AS by_name \
             FROM case_informs i LEFT JOIN users u ON u.id = i.by_user WHERE i.case_id = $1 ORDER BY i.at, i.id",
            vec![case_id.get().into()],
            |row| {
                Ok(WorkerInform {
                    id: row_id(row, "id")?,
                    case_id: row_id(row, "case_id")?,
                    stage: code(row, "stage")?,
                    method: code(row, "method")?,
                    outcome: code(row, "outcome")?,
                    at: time(row, "at")?,
                    by_name: get(row, "by_name")?,
                })
            },
        )
        .await
    }
}
