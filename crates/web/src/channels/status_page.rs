//! "Channels" for administrators: whether each configured channel answers right now —
//! the SMS gateway (Kannel's sendsms), the voice provider's API (survey calls) — and
//! whether the gateways' callbacks into this server (Kannel, the IVR webhooks) are
//! configured. Checked on each view, with a short timeout, so the page shows the state
//! of now rather than of the last job run.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_channels::reachable;

use crate::auth::roles::RequireAdmin;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct ChannelRow {
    pub name: String,
    pub state: String,
    /// `ok`, `down` or `off`, for the row's style and tests.
    pub code: &'static str,
    pub detail: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "channels/status.html")]
pub struct StatusPage {
    chrome: Chrome,
    rows: Vec<ChannelRow>,
}

async fn checked(tr: Tr, name: &'static str, url: Option<&str>) -> ChannelRow {
    let (code, state, detail) = match url {
        None => ("off", "channels-state-off", String::new()),
        Some(url) => match reachable::answers(url).await {
            Some(took) => (
                "ok",
                "channels-state-ok",
                tr.t_args(
                    "channels-answered-in",
                    &[(
                        "ms",
                        tr.number(i64::try_from(took.as_millis()).unwrap_or(i64::MAX))
                            .into(),
                    )],
                ),
            ),
            None => ("down", "channels-state-down", String::new()),
        },
    };
    ChannelRow {
        name: tr.t(name),
        state: tr.t(state),
        code,
        detail,
    }
}

fn configured(tr: Tr, name: &'static str, on: bool) -> ChannelRow {
    ChannelRow {
        name: tr.t(name),
        state: tr.t(if on {
            "channels-state-configured"
        } else {
            "channels-state-off"
        }),
        code: if on { "ok" } else { "off" },
        detail: String::new(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
) -> Result<StatusPage, WebError> {
    let tr = staff.tr();
    let checks = &state.config.channel_checks;
    let (kannel, voice_api) = tokio::join!(
        checked(tr, "channels-kannel", checks.kannel.as_deref()),
        checked(tr, "channels-voice-api", checks.voice_api.as_deref()),
    );
    Ok(StatusPage {
        chrome: Chrome::staff(&staff, "admin"),
        rows: vec![
            kannel,
            configured(
                tr,
                "channels-kannel-callbacks",
                state.config.kannel_secret.is_some(),
            ),
            voice_api,
            configured(tr, "channels-voice-webhooks", state.config.voice.is_some()),
        ],
    })
}
