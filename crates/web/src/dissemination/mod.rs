//! Spreading what works (issue 13 items 4–6): the printable feedback report of each
//! enterprise of an OSH programme (`/osh/feedback`, `/osh/feedback/{enrolment}`; the same
//! document in bulk from `workvoice osh feedback-reports`) and the achievement workshop
//! pack (`/osh/meetings/{id}/pack`, its photos through
//! `/osh/meetings/{id}/pack/photos/{photo}`) and the newsletter (`/newsletters`: the
//! archive, an issue's page with its SMS digests, its e-mail file, the form).
//! Templates: `templates/dissemination/`; messages: `locales/<lang>/dissemination.ftl`.

pub mod access;
pub mod feedback_report;
pub mod newsletter;
pub mod workshop_pack;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/osh/feedback", feedback_report::list)
        .get("/osh/feedback/{id}", feedback_report::show)
        .get("/osh/meetings/{id}/pack", workshop_pack::show)
        .get(
            "/osh/meetings/{id}/pack/photos/{photo}",
            workshop_pack::photo,
        )
        .get("/newsletters", newsletter::archive)
        .get("/newsletters/new", newsletter::new)
        .post("/newsletters", newsletter::create)
        .get("/newsletters/{id}", newsletter::show)
        .get("/newsletters/{id}/email", newsletter::email)
}
