//! Configuration: defaults, then `workvoice.toml` (if present), then `WORKVOICE_*`
//! environment variables, then command-line flags. Secrets can come from files
//! (`WORKVOICE_DATABASE_URL_FILE`) so they stay out of process listings.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use workvoice_channels::voice::TwilioConfig;
use workvoice_domain::{Country, Language, SafeWindow, ZoneName, parse_time_of_day};
use workvoice_web::VoiceConfig;

/// The voice provider's settings: what its webhooks need, and its REST API for survey
/// calls when configured.
#[derive(Debug, Clone)]
pub struct Voice {
    pub webhooks: VoiceConfig,
    pub calls: Option<TwilioConfig>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// Folder for the SQLite database and the key file.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; empty means SQLite in `data_dir`.
    pub database_url: String,
    pub listen: String,
    /// The master key; empty means `data_dir/master.key`.
    pub key_file: String,
    /// Secure cookies with the `__Host-` prefix. Turn off only for plain HTTP on a
    /// trusted network (browsers treat http://localhost as secure already).
    pub secure_cookies: bool,
    pub time_zone: String,
    pub default_country: String,
    pub log_json: bool,
    /// Seconds between looks for overdue protocol steps; at most 240, so a step
    /// escalates within 5 minutes of its deadline.
    pub escalation_interval_secs: u64,
    /// Seconds a server's claim on a background job lasts (5 to 3600): after a server
    /// dies, another takes its jobs over within this.
    pub job_lease_secs: u64,
    /// Kannel's `sendsms` URL (e.g. `http://127.0.0.1:13013/cgi-bin/sendsms`); empty
    /// means no SMS gateway: the outbox is not delivered and SMS stay queued.
    pub kannel_sendsms_url: String,
    /// The `sendsms-user` of Kannel's configuration.
    pub kannel_username: String,
    /// Its password (or `WORKVOICE_KANNEL_PASSWORD_FILE`).
    pub kannel_password: String,
    /// Sender number or short code; empty leaves it to Kannel.
    pub kannel_from: String,
    /// The unguessable secret in the path Kannel calls back (`/kannel/<secret>/…`), or
    /// `WORKVOICE_KANNEL_SECRET_FILE`. Required with a gateway.
    pub kannel_secret: String,
    /// This server as Kannel reaches it, for delivery reports; empty means
    /// `http://<listen>`.
    pub public_url: String,
    /// The voice provider's auth token, which signs its webhooks (or
    /// `WORKVOICE_VOICE_AUTH_TOKEN_FILE`); empty means no IVR: `/voice/…` answers 404.
    pub voice_auth_token: String,
    /// The public origin the provider calls (`https://helpline.example.org`); the
    /// signature covers it, so it must be exactly what the provider requests. Empty
    /// means `public_url`.
    pub voice_public_url: String,
    /// The operator line the IVR rings (E.164); empty sends callers to message/callback.
    pub voice_operator_number: String,
    /// Staffed hours, local time (`08:00-20:00`); empty means around the clock.
    pub voice_staffed_hours: String,
    /// Where each language's recorded prompts are (`{url}/{message id}.mp3`); empty
    /// speaks that language's prompts with `Say`.
    pub voice_prompts_bn: String,
    pub voice_prompts_vi: String,
    pub voice_prompts_en: String,
    /// The provider's "create call" URL for survey calls
    /// (`https://api.twilio.com/2010-04-01/Accounts/<sid>/Calls.json`); empty means
    /// surveys go by SMS only.
    pub voice_calls_url: String,
    pub voice_account_sid: String,
    /// The helpline number survey calls come from.
    pub voice_from: String,
    /// Send `Strict-Transport-Security` (a year, subdomains included): the server is
    /// reached over HTTPS, directly or behind a proxy. Browsers ignore it over plain HTTP.
    pub hsts: bool,
    /// Seconds a request may take before it is answered 408 and dropped.
    pub request_timeout_secs: u64,
    /// The name authenticator apps show beside this server's second-factor codes.
    pub totp_issuer: String,
    /// Counts below this are hidden wherever counts leave the helpline: brand views,
    /// the satisfaction report's rows, the public statistics (`WORKVOICE_SUPPRESSION_MIN`).
    pub suppression_min: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            data_dir: PathBuf::from("workvoice-data"),
            database_url: String::new(),
            listen: "127.0.0.1:8080".into(),
            key_file: String::new(),
            secure_cookies: true,
            time_zone: "Asia/Dhaka".into(),
            default_country: "BD".into(),
            log_json: false,
            escalation_interval_secs: 60,
            job_lease_secs: 120,
            kannel_sendsms_url: String::new(),
            kannel_username: String::new(),
            kannel_password: String::new(),
            kannel_from: String::new(),
            kannel_secret: String::new(),
            public_url: String::new(),
            voice_auth_token: String::new(),
            voice_public_url: String::new(),
            voice_operator_number: String::new(),
            voice_staffed_hours: String::new(),
            voice_prompts_bn: String::new(),
            voice_prompts_vi: String::new(),
            voice_prompts_en: String::new(),
            voice_calls_url: String::new(),
            voice_account_sid: String::new(),
            voice_from: String::new(),
            hsts: true,
            request_timeout_secs: 30,
            totp_issuer: "Workvoice".into(),
            suppression_min: workvoice_domain::suppression::DEFAULT_MIN_CELL,
        }
    }
}

