//! `/org/awareness`: the organisations' side of the programme. A factory contact sees their
//! own workplace's training record and confirms the manager's play reports (only their
//! own workplace's: the store checks the report's workplace against the contact's
//! organisation, and another's answers exactly like a missing one). A brand user sees
//! their suppliers' coverage in counts — workers, trained, cards, posters, checks — and
//! nothing about calls: a call count would tell a brand that cases exist before any was
//! reported to it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::PlayReportId;
use workvoice_store::Scope;

use crate::awareness::today;
use crate::awareness::views::{RecordView, record_view, with_share};
use crate::error::WebError;
use crate::org::access::{FactoryContact, OrgUser, chrome};
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "awareness/org_factory.html")]
pub struct FactoryPage {
    chrome: Chrome,
    is_brand: bool,
    name: String,
    record: RecordView,
    can_confirm: bool,
}

pub struct CoverageView {
    pub name: String,
    pub status: String,
    pub workers: String,
    pub last_training: String,
    pub trained: String,
    pub cards: String,
    pub posters: String,
    pub knows_number: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "awareness/org_brand.html")]
pub struct BrandPage {
    chrome: Chrome,
    is_brand: bool,
    rows: Vec<CoverageView>,
}

pub async fn show(State(state): State<AppState>, org: OrgUser) -> Result<Response, WebError> {
    let tr = org.tr();
    match org.scope {
        Scope::Workplace { organisation_id } => {
            let workplace = state
                .store
                .workplace_of_organisation(organisation_id)
                .await?
                .ok_or(WebError::NotFound)?;
            let record = state.store.awareness_record(workplace).await?;
            let name = state.store.workplace(workplace).await?.name;
            Ok(FactoryPage {
                chrome: chrome(&org, "org-awareness"),
                is_brand: false,
                name,
                record: record_view(tr, &record),
                can_confirm: true,
            }
            .into_response())
        }
        Scope::Brand { organisation_id } => {
            let rows = state
                .store
                .supplier_coverage(organisation_id, today(&state))
                .await?
                .into_iter()
                .map(|c| CoverageView {
                    name: c.name,
                    status: tr.t(c.status.message_key()),
                    workers: tr.number(c.workers_total),
                    last_training: c
                        .last_training
                        .map_or_else(|| tr.t("awareness-never"), |d| tr.digits(&d)),
                    trained: tr.number(c.workers_trained),
                    cards: tr.number(c.cards_distributed),
                    posters: tr.number(c.posters_displayed),
                    knows_number: if c.checks.sampled > 0 {
                        with_share(tr, c.checks.knows_number, c.checks.sampled)
                    } else {
                        tr.t("awareness-no-check")
                    },
                })
                .collect();
            Ok(BrandPage {
                chrome: chrome(&org, "org-awareness"),
                is_brand: true,
                rows,
            }
            .into_response())
        }
        Scope::Helpline => Err(WebError::NotFound),
    }
}

pub async fn confirm(
    State(state): State<AppState>,
    FactoryContact(org): FactoryContact,
    Path(id): Path<PlayReportId>,
) -> Result<Response, WebError> {
    let organisation = org.scope.organisation_id().ok_or(WebError::NotFound)?;
    state
        .store
        .confirm_play_report(organisation, id, org.user.id, state.time())
        .await?;
    Ok(Redirect::to("/org/awareness").into_response())
}
