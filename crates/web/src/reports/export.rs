//! `/reports/dashboard.csv?table=…`: one dashboard table as CSV (UTF-8 BOM, CRLF,
//! formula-like cells protected — the registry's `write_table`), with the page's filter,
//! headers in the reader's language and plain digits. Every download is written to the
//! access log (`export_report:<table>`) before the file is sent; `send` is that path for
//! every report table (the scorecard's and the monthly reports' too).

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use workvoice_domain::ids::UserId;
use workvoice_domain::registry::write_table;
use workvoice_domain::reports::ReportPeriod;

use crate::auth::roles::ProgrammeStaff;
use crate::error::WebError;
use crate::reports::filters::{FilterQuery, export_figures};
use crate::reports::tables::{TABLE_IDS, Writer, tables};
use crate::state::AppState;

pub async fn csv(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<FilterQuery>,
) -> Result<Response, WebError> {
    // No table named: the first (calls per month).
    let wanted = Some(q.table.trim())
        .filter(|t| !t.is_empty())
        .unwrap_or(TABLE_IDS[0]);
    let Some(id) = TABLE_IDS.into_iter().find(|t| *t == wanted) else {
        return Err(WebError::NotFound);
    };
    let (chosen, d) = export_figures(&state, &q).await?;
    let categories = state.store.categories().await?;
    let w = Writer {
        tr: staff.tr(),
        plain: true,
    };
    let Some(table) = tables(w, &d, &chosen.months, &categories)
        .into_iter()
        .find(|t| t.id == id)
    else {
        return Err(WebError::NotFound);
    };
    send(
        &state,
        staff.user.id,
        id,
        &chosen.period,
        &table.heads,
        table.rows,
    )
    .await
}

/// Records `user`'s export of report table `id` in the access log, then answers with the
/// table as a CSV attachment named after it and the period.
pub async fn send(
    state: &AppState,
    user: UserId,
    id: &str,
    period: &ReportPeriod,
    heads: &[String],
    rows: Vec<Vec<String>>,
) -> Result<Response, WebError> {
    state
        .store
        .record_export(user, &format!("export_report:{id}"), state.time())
        .await?;
    let heads: Vec<&str> = heads.iter().map(String::as_str).collect();
    let body = write_table(&heads, rows);
    let disposition = format!(
        "attachment; filename=\"workvoice-report-{id}-{}-{}.csv\"",
        period.from.label(),
        period.to.label()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}
