//! Incidents: one hazard, many callers. `/incidents` lists them, `/incidents/{id}` shows
//! one with the cases linked to it (only those the viewer may see), and the case page links
//! a case to an incident of its workplace or creates one.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use workvoice_domain::IncidentTitle;
use workvoice_domain::ids::{CaseId, IncidentId};
use workvoice_store::StoreError;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::worker_panel::{WorkerPanel, back_to_case, rerender};
use crate::shared::case_table::{CaseRow, RowMaker};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

const PER_PAGE: i64 = 50;

pub struct IncidentRow {
    id: IncidentId,
    id_text: String,
    title: String,
    workplace: String,
    cases: String,
    created: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/incidents.html")]
pub struct IncidentsPage {
    chrome: Chrome,
    rows: Vec<IncidentRow>,
    shown: String,
    prev: Option<String>,
    next: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    page: Option<i64>,
}

pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<ListQuery>,
) -> Result<IncidentsPage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let page = q.page.unwrap_or(1).max(1);
    let found = state
        .store
        .incidents(staff.scope(), PER_PAGE, (page - 1) * PER_PAGE)
        .await?;
    let rows = found
        .items
        .iter()
        .map(|i| IncidentRow {
            id: i.id,
            id_text: tr.digits(&i.id.to_string()),
            title: i.title.clone(),
            workplace: i
                .workplace_name
                .clone()
                .unwrap_or_else(|| tr.t("no-workplace")),
            cases: tr.t_count("incident-cases-count", i.case_count),
            created: tr.datetime(i.created_at, tz),
        })
        .collect();
    Ok(IncidentsPage {
        chrome: Chrome::staff(&staff, "incidents"),
        rows,
        shown: tr.t_count("incidents-count", found.total),
        prev: (page > 1).then(|| format!("/incidents?page={}", page - 1)),
        next: (page * PER_PAGE < found.total).then(|| format!("/incidents?page={}", page + 1)),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/incident.html")]
pub struct IncidentPage {
    chrome: Chrome,
    id_text: String,
    title: String,
    workplace: String,
    created: String,
    cases: Vec<CaseRow>,
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<IncidentId>,
) -> Result<IncidentPage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let (incident, cases) = state.store.incident(staff.scope(), id).await?;
    let categories = state.store.categories().await?;
    let make = RowMaker {
        tr,
        time_zone: tz,
        categories: &categories,
    };
    Ok(IncidentPage {
        chrome: Chrome::staff(&staff, "incidents"),
        id_text: tr.digits(&incident.id.to_string()),
        title: incident.title,
        workplace: incident
            .workplace_name
            .unwrap_or_else(|| tr.t("no-workplace")),
        created: tr.datetime(incident.created_at, tz),
        cases: cases
            .iter()
            .map(|c| CaseRow {
                summary: c.summary.clone(),
                ..make.row(c.id, c.created_at, c.urgency, &c.category_code, &c.status)
            })
            .collect(),
    })
}

#[derive(serde::Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    incident_id: String,
    #[serde(default)]
    incident_title: String,
}

/// Links the case to a chosen incident, or creates one from the typed title.
pub async fn link(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    Form(form): Form<LinkForm>,
) -> Result<Response, WebError> {
    let tr = staff.tr();
    let typed = form.incident_title.clone();
    let error = |key: &'static str| {
        let typed = typed.clone();
        move |p: &mut WorkerPanel| {
            p.incident_error = Some(tr.t(key));
            p.incident_title_typed = typed;
        }
    };
    let title = form.incident_title.trim();
    let chosen = form.incident_id.trim();
    let result = if !chosen.is_empty() {
        let Ok(incident_id) = chosen.parse::<IncidentId>() else {
            return rerender(&state, &staff, id, error("error-invalid-choice")).await;
        };
        state
            .store
            .link_incident(
                &state.store.scoped_case(staff.scope(), id).await?,
                incident_id,
                staff.user.id,
                state.time(),
            )
            .await
    } else if title.is_empty() {
        return rerender(&state, &staff, id, error("incident-error-choose")).await;
    } else {
        let title = match IncidentTitle::parse(title) {
            Ok(title) => title,
            Err(key) => return rerender(&state, &staff, id, error(key)).await,
        };
        state
            .store
            .create_incident_for_case(
                &state.store.scoped_case(staff.scope(), id).await?,
                &title,
                staff.user.id,
                state.time(),
            )
            .await
            .map(|_| ())
    };
    match result {
        Ok(()) => Ok(back_to_case(id)),
        Err(StoreError::Invalid(_)) => {
            rerender(&state, &staff, id, error("incident-error-other-workplace")).await
        }
        Err(StoreError::NotFound) if !chosen.is_empty() => {
            // The case itself must exist; then it was the incident that was missing.
            state.store.case(staff.scope(), id).await?;
            rerender(&state, &staff, id, error("error-invalid-choice")).await
        }
        Err(e) => Err(e.into()),
    }
}
