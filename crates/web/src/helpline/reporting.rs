//! The reporting panel of the case page (DESIGN §4: reporting is an act): the next
//! protocol action first, what each organisation has been told and when, the worker's
//! agreement that the factory may be told, the shareable summary and its editor, and the
//! buttons that report the case (or share a new version) to the factory or a brand.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{CaseId, OrgId};
use workvoice_domain::{Millis, ReportTarget, ReportVia, ShareableSummary};
use workvoice_store::{CaseRecord, CaseStep, Reporting, StoreError};

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::case_page;
use crate::i18n::Tr;
use crate::state::AppState;

/// One organisation the case may be reported to.
pub struct TargetRow {
    pub organisation_id: OrgId,
    pub name: String,
    pub kind: String,
    /// "Not told yet" or "Told on … (version 2)".
    pub told: String,
    /// The button's label when reporting now would tell it something new.
    pub action: Option<String>,
}

/// One version shared, for the list of what was told.
pub struct VersionRow {
    pub at: String,
    pub to: String,
    pub by: String,
    pub summary: String,
}

pub struct ReportingPanel {
    /// "Report to Rahman Knitwear — due in 3 h": the first unmet protocol step.
    pub next_action: Option<String>,
    pub next_overdue: bool,
    /// Why the case cannot be reported now.
    pub refusal: Option<String>,
    pub agreed: bool,
    pub rows: Vec<TargetRow>,
    pub versions: Vec<VersionRow>,
    pub shareable: String,
    /// A refused action's message, and the text typed into the editor, kept.
    pub error: Option<String>,
    pub shareable_text: String,
}

/// "3 h", "2 days": a distance in time, rounded down to its largest unit.
fn distance(tr: Tr, millis: i64) -> String {
    let minutes = millis.abs() / 60_000;
    let (key, count) = match minutes {
        m if m < 60 => ("span-minutes", m),
        m if m < 48 * 60 => ("span-hours", m / 60),
        m => ("span-days", m / (24 * 60)),
    };
    tr.t_count(key, count)
}

/// The first started, unmet step by deadline, as an instruction.
fn next_action(
    tr: Tr,
    steps: &[CaseStep],
    reporting: &Reporting,
    now: Millis,
) -> Option<(String, bool)> {
    let step = steps
        .iter()
        .filter(|s| s.met_at.is_none())
        .filter_map(|s| s.due_at.map(|due| (due, s)))
        .min_by_key(|(due, _)| *due)?;
    let (due, step) = step;
    let target_name = |target: ReportTarget| {
        reporting
            .targets
            .iter()
            .find(|t| t.target == target && t.last.is_none())
            .map(|t| t.organisation_name.clone())
    };
    let what = match step.step.report_target().and_then(target_name) {
        Some(name) => tr.t_args("report-next-report-to", &[("org", name.into())]),
        None => tr.t(step.step.message_key()),
    };
    let overdue = due < now;
    let key = if overdue {
        "report-next-overdue"
    } else {
        "report-next-due-in"
    };
    let text = tr.t_args(
        key,
        &[
            ("what", what.into()),
            ("time", distance(tr, due.since(now)).into()),
        ],
    );
    Some((text, overdue))
}

fn target_kind(tr: Tr, target: ReportTarget) -> String {
    tr.t(target.message_key())
}

