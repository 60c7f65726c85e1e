//! The workspace of factory contacts and brand users (`/org`): their organisation's cases,
//! redacted to the shareable summary, category, urgency, dates, status and protocol step
//! states; the workplace's responses and evidence; and — only with the worker's recorded
//! consent to the viewer's organisation — the worker's identity. Factory contacts
//! acknowledge, respond, ask for clarification and upload evidence; brand users read
//! their counts. The helpline side of it (consents to disclose, the panel on the helpline
//! case page) is `disclosure`.
//!
//! Nothing here calls the helpline's case queries: every read goes through the store's
//! redacted `shared_case*` functions, whose SQL never selects internal text or identity.
//! Templates: `templates/org/`; messages: `locales/<lang>/org.ftl`.

pub mod access;
pub mod brand_counts;
pub mod case_page;
pub mod cases;
pub mod disclosure;
pub mod download;
pub mod evidence;
pub mod responses;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/org", cases::list)
        .get("/org/brand", brand_counts::counts)
        .get("/org/cases/{id}", case_page::show)
        .post("/org/cases/{id}/acknowledge", responses::acknowledge)
        .post("/org/cases/{id}/respond", responses::respond)
        .post("/org/cases/{id}/clarify", responses::clarify)
        .upload("/org/cases/{id}/evidence", evidence::evidence)
        .get("/org/attachments/{id}", download::download)
        .post("/cases/{id}/disclosure", disclosure::submit)
        .post("/cases/{id}/disclosure/revoke", disclosure::revoke)
}