/// Settings read from their `WORKVOICE_*` variable as written, never as a number.
const RAW_STRINGS: &[&str] = &[
    "kannel_username",
    "kannel_password",
    "kannel_from",
    "kannel_secret",
    "voice_auth_token",
    "voice_operator_number",
    "voice_account_sid",
    "voice_from",
];

/// Command-line values that override everything else.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct Overrides {
    /// Folder for the SQLite database and key file [env: WORKVOICE_DATA_DIR]
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,
    /// Database URL, sqlite:// or postgres:// [env: WORKVOICE_DATABASE_URL]
    #[arg(long, global = true)]
    pub database: Option<String>,
    /// Configuration file (default: workvoice.toml if it exists)
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
}

impl Settings {
    pub fn load(overrides: &Overrides) -> Result<Settings> {
        let file = overrides
            .config
            .clone()
            .unwrap_or_else(|| PathBuf::from("workvoice.toml"));
        let mut settings: Settings = Figment::from(Serialized::defaults(Settings::default()))
            .merge(Toml::file(&file))
            .merge(
                Env::prefixed("WORKVOICE_")
                    .ignore(&[
                        "database_url_file",
                        "kannel_password_file",
                        "kannel_secret_file",
                        "voice_auth_token_file",
                    ])
                    .ignore(RAW_STRINGS),
            )
            .extract()
            .context("reading configuration")?;
        // Phone numbers, ids and secrets are text even when they look like numbers (figment
        // would read `+8809612000001` as an integer and drop the plus): taken as written.
        for name in RAW_STRINGS {
            let var = format!("WORKVOICE_{}", name.to_ascii_uppercase());
            if let Ok(value) = std::env::var(&var) {
                *settings.raw_string(name) = value;
            }
        }
        // Secrets from files, so they stay out of process listings.
        for (var, value) in [
            ("WORKVOICE_DATABASE_URL_FILE", &mut settings.database_url),
            (
                "WORKVOICE_KANNEL_PASSWORD_FILE",
                &mut settings.kannel_password,
            ),
            ("WORKVOICE_KANNEL_SECRET_FILE", &mut settings.kannel_secret),
            (
                "WORKVOICE_VOICE_AUTH_TOKEN_FILE",
                &mut settings.voice_auth_token,
            ),
        ] {
            if let Ok(path) = std::env::var(var) {
                *value = std::fs::read_to_string(&path)
                    .with_context(|| format!("reading {path}"))?
                    .trim()
                    .to_owned();
            }
        }
        if let Some(dir) = &overrides.data_dir {
            settings.data_dir = dir.clone();
        }
        if let Some(url) = &overrides.database {
            settings.database_url = url.clone();
        }
        Ok(settings)
    }

