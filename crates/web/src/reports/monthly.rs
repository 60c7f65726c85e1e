//! The monthly report (issue 12 item 4): one printable A4 page (print CSS; the browser's
//! print makes the PDF, which shapes Bengali correctly) per programme or per brand, in
//! the reader's language and digits.
//!
//! - `/reports/monthly?month=YYYY-MM[&brand=ID]` (supervisors, administrators,
//!   programme managers): the month's figures, the six-month trend, the tables of the
//!   dashboard and up to five notable resolved cases as their shareable summaries only.
//! - `/org/reports/monthly?month=YYYY-MM` (a brand's users): counts only, of the cases
//!   reported to that brand, every count below the minimum hidden (and a total that
//!   would give one back); no case, workplace or worker is named.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use workvoice_domain::ids::{OrgId, UserId};
use workvoice_domain::reports::{ReportPeriod, YearMonth};
use workvoice_domain::suppression::{suppress, suppress_total};
use workvoice_store::{Dashboard, ReportFilter};

use crate::auth::roles::ProgrammeStaff;
use crate::error::WebError;
use crate::org::access::BrandUser;
use crate::registry::browse::Choice;
use crate::reports::export::send;
use crate::reports::filters::{months_of, this_month};
use crate::reports::tables::{ReportTable, Writer, calls_table, tables};
use crate::shared::bars::{Bar, bar_chart};
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

/// Months on the trend chart, the report's month last.
const TREND_MONTHS: i32 = 6;
/// Notable resolved cases listed.
const NOTABLE: i64 = 5;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MonthlyQuery {
    pub month: String,
    pub brand: String,
    /// Only the CSV export reads it: which table.
    pub table: String,
}

pub struct Headline {
    pub label: String,
    pub value: String,
}

