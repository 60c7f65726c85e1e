//! Handing one outbound message to a provider. A sender renders the template in the
//! message's language and sends it; it decides nothing about retries, which the delivery
//! worker does from the error's class.

use std::future::Future;
use std::time::Duration;

use workvoice_domain::ids::OutboxId;
use workvoice_domain::{Channel, Language, PhoneNumber};
use workvoice_store::SmsTemplate;

/// How long a send may take before the sender gives up with `SendError::Unavailable`.
/// The delivery worker's claim on a batch outlasts a whole batch of such sends, so no
/// other server takes over a message still in flight.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// One message, as the sender needs it: the decrypted recipient, a template id with its
/// parameters and the language to render it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundMessage {
    /// The outbox row: a provider that takes a client reference can use it to drop a
    /// duplicate, and delivery reports come back to it.
    pub outbox_id: OutboxId,
    pub channel: Channel,
    pub to: PhoneNumber,
    pub language: Language,
    pub template: SmsTemplate,
    pub params: serde_json::Value,
}

/// The provider's id for an accepted message (delivery reports refer to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderId(pub String);

impl ProviderId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a send did not go through, classified by what the worker should do next. The
/// text is kept in the outbox row for operators, so it must never contain the number or
/// the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Nothing reached the provider (gateway down, connection refused, timeout): the
    /// message waits and goes out when the gateway is back, without using up an attempt.
    #[error("gateway unavailable: {0}")]
    Unavailable(String),
    /// The provider refused this message for now (throttled, temporary error): retried
    /// with backoff, up to the retry policy's limit.
    #[error("temporary failure: {0}")]
    Retryable(String),
    /// The provider will never take it (invalid number, rejected content): failed now.
    #[error("rejected: {0}")]
    Permanent(String),
}

pub trait Sender: Send + Sync + 'static {
    /// Sends one message and returns the provider's id for it; gives up within
    /// [`SEND_TIMEOUT`].
    fn send(
        &self,
        message: &OutboundMessage,
    ) -> impl Future<Output = Result<ProviderId, SendError>> + Send;
}