    /// The setting a [`RAW_STRINGS`] name stands for.
    fn raw_string(&mut self, name: &str) -> &mut String {
        match name {
            "kannel_username" => &mut self.kannel_username,
            "kannel_password" => &mut self.kannel_password,
            "kannel_from" => &mut self.kannel_from,
            "kannel_secret" => &mut self.kannel_secret,
            "voice_auth_token" => &mut self.voice_auth_token,
            "voice_operator_number" => &mut self.voice_operator_number,
            "voice_account_sid" => &mut self.voice_account_sid,
            _ => &mut self.voice_from,
        }
    }

    pub fn database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!("sqlite://{}", self.data_dir.join("workvoice.db").display())
        } else {
            self.database_url.clone()
        }
    }

    pub fn key_path(&self) -> PathBuf {
        if self.key_file.is_empty() {
            self.data_dir.join("master.key")
        } else {
            PathBuf::from(&self.key_file)
        }
    }

    /// The SMS gateway, when one is configured; a gateway without a callback secret is
    /// an error (its delivery reports could not be authenticated).
    pub fn kannel(&self, listen: &str) -> Result<Option<workvoice_channels::KannelConfig>> {
        if self.kannel_sendsms_url.trim().is_empty() {
            return Ok(None);
        }
        anyhow::ensure!(
            self.kannel_secret.len() >= 16,
            "kannel_secret (or WORKVOICE_KANNEL_SECRET_FILE) must be set to at least 16 characters when kannel_sendsms_url is set"
        );
        let base = if self.public_url.trim().is_empty() {
            format!("http://{listen}")
        } else {
            self.public_url.trim().trim_end_matches('/').to_owned()
        };
        Ok(Some(workvoice_channels::KannelConfig {
            sendsms_url: self.kannel_sendsms_url.trim().to_owned(),
            username: self.kannel_username.clone(),
            password: self.kannel_password.clone(),
            from: Some(self.kannel_from.trim().to_owned()).filter(|f| !f.is_empty()),
            callback_base: format!("{base}/kannel/{}", self.kannel_secret),
        }))
    }

    /// The IVR's webhooks and, with a calls URL, the survey caller; `None` without a
    /// token. A malformed staffed-hours setting or a missing public origin stops the start.
    pub fn voice(&self) -> Result<Option<Voice>> {
        let token = self.voice_auth_token.trim();
        if token.is_empty() {
            return Ok(None);
        }
        let origin = [&self.voice_public_url, &self.public_url]
            .into_iter()
            .map(|u| u.trim().trim_end_matches('/'))
            .find(|u| !u.is_empty())
            .context("voice_public_url (or public_url) must be set with voice_auth_token: the provider signs the URL it calls")?
            .to_owned();
        let staffed = match self.voice_staffed_hours.trim() {
            "" => None,
            hours => {
                let window = hours
                    .split_once('-')
                    .and_then(|(f, t)| {
                        SafeWindow::new(parse_time_of_day(f)?, parse_time_of_day(t)?)
                    })
                    .with_context(|| {
                        format!("voice_staffed_hours {hours:?} is not like 08:00-20:00")
                    })?;
                Some(window)
            }
        };
        let prompts = [
            (Language::Bn, &self.voice_prompts_bn),
            (Language::Vi, &self.voice_prompts_vi),
            (Language::En, &self.voice_prompts_en),
        ]
        .into_iter()
        .filter(|(_, url)| !url.trim().is_empty())
        .map(|(l, url)| (l, url.trim().trim_end_matches('/').to_owned()))
        .collect();
        let calls = (!self.voice_calls_url.trim().is_empty()).then(|| TwilioConfig {
            calls_url: self.voice_calls_url.trim().to_owned(),
            account_sid: self.voice_account_sid.trim().to_owned(),
            auth_token: token.to_owned(),
            from: self.voice_from.trim().to_owned(),
        });
        Ok(Some(Voice {
            webhooks: VoiceConfig {
                auth_token: token.to_owned(),
                public_origin: origin,
                operator_number: Some(self.voice_operator_number.trim().to_owned())
                    .filter(|n| !n.is_empty()),
                staffed,
                prompts,
            },
            calls,
        }))
    }

    /// The deployment's zone; a name the zone database does not know stops the start.
    pub fn zone(&self) -> Result<ZoneName> {
        Ok(ZoneName::parse(&self.time_zone)?)
    }

    pub fn country(&self) -> Result<Country> {
        Country::parse(&self.default_country).with_context(|| {
            format!(
                "unknown default_country {:?} (BD or VN)",
                self.default_country
            )
        })
    }

    /// Creates the data folder, readable by this user only.
    pub fn ensure_data_dir(&self) -> Result<()> {
        create_private_dir(&self.data_dir)
    }
}

