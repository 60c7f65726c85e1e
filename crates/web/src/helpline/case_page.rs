//! One case as helpline staff see it: facts, callers (decrypted — helpline only), the
//! timeline of events, and the panels of the other features (steps, worker kept informed,
//! organisation responses); the note and assignment forms post to `notes` and `assignment`.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use workvoice_domain::CaseCode;
use workvoice_domain::ids::{CaseId, UserId};
use workvoice_store::{CallerOnCase, CaseEvent, EventKind};

use crate::auth::cookies;
use crate::auth::current::Staff;
use crate::error::WebError;
use crate::i18n::Tr;
use crate::shared::case_facts::{CaseFacts, FactsOf};
use crate::shared::chrome::Chrome;
use crate::shared::labels::{self, Choice};
use crate::state::AppState;

pub struct CallerView {
    name: String,
    phone: String,
    consent: String,
    other_cases: Option<String>,
}

pub struct EventView {
    at: String,
    actor: String,
    what: String,
    text: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/case.html")]
pub struct CasePage {
    chrome: Chrome,
    id: CaseId,
    id_text: String,
    new_code: Option<String>,
    facts: CaseFacts,
    summary: String,
    language: String,
    channel: String,
    assigned: String,
    narrative: String,
    callers: Vec<CallerView>,
    events: Vec<EventView>,
    can_assign: bool,
    assignees: Vec<Choice>,
    note_text: String,
    note_error: Option<&'static str>,
    /// "Worker kept informed", closure and incident forms (`worker_panel`).
    pub(crate) worker: crate::helpline::worker_panel::WorkerPanel,
    org_panel: crate::org::disclosure::HelplinePanel,
    steps: crate::helpline::steps::StepsPanel,
    pub(crate) reporting: crate::helpline::reporting::ReportingPanel,
    survey: Option<crate::surveys::panel::SurveyPanel>,
}

fn minutes(tr: Tr, m: i64) -> String {
    tr.digits(&format!("{:02}:{:02}", m / 60, m % 60))
}

fn caller_view(tr: Tr, c: &CallerOnCase) -> CallerView {
    let mut consent = vec![
        tr.t(if c.consent_callback {
            "consent-callback-yes"
        } else {
            "consent-callback-no"
        }),
        tr.t(if c.consent_sms {
            "consent-sms-yes"
        } else {
            "consent-sms-no"
        }),
    ];
    if let (Some(from), Some(to)) = (c.safe_from_minute, c.safe_to_minute) {
        consent.push(tr.t_args(
            "consent-safe-window",
            &[
                ("from", minutes(tr, from).into()),
                ("to", minutes(tr, to).into()),
            ],
        ));
    }
    CallerView {
        name: c.name.clone().unwrap_or_else(|| tr.t("caller-no-name")),
        phone: c.phone.clone().unwrap_or_else(|| tr.t("caller-no-phone")),
        consent: consent.join(" · "),
        other_cases: (c.other_cases > 0).then(|| tr.t_count("caller-other-cases", c.other_cases)),
    }
}

fn event_view(
    tr: Tr,
    time_zone: &str,
    e: &CaseEvent,
    assignee_names: &[(UserId, String)],
) -> EventView {
    let name_of = |v: &serde_json::Value| {
        v.as_i64()
            .and_then(|id| {
                assignee_names
                    .iter()
                    .find(|(i, _)| i.get() == id)
                    .map(|(_, n)| n.clone())
            })
            .unwrap_or_else(|| tr.t("unassigned"))
    };
    let text_of = |key: &str| {
        e.detail
            .get(key)
            .and_then(|t| t.as_str())
            .map(str::to_owned)
    };
    let key = labels::EVENT.id(e.kind.code());
    let what = match e.kind {
        EventKind::Assigned => tr.t_args(&key, &[("to", name_of(&e.detail["to"]).into())]),
        EventKind::StatusChanged => tr.t_args(
            &key,
            &[(
                "to",
                labels::status(tr, text_of("to").as_deref().unwrap_or_default()).into(),
            )],
        ),
        EventKind::StepMet | EventKind::StepOverdue => tr.t_args(
            &key,
            &[(
                "step",
                tr.t(&labels::STEP.id(&text_of("step").unwrap_or_default()))
                    .into(),
            )],
        ),
        EventKind::Reported => tr.t_args(
            &key,
            &[
                ("org", text_of("organisation").unwrap_or_default().into()),
                (
                    "version",
                    tr.number(e.detail["version"].as_i64().unwrap_or(1)).into(),
                ),
            ],
        ),
        _ => tr.t(&key),
    };
    EventView {
        at: tr.datetime(e.at, time_zone),
        actor: e.actor_name.clone().unwrap_or_else(|| tr.t("actor-system")),
        what,
        // A note of a case whose identity was removed keeps only the fact it was written.
        text: if e.detail["removed"] == serde_json::Value::Bool(true) {
            Some(tr.t("event-note-removed"))
        } else {
            text_of("text")
        },
    }
}

pub(crate) async fn render(
    state: &AppState,
    staff: &Staff,
    id: CaseId,
    new_code: Option<String>,
    note_text: String,
    note_error: Option<&'static str>,
) -> Result<CasePage, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    let case = state.store.case(staff.scope(), id).await?;
    let categories = state.store.categories().await?;
    // The page shows decrypted identity: the read and its access-log row are one transaction.
    let callers = state
        .store
        .case_callers_viewed(&case.scoped(), staff.user.id, "view_identity", state.time())
        .await?;
    let events = state.store.case_events(&case.scoped()).await?;
    // The steps and their zone feed both the steps and the reporting panels: read once.
    let zone = crate::helpline::steps::case_zone(state, &case).await?;
    let steps = state.store.case_steps(&case.scoped()).await?;
    let staff_users = state
        .store
        .users_of_organisation(staff.user.organisation_id)
        .await?;
    let names: Vec<(UserId, String)> = staff_users
        .iter()
        .map(|u| (u.id, u.display_name.clone()))
        .collect();
    let s = &case.summary;
    Ok(CasePage {
        chrome: Chrome::staff(staff, "cases"),
        id,
        id_text: tr.digits(&id.to_string()),
        new_code,
        facts: CaseFacts::new(
            tr,
            &categories,
            FactsOf {
                status: &s.status,
                urgency: s.urgency,
                category_code: &s.category_code,
                workplace_name: s.workplace_name.as_deref(),
                received_label: "col-received",
                received: tr.datetime(s.created_at, tz),
            },
        ),
        summary: s.summary.clone(),
        language: Tr::native_name(s.language),
        channel: tr.t(s.channel.message_key()),
        assigned: s
            .assigned_name
            .clone()
            .unwrap_or_else(|| tr.t("unassigned")),
        narrative: case.narrative.clone(),
        callers: callers.iter().map(|c| caller_view(tr, c)).collect(),
        events: events
            .iter()
            .map(|e| event_view(tr, tz, e, &names))
            .collect(),
        can_assign: staff.user.role.can_assign(),
        assignees: staff_users
            .iter()
            .map(|u| Choice {
                value: u.id.to_string(),
                label: u.display_name.clone(),
                selected: Some(u.id) == s.assigned_to,
                life_safety: false,
            })
            .collect(),
        note_text,
        note_error,
        worker: crate::helpline::worker_panel::panel(state, staff, &case, &callers).await?,
        org_panel: crate::org::disclosure::helpline_panel(state, tr, &case.scoped()).await?,
        survey: crate::surveys::panel::panel(state, tr, &case.scoped()).await?,
        steps: crate::helpline::steps::panel(state, tr, &case, zone, &steps).await?,
        reporting: crate::helpline::reporting::panel(state, tr, &case, zone, &steps).await?,
    })
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<CaseId>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    // A code sealed for this user and case by the intake form, shown once and then dropped.
    let aad = format!("flash:{}:{id}", staff.user.id);
    let new_code = cookies::read(&headers, cookies::FLASH_CODE)
        .and_then(|sealed| state.store.keys().open_flash(&sealed, &aad).ok())
        .and_then(|digits| CaseCode::parse(&digits).ok())
        .map(|code| staff.tr().digits(&code.display()));
    let page = render(&state, &staff, id, new_code.clone(), String::new(), None).await?;
    let clear = new_code.map(|_| {
        (
            header::SET_COOKIE,
            cookies::build(
                &state.config,
                cookies::FLASH_CODE,
                "",
                &format!("/cases/{id}"),
                Some(0),
            ),
        )
    });
    Ok((
        AppendHeaders(clear),
        [(header::CACHE_CONTROL, "no-store")],
        page,
    )
        .into_response())
}
