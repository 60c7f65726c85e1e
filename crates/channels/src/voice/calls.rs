//! Outbound calls through the voice provider's REST API ("create call"), for the
//! satisfaction survey after closure. The call's TwiML comes from our own webhooks (`url`);
//! the provider only dials. [`TwilioCaller`] speaks Twilio's API (Telnyx and SignalWire
//! offer the same `Calls` resource at their own base URL); [`RecordingCaller`] is the fake
//! tests use.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use workvoice_domain::PhoneNumber;

use crate::sender::SEND_TIMEOUT;
pub use crate::sender::SendError as CallError;

/// A call to place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundCall {
    pub to: PhoneNumber,
    /// The webhook the provider asks for the call's first TwiML.
    pub url: String,
}

pub trait VoiceCaller: Send + Sync + 'static {
    /// Places the call; returns the provider's call id.
    fn place(
        &self,
        call: &OutboundCall,
    ) -> impl std::future::Future<Output = Result<String, CallError>> + Send;
}

/// The provider's REST settings.
#[derive(Clone)]
pub struct TwilioConfig {
    /// e.g. `https://api.twilio.com/2010-04-01/Accounts/AC…/Calls.json`.
    pub calls_url: String,
    pub account_sid: String,
    pub auth_token: String,
    /// The helpline number the call comes from.
    pub from: String,
}

impl fmt::Debug for TwilioConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TwilioConfig")
            .field("calls_url", &self.calls_url)
            .field("account_sid", &self.account_sid)
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub struct TwilioCaller {
    config: Arc<TwilioConfig>,
    client: reqwest::Client,
}

impl TwilioCaller {
    pub fn new(config: TwilioConfig) -> Result<TwilioCaller, CallError> {
        let client = reqwest::Client::builder()
            .timeout(SEND_TIMEOUT)
            .build()
            .map_err(|e| CallError::Unavailable(format!("HTTP client: {e}")))?;
        Ok(TwilioCaller {
            config: Arc::new(config),
            client,
        })
    }
}

/// A form body, encoded as a URL query is.
fn form(pairs: &[(&str, &str)]) -> Result<String, CallError> {
    let mut url = reqwest::Url::parse("http://form.invalid/")
        .map_err(|e| CallError::Permanent(format!("form: {e}")))?;
    url.query_pairs_mut().extend_pairs(pairs);
    Ok(url.query().unwrap_or_default().to_owned())
}

impl VoiceCaller for TwilioCaller {
    async fn place(&self, call: &OutboundCall) -> Result<String, CallError> {
        let c = &self.config;
        let body = form(&[
            ("To", call.to.as_str()),
            ("From", &c.from),
            ("Url", &call.url),
            ("Method", "POST"),
        ])?;
        let response = self
            .client
            .post(&c.calls_url)
            .basic_auth(&c.account_sid, Some(&c.auth_token))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .map_err(|_| CallError::Unavailable("cannot reach the voice provider".into()))?;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        if status.is_success() {
            let sid = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v.get("sid").and_then(|s| s.as_str()).map(str::to_owned))
                .unwrap_or_default();
            Ok(sid)
        } else if status.is_server_error() || status.as_u16() == 429 {
            Err(CallError::Retryable(format!("voice provider {status}")))
        } else {
            Err(CallError::Permanent(format!("voice provider {status}")))
        }
    }
}

/// Places nothing and remembers every call; clones share the record.
#[derive(Debug, Clone, Default)]
pub struct RecordingCaller {
    placed: Arc<Mutex<Vec<OutboundCall>>>,
}

impl RecordingCaller {
    pub fn new() -> RecordingCaller {
        RecordingCaller::default()
    }

    pub fn placed(&self) -> Vec<OutboundCall> {
        self.placed
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl VoiceCaller for RecordingCaller {
    async fn place(&self, call: &OutboundCall) -> Result<String, CallError> {
        let mut placed = self.placed.lock().unwrap_or_else(PoisonError::into_inner);
        placed.push(call.clone());
        Ok(format!("CArecorded{}", placed.len()))
    }
}
