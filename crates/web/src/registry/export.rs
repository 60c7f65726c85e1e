//! `/workplaces.csv`: the whole registry as the CSV file the import reads (UTF-8 with a
//! BOM for Excel, formula-like cells protected).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use workvoice_domain::registry::write_csv;

use crate::auth::roles::RegistryReader;
use crate::error::WebError;
use crate::state::AppState;

pub async fn export(
    State(state): State<AppState>,
    _reader: RegistryReader,
) -> Result<Response, WebError> {
    let rows = state.store.export_workplaces().await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"workvoice-workplaces.csv\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        write_csv(&rows),
    )
        .into_response())
}
