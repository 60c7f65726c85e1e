//! Security pages: the second step of signing in (a TOTP code or a recovery code), its
//! enrolment (QR code rendered on the server as SVG), and the account's security page
//! with "sign out everywhere". Templates: `templates/security/`; messages:
//! `locales/<lang>/security.ftl`. The headers, limits and rate limits every response
//! gets are in `lib.rs` and `state.rs`.

pub mod account;
pub mod enrol;
pub mod second_factor;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get(second_factor::PATH, second_factor::show)
        .post(second_factor::PATH, second_factor::submit)
        .get(enrol::PATH, enrol::show)
        .post(enrol::PATH, enrol::submit)
        .get("/account/security", account::show)
        .post("/account/sign-out-everywhere", account::sign_out_everywhere)
}
