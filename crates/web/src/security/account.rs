//! The account's security page: whether the second factor is set up, how many recovery
//! codes are left, and "sign out everywhere", which ends every session of the account
//! (a phone left at work, a shared computer) including this one.

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use crate::auth::current::{MaybeSession, ToLogin};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "security/account.html")]
struct AccountPage {
    chrome: Chrome,
    enrolled: bool,
    codes_left: String,
}

pub async fn show(
    State(state): State<AppState>,
    Extension(session): Extension<MaybeSession>,
) -> Result<Response, WebError> {
    let Some(session) = session.0 else {
        return Ok(ToLogin.into_response());
    };
    let user = &session.user;
    let tr = Tr::new(user.language);
    let left = state.store.recovery_codes_left(user.id).await?;
    Ok(AccountPage {
        chrome: Chrome::new(
            tr,
            Some(user.display_name.clone()),
            session.csrf_token.clone(),
            "account",
        ),
        enrolled: state.store.second_factor_enrolled(user.id).await?,
        codes_left: tr.t_count("account-security-codes-left", left),
    }
    .into_response())
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Extension(session): Extension<MaybeSession>,
) -> Result<Response, WebError> {
    let Some(session) = session.0 else {
        return Ok(ToLogin.into_response());
    };
    let ended = state.store.end_all_sessions(session.user.id).await?;
    tracing::info!(
        user_id = session.user.id.get(),
        ended,
        "signed out everywhere"
    );
    Ok(crate::accounts::logout::signed_out(&state.config))
}
