//! A staff member's unread notifications (an overdue step on their case, a brand
//! escalation), the "mark read" action, and the line the dashboard shows about them.
//! Notifications name a case and a kind, never a caller.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::CaseId;

use crate::auth::current::Staff;
use crate::auth::roles;
use crate::error::WebError;
use crate::shared::chrome::Chrome;
use crate::shared::labels;
use crate::state::AppState;

const SHOWN: i64 = 100;

pub struct NotificationRow {
    pub case_id: Option<CaseId>,
    pub case_text: String,
    pub what: String,
    pub at: String,
}

/// The signed-in user's unread notifications, newest first.
pub async fn rows(state: &AppState, staff: &Staff) -> Result<Vec<NotificationRow>, WebError> {
    let tr = staff.tr();
    let tz = state.config.time_zone.as_str();
    Ok(state
        .store
        .unread_notifications(staff.user.id, SHOWN)
        .await?
        .iter()
        .map(|n| NotificationRow {
            case_id: n.case_id,
            case_text: n
                .case_id
                .map(|id| tr.digits(&id.to_string()))
                .unwrap_or_default(),
            what: tr
                .try_t(&labels::NOTIFICATION_KIND.id(&n.kind))
                .unwrap_or_else(|| tr.t("notification-kind-other")),
            at: tr.datetime(n.at, tz),
        })
        .collect())
}

/// What the dashboard adds: a link to unread notifications and, for supervisors and
/// administrators, links to their views.
pub struct Watch {
    pub unread: Option<String>,
    pub supervisor: bool,
    pub admin: bool,
}

pub async fn watch(state: &AppState, staff: &Staff) -> Result<Watch, WebError> {
    let unread = state
        .store
        .unread_notifications(staff.user.id, SHOWN)
        .await?
        .len();
    let tr = staff.tr();
    Ok(Watch {
        unread: (unread > 0).then(|| {
            tr.t_count(
                "notification-unread-link",
                i64::try_from(unread).unwrap_or(i64::MAX),
            )
        }),
        supervisor: roles::supervises(staff.user.role),
        admin: roles::administers(staff.user.role),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/notifications.html")]
pub struct NotificationsPage {
    chrome: Chrome,
    notifications: Vec<NotificationRow>,
    back: &'static str,
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<NotificationsPage, WebError> {
    Ok(NotificationsPage {
        chrome: Chrome::staff(&staff, "home"),
        notifications: rows(&state, &staff).await?,
        back: "/notifications",
    })
}

#[derive(serde::Deserialize)]
pub struct ReadForm {
    #[serde(default)]
    back: String,
}

/// Marks all the user's notifications read and returns to the page the form was on
/// (only our own pages: never an address taken from the request as is).
pub async fn mark_read(
    State(state): State<AppState>,
    staff: Staff,
    Form(form): Form<ReadForm>,
) -> Result<Response, WebError> {
    state
        .store
        .mark_notifications_read(staff.user.id, state.time())
        .await?;
    let back = match form.back.as_str() {
        "/supervisor/overdue" => "/supervisor/overdue",
        "/" => "/",
        _ => "/notifications",
    };
    Ok(Redirect::to(back).into_response())
}
