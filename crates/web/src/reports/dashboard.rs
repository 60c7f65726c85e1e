//! `/reports`: the programme dashboard (issue 12 item 1) — headline figures, then every
//! table with its SVG chart beside it, for the chosen period, country, district, brand
//! and category. A refused period answers 422 with the typed values kept.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::Response;

use crate::auth::roles::ProgrammeStaff;
use crate::error::WebError;
use crate::reports::filters::{FilterForm, FilterQuery, answer, choose, figures};
use crate::reports::tables::{ReportTable, Writer, share, tables};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct Headline {
    pub label: String,
    pub value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/dashboard.html")]
pub struct DashboardPage {
    pub chrome: Chrome,
    pub filter_form: FilterForm,
    pub headlines: Vec<Headline>,
    pub tables: Vec<ReportTable>,
    pub export_query: String,
    /// Where the tables' CSV links go (`?table=…&` + `export_query`).
    pub csv_path: &'static str,
    pub empty: bool,
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<FilterQuery>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let chosen = choose(&state, &q)?;
    let d = figures(&state, &chosen).await?;
    let categories = state.store.categories().await?;
    let w = Writer { tr, plain: false };
    let headline = |key: &str, value: String| Headline {
        label: tr.t(key),
        value,
    };
    let headlines = vec![
        headline("reports-calls", w.n(d.calls())),
        headline(
            "reports-substantive",
            w.n(d.months.iter().map(|m| m.substantive).sum()),
        ),
        headline("reports-workers-with-access", w.n(d.workers_with_access)),
        headline("reports-workplaces-covered", w.n(d.workplaces_covered)),
        headline(
            "reports-satisfaction-rate",
            w.percent(d.surveys.satisfaction_percent()),
        ),
        headline(
            "reports-response-rate",
            w.percent(d.surveys.response_percent()),
        ),
        headline(
            "reports-callers-named",
            w.percent(share(d.callers_named, d.cases_with_callers)),
        ),
    ];
    let page = DashboardPage {
        chrome: Chrome::staff(&staff, "reports"),
        export_query: q.query_string(),
        headlines,
        csv_path: "/reports/dashboard.csv",
        empty: d.calls() == 0,
        tables: tables(w, &d, &chosen.months, &categories),
        filter_form: FilterForm::new(&state, tr, q, "/reports", &chosen).await?,
    };
    Ok(answer(&chosen, page))
}
