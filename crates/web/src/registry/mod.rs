//! The registry of workplaces (and later organisations and the taxonomy): choosing a
//! workplace on a form by typing its name, and `/api/workplaces`.

pub mod api;
pub mod workplace_choice;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new().get("/workplaces/suggest", workplace_choice::suggest)
}
