//! The protocol editor: the active version as TOML in a text area. Saving creates a new
//! version; open cases keep the version they were opened under.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::{Protocol, ProtocolError};

use crate::auth::current::Staff;
use crate::auth::roles::RequireAdmin;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub struct SavedQuery {
    pub saved: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "protocol/editor.html")]
pub struct ProtocolPage {
    chrome: Chrome,
    version: String,
    text: String,
    error: Option<String>,
    saved: bool,
}

fn protocol_error(tr: Tr, e: &ProtocolError) -> String {
    let num = |v: Option<usize>| {
        v.map_or_else(
            || "?".to_owned(),
            |n| tr.number(i64::try_from(n).unwrap_or(i64::MAX)),
        )
    };
    tr.t_args(
        e.message_key(),
        &[
            ("line", num(e.line()).into()),
            ("rule", num(e.rule()).into()),
            ("step", num(e.step()).into()),
        ],
    )
}

pub(crate) async fn protocol_page(
    state: &AppState,
    staff: &Staff,
    text: Option<String>,
    error: Option<String>,
    saved: bool,
) -> Result<ProtocolPage, WebError> {
    let tr = staff.tr();
    let active = state.store.active_protocol().await?;
    Ok(ProtocolPage {
        chrome: Chrome::staff(staff, "admin"),
        version: tr.t_args(
            "admin-protocol-version",
            &[
                ("version", tr.number(active.id.get()).into()),
                (
                    "when",
                    tr.datetime(active.created_at, &state.config.time_zone)
                        .into(),
                ),
            ],
        ),
        text: text.unwrap_or_else(|| active.protocol.to_toml()),
        error,
        saved,
    })
}

pub async fn show(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Query(q): Query<SavedQuery>,
) -> Result<ProtocolPage, WebError> {
    protocol_page(&state, &staff, None, None, q.saved.is_some()).await
}

/// Validates and saves `text` as a new version, or shows it again with the error.
pub(crate) async fn save_text(
    state: &AppState,
    staff: &Staff,
    text: String,
) -> Result<Response, WebError> {
    match Protocol::from_toml(&text) {
        Ok(protocol) => {
            state
                .store
                .save_protocol(&protocol, staff.user.id, state.time())
                .await?;
            Ok(Redirect::to("/admin/protocol?saved=1").into_response())
        }
        Err(e) => {
            let message = protocol_error(staff.tr(), &e);
            let page = protocol_page(state, staff, Some(text), Some(message), false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ProtocolForm {
    #[serde(default)]
    protocol: String,
}

pub async fn save(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Form(form): Form<ProtocolForm>,
) -> Result<Response, WebError> {
    save_text(&state, &staff, form.protocol).await
}
