//! The good-practice library (issue 13 items 1–3). Public, with no sign-in: the library
//! (`/library`, filters and pages), each practice's page (`/library/{id}`) with its public
//! photos (`/library/photos/{id}`, metadata-free only), the open data (`/library.csv`,
//! `/library.json`, CC BY 4.0) and printable leaflets (`/library/{id}/leaflet`,
//! `/library/leaflet?ids=…`). For staff: writing practices up from verified improvements,
//! translating, consent, review (`/library/manage…`). Every public handler reads through
//! the store's public functions only. Templates: `templates/library/`; messages:
//! `locales/<lang>/library.ftl`.

pub mod access;
pub mod browse;
pub mod edit;
pub mod labels;
pub mod leaflet;
pub mod manage;
pub mod open_data;
pub mod photos;
pub mod practice_page;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/library", browse::show)
        .get("/library.csv", open_data::csv)
        .get("/library.json", open_data::json)
        .get("/library/leaflet", leaflet::set)
        .get("/library/photos/{id}", photos::show)
        .get("/library/{id}", practice_page::show)
        .get("/library/{id}/leaflet", leaflet::one)
        .get("/library/manage", manage::list)
        .get("/library/manage/new", manage::new)
        .post("/library/manage", manage::create)
        .get("/library/manage/{id}", edit::show)
        .post("/library/manage/{id}/text", edit::save_text)
        .post("/library/manage/{id}/settings", edit::save_settings)
        .post("/library/manage/{id}/consent", edit::record_consent)
        .post(
            "/library/manage/{id}/consent/withdraw",
            edit::withdraw_consent,
        )
        .post("/library/manage/{id}/review", edit::review)
}
