//! Enrolling the second factor, the first time an account signs in: a QR code of the
//! `otpauth://` URI (SVG rendered here, no script), the key as text for typing by hand,
//! and a code to confirm the app has it. Confirming shows the recovery codes, once.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use qrcode::QrCode;
use qrcode::render::svg;
use workvoice_domain::second_factor::TotpSecret;
use workvoice_store::StoreError;

use crate::auth::current::Pending;
use crate::error::WebError;
use crate::security::second_factor::{CodeForm, chrome, passed};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub const PATH: &str = "/login/second-factor/enrol";

#[derive(Template, WebTemplate)]
#[template(path = "security/enrol.html")]
struct EnrolPage {
    chrome: Chrome,
    /// The QR code, an `<svg>` element made here from the URI (no user text in it).
    qr_svg: String,
    /// The key in groups of four.
    key: String,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "security/recovery_codes.html")]
struct RecoveryCodesPage {
    chrome: Chrome,
    codes: Vec<String>,
}

/// The QR code of an `otpauth://` URI as an inline `<svg>` element.
pub fn qr_svg(uri: &str) -> Result<String, WebError> {
    let code =
        QrCode::new(uri.as_bytes()).map_err(|_| WebError::BadRequest("error-invalid-choice"))?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    // The renderer writes an XML declaration first; inside HTML only the element counts.
    Ok(image
        .find("<svg")
        .map_or(image.clone(), |at| image[at..].to_owned()))
}

fn page(
    state: &AppState,
    pending: &Pending,
    secret: &TotpSecret,
    error: Option<&str>,
) -> Result<EnrolPage, WebError> {
    let uri = secret.otpauth_uri(&state.config.totp_issuer, &pending.0.user.username);
    let chrome = chrome(pending);
    Ok(EnrolPage {
        qr_svg: qr_svg(&uri)?,
        key: secret.grouped(),
        error: error.map(|key| chrome.t(key)),
        chrome,
    })
}

async fn secret_of(state: &AppState, pending: &Pending) -> Result<Option<TotpSecret>, WebError> {
    match state.store.start_totp_enrolment(pending.0.user.id).await {
        Ok(secret) => Ok(Some(secret)),
        Err(StoreError::Conflict(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub async fn show(State(state): State<AppState>, pending: Pending) -> Result<Response, WebError> {
    let Some(secret) = secret_of(&state, &pending).await? else {
        return Ok(Redirect::to(super::second_factor::PATH).into_response());
    };
    Ok(page(&state, &pending, &secret, None)?.into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    pending: Pending,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let Some(secret) = secret_of(&state, &pending).await? else {
        return Ok(Redirect::to(super::second_factor::PATH).into_response());
    };
    let confirmed = state
        .store
        .confirm_totp(pending.0.user.id, &form.code, state.time())
        .await?;
    let Some(codes) = confirmed else {
        let page = page(&state, &pending, &secret, Some("enrol-failed"))?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    tracing::info!(user_id = pending.0.user.id.get(), "second factor enrolled");
    passed(&state, &headers).await?;
    Ok(RecoveryCodesPage {
        chrome: chrome(&pending),
        codes,
    }
    .into_response())
}
