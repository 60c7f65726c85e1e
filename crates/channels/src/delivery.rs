//! The outbox delivery worker (DESIGN §3.3): claims due `queued` messages, looks up each
//! recipient, sends through the [`Sender`], and records the attempt — sent with the
//! provider's id, retried later with backoff, or failed after the last attempt. While the
//! gateway is down messages stay queued and go out when it is back.

use std::sync::Mutex;
use std::time::Duration;

use workvoice_domain::{Channel, Country, Millis, PhoneNumber};
use workvoice_store::{OutboxMessage, Scope, Settlement, SmsTemplate, Store};

use crate::holder::holder_id;
use crate::job::{Job, JobError};
use crate::retry::RetryPolicy;
use crate::sender::{OutboundMessage, ProviderId, SEND_TIMEOUT, SendError, Sender};

/// Messages claimed per run. Small, so a claim outlasts a whole batch of slow sends.
const BATCH: u32 = 10;

/// How long a run's claim on its messages holds: longer than a batch of sends that each
/// time out, so no other server takes over a message still in flight; a server that dies
/// gives its messages back after this.
const CLAIM: Duration = SEND_TIMEOUT.saturating_mul(2 * BATCH);

/// Why a queued message cannot be sent at all. Kept in the row as a code, never with the
/// recipient's details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undeliverable {
    /// The row names no case or caller, or the caller has no phone number.
    NoRecipient,
    /// The worker withdrew consent to SMS after the message was queued.
    NoConsent,
    /// The row's channel, language or parameters do not decode.
    BadRow,
}

impl Undeliverable {
    pub fn code(self) -> &'static str {
        match self {
            Undeliverable::NoRecipient => "undeliverable: no recipient",
            Undeliverable::NoConsent => "undeliverable: no consent",
            Undeliverable::BadRow => "undeliverable: row does not decode",
        }
    }
}

/// The delivery job, sending through `S`.
#[derive(Debug, Clone)]
pub struct OutboxDelivery<S> {
    sender: S,
    retry: RetryPolicy,
    interval: Duration,
}

impl<S: Sender> OutboxDelivery<S> {
    /// The job's name in the `jobs` table.
    pub const NAME: &'static str = "outbox_delivery";

    /// Every five seconds: an SMS at intake or a stage should reach the worker promptly.
    pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);

    pub fn new(sender: S) -> OutboxDelivery<S> {
        OutboxDelivery {
            sender,
            retry: RetryPolicy::default(),
            interval: Self::DEFAULT_INTERVAL,
        }
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> OutboxDelivery<S> {
        self.retry = retry;
        self
    }

    /// Sends one claimed message (or finds it undeliverable).
    async fn attempt(
        &self,
        store: &Store,
        message: &OutboxMessage,
    ) -> Result<Result<ProviderId, SendError>, JobError> {
        Ok(match outbound(store, message).await? {
            Ok(outbound) => self.sender.send(&outbound).await,
            Err(why) => Err(SendError::Permanent(why.code().to_owned())),
        })
    }

    /// Sends `messages` one after another and settles each; once the gateway is found
    /// down (here or by another group of the run), the rest go back untried.
    async fn deliver_in_order(
        &self,
        store: &Store,
        claim: &str,
        now: Millis,
        down: &Mutex<Option<Result<ProviderId, SendError>>>,
        messages: &[&OutboxMessage],
    ) -> Result<usize, JobError> {
        let mut settled = 0;
        for message in messages {
            let known_down = down.lock().map_or(None, |d| d.clone());
            let result = match known_down {
                Some(result) => result,
                None => self.attempt(store, message).await?,
            };
            let error = result.as_ref().err().map(ToString::to_string);
            let settlement =
                self.settlement(message, &result, error.as_deref().unwrap_or_default(), now);
            if matches!(settlement, Settlement::Released { .. }) {
                if let Ok(mut d) = down.lock() {
                    d.get_or_insert(result.clone());
                }
            } else {
                settled += 1;
            }
            if !store
                .settle_outbox(message.id, claim, settlement, now)
                .await?
            {
                tracing::warn!(
                    outbox_id = message.id.get(),
                    "outbox claim expired before the attempt was recorded"
                );
            }
        }
        Ok(settled)
    }

    /// What the attempt means for the row; `error` is the failure as operators read it
    /// in the row (its class and the provider's words).
    fn settlement<'a>(
        &self,
        message: &OutboxMessage,
        result: &'a Result<ProviderId, SendError>,
        error: &'a str,
        now: Millis,
    ) -> Settlement<'a> {
        match result {
            Ok(id) => Settlement::Sent {
                provider_ref: id.as_str(),
            },
            Err(SendError::Unavailable(_)) => Settlement::Released { error },
            Err(SendError::Permanent(_)) => Settlement::Failed { error },
            Err(SendError::Retryable(_)) => {
                let attempts = message.attempts.saturating_add(1);
                if self.retry.may_retry(attempts) {
                    let delay = self.retry.delay_after(attempts).as_millis();
                    Settlement::Retry {
                        error,
                        retry_at: now.plus(i64::try_from(delay).unwrap_or(i64::MAX)),
                    }
                } else {
                    Settlement::Failed { error }
                }
            }
        }
    }
}

