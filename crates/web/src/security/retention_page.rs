//! `/admin/retention`: how long each programme keeps a caller's identity after closure,
//! what the next run of the retention job would remove if it ran now, when it last ran
//! and what its latest runs removed. Supervisors look; administrators change a period
//! (written to the access log with the change). Counts only: nobody's identity.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_channels::RetentionJob;
use workvoice_domain::Country;
use workvoice_domain::retention::{Programme, RetentionDays};

use crate::auth::current::Staff;
use crate::auth::roles::{RequireAdmin, RequireSupervisor};
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// Runs listed at most.
const RUNS: i64 = 10;

const PROGRAMMES: [Programme; 3] = [
    Programme::Default,
    Programme::Country(Country::Bangladesh),
    Programme::Country(Country::Vietnam),
];

pub struct PeriodRow {
    pub code: &'static str,
    pub label: String,
    pub days: String,
    pub error: Option<String>,
}

pub struct RunRow {
    pub at: String,
    pub cases: String,
    pub callers: String,
    pub attachments: String,
    pub messages: String,
    pub callbacks: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "security/retention.html")]
pub struct RetentionPage {
    chrome: Chrome,
    periods: Vec<PeriodRow>,
    can_edit: bool,
    saved: bool,
    next_run: String,
    last_run: String,
    last_error: String,
    preview: String,
    runs: Vec<RunRow>,
}

#[derive(serde::Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

fn programme_label(tr: crate::i18n::Tr, programme: Programme) -> String {
    match programme {
        Programme::Default => tr.t("retention-programme-default"),
        Programme::Country(c) => tr.t(&format!("country-{}", c.code().to_ascii_lowercase())),
    }
}

async fn page(
    state: &AppState,
    staff: &Staff,
    typed: Option<(Programme, String, &'static str)>,
    saved: bool,
) -> Result<RetentionPage, WebError> {
    let tr = staff.tr();
    let tz = &state.config.time_zone;
    let now = state.time();
    let mut periods = Vec::new();
    for programme in PROGRAMMES {
        let stored = tr.number(state.store.retention_days(programme).await?);
        let (days, error) = match &typed {
            Some((p, text, error)) if *p == programme => (text.clone(), Some(tr.t(error))),
            _ => (stored.clone(), None),
        };
        periods.push(PeriodRow {
            code: programme.code(),
            label: programme_label(tr, programme),
            days,
            error,
        });
    }
    let job = state.store.job_status(RetentionJob::NAME).await?;
    let preview = state.store.retention_preview(now).await?;
    let runs = state
        .store
        .retention_runs(RUNS)
        .await?
        .iter()
        .map(|r| RunRow {
            at: tr.datetime(r.at, tz),
            cases: tr.number(r.cases),
            callers: tr.number(r.callers),
            attachments: tr.number(r.attachments),
            messages: tr.number(r.messages),
            callbacks: tr.number(r.callbacks),
        })
        .collect();
    Ok(RetentionPage {
        chrome: Chrome::staff(staff, "admin"),
        periods,
        can_edit: staff.user.role.can_manage_users(),
        saved,
        next_run: job
            .as_ref()
            .map(|j| tr.datetime(j.next_run_at, tz))
            .unwrap_or_default(),
        last_run: job
            .as_ref()
            .and_then(|j| j.last_run_at)
            .map(|at| tr.datetime(at, tz))
            .unwrap_or_default(),
        last_error: job.and_then(|j| j.last_error).unwrap_or_default(),
        preview: tr.t_args(
            "retention-preview",
            &[
                ("count", preview.cases.into()),
                ("done", tr.number(preview.callbacks).into()),
                ("total", tr.number(preview.messages).into()),
            ],
        ),
        runs,
    })
}

pub async fn show(
    State(state): State<AppState>,
    RequireSupervisor(staff): RequireSupervisor,
    Query(q): Query<SavedQuery>,
) -> Result<RetentionPage, WebError> {
    page(&state, &staff, None, q.saved.is_some()).await
}

#[derive(serde::Deserialize)]
pub struct PeriodForm {
    #[serde(default)]
    programme: String,
    #[serde(default)]
    days: String,
}

/// Sets one programme's period; a wrong number comes back beside its field (422).
pub async fn save(
    State(state): State<AppState>,
    RequireAdmin(staff): RequireAdmin,
    Form(form): Form<PeriodForm>,
) -> Result<Response, WebError> {
    let programme = Programme::parse(&form.programme)
        .filter(|p| PROGRAMMES.contains(p))
        .ok_or(WebError::BadRequest("error-invalid-choice"))?;
    // Typed in the reader's digits (Bengali digits too).
    let ascii: String = form
        .days
        .trim()
        .chars()
        .map(|c| workvoice_domain::to_ascii_digit(c).unwrap_or(c))
        .collect();
    let days = ascii
        .parse::<i64>()
        .map_err(|_| "retention-error-days")
        .and_then(RetentionDays::parse);
    match days {
        Ok(days) => {
            state
                .store
                .set_retention_by(programme, days, staff.user.id, state.time())
                .await?;
            Ok(Redirect::to("/admin/retention?saved=1").into_response())
        }
        Err(error) => {
            let page = page(&state, &staff, Some((programme, form.days, error)), false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