/// The panel's data for a case the helpline sees.
pub async fn panel(
    state: &AppState,
    tr: Tr,
    case: &CaseRecord,
    zone: &str,
    steps: &[CaseStep],
) -> Result<ReportingPanel, WebError> {
    let reporting = state.store.case_reporting(&case.scoped()).await?;
    let now = state.time();
    let next = next_action(tr, steps, &reporting, now);
    let reportable = reporting.refusal.is_none();
    let rows = reporting
        .targets
        .iter()
        .map(|t| TargetRow {
            organisation_id: t.organisation_id,
            name: t.organisation_name.clone(),
            kind: target_kind(tr, t.target),
            told: match &t.last {
                None => tr.t("report-not-told"),
                Some(r) => tr.t_args(
                    "report-told",
                    &[
                        ("when", tr.datetime(r.at, zone).into()),
                        ("version", tr.number(r.version).into()),
                    ],
                ),
            },
            action: (reportable && t.behind).then(|| {
                let key = if t.last.is_some() {
                    "report-share-again"
                } else {
                    "report-to"
                };
                tr.t_args(key, &[("org", t.organisation_name.clone().into())])
            }),
        })
        .collect();
    let versions = reporting
        .reports
        .iter()
        .rev()
        .map(|r| VersionRow {
            at: tr.datetime(r.at, zone),
            to: tr.t_args(
                "report-version-to",
                &[
                    ("org", r.organisation_name.clone().into()),
                    ("version", tr.number(r.version).into()),
                ],
            ),
            by: match (r.via, &r.by_name) {
                (ReportVia::Escalation, _) | (_, None) => tr.t(ReportVia::Escalation.message_key()),
                (ReportVia::Helpline, Some(name)) => name.clone(),
            },
            summary: r.summary.clone(),
        })
        .collect();
    Ok(ReportingPanel {
        next_action: next.as_ref().map(|(t, _)| t.clone()),
        next_overdue: next.is_some_and(|(_, o)| o),
        refusal: reporting.refusal.map(|r| tr.t(r.message_key())),
        agreed: reporting.factory_may_be_told,
        rows,
        versions,
        shareable: case.shareable_summary.clone(),
        error: None,
        shareable_text: case.shareable_summary.clone(),
    })
}

async fn rerender(
    state: &AppState,
    staff: &Staff,
    id: CaseId,
    error: &str,
    typed: Option<String>,
) -> Result<Response, WebError> {
    let mut page = case_page::render(state, staff, id, None, String::new(), None).await?;
    page.reporting.error = Some(staff.tr().t(error));
    if let Some(text) = typed {
        page.reporting.shareable_text = text;
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

fn back(id: CaseId) -> Response {
    Redirect::to(&format!("/cases/{id}#reporting")).into_response()
}

#[derive(serde::Deserialize)]
pub struct ReportForm {
    organisation_id: OrgId,
}

/// Reports the case to its factory or one of its brands (or shares the new version).
pub async fn report(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<ReportForm>,
) -> Result<Response, WebError> {
    let case = state.store.scoped_case(staff.scope(), id).await?;
    match state
        .store
        .report_case(&case, form.organisation_id, staff.user.id, state.time())
        .await
    {
        Ok(_) => Ok(back(id)),
        Err(StoreError::Invalid(errors)) => {
            let key = errors
                .iter()
                .next()
                .map_or("error-invalid-choice", |(_, k)| k);
            rerender(&state, &staff, id, key, None).await
        }
        Err(StoreError::Conflict(_)) => {
            rerender(&state, &staff, id, "report-already-told", None).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub struct AgreementForm {
    agreed: String,
}

/// Records the worker's answer to "may the factory be told?".
pub async fn agreement(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<AgreementForm>,
) -> Result<Response, WebError> {
    let agreed = match form.agreed.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(WebError::BadRequest("error-invalid-choice")),
    };
    state
        .store
        .set_factory_agreement(
            &state.store.scoped_case(staff.scope(), id).await?,
            agreed,
            staff.user.id,
            state.time(),
        )
        .await?;
    Ok(back(id))
}

#[derive(serde::Deserialize)]
pub struct ShareableForm {
    #[serde(default)]
    shareable_summary: String,
}

/// Replaces the shareable summary; organisations see it once it is shared again.
pub async fn edit_shareable(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<ShareableForm>,
) -> Result<Response, WebError> {
    let text = match ShareableSummary::parse(form.shareable_summary.trim()) {
        Ok(text) => text,
        Err(key) => return rerender(&state, &staff, id, key, Some(form.shareable_summary)).await,
    };
    state
        .store
        .edit_shareable_summary(
            &state.store.scoped_case(staff.scope(), id).await?,
            &text,
            staff.user.id,
            state.time(),
        )
        .await?;
    Ok(back(id))
}