pub struct Notable {
    pub category: String,
    pub urgency: String,
    pub closed: String,
    pub summary: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/monthly.html")]
pub struct MonthlyPage {
    pub chrome: Chrome,
    pub action: &'static str,
    pub heading: String,
    pub month: String,
    pub month_shown: String,
    pub error: String,
    pub brands: Vec<Choice>,
    pub headlines: Vec<Headline>,
    pub tables: Vec<ReportTable>,
    pub notable: Vec<Notable>,
    pub hint: String,
    /// Where the tables' CSV links go (`?table=…&` + `export_query`).
    pub csv_path: &'static str,
    pub export_query: String,
    /// The organisation's navigation (a brand's own report).
    pub is_brand: bool,
}

/// The report's month: the one typed, else last month (this one is not over yet).
fn month_of(state: &AppState, typed: &str) -> (YearMonth, Option<&'static str>) {
    let last = this_month(state).plus(-1);
    if typed.trim().is_empty() {
        return (last, None);
    }
    match YearMonth::parse(typed) {
        Some(m) => (m, None),
        None => (last, Some("reports-error-month")),
    }
}

fn respond(page: MonthlyPage, refused: bool) -> Response {
    if refused {
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    } else {
        page.into_response()
    }
}

/// The programme's report of `month` as tables: the trend of calls, then the month's
/// tables of the dashboard; with the month's dashboard for the headlines.
async fn programme_tables(
    state: &AppState,
    w: Writer,
    month: YearMonth,
    filter: &ReportFilter,
) -> Result<(Dashboard, Vec<ReportTable>), WebError> {
    let one = months_of(
        state,
        ReportPeriod {
            from: month,
            to: month,
        },
    )?;
    let trend_months = months_of(state, ReportPeriod::ending(month, TREND_MONTHS))?;
    let d = state.store.dashboard(&one, filter, state.time()).await?;
    let trend = state.store.calls_per_month(&trend_months, filter).await?;
    let categories = state.store.categories().await?;
    let calls = calls_table(w, &trend, &trend_months);
    let month_tables = tables(w, &d, &one, &categories).into_iter().filter(|t| {
        matches!(
            t.id,
            "categories" | "urgency" | "durations" | "compliance" | "informed"
        )
    });
    let all = std::iter::once(calls).chain(month_tables).collect();
    Ok((d, all))
}

/// The non-empty pairs as a query string (for the CSV links).
fn export_query(pairs: &[(&str, &String)]) -> String {
    serde_urlencoded::to_string(
        pairs
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default()
}

pub async fn programme(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<MonthlyQuery>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let w = Writer { tr, plain: false };
    let (month, error) = month_of(&state, &q.month);
    let brand = q.brand.trim().parse::<i64>().ok().map(OrgId::new);
    let filter = ReportFilter {
        brand,
        ..ReportFilter::default()
    };
    let (d, report_tables) = programme_tables(&state, w, month, &filter).await?;
    let one = months_of(
        &state,
        ReportPeriod {
            from: month,
            to: month,
        },
    )?;
    let categories = state.store.categories().await?;
    let notable = state
        .store
        .notable_resolved(&one, &filter, NOTABLE)
        .await?
        .into_iter()
        .map(|n| Notable {
            category: labels::category(tr, &n.category_code, &categories),
            urgency: labels::urgency(tr, n.urgency),
            closed: tr.date(n.closed_at, &state.config.time_zone),
            summary: n.shareable_summary,
        })
        .collect();
    let brands: Vec<Choice> = state
        .store
        .organisations_of_kind(workvoice_domain::OrgKind::Brand)
        .await?
        .into_iter()
        .map(|o| Choice {
            selected: Some(o.id) == brand,
            value: o.id.get().to_string(),
            label: o.name,
        })
        .collect();
    let heading = match brands.iter().find(|b| b.selected) {
        Some(b) => tr.t_args(
            "reports-monthly-heading-brand",
            &[("brand", b.label.clone().into())],
        ),
        None => tr.t("reports-monthly-heading"),
    };
    let headlines = vec![
        Headline {
            label: tr.t("reports-calls"),
            value: w.n(d.calls()),
        },
        Headline {
            label: tr.t("reports-substantive"),
            value: w.n(d.months.iter().map(|m| m.substantive).sum()),
        },
        Headline {
            label: tr.t("reports-workers-with-access"),
            value: w.n(d.workers_with_access),
        },
        Headline {
            label: tr.t("reports-satisfaction-rate"),
            value: w.percent(d.surveys.satisfaction_percent()),
        },
    ];
    let page = MonthlyPage {
        chrome: Chrome::staff(&staff, "reports"),
        action: "/reports/monthly",
        heading,
        month: q.month.clone(),
        month_shown: w.text(&month.label()),
        error: error.map(|k| tr.t(k)).unwrap_or_default(),
        brands,
        headlines,
        tables: report_tables,
        notable,
        hint: tr.t("reports-monthly-print-hint"),
        csv_path: "/reports/monthly.csv",
        export_query: export_query(&[("month", &q.month), ("brand", &q.brand)]),
        is_brand: false,
    };
    Ok(respond(page, error.is_some()))
}

/// A count as a brand may see it: the number, or "fewer than `min`".
fn shown(w: Writer, n: i64, min: i64) -> String {
    suppress(n, min).map_or_else(
        || w.tr.t_args("reports-fewer", &[("min", w.n(min).into())]),
        |n| w.n(n),
    )
}

/// A brand's report of `month`: counts of what was reported to `org` only, each below
/// the minimum hidden, as the trend and the month's categories; with the month's dashboard.
async fn brand_tables(
    state: &AppState,
    w: Writer,
    month: YearMonth,
    org: OrgId,
) -> Result<(Dashboard, Vec<ReportTable>), WebError> {
    let tr = w.tr;
    let min = state.config.suppression_min;
    let filter = ReportFilter {
        reported_to: Some(org),
        ..ReportFilter::default()
    };
    let one = months_of(
        state,
        ReportPeriod {
            from: month,
            to: month,
        },
    )?;
    let trend_months = months_of(state, ReportPeriod::ending(month, TREND_MONTHS))?;
    let d = state.store.dashboard(&one, &filter, state.time()).await?;
    let trend = state.store.calls_per_month(&trend_months, &filter).await?;
    let categories = state.store.categories().await?;
    // A hidden count draws no bar: the chart says what the table says.
    let ranked = |id: &'static str, title: &str, head: &str, items: Vec<(String, i64)>| {
        let cells: Vec<i64> = items.iter().map(|(_, n)| *n).collect();
        let mut rows: Vec<Vec<String>> = items
            .iter()
            .map(|(label, n)| vec![label.clone(), shown(w, *n, min)])
            .collect();
        if !items.is_empty() {
            rows.push(vec![
                tr.t("reports-total"),
                suppress_total(&cells, min).map_or_else(|| tr.t("reports-withheld"), |n| w.n(n)),
            ]);
        }
        ReportTable {
            id,
            title: tr.t(title),
            heads: vec![tr.t(head), tr.t("reports-cases")],
            bars: Some(bar_chart(
                items
                    .iter()
                    .map(|(label, n)| Bar {
                        label: label.clone(),
                        value: suppress(*n, min).unwrap_or(0),
                        shown: shown(w, *n, min),
                    })
                    .collect(),
            )),
            stacked: None,
            rows,
        }
    };
    let trend_table = ranked(
        "trend",
        "reports-monthly-trend-brand",
        "reports-month",
        trend_months
            .iter()
            .zip(&trend)
            .map(|(m, c)| (w.text(&m.label), c.substantive + c.informational))
            .collect(),
    );
    let by_category = ranked(
        "categories",
        "reports-table-categories",
        "col-category",
        d.by_category
            .iter()
            .map(|(code, n)| (labels::category(tr, code, &categories), *n))
            .collect(),
    );
    Ok((d, vec![trend_table, by_category]))
}

pub async fn brand(
    State(state): State<AppState>,
    BrandUser(org): BrandUser,
    Query(q): Query<MonthlyQuery>,
) -> Result<Response, WebError> {
    let tr = org.tr();
    let w = Writer { tr, plain: false };
    let min = state.config.suppression_min;
    let (month, error) = month_of(&state, &q.month);
    let (d, report_tables) = brand_tables(&state, w, month, org.user.organisation_id).await?;
    let resolved: i64 = d
        .durations
        .iter()
        .filter_map(|x| x.to_resolve.map(|s| i64::try_from(s.count).unwrap_or(0)))
        .sum();
    let headlines = vec![
        Headline {
            label: tr.t("reports-monthly-reported-to-you"),
            value: shown(w, d.calls(), min),
        },
        Headline {
            label: tr.t("reports-resolved-cases"),
            value: shown(w, resolved, min),
        },
    ];
    let page = MonthlyPage {
        chrome: crate::org::access::chrome(&org, "org_monthly"),
        action: "/org/reports/monthly",
        heading: tr.t("reports-monthly-heading-yours"),
        month: q.month.clone(),
        month_shown: tr.digits(&month.label()),
        error: error.map(|k| tr.t(k)).unwrap_or_default(),
        brands: Vec::new(),
        headlines,
        tables: report_tables,
        notable: Vec::new(),
        hint: tr.t_args(
            "reports-monthly-brand-hint",
            &[("min", tr.number(min).into())],
        ),
        csv_path: "/org/reports/monthly.csv",
        export_query: export_query(&[("month", &q.month)]),
        is_brand: true,
    };
    Ok(respond(page, error.is_some()))
}

/// The table `table` of `tables` (the first when none is named), or not found.
fn table_named(tables: Vec<ReportTable>, table: &str) -> Result<ReportTable, WebError> {
    let wanted = table.trim();
    tables
        .into_iter()
        .enumerate()
        .find(|(i, t)| t.id == wanted || (wanted.is_empty() && *i == 0))
        .map(|(_, t)| t)
        .ok_or(WebError::NotFound)
}

/// The CSV of the table `name` of one month's `tables`, through the one audit-logged export.
async fn send_table(
    state: &AppState,
    user: UserId,
    month: YearMonth,
    tables: Vec<ReportTable>,
    name: &str,
) -> Result<Response, WebError> {
    let table = table_named(tables, name)?;
    let id = format!("monthly-{}", table.id);
    let period = ReportPeriod {
        from: month,
        to: month,
    };
    send(state, user, &id, &period, &table.heads, table.rows).await
}

/// `/reports/monthly.csv?month=…[&brand=…]&table=…`: one table of the programme's report.
pub async fn programme_csv(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<MonthlyQuery>,
) -> Result<Response, WebError> {
    let (month, error) = month_of(&state, &q.month);
    if let Some(key) = error {
        return Err(WebError::BadRequest(key));
    }
    let filter = ReportFilter {
        brand: q.brand.trim().parse::<i64>().ok().map(OrgId::new),
        ..ReportFilter::default()
    };
    let w = Writer {
        tr: staff.tr(),
        plain: true,
    };
    let (_, all) = programme_tables(&state, w, month, &filter).await?;
    send_table(&state, staff.user.id, month, all, &q.table).await
}

/// `/org/reports/monthly.csv?month=…&table=…`: one table of a brand's own report, with
/// the page's suppression.
pub async fn brand_csv(
    State(state): State<AppState>,
    BrandUser(org): BrandUser,
    Query(q): Query<MonthlyQuery>,
) -> Result<Response, WebError> {
    let (month, error) = month_of(&state, &q.month);
    if let Some(key) = error {
        return Err(WebError::BadRequest(key));
    }
    let w = Writer {
        tr: org.tr(),
        plain: true,
    };
    let (_, all) = brand_tables(&state, w, month, org.user.organisation_id).await?;
    send_table(&state, org.user.id, month, all, &q.table).await
}
