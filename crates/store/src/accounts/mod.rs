//! People who sign in and services that call the API: users, sessions, the login
//! throttle and API tokens.

pub mod api_tokens;
pub mod login_throttle;
pub mod sessions;
pub mod users;
