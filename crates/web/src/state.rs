//! What every handler can reach. Nothing here is mutable server state: sessions, throttles
//! and data live in the database, so any number of servers can share one.

use std::sync::Arc;
use std::time::Duration;

use workvoice_domain::{Country, Millis, ZoneName};
use workvoice_store::{DurableFiles, RateLimit, SessionPolicy, Store, ThrottlePolicy};

use crate::clock::Clock;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// `true` behind HTTPS (and on localhost): cookies get `Secure` and the `__Host-` prefix.
    pub secure_cookies: bool,
    /// Time zone pages show times in.
    pub time_zone: ZoneName,
    /// Country assumed for phone numbers typed without a country code.
    pub default_country: Country,
    pub session: SessionPolicy,
    pub throttle: ThrottlePolicy,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Largest evidence upload request (multipart), in bytes; only the upload route takes it.
    pub upload_limit: usize,
    /// Folder for evidence files uploaded by workplace contacts (random names).
    pub attachments_dir: std::path::PathBuf,
    /// How files are written (the real file system; tests inject faults through it).
    pub files: DurableFiles,
    /// Counts shown to brands below this are suppressed ("fewer than N").
    pub suppression_min: i64,
    /// The secret in the path of the routes Kannel calls (`/kannel/{secret}/…`); `None`
    /// while no SMS gateway is configured, and those routes answer 404.
    pub kannel_secret: Option<String>,
    /// The voice provider's webhooks (`/voice/…`); `None` while no provider is
    /// configured, and those routes answer 404.
    pub voice: Option<VoiceConfig>,
    /// What the channel status page checks.
    pub channel_checks: ChannelChecks,
    /// Send `Strict-Transport-Security`: the server is reached over TLS (directly or
    /// through a proxy that terminates it).
    pub hsts: bool,
    /// A request still unanswered after this long gets 408 and its work is dropped.
    pub request_timeout: Duration,
    /// Rate limits kept in the database (every server counts the same events).
    pub limits: Limits,
    /// The issuer name authenticator apps show beside a second-factor code.
    pub totp_issuer: String,
}

/// Limits on what outsiders can call without signing in.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Case-code look-ups by everyone together (a distributed guesser with many SIMs).
    pub code_lookups: RateLimit,
    /// Calls of a gateway route (delivery reports, incoming SMS) with the right secret.
    pub webhook_calls: RateLimit,
    /// Calls of a gateway route with a wrong secret, per client address.
    pub webhook_failures: RateLimit,
    /// Wrong second-factor codes per account.
    pub second_factor_failures: RateLimit,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            code_lookups: RateLimit::per_hour(600),
            webhook_calls: RateLimit::per_minute(6000),
            webhook_failures: RateLimit::per_hour(100),
            second_factor_failures: RateLimit::per_hour(10),
        }
    }
}

/// The providers' addresses the channel status page checks (`None`: not configured).
#[derive(Debug, Clone, Default)]
pub struct ChannelChecks {
    /// Kannel's sendsms URL.
    pub kannel: Option<String>,
    /// The voice provider's REST API (survey calls).
    pub voice_api: Option<String>,
}

/// What the IVR's webhooks need.
#[derive(Clone)]
pub struct VoiceConfig {
    /// The provider's auth token, the key of its request signatures.
    pub auth_token: String,
    /// The public origin the provider calls (`https://helpline.example.org`): the signed
    /// URL is this followed by the request's path and query.
    pub public_origin: String,
    /// The operator line a `Dial` rings; `None` sends every caller to message/callback.
    pub operator_number: Option<String>,
    /// Staffed hours, local time; `None` is around the clock.
    pub staffed: Option<workvoice_domain::SafeWindow>,
    /// Where the recorded prompts of each language are (`{url}/{prompt}.mp3`); a language
    /// without one is spoken with `Say`.
    pub prompts: Vec<(workvoice_domain::Language, String)>,
}

impl std::fmt::Debug for VoiceConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VoiceConfig")
            .field("public_origin", &self.public_origin)
            .field("staffed", &self.staffed)
            .field("prompts", &self.prompts)
            .finish_non_exhaustive()
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: true,
            time_zone: ZoneName::dhaka(),
            default_country: Country::Bangladesh,
            session: SessionPolicy::default(),
            throttle: ThrottlePolicy::default(),
            body_limit: 1024 * 1024,
            upload_limit: 6 * 1024 * 1024,
            attachments_dir: std::path::PathBuf::from("workvoice-data/attachments"),
            files: DurableFiles::default(),
            suppression_min: workvoice_domain::suppression::DEFAULT_MIN_CELL,
            kannel_secret: None,
            voice: None,
            channel_checks: ChannelChecks::default(),
            hsts: true,
            request_timeout: Duration::from_secs(30),
            limits: Limits::default(),
            totp_issuer: "Workvoice".into(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct AppState {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<WebConfig>,
}

impl AppState {
    /// Now as the domain's time type, what the store takes and returns.
    pub fn time(&self) -> Millis {
        self.clock.now()
    }
}
