//! Administrators edit the call-handling protocol (as TOML: in a text area, or by
//! uploading a file) and the public holidays. To anyone but an administrator these pages
//! do not exist. Templates: `templates/protocol/`; messages: `locales/<lang>/protocol.ftl`
//! (which also names the steps every feature shows).

pub mod editor;
pub mod export;
pub mod holidays;
pub mod import;

use workvoice_domain::Role;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/admin/protocol", editor::show)
        .post("/admin/protocol", editor::save)
        .get("/admin/protocol.toml", export::export)
        .post("/admin/protocol/import", import::import)
        .get("/admin/holidays", holidays::holidays)
        .post("/admin/holidays", holidays::save_holidays)
}

pub(crate) fn require_admin(staff: &Staff) -> Result<(), WebError> {
    if staff.user.role == Role::Admin {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}
