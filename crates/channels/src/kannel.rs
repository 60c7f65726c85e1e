//! SMS through Kannel's `sendsms` HTTP interface (Kannel holds the SMPP bind to the
//! operator or aggregator). Each message carries a `dlr-url` naming its outbox row, so
//! the delivery reports Kannel relays come back to it (`/kannel/{secret}/status` in
//! `web`). Text outside GSM-7 (all Bengali, Vietnamese with diacritics) goes as UCS-2:
//! `coding=2` with the text in UTF-8 (`charset=utf-8`), which Kannel converts.

use std::fmt;
use std::sync::Arc;

use workvoice_domain::sms::needs_ucs2;
use workvoice_domain::{Channel, Language};
use workvoice_store::SmsTemplate;

use crate::sender::{OutboundMessage, ProviderId, SEND_TIMEOUT, SendError, Sender};

/// Delivery reports asked for: 1 delivered, 2 failed at the phone, 8 accepted by the
/// operator's centre, 16 rejected by it. (4, "queued at Kannel", says nothing useful.)
const DLR_MASK: &str = "27";

/// Renders an outbox template with its parameters in a language, or `None` when the
/// template has no text (the message then fails as undeliverable rather than going out
/// empty). The binary passes the web layer's translations.
pub type SmsText =
    Arc<dyn Fn(Language, SmsTemplate, &serde_json::Value) -> Option<String> + Send + Sync>;

/// Where Kannel is and how we reach it.
#[derive(Clone)]
pub struct KannelConfig {
    /// The `sendsms` URL, e.g. `http://127.0.0.1:13013/cgi-bin/sendsms`.
    pub sendsms_url: String,
    /// A `sendsms-user` of Kannel's configuration.
    pub username: String,
    pub password: String,
    /// The sender number or short code; `None` leaves it to Kannel (`global-sender`,
    /// `faked-sender`).
    pub from: Option<String>,
    /// The base of the delivery-report URL Kannel calls back, secret included, e.g.
    /// `http://10.0.0.5:8080/kannel/<secret>`; `/status?msg=<row>&status=%d` is appended.
    pub callback_base: String,
}

impl fmt::Debug for KannelConfig {
    // The password and the callback secret stay out of logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KannelConfig")
            .field("sendsms_url", &self.sendsms_url)
            .field("username", &self.username)
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

/// The real SMS sender.
#[derive(Clone)]
pub struct KannelSender {
    config: Arc<KannelConfig>,
    client: reqwest::Client,
    text: SmsText,
}

impl fmt::Debug for KannelSender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KannelSender")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl KannelSender {
    pub fn new(config: KannelConfig, text: SmsText) -> Result<KannelSender, SendError> {
        let client = reqwest::Client::builder()
            .timeout(SEND_TIMEOUT)
            .build()
            .map_err(|e| SendError::Unavailable(format!("HTTP client: {e}")))?;
        Ok(KannelSender {
            config: Arc::new(config),
            client,
            text,
        })
    }

    /// The `sendsms` request for one message with its text.
    fn request_url(
        &self,
        message: &OutboundMessage,
        text: &str,
    ) -> Result<reqwest::Url, SendError> {
        let config = &self.config;
        let mut url = reqwest::Url::parse(&config.sendsms_url)
            .map_err(|e| SendError::Permanent(format!("sendsms URL: {e}")))?;
        let dlr_url = format!(
            "{}/status?msg={}&status=%d",
            config.callback_base.trim_end_matches('/'),
            message.outbox_id
        );
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("username", &config.username)
                .append_pair("password", &config.password)
                .append_pair("to", message.to.as_str())
                .append_pair("text", text)
                .append_pair("dlr-mask", DLR_MASK)
                .append_pair("dlr-url", &dlr_url);
            if let Some(from) = &config.from {
                query.append_pair("from", from);
            }
            if needs_ucs2(text) {
                query
                    .append_pair("coding", "2")
                    .append_pair("charset", "utf-8");
            }
        }
        Ok(url)
    }
}

impl Sender for KannelSender {
    async fn send(&self, message: &OutboundMessage) -> Result<ProviderId, SendError> {
        if message.channel != Channel::Sms {
            return Err(SendError::Permanent("Kannel sends SMS only".into()));
        }
        let text =
            (self.text)(message.language, message.template, &message.params).ok_or_else(|| {
                SendError::Permanent(format!("no text for {}", message.template.code()))
            })?;
        let url = self.request_url(message, &text)?;
        // Nothing of the URL reaches an error: it holds the number, the text and the password.
        let response = self
            .client
            .get(url)
            .send()
            .await
            .map_err(|e| SendError::Unavailable(connection_error(&e)))?;
        let status = response.status();
        // Kannel answers with a short line such as "0: Accepted for delivery" or
        // "Authorization failed for sendsms": no number, no text.
        let body = response.text().await.unwrap_or_default();
        let said = body.lines().next().unwrap_or_default().chars().take(120);
        let said: String = said.collect();
        if status.is_success() {
            // Kannel gives no id of its own over HTTP: the row's id, which the
            // delivery-report URL carries, is the reference.
            Ok(ProviderId(format!("kannel:{}", message.outbox_id)))
        } else if status.is_server_error() {
            Err(SendError::Retryable(format!("Kannel {status}: {said}")))
        } else {
            Err(SendError::Permanent(format!("Kannel {status}: {said}")))
        }
    }
}

/// What went wrong reaching Kannel, without the URL (it holds the number and the text).
fn connection_error(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "Kannel did not answer in time".into()
    } else if e.is_connect() {
        "cannot connect to Kannel".into()
    } else {
        "request to Kannel failed".into()
    }
}
