//! `/osh`: the start page of the OSH programme. Provider staff see their visit priorities
//! (helpline signals first, then overdue visits) and their schedule; an enterprise owner
//! sees their own visits and improvements; programme staff see each provider's planned
//! and overdue visits.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use workvoice_domain::ids::{EnrolmentId, VisitId};
use workvoice_domain::osh::VisitState;
use workvoice_store::{ImprovementFilter, OshScope};

use crate::error::WebError;
use crate::osh::access::{OshUser, day, opt_day, today};
use crate::osh::improvements::{ImprovementRow, rows as improvement_rows};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct PriorityRow {
    pub workplace: String,
    pub signals: String,
    pub areas: String,
    pub next_planned: String,
    pub urgent: bool,
}

pub struct VisitRow {
    pub id: VisitId,
    pub workplace: String,
    pub provider: String,
    pub kind: String,
    pub scheduled: String,
    pub performed: String,
    pub state: String,
    pub overdue: bool,
}

pub struct ProviderRow {
    pub provider: String,
    pub planned: String,
    pub overdue: String,
}

pub struct EnrolmentRow {
    pub id: EnrolmentId,
    pub workplace: String,
    pub programme: String,
    pub last_visited: String,
    pub next_planned: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/home.html")]
pub struct HomePage {
    chrome: Chrome,
    is_provider: bool,
    is_enterprise: bool,
    priorities: Vec<PriorityRow>,
    schedule: Vec<VisitRow>,
    providers: Vec<ProviderRow>,
    enrolments: Vec<EnrolmentRow>,
    rows: Vec<ImprovementRow>,
}

pub fn visit_rows(
    tr: crate::i18n::Tr,
    visits: &[workvoice_store::Visit],
    today: jiff::civil::Date,
) -> Vec<VisitRow> {
    visits
        .iter()
        .map(|v| {
            let state = v.state(today);
            VisitRow {
                id: v.id,
                workplace: v.workplace.clone(),
                provider: v.provider.clone(),
                kind: tr.t(v.kind.message_key()),
                scheduled: day(tr, v.scheduled_on),
                performed: opt_day(tr, v.performed_on),
                state: tr.t(state.message_key()),
                overdue: state == VisitState::Overdue,
            }
        })
        .collect()
}

pub async fn show(State(state): State<AppState>, user: OshUser) -> Result<HomePage, WebError> {
    let tr = user.tr();
    let today = today(&state);
    let store = &state.store;
    let mut page = HomePage {
        chrome: user.chrome("osh_home"),
        is_provider: user.provider().is_some(),
        is_enterprise: user.enterprise().is_some(),
        priorities: Vec::new(),
        schedule: Vec::new(),
        providers: Vec::new(),
        enrolments: Vec::new(),
        rows: Vec::new(),
    };
    match user.scope {
        OshScope::Provider(org) => {
            page.priorities = store
                .visit_priorities(org, today)
                .await?
                .into_iter()
                .map(|p| PriorityRow {
                    workplace: p.workplace,
                    signals: tr.number(p.open_signals),
                    areas: p
                        .signal_areas
                        .iter()
                        .map(|a| tr.t(a.message_key()))
                        .collect::<Vec<_>>()
                        .join(", "),
                    next_planned: opt_day(tr, p.next_planned),
                    urgent: p.open_signals > 0 || p.next_planned.is_some_and(|d| d < today),
                })
                .collect();
            page.schedule = visit_rows(tr, &store.visit_schedule(user.scope).await?, today);
            for e in store.enrolments(user.scope).await? {
                let c = store.workplace_coordination(e.workplace_id).await?;
                let by = |v: Option<(jiff::civil::Date, String)>| {
                    v.map(|(d, who)| format!("{} · {who}", day(tr, d)))
                        .unwrap_or_default()
                };
                page.enrolments.push(EnrolmentRow {
                    id: e.id,
                    workplace: e.workplace,
                    programme: e.programme,
                    last_visited: by(c.last_visited),
                    next_planned: by(c.next_planned),
                });
            }
        }
        OshScope::Enterprise(_) => {
            page.schedule = visit_rows(tr, &store.visits(user.scope, None).await?, today);
            page.rows = improvement_rows(
                tr,
                &store
                    .improvements(user.scope, &ImprovementFilter::default())
                    .await?,
            );
        }
        OshScope::Programme => {
            page.providers = store
                .schedule_by_provider(today)
                .await?
                .into_iter()
                .map(|p| ProviderRow {
                    provider: p.provider,
                    planned: tr.number(p.planned),
                    overdue: tr.number(p.overdue),
                })
                .collect();
            page.schedule = visit_rows(tr, &store.visit_schedule(user.scope).await?, today);
        }
    }
    Ok(page)
}
