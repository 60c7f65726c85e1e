//! The awareness programme (issue 9 items 3–6): a workplace's awareness record (trainings,
//! materials, the manager's play reports, awareness checks) with forms to add to it, the
//! training priority list with follow-ups, the programme's headline figures with monthly
//! SVG charts, and the organisations' side — a factory contact's own workplace's record
//! (confirming play reports) and a brand's supplier coverage, in counts without calls.
//! Templates: `templates/awareness/`; messages: `locales/<lang>/awareness.ftl`.

pub mod api;
pub mod org_view;
pub mod priorities;
pub mod programme;
pub mod record;
pub mod views;

use jiff::civil::Date;
use workvoice_domain::awareness::{AwarenessCheck, Material, PlayReport, Training};

use crate::routes::Routes;
use crate::state::AppState;

pub fn routes() -> Routes {
    Routes::new()
        .get("/workplaces/{id}/awareness", record::show)
        .post(
            "/workplaces/{id}/awareness/trainings",
            record::add::<Training>,
        )
        .post(
            "/workplaces/{id}/awareness/materials",
            record::add::<Material>,
        )
        .post(
            "/workplaces/{id}/awareness/plays",
            record::add::<PlayReport>,
        )
        .post(
            "/workplaces/{id}/awareness/checks",
            record::add::<AwarenessCheck>,
        )
        .get("/awareness/priorities", priorities::list)
        .post(
            "/awareness/priorities/{id}/follow-up",
            priorities::follow_up,
        )
        .get("/awareness/programme", programme::show)
        .get("/org/awareness", org_view::show)
        .post("/org/awareness/plays/{id}/confirm", org_view::confirm)
}

/// Today in the programme's time zone: what "not in the future" and "the last 12 months"
/// are measured from.
pub fn today(state: &AppState) -> Date {
    state
        .time()
        .local_date_time(&state.config.time_zone)
        .map_or(Date::MIN, |dt| dt.date())
}
