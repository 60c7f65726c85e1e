//! The action checklist on a visit's page (`POST /osh/visits/{id}/checklist`): provider
//! staff walk through the workplace with the current template and answer each item in the
//! ILO form — propose action yes / no / not applicable, priority, already good, remarks —
//! and may open an improvement from a "yes" in the item's technical area.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::ids::{ChecklistItemId, VisitId};
use workvoice_domain::osh::checklist::ProposeAction;
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_store::{ChecklistAnswer, NewImprovement, OshScope};

use crate::error::WebError;
use crate::i18n::Tr;
use crate::osh::access::ProviderStaff;
use crate::state::AppState;

/// One item as the visit page shows it, with the visit's answer if any.
pub struct ItemRow {
    pub id: ChecklistItemId,
    pub area: String,
    pub text: String,
    pub answer: &'static str,
    pub answer_label: String,
    pub priority: bool,
    pub already_good: bool,
    pub remarks: String,
    pub improvement: Option<i64>,
}

/// The rows of the current checklist with the visit's answers.
pub async fn rows(
    state: &AppState,
    scope: OshScope,
    visit: VisitId,
    tr: Tr,
    language: workvoice_domain::Language,
) -> Result<Vec<ItemRow>, WebError> {
    let checklist = state.store.current_checklist().await?;
    let answers = state.store.checklist_answers(scope, visit).await?;
    Ok(checklist
        .items
        .iter()
        .map(|item| {
            let answer = answers.iter().find(|a| a.item_id == item.id);
            ItemRow {
                id: item.id,
                area: tr.t(item.def.area.message_key()),
                text: item.def.text(language).to_owned(),
                answer: answer.map_or("", |a| a.answer.code()),
                answer_label: answer.map_or_else(String::new, |a| tr.t(a.answer.message_key())),
                priority: answer.is_some_and(|a| a.priority),
                already_good: answer.is_some_and(|a| a.already_good),
                remarks: answer.map(|a| a.remarks.clone()).unwrap_or_default(),
                improvement: answer.and_then(|a| a.improvement_id).map(|i| i.get()),
            }
        })
        .collect())
}

pub async fn save(
    State(state): State<AppState>,
    ProviderStaff(user, provider): ProviderStaff,
    Path(id): Path<VisitId>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let visit = state.store.visit(user.scope, id).await?;
    let checklist = state.store.current_checklist().await?;
    let before = state.store.checklist_answers(user.scope, id).await?;
    let field = |name: String| {
        fields
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let now = state.time();
    let mut answers = Vec::new();
    for item in &checklist.items {
        let Some(answer) = ProposeAction::parse(field(format!("answer_{}", item.id))) else {
            continue;
        };
        let remarks: String = field(format!("remarks_{}", item.id))
            .chars()
            .take(500)
            .collect();
        let mut improvement_id = before
            .iter()
            .find(|a| a.item_id == item.id)
            .and_then(|a| a.improvement_id);
        let open = !field(format!("open_{}", item.id)).is_empty();
        if open && answer == ProposeAction::Yes && improvement_id.is_none() {
            let text = item.def.text(user.user.language);
            let description = if remarks.trim().is_empty() {
                text.to_owned()
            } else {
                format!("{text} — {}", remarks.trim())
            };
            let new = NewImprovement {
                workplace: visit.workplace_id,
                source: ImprovementSource::Checklist,
                area: item.def.area,
                description,
                control_level: None,
                low_cost: true,
                cost: None,
                owner_name: String::new(),
                due_on: visit.next_due_on,
                before: None,
                after: None,
            };
            improvement_id = Some(
                state
                    .store
                    .create_improvement(provider, &new, None, Some(user.user.id), now)
                    .await?,
            );
        }
        answers.push(ChecklistAnswer {
            item_id: item.id,
            answer,
            priority: !field(format!("priority_{}", item.id)).is_empty(),
            already_good: !field(format!("good_{}", item.id)).is_empty(),
            remarks,
            improvement_id,
        });
    }
    state
        .store
        .save_checklist_answers(provider, id, &answers)
        .await?;
    Ok(Redirect::to(&format!("/osh/visits/{id}#checklist")).into_response())
}
