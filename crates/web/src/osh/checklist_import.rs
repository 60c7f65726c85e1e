//! `/osh/checklists/import`: a further action-checklist template from CSV (`area,en,bn,vi`,
//! the same reader as `workvoice osh import-checklist`), for those who run the programmes
//! (administrators, supervisors, programme managers). A file with any bad row is refused
//! whole, every bad row listed with its line and reason; a good one becomes the next
//! version of the named template, which visits answer from then on.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use workvoice_domain::osh::checklist::parse_checklist_csv;

use crate::auth::roles::RequireWorkplaceManager;
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// Largest checklist file: a template has tens of items, not thousands.
const MAX_BYTES: usize = 512 * 1024;

pub struct RowError {
    pub line: String,
    pub reason: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/checklist_import.html")]
pub struct ImportPage {
    chrome: Chrome,
    current: String,
    name: String,
    error: Option<String>,
    rows: Vec<RowError>,
    done: Option<String>,
}

async fn page(
    state: &AppState,
    staff: &crate::auth::current::Staff,
    name: String,
) -> Result<ImportPage, WebError> {
    let tr = staff.tr();
    let current = state.store.current_checklist().await?;
    Ok(ImportPage {
        chrome: Chrome::staff(staff, "osh_checklists"),
        current: tr.t_args(
            "osh-checklist-current",
            &[
                ("name", current.name.clone().into()),
                ("count", (current.items.len() as i64).into()),
                ("shown", tr.number(current.items.len() as i64).into()),
                ("version", tr.number(current.version).into()),
            ],
        ),
        name: if name.is_empty() { current.name } else { name },
        error: None,
        rows: Vec::new(),
        done: None,
    })
}

pub async fn form(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
) -> Result<ImportPage, WebError> {
    page(&state, &staff, String::new()).await
}

pub async fn upload(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let (mut name, mut file) = (String::new(), None::<Vec<u8>>);
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("name") => name = field.text().await.unwrap_or_default().trim().to_owned(),
            Some("file") => file = field.bytes().await.ok().map(|b| b.to_vec()),
            _ => {}
        }
    }
    let mut p = page(&state, &staff, name.clone()).await?;
    let refuse = |mut p: ImportPage, key: &str| {
        p.error = Some(tr.t(key));
        (StatusCode::UNPROCESSABLE_ENTITY, p).into_response()
    };
    // No name: the next version of the checklist in use.
    let name = if name.is_empty() {
        p.name.clone()
    } else {
        name
    };
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        return Ok(refuse(p, "admin-file-missing"));
    };
    if bytes.len() > MAX_BYTES {
        return Ok(refuse(p, "osh-error-checklist-too-large"));
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return Ok(refuse(p, "osh-error-checklist-not-text"));
    };
    let items = match parse_checklist_csv(&text) {
        Ok(items) => items,
        Err(errors) => {
            p.rows = errors
                .iter()
                .map(|(line, key)| RowError {
                    line: tr.number(*line as i64),
                    reason: tr.t(key),
                })
                .collect();
            return Ok(refuse(p, "osh-error-checklist-refused"));
        }
    };
    state
        .store
        .import_checklist(&name, &items, state.time())
        .await?;
    let mut p = page(&state, &staff, name).await?;
    p.done = Some(tr.t_count("osh-checklist-imported", items.len() as i64));
    Ok(p.into_response())
}
