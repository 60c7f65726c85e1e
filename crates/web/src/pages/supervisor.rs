//! Supervisor views: the overdue queue (with the supervisor's own notifications),
//! protocol compliance and time per stage, and each staff member's workload.
//! Supervisors and administrators only; to anyone else these pages do not exist.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;
use workvoice_domain::{Basis, BrandEscalation, Role};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::pages::chrome::Chrome;
use crate::pages::labels;
use crate::pages::notifications::{self, NotificationRow};
use crate::state::AppState;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
const OVERDUE_SHOWN: i64 = 200;
/// The periods the compliance page offers, in days.
const PERIODS: [i64; 3] = [30, 90, 365];

fn require_supervisor(staff: &Staff) -> Result<(), WebError> {
    match staff.user.role {
        Role::Supervisor | Role::Admin => Ok(()),
        _ => Err(WebError::NotFound),
    }
}

/// A length of time in the largest fitting units, e.g. "2 d 3 h", "1 h 5 min", "7 min".
pub fn duration(tr: Tr, minutes: i64) -> String {
    let m = minutes.max(0);
    let (days, hours, mins) = (m / 1440, (m % 1440) / 60, m % 60);
    let n = |v: i64| tr.number(v);
    if days > 0 {
        tr.t_args(
            "supervisor-duration-days",
            &[("days", n(days).into()), ("hours", n(hours).into())],
        )
    } else if hours > 0 {
        tr.t_args(
            "supervisor-duration-hours",
            &[("hours", n(hours).into()), ("minutes", n(mins).into())],
        )
    } else {
        tr.t_args(
            "supervisor-duration-minutes",
            &[("minutes", n(mins).into())],
        )
    }
}

pub struct OverdueRow {
    case_id: i64,
    case_text: String,
    summary: String,
    urgency_code: &'static str,
    urgency: String,
    step: String,
    due: String,
    late: String,
    assignee: String,
    escalation_code: &'static str,
    escalation: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "supervisor_overdue.html")]
pub struct OverduePage {
    chrome: Chrome,
    rows: Vec<OverdueRow>,
    count: String,
    notifications: Vec<NotificationRow>,
}

pub async fn overdue(State(state): State<AppState>, staff: Staff) -> Result<OverduePage, WebError> {
    require_supervisor(&staff)?;
    let tr = staff.tr();
    let now = state.now();
    let steps = state
        .store
        .overdue_steps(staff.scope(), now, OVERDUE_SHOWN)
        .await?;
    let rows = steps
        .iter()
        .map(|s| OverdueRow {
            case_id: s.case_id,
            case_text: tr.digits(&s.case_id.to_string()),
            summary: s.summary.clone(),
            urgency_code: s.urgency.code(),
            urgency: labels::urgency(tr, s.urgency),
            step: tr.t(s.step.message_key()),
            due: tr.datetime(s.due_at, s.country.time_zone()),
            late: duration(tr, (now - s.due_at) / 60_000),
            assignee: s
                .assigned_name
                .clone()
                .unwrap_or_else(|| tr.t("unassigned")),
            escalation_code: s.brand_escalation.code(),
            escalation: if s.brand_escalation == BrandEscalation::None {
                String::new()
            } else {
                tr.t(s.brand_escalation.message_key())
            },
        })
        .collect::<Vec<_>>();
    Ok(OverduePage {
        chrome: Chrome::staff(&staff, "supervisor"),
        count: tr.t_count("supervisor-overdue-count", rows.len() as i64),
        rows,
        notifications: notifications::rows(&state, &staff).await?,
    })
}

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
#[template(path = "supervisor_compliance.html")]
pub struct CompliancePage {
    chrome: Chrome,
    periods: Vec<PeriodChoice>,
    steps: Vec<ComplianceRow>,
    stages: Vec<StageRow>,
}

pub async fn compliance(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<PeriodQuery>,
) -> Result<CompliancePage, WebError> {
    require_supervisor(&staff)?;
    let tr = staff.tr();
    let days = q.days.filter(|d| PERIODS.contains(d)).unwrap_or(90);
    let now = state.now();
    let report = state
        .store
        .compliance_report(staff.scope(), now - days * DAY_MS, now)
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

pub struct WorkloadRow {
    name: String,
    role: String,
    open_cases: String,
    overdue_steps: String,
    overdue: bool,
    created: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "supervisor_workload.html")]
pub struct WorkloadPage {
    chrome: Chrome,
    rows: Vec<WorkloadRow>,
}

pub async fn workload(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<WorkloadPage, WebError> {
    require_supervisor(&staff)?;
    let tr = staff.tr();
    let now = state.now();
    let rows = state
        .store
        .workload(staff.scope(), now, now - 30 * DAY_MS)
        .await?;
    Ok(WorkloadPage {
        chrome: Chrome::staff(&staff, "supervisor"),
        rows: rows
            .iter()
            .map(|w| WorkloadRow {
                name: w.name.clone(),
                role: tr.t(w.role.message_key()),
                open_cases: tr.number(w.open_cases),
                overdue_steps: tr.number(w.overdue_steps),
                overdue: w.overdue_steps > 0,
                created: tr.number(w.created_recently),
            })
            .collect(),
    })
}
