//! Security pages: the second step of signing in (a TOTP code or a recovery code), its
//! enrolment (QR code rendered on the server as SVG), and the account's security page
//! with "sign out everywhere"; for administrators, retention (`retention_page`: periods,
//! the next run, past runs) and data-subject requests (`subject_requests_page`: record,
//! deadlines, export, erasure after confirmation). Templates: `templates/security/`; messages:
//! `locales/<lang>/security.ftl`. The headers, limits and rate limits every response
//! gets are in `lib.rs` and `state.rs`.

pub mod account;
pub mod enrol;
pub mod retention_page;
pub mod second_factor;
pub mod subject_requests_page;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get(second_factor::PATH, second_factor::show)
        .post(second_factor::PATH, second_factor::submit)
        .get(enrol::PATH, enrol::show)
        .post(enrol::PATH, enrol::submit)
        .get("/account/security", account::show)
        .post("/account/sign-out-everywhere", account::sign_out_everywhere)
        .get("/admin/retention", retention_page::show)
        .post("/admin/retention", retention_page::save)
        .get("/admin/subject-requests", subject_requests_page::show)
        .post("/admin/subject-requests", subject_requests_page::record)
        .post(
            "/admin/subject-requests/{id}/export",
            subject_requests_page::export,
        )
        .get(
            "/admin/subject-requests/{id}/erase",
            subject_requests_page::confirm_erase,
        )
        .post(
            "/admin/subject-requests/{id}/erase",
            subject_requests_page::erase,
        )
}
