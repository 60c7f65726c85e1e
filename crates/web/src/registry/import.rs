//! Importing workplaces from a CSV file through the browser (issue 9 item 2): upload,
//! preview what each row would do (created, updated, unchanged, rejected with its
//! reasons), confirm. The file waits in the database between the two requests, and the
//! confirmation plans it again inside the transaction that applies it. Large files
//! (100,000 rows) belong to `workvoice workplaces import`.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use workvoice_domain::ids::ImportId;
use workvoice_domain::registry::{CsvFileError, read_csv};
use workvoice_store::{ImportAction, ImportPlan};

use crate::auth::current::Staff;
use crate::auth::roles::RequireWorkplaceManager;
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// Rows listed on the preview; the counts always cover the whole file.
const ROWS_SHOWN: usize = 500;

pub struct PreviewRow {
    line: String,
    name: String,
    action: &'static str,
    label: String,
    reasons: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/import.html")]
pub struct ImportPage {
    chrome: Chrome,
    error: Option<String>,
    /// The pending import to confirm; `None` before an upload and after confirming.
    pending: Option<ImportId>,
    done: bool,
    counts: Vec<(String, &'static str)>,
    rows: Vec<PreviewRow>,
    more: Option<String>,
}

fn page(staff: &Staff) -> ImportPage {
    ImportPage {
        chrome: Chrome::staff(staff, "workplaces"),
        error: None,
        pending: None,
        done: false,
        counts: Vec::new(),
        rows: Vec::new(),
        more: None,
    }
}

fn with_plan(mut p: ImportPage, staff: &Staff, plan: &ImportPlan) -> ImportPage {
    let tr = staff.tr();
    p.counts = vec![
        (tr.t_count("import-count-create", plan.created()), "create"),
        (tr.t_count("import-count-update", plan.updated()), "update"),
        (
            tr.t_count("import-count-unchanged", plan.unchanged()),
            "unchanged",
        ),
        (tr.t_count("import-count-reject", plan.rejected()), "reject"),
    ];
    // Rejected rows first: they are what the person has to fix.
    let mut rows: Vec<_> = plan.rows.iter().collect();
    rows.sort_by_key(|r| !matches!(r.action, ImportAction::Reject(_)));
    p.rows = rows
        .iter()
        .take(ROWS_SHOWN)
        .map(|r| {
            let (action, reasons) = match &r.action {
                ImportAction::Create => ("create", Vec::new()),
                ImportAction::Update(_) => ("update", Vec::new()),
                ImportAction::Unchanged(_) => ("unchanged", Vec::new()),
                ImportAction::Reject(e) => (
                    "reject",
                    e.iter()
                        .map(|(field, key)| format!("{field}: {}", tr.t(key)))
                        .collect(),
                ),
            };
            PreviewRow {
                line: tr.number(i64::try_from(r.line).unwrap_or(i64::MAX)),
                name: r.name.clone(),
                action,
                label: tr.t(&format!("import-action-{action}")),
                reasons,
            }
        })
        .collect();
    p.more = (plan.rows.len() > ROWS_SHOWN).then(|| {
        tr.t_count(
            "import-more-rows",
            i64::try_from(plan.rows.len() - ROWS_SHOWN).unwrap_or(i64::MAX),
        )
    });
    p
}

fn file_error(staff: &Staff, e: &CsvFileError) -> String {
    let column = e.column().unwrap_or("").to_owned();
    staff
        .tr()
        .t_args(e.message_key(), &[("column", column.into())])
}

pub async fn form(RequireWorkplaceManager(staff): RequireWorkplaceManager) -> ImportPage {
    page(&staff)
}

async fn uploaded(mut multipart: Multipart) -> Result<Vec<u8>, &'static str> {
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let bytes = field.bytes().await.map_err(|_| "admin-file-unreadable")?;
        if bytes.is_empty() {
            return Err("admin-file-missing");
        }
        return Ok(bytes.to_vec());
    }
    Err("admin-file-missing")
}

fn refused(staff: &Staff, message: String) -> Response {
    let mut p = page(staff);
    p.error = Some(message);
    (StatusCode::UNPROCESSABLE_ENTITY, p).into_response()
}

pub async fn preview(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
    multipart: Multipart,
) -> Result<Response, WebError> {
    let bytes = match uploaded(multipart).await {
        Ok(b) => b,
        Err(key) => return Ok(refused(&staff, staff.tr().t(key))),
    };
    let file = match read_csv(&bytes) {
        Ok(f) => f,
        Err(e) => return Ok(refused(&staff, file_error(&staff, &e))),
    };
    let plan = state
        .store
        .plan_workplace_import(&file, &mut |_| {})
        .await?;
    // read_csv accepted the bytes as UTF-8.
    let text = String::from_utf8_lossy(&bytes);
    let pending = state
        .store
        .save_pending_import(&text, staff.user.id, state.time())
        .await?;
    let mut p = with_plan(page(&staff), &staff, &plan);
    p.pending = (plan.created() + plan.updated() > 0).then_some(pending);
    Ok(p.into_response())
}

pub async fn confirm(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
    Path(id): Path<ImportId>,
) -> Result<ImportPage, WebError> {
    let text = state.store.pending_import(id).await?;
    let file = read_csv(text.as_bytes()).map_err(|_| WebError::NotFound)?;
    let plan = state
        .store
        .import_workplaces(&file, state.time(), &mut |_| {})
        .await?;
    state.store.finish_pending_import(id, state.time()).await?;
    let mut p = with_plan(page(&staff), &staff, &plan);
    p.done = true;
    Ok(p)
}
