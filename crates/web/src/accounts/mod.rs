//! Accounts: signing in and out, and choosing the language. (Users, sessions, the login
//! throttle and API tokens are kept by the store; the session middleware is `auth`.)
//! Template: `templates/accounts/`; messages: `locales/<lang>/accounts.ftl`.

pub mod language;
pub mod login;
pub mod logout;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/login", login::show)
        .post("/login", login::submit)
        .post("/logout", logout::logout)
        .post("/language", language::switch_language)
}