impl<S: Sender> Job for OutboxDelivery<S> {
    fn name(&self) -> &'static str {
        Self::NAME
    }

    fn interval(&self) -> Duration {
        self.interval
    }

    /// Returns how many messages were settled (sent, rescheduled or failed); messages
    /// given back because the gateway is down do not count, so draining stops.
    ///
    /// The batch's first message goes alone, as a probe: a gateway that is down is tried
    /// once per run, and the rest go back untried. After a good probe the rest go out
    /// together, one worker's messages in their queue order and different workers' at
    /// once, because a gateway's answer takes long beside our own work (Kannel's `sendsms`
    /// often answers only after a 40 ms TCP delayed acknowledgement).
    async fn run_once(&self, store: &Store, now: Millis) -> Result<usize, JobError> {
        // A fresh token per run: a run whose claim expired cannot settle rows another run
        // has claimed since, even on the same server.
        let claim = format!("{}/{:016x}", holder_id(), rand::random::<u64>());
        let claim_ms = i64::try_from(CLAIM.as_millis()).unwrap_or(i64::MAX);
        let due = store
            .claim_due_outbox(&claim, now, claim_ms, i64::from(BATCH))
            .await?;
        let Some((probe, rest)) = due.split_first() else {
            return Ok(0);
        };
        let down = Mutex::new(None);
        let mut settled = self
            .deliver_in_order(store, &claim, now, &down, &[probe])
            .await?;
        let groups = by_recipient(rest);
        let runs = groups
            .iter()
            .map(|group| self.deliver_in_order(store, &claim, now, &down, group));
        for done in futures_util::future::join_all(runs).await {
            settled += done?;
        }
        Ok(settled)
    }
}

/// The messages grouped by who they go to (the SMS they answer, or the case's caller),
/// each group in queue order, groups in the order of their first message.
fn by_recipient(messages: &[OutboxMessage]) -> Vec<Vec<&OutboxMessage>> {
    let mut groups: Vec<Vec<&OutboxMessage>> = Vec::new();
    let key = |m: &OutboxMessage| (m.inbound_id, m.case_id, m.caller_id);
    for message in messages {
        match groups.iter_mut().find(|g| key(g[0]) == key(message)) {
            Some(group) => group.push(message),
            None => groups.push(vec![message]),
        }
    }
    groups
}

