//! Satisfaction surveys: the panel on a closed case's page (`panel`) and the
//! supervisors' satisfaction page (`satisfaction`, `/supervisor/satisfaction`).
//! Templates: `templates/surveys/`; messages: `locales/<lang>/surveys.ftl`.

pub mod panel;
pub mod satisfaction;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new().get("/supervisor/satisfaction", satisfaction::show)
}
