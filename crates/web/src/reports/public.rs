//! `/statistics`: the public statistics (issue 12 item 6), for anyone, signed in or
//! not — headline figures and the monthly trend by category over the last year. Every
//! count below the configured minimum (`WebConfig::suppression_min`) is hidden, and
//! enough others with it that no hidden count can be worked out from the totals
//! (`domain::suppression::suppress_table`). Nothing is shown per workplace.

use askama::Template;
use askama_web::WebTemplate;
use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use workvoice_domain::reports::ReportPeriod;
use workvoice_domain::suppression::{suppress, suppress_table};

use crate::auth::current::{MaybeSession, RequestLanguage};
use crate::error::WebError;
use crate::reports::filters::{DEFAULT_MONTHS, months_of, this_month};
use crate::reports::tables::Writer;
use crate::shared::chart::{BarChart, Series, stacked_bars};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct Headline {
    pub label: String,
    pub value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/public.html")]
pub struct PublicPage {
    pub chrome: Chrome,
    pub hint: String,
    pub headlines: Vec<Headline>,
    pub columns: Vec<String>,
    /// Month, a cell per category, the month's total.
    pub rows: Vec<Vec<String>>,
    /// "Total", a cell per category, the grand total.
    pub totals: Vec<String>,
    pub chart: BarChart,
}

pub async fn show(
    State(state): State<AppState>,
    session: Option<Extension<MaybeSession>>,
    RequestLanguage(language): RequestLanguage,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (chrome, set_cookie) = Chrome::public(&state, session, language, &headers, "statistics");
    let tr = chrome.tr;
    let w = Writer { tr, plain: false };
    let min = state.config.suppression_min;
    let period = ReportPeriod::ending(this_month(&state), DEFAULT_MONTHS);
    let months = months_of(&state, period)?;
    let table = state.store.public_table(&months).await?;
    let d = state.store.public_headline(&months).await?;
    let calls: i64 = table.cells.iter().flatten().sum();
    let categories = state.store.categories().await?;
    let published = suppress_table(&table.cells, min);
    let hidden = tr.t("reports-public-hidden");
    let cell = |v: Option<i64>| v.map_or_else(|| hidden.clone(), |n| w.n(n));
    let mut heads = vec![tr.t("reports-month")];
    heads.extend(
        table
            .categories
            .iter()
            .map(|c| crate::shared::labels::category(tr, c, &categories)),
    );
    heads.push(tr.t("reports-total"));
    let rows = months
        .iter()
        .zip(published.cells.iter().zip(&published.row_totals))
        .map(|(m, (cells, total))| {
            let mut row = vec![w.text(&m.label)];
            row.extend(cells.iter().map(|c| cell(*c)));
            row.push(cell(*total));
            row
        })
        .collect();
    let mut totals = vec![tr.t("reports-total")];
    totals.extend(published.column_totals.iter().map(|c| cell(*c)));
    totals.push(cell(published.grand_total));
    let labels: Vec<String> = months.iter().map(|m| w.text(&m.label)).collect();
    // The chart draws only what the table publishes: a hidden month has no bar.
    let chart = stacked_bars(
        tr.t("reports-public-trend"),
        &labels,
        &[Series {
            label: tr.t("reports-calls"),
            values: published
                .row_totals
                .iter()
                .map(|t| t.unwrap_or(0))
                .collect(),
        }],
        &|n| w.n(n),
    );
    let shown = |n: i64| suppress(n, min).map_or_else(|| hidden.clone(), |n| w.n(n));
    let headlines = vec![
        Headline {
            label: tr.t("reports-workers-with-access"),
            value: w.n(d.workers_with_access),
        },
        Headline {
            label: tr.t("reports-workplaces-covered"),
            value: w.n(d.workplaces_covered),
        },
        Headline {
            label: tr.t("reports-calls"),
            value: shown(calls),
        },
        Headline {
            label: tr.t("reports-satisfaction-rate"),
            value: if suppress(d.surveys.answered, min).is_some() {
                w.percent(d.surveys.satisfaction_percent())
            } else {
                hidden.clone()
            },
        },
    ];
    let page = PublicPage {
        hint: tr.t_args("reports-public-hint", &[("min", tr.number(min).into())]),
        chrome,
        headlines,
        columns: heads,
        rows,
        totals,
        chart,
    };
    Ok((
        AppendHeaders(set_cookie.map(|c| (header::SET_COOKIE, c))),
        page,
    )
        .into_response())
}
