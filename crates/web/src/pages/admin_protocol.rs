//! Administrators edit the call-handling protocol (as TOML: in a text area, or by
//! uploading a file) and the public holidays (`COUNTRY,YYYY-MM-DD,Name` lines). Saving
//! the protocol creates a new version; open cases keep the version they were opened
//! under. To anyone but an administrator these pages do not exist.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::{Protocol, ProtocolError, Role, parse_holidays};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::chrome::Chrome;
use crate::state::AppState;

/// Largest protocol or holidays file accepted by upload; real ones are a few kilobytes.
const MAX_FILE_BYTES: usize = 256 * 1024;

fn require_admin(staff: &Staff) -> Result<(), WebError> {
    if staff.user.role == Role::Admin {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

#[derive(serde::Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_protocol.html")]
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

async fn protocol_page(
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
                ("version", tr.number(active.id).into()),
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
    staff: Staff,
    Query(q): Query<SavedQuery>,
) -> Result<ProtocolPage, WebError> {
    require_admin(&staff)?;
    protocol_page(&state, &staff, None, None, q.saved.is_some()).await
}

/// Validates and saves `text` as a new version, or shows it again with the error.
async fn save_text(state: &AppState, staff: &Staff, text: String) -> Result<Response, WebError> {
    match Protocol::from_toml(&text) {
        Ok(protocol) => {
            state
                .store
                .save_protocol(&protocol, staff.user.id, state.now())
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
    staff: Staff,
    Form(form): Form<ProtocolForm>,
) -> Result<Response, WebError> {
    require_admin(&staff)?;
    save_text(&state, &staff, form.protocol).await
}

/// The text of the first file in a multipart form, or an error message key.
async fn uploaded_text(mut multipart: Multipart) -> Result<String, &'static str> {
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let bytes = field.bytes().await.map_err(|_| "admin-file-unreadable")?;
        if bytes.is_empty() {
            return Err("admin-file-missing");
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err("admin-file-too-large");
        }
        return String::from_utf8(bytes.to_vec()).map_err(|_| "admin-file-not-text");
    }
    Err("admin-file-missing")
}

pub async fn import(
    State(state): State<AppState>,
    staff: Staff,
    multipart: Multipart,
) -> Result<Response, WebError> {
    require_admin(&staff)?;
    match uploaded_text(multipart).await {
        Ok(text) => save_text(&state, &staff, text).await,
        Err(key) => {
            let page = protocol_page(&state, &staff, None, Some(staff.tr().t(key)), false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// The active protocol as a file to download, edit and upload again.
pub async fn export(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    require_admin(&staff)?;
    let active = state.store.active_protocol().await?;
    let disposition = format!(
        "attachment; filename=\"workvoice-protocol-v{}.toml\"",
        active.id
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/toml; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        active.protocol.to_toml(),
    )
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_holidays.html")]
pub struct HolidaysPage {
    chrome: Chrome,
    text: String,
    error: Option<String>,
    saved: bool,
}

pub async fn holidays(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<SavedQuery>,
) -> Result<HolidaysPage, WebError> {
    require_admin(&staff)?;
    Ok(HolidaysPage {
        chrome: Chrome::staff(&staff, "admin"),
        text: state.store.holidays_text().await?,
        error: None,
        saved: q.saved.is_some(),
    })
}

#[derive(serde::Deserialize)]
pub struct HolidaysForm {
    #[serde(default)]
    holidays: String,
}

pub async fn save_holidays(
    State(state): State<AppState>,
    staff: Staff,
    Form(form): Form<HolidaysForm>,
) -> Result<Response, WebError> {
    require_admin(&staff)?;
    match parse_holidays(&form.holidays) {
        Ok(list) => {
            state.store.replace_holidays(&list).await?;
            Ok(Redirect::to("/admin/holidays?saved=1").into_response())
        }
        Err(e) => {
            let tr = staff.tr();
            let line = tr.number(i64::try_from(e.line()).unwrap_or(i64::MAX));
            let page = HolidaysPage {
                chrome: Chrome::staff(&staff, "admin"),
                error: Some(tr.t_args(e.message_key(), &[("line", line.into())])),
                text: form.holidays,
                saved: false,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
