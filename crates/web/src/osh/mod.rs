//! OSH improvement monitoring (issue 10): the pages of provider staff (their schedule and
//! visit priorities, visits with the employer's and the workers' views, improvements with
//! risk before and after and their timeline), the enterprise owner's own view, the
//! aggregates (SVG chart, table, CSV) and the bridge from a helpline case.
//! Templates: `templates/osh/`; messages: `locales/<lang>/osh.ftl`.

pub mod access;
pub mod aggregates;
pub mod api;
pub mod bridge;
pub mod checklist_import;
pub mod checklists;
pub mod drafts;
pub mod home;
pub mod improvements;
pub mod labels;
pub mod meetings;
pub mod photos;
pub mod visits;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/osh", home::show)
        .get("/osh/visits/new", visits::new)
        .post("/osh/visits", visits::create)
        .get("/osh/visits/{id}", visits::show)
        .post("/osh/visits/{id}/view", visits::record_view)
        .post("/osh/visits/{id}/checklist", checklists::save)
        .get("/osh/improvements", improvements::list)
        .get("/osh/improvements/new", improvements::new)
        .post("/osh/improvements", improvements::create)
        .get("/osh/improvements/{id}", improvements::show)
        .post("/osh/improvements/{id}/status", improvements::change_status)
        .upload("/osh/improvements/{id}/photos", photos::upload)
        .get("/osh/photos/{id}", photos::show)
        .post("/osh/drafts/{form}", drafts::save)
        .post("/osh/drafts/{form}/discard", drafts::discard)
        .get("/osh/checklists/import", checklist_import::form)
        .upload("/osh/checklists/import", checklist_import::upload)
        .get("/osh/meetings", meetings::list)
        .get("/osh/meetings/new", meetings::new)
        .post("/osh/meetings", meetings::create)
        .get("/osh/meetings/{id}", meetings::show)
        .get("/osh/aggregates", aggregates::show)
        .get("/osh/aggregates.csv", aggregates::csv)
        .post("/cases/{id}/osh-improvement", bridge::open_from_case)
}