/// Creates `dir` durably (a power cut cannot lose the folder holding the key file and the
/// database) and makes it private, also when it already existed.
fn create_private_dir(dir: &Path) -> Result<()> {
    workvoice_store::DurableFiles::default()
        .create_dirs(dir)
        .with_context(|| format!("creating {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("securing {}", dir.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_gateway(secret: &str, public_url: &str) -> Settings {
        Settings {
            kannel_sendsms_url: " http://127.0.0.1:13013/cgi-bin/sendsms ".into(),
            kannel_username: "helpline".into(),
            kannel_password: "pw".into(),
            kannel_secret: secret.into(),
            public_url: public_url.into(),
            ..Settings::default()
        }
    }

    #[test]
    fn settings_keep_numbers_and_secrets_from_the_environment_as_text() {
        // SAFETY: nextest runs every test in its own process, so no other thread reads
        // the environment meanwhile.
        unsafe {
            std::env::set_var("WORKVOICE_VOICE_FROM", "+8809612000001");
            std::env::set_var("WORKVOICE_VOICE_OPERATOR_NUMBER", "09612000002");
            std::env::set_var("WORKVOICE_KANNEL_SECRET", "123456789012345678901234");
            std::env::set_var("WORKVOICE_LISTEN", "127.0.0.1:9");
        }
        let overrides = Overrides {
            config: Some(PathBuf::from("/nonexistent/workvoice.toml")),
            ..Overrides::default()
        };
        let settings = Settings::load(&overrides).unwrap();
        assert_eq!(settings.voice_from, "+8809612000001");
        assert_eq!(
            settings.voice_operator_number, "09612000002",
            "the leading 0 stays"
        );
        assert_eq!(settings.kannel_secret, "123456789012345678901234");
        assert_eq!(settings.listen, "127.0.0.1:9", "other settings as before");
    }

    #[test]
    fn kannel_is_off_without_a_sendsms_url() {
        assert!(
            Settings::default()
                .kannel("127.0.0.1:8080")
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn kannel_needs_a_long_secret_for_its_callbacks() {
        let short = with_gateway("short", "");
        let error = short.kannel("127.0.0.1:8080").unwrap_err().to_string();
        assert!(error.contains("kannel_secret"), "{error}");
    }

    #[test]
    fn kannel_calls_back_at_the_public_url_or_the_listen_address() {
        let secret = "0123456789abcdef0123";
        let listen = with_gateway(secret, "")
            .kannel("127.0.0.1:8080")
            .unwrap()
            .unwrap();
        assert_eq!(
            listen.callback_base,
            format!("http://127.0.0.1:8080/kannel/{secret}")
        );
        assert_eq!(listen.sendsms_url, "http://127.0.0.1:13013/cgi-bin/sendsms");
        assert_eq!(listen.from, None);
        let public = with_gateway(secret, "https://helpline.example.org/")
            .kannel("127.0.0.1:8080")
            .unwrap()
            .unwrap();
        assert_eq!(
            public.callback_base,
            format!("https://helpline.example.org/kannel/{secret}")
        );
    }
}
