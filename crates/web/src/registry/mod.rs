//! The workplace registry shared by the helpline and the OSH programme: browsing and
//! searching it, a workplace's record, CSV import with a preview and export, adding and editing (for those who manage the
//! registry), choosing a workplace on a form by typing its name, and `/api/workplaces`.
//! Templates: `templates/registry/`; messages: `locales/<lang>/registry.ftl`.

pub mod api;
pub mod browse;
pub mod edit;
pub mod export;
pub mod import;
pub mod record_form;
pub mod workplace_choice;
pub mod workplace_page;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/workplaces/suggest", workplace_choice::suggest)
        .get("/workplaces", browse::list)
        .post("/workplaces", edit::create)
        .get("/workplaces/new", edit::new)
        .get("/workplaces.csv", export::export)
        .get("/workplaces/import", import::form)
        .upload("/workplaces/import", import::preview)
        .post("/workplaces/import/{id}/confirm", import::confirm)
        .get("/workplaces/{id}", workplace_page::show)
        .get("/workplaces/{id}/edit", edit::edit)
        .post("/workplaces/{id}", edit::update)
}
