//! The second step of signing in. After the password, the session is *pending*: it opens
//! only these pages until a code of the account's authenticator app (each 30-second step
//! once) or an unused recovery code is typed. An account without a second factor is sent
//! to enrol first. Wrong codes are limited per account, in the database.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_store::SecondFactorCheck;

use crate::auth::cookies;
use crate::auth::current::Pending;
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub const PATH: &str = "/login/second-factor";

/// What a pending session may open: these pages, signing out, the language switch, and
/// the login page (to start again).
pub const OPEN_WHILE_PENDING: &[&str] =
    &[PATH, super::enrol::PATH, "/login", "/logout", "/language"];

const FAILURES: &str = "second_factor_failures";

#[derive(Template, WebTemplate)]
#[template(path = "security/second_factor.html")]
struct SecondFactorPage {
    chrome: Chrome,
    error: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub code: String,
}

/// The page frame of a pending session: its language and token, no navigation.
pub(crate) fn chrome(pending: &Pending) -> Chrome {
    let tr = crate::i18n::Tr::new(pending.0.user.language);
    Chrome::new(tr, None, pending.0.csrf_token.clone(), "login")
}

pub async fn show(State(state): State<AppState>, pending: Pending) -> Result<Response, WebError> {
    if !state
        .store
        .second_factor_enrolled(pending.0.user.id)
        .await?
    {
        return Ok(Redirect::to(super::enrol::PATH).into_response());
    }
    Ok(SecondFactorPage {
        chrome: chrome(&pending),
        error: None,
    }
    .into_response())
}

/// Marks the request's session as past the second factor and goes to the start page.
pub(crate) async fn passed(state: &AppState, headers: &HeaderMap) -> Result<(), WebError> {
    if let Some(token) = cookies::read(headers, cookies::session_name(&state.config)) {
        state.store.pass_second_factor(&token, state.time()).await?;
    }
    Ok(())
}

pub async fn submit(
    State(state): State<AppState>,
    pending: Pending,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let user = pending.0.user.id;
    let subject = user.get().to_string();
    let now = state.time();
    let again = |key: &str, status: StatusCode| {
        let page = SecondFactorPage {
            error: Some(chrome(&pending).t(key)),
            chrome: chrome(&pending),
        };
        Ok((status, page).into_response())
    };
    let limit = state.config.limits.second_factor_failures;
    if !state
        .store
        .rate_allows(FAILURES, &subject, limit, now)
        .await?
    {
        return again("second-factor-throttled", StatusCode::TOO_MANY_REQUESTS);
    }
    match state
        .store
        .check_second_factor(user, &form.code, now)
        .await?
    {
        SecondFactorCheck::Refused => {
            state.store.note_rate_event(FAILURES, &subject, now).await?;
            tracing::warn!(user_id = user.get(), "second factor refused");
            again("second-factor-failed", StatusCode::UNAUTHORIZED)
        }
        how => {
            if how == SecondFactorCheck::Recovery {
                tracing::info!(user_id = user.get(), "signed in with a recovery code");
            }
            passed(&state, &headers).await?;
            Ok(Redirect::to("/").into_response())
        }
    }
}
