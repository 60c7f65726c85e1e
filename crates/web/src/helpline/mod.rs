//! The helpline's own pages, for operators, supervisors and administrators: the start
//! page, intake, the queue and search, the case page with its panels (protocol steps,
//! worker kept informed, closure, reprisal, incidents), due follow-ups, notifications and
//! the supervisor views; and `/api/cases` (`api`). Templates: `templates/helpline/`;
//! messages: `locales/<lang>/helpline.ftl`.

pub mod api;
pub mod assignment;
pub mod case_page;
pub mod closure;
pub mod dashboard;
pub mod follow_ups;
pub mod incidents;
pub mod intake;
pub mod notes;
pub mod notifications;
pub mod open_case;
pub mod queue;
pub mod reporting;
pub mod reprisal;
pub mod search;
pub mod steps;
pub mod supervision;
pub mod worker_informed;
pub mod worker_panel;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/", dashboard::show)
        .get("/cases", queue::show)
        .post("/cases", intake::submit)
        .get("/cases/new", intake::show)
        .get("/search", search::show)
        .get("/cases/{id}", case_page::show)
        .post("/cases/{id}/notes", notes::add_note)
        .post("/cases/{id}/assign", assignment::assign)
        .post("/cases/{id}/steps/{step}", steps::meet)
        .post("/cases/{id}/waiting", steps::waiting)
        .post("/cases/{id}/report", reporting::report)
        .post("/cases/{id}/factory-agreement", reporting::agreement)
        .post("/cases/{id}/shareable-summary", reporting::edit_shareable)
        .post(
            "/cases/{id}/callback-outcome",
            worker_informed::callback_outcome,
        )
        .post("/cases/{id}/sms", worker_informed::send_sms)
        .post("/cases/{id}/informed", worker_informed::mark_informed)
        .post("/cases/{id}/callback", worker_informed::schedule_callback)
        .post("/cases/{id}/close", closure::close)
        .post("/cases/{id}/reopen", closure::reopen)
        .post("/cases/{id}/reprisal-risk", reprisal::reprisal_risk)
        .post("/cases/{id}/related", reprisal::link_related)
        .post("/cases/{id}/incident", incidents::link)
        .get("/incidents", incidents::list)
        .get("/incidents/{id}", incidents::show)
        .get("/follow-ups", follow_ups::show)
        .post("/follow-ups/{id}/done", follow_ups::done)
        .get("/notifications", notifications::show)
        .post("/notifications/read", notifications::mark_read)
        .get("/supervisor/overdue", supervision::overdue::overdue)
        .get(
            "/supervisor/compliance",
            supervision::compliance::compliance,
        )
        .get("/supervisor/workload", supervision::workload::workload)
}
