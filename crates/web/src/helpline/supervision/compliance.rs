//! Protocol compliance over a period: per step how many were met on time or late, and the
//! time each stage took (median and mean), per urgency and basis.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;
use workvoice_domain::Basis;

use crate::auth::roles::RequireSupervisor;
use crate::error::WebError;
use crate::helpline::supervision::{DAY_MS, duration};
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

/// The periods the compliance page offers, in days.
const PERIODS: [i64; 3] = [30, 90, 365];

#[derive(Deserialize)]
pub struct PeriodQuery {
    days: Option<i64>,
}

pub struct PeriodChoice {
    days: i64,
    label: String,
    selected: bool,
}

pub struct ComplianceRow {
    step: String,
    on_time: String,
    late: String,
    open: String,
    overdue: String,
    percent: String,
}

pub struct StageRow {
    step: String,
    urgency_code: &'static str,
    urgency: String,
    basis: String,
    count: String,
    median: String,
    mean: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/supervision/compliance.html")]
pub struct CompliancePage {
    chrome: Chrome,
    periods: Vec<PeriodChoice>,
    steps: Vec<ComplianceRow>,
    stages: Vec<StageRow>,
}

pub async fn compliance(
    State(state): State<AppState>,
    RequireSupervisor(staff): RequireSupervisor,
    Query(q): Query<PeriodQuery>,
) -> Result<CompliancePage, WebError> {
    let tr = staff.tr();
    let days = q.days.filter(|d| PERIODS.contains(d)).unwrap_or(90);
    let now = state.time();
    let report = state
        .store
        .compliance_report(staff.scope(), now.minus(days * DAY_MS), now)
        .await?;
    let n = |v: u64| tr.number(i64::try_from(v).unwrap_or(i64::MAX));
    Ok(CompliancePage {
        chrome: Chrome::staff(&staff, "supervisor"),
        periods: PERIODS
            .into_iter()
            .map(|d| PeriodChoice {
                days: d,
                label: tr.t_count("supervisor-period-days", d),
                selected: d == days,
            })
            .collect(),
        steps: report
            .steps
            .iter()
            .map(|s| ComplianceRow {
                step: tr.t(s.step.message_key()),
                on_time: n(s.counts.on_time),
                late: n(s.counts.late),
                open: n(s.counts.open),
                overdue: n(s.counts.overdue),
                percent: s.counts.on_time_percent().map_or_else(
                    || tr.t("supervisor-no-data"),
                    |p| tr.t_args("supervisor-percent", &[("percent", n(p).into())]),
                ),
            })
            .collect(),
        stages: report
            .stages
            .iter()
            .map(|s| StageRow {
                step: tr.t(s.step.message_key()),
                urgency_code: s.urgency.code(),
                urgency: labels::urgency(tr, s.urgency),
                basis: tr.t(match s.basis {
                    Basis::Clock => "supervisor-basis-clock",
                    Basis::Working => "supervisor-basis-working",
                }),
                count: tr.number(i64::try_from(s.count).unwrap_or(i64::MAX)),
                median: duration(tr, s.median_minutes),
                mean: duration(tr, s.mean_minutes),
            })
            .collect(),
    })
}
