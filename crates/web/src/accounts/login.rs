//! Signing in: the login form and its submission, throttled per user name and address.

use std::net::SocketAddr;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};

use crate::auth::cookies;
use crate::auth::current::{RequestLanguage, Staff};
use crate::error::WebError;
use crate::i18n::Tr;
use crate::org::access::OrgUser;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    chrome: Chrome,
    username: String,
    error: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

/// The login form, with a fresh double-submit CSRF cookie if the browser has none.
/// Someone already signed in goes to their start page instead: staff and programme
/// managers to `/`, factory contacts and brand users to `/org`.
pub async fn show(
    State(state): State<AppState>,
    RequestLanguage(language): RequestLanguage,
    staff: Option<Staff>,
    org: Option<OrgUser>,
    programme: Option<crate::auth::roles::ProgrammeStaff>,
    headers: HeaderMap,
) -> Response {
    if staff.is_some() || programme.is_some() {
        return Redirect::to("/").into_response();
    }
    if org.is_some() {
        return Redirect::to("/org").into_response();
    }
    let name = cookies::pre_session_name(&state.config);
    let (token, set) = match cookies::read(&headers, name) {
        Some(t) => (t, None),
        None => {
            let t = workvoice_store::crypt::random_token();
            let c = cookies::build(&state.config, name, &t, "/", None);
            (t, Some(c))
        }
    };
    let page = LoginPage {
        chrome: Chrome::new(Tr::new(language), None, token, "login"),
        username: String::new(),
        error: None,
    };
    (AppendHeaders(set.map(|c| (header::SET_COOKIE, c))), page).into_response()
}

/// The client's address for throttling (absent in in-process tests).
pub struct ClientAddr(pub(crate) String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string()),
        ))
    }
}

pub async fn submit(
    State(state): State<AppState>,
    RequestLanguage(language): RequestLanguage,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let now = state.time();
    let tr = Tr::new(language);
    let again = |key: &str, status: StatusCode| {
        let token =
            cookies::read(&headers, cookies::pre_session_name(&state.config)).unwrap_or_default();
        let page = LoginPage {
            chrome: Chrome::new(tr, None, token, "login"),
            username: form.username.clone(),
            error: Some(tr.t(key)),
        };
        (status, page).into_response()
    };
    if !state
        .store
        .login_allowed(&form.username, &client, now, state.config.throttle)
        .await?
    {
        return Ok(again("login-throttled", StatusCode::TOO_MANY_REQUESTS));
    }
    let Some(user) = state
        .store
        .verify_login(&form.username, &form.password)
        .await?
    else {
        state
            .store
            .record_login_failure(&form.username, &client, now)
            .await?;
        return Ok(again("login-failed", StatusCode::UNAUTHORIZED));
    };
    state.store.clear_login_failures(&user.username).await?;
    let token = state.store.create_session(user.id, now).await?;
    let config = &state.config;
    Ok((
        AppendHeaders([
            (
                header::SET_COOKIE,
                cookies::build(config, cookies::session_name(config), &token, "/", None),
            ),
            (
                header::SET_COOKIE,
                cookies::build(config, cookies::pre_session_name(config), "", "/", Some(0)),
            ),
        ]),
        // The password is the first step; the second factor's page decides what comes next.
        Redirect::to(crate::security::second_factor::PATH),
    )
        .into_response())
}