/// The message as the sender needs it, with the recipient decrypted, or why it cannot
/// be sent.
async fn outbound(
    store: &Store,
    message: &OutboxMessage,
) -> Result<Result<OutboundMessage, Undeliverable>, JobError> {
    let Ok(mut params) = serde_json::from_str::<serde_json::Value>(&message.params) else {
        return Ok(Err(Undeliverable::BadRow));
    };
    // The intake SMS carries its case code sealed: opened here, for this send only.
    if let (SmsTemplate::Intake, Some(case_id)) = (message.template, message.case_id) {
        let Ok(Some(code)) = store.open_outbox_code(case_id, &params) else {
            return Ok(Err(Undeliverable::BadRow));
        };
        params = serde_json::json!({ "case_code": code });
    }
    let to = match recipient(store, message, message.channel).await? {
        Ok(to) => to,
        Err(why) => return Ok(Err(why)),
    };
    Ok(Ok(OutboundMessage {
        outbox_id: message.id,
        channel: message.channel,
        to,
        language: message.language,
        template: message.template,
        params,
    }))
}

/// Who the message goes to, decrypted: the sender of the SMS it answers (they asked, so no
/// consent row is needed), else the case's caller who consented.
async fn recipient(
    store: &Store,
    message: &OutboxMessage,
    channel: Channel,
) -> Result<Result<PhoneNumber, Undeliverable>, JobError> {
    if let Some(inbound) = message.inbound_id {
        return Ok(store
            .inbound_sender(inbound)
            .await?
            .ok_or(Undeliverable::NoRecipient));
    }
    let (Some(case_id), Some(caller_id)) = (message.case_id, message.caller_id) else {
        return Ok(Err(Undeliverable::NoRecipient));
    };
    // The worker acts for the helpline, which may reach every case.
    let case = store.scoped_case(Scope::Helpline, case_id).await?;
    let callers = store.case_callers(&case).await?;
    let Some(caller) = callers.iter().find(|c| c.caller_id == caller_id) else {
        return Ok(Err(Undeliverable::NoRecipient));
    };
    if channel == Channel::Sms && !caller.consent_sms {
        return Ok(Err(Undeliverable::NoConsent));
    }
    // Stored numbers are E.164, so the default country never applies.
    Ok(caller
        .phone
        .as_deref()
        .and_then(|p| PhoneNumber::parse(p, Country::Bangladesh).ok())
        .ok_or(Undeliverable::NoRecipient))
}

#[cfg(test)]
mod tests {
    use super::*;
    use workvoice_domain::Language;
    use workvoice_domain::ids::{CallerId, CaseId, InboundSmsId, OutboxId};

    fn message(
        id: i64,
        case: Option<i64>,
        caller: Option<i64>,
        inbound: Option<i64>,
    ) -> OutboxMessage {
        OutboxMessage {
            id: OutboxId::new(id),
            case_id: case.map(CaseId::new),
            caller_id: caller.map(CallerId::new),
            channel: Channel::Sms,
            language: Language::Bn,
            template: SmsTemplate::CaseUpdate,
            params: "{}".into(),
            status: workvoice_domain::OutboxStatus::Queued,
            attempts: 0,
            next_attempt_at: Millis(0),
            created_at: Millis(0),
            last_error: None,
            provider_ref: None,
            sent_at: None,
            delivered_at: None,
            inbound_id: inbound.map(InboundSmsId::new),
        }
    }

    #[test]
    fn one_recipients_messages_stay_together_in_queue_order() {
        let batch = [
            message(1, Some(10), Some(100), None),
            message(2, Some(11), Some(101), None),
            message(3, Some(10), Some(100), None),
            // A reply to an incoming SMS goes to its sender, whoever else shares nothing.
            message(4, None, None, Some(7)),
            message(5, Some(10), Some(100), None),
            message(6, None, None, Some(7)),
            // Same case, another caller: another recipient.
            message(7, Some(10), Some(102), None),
        ];
        let ids: Vec<Vec<i64>> = by_recipient(&batch)
            .iter()
            .map(|g| g.iter().map(|m| m.id.get()).collect())
            .collect();
        assert_eq!(ids, [vec![1, 3, 5], vec![2], vec![4, 6], vec![7]]);
    }
}
