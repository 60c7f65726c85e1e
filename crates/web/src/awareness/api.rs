//! `/api/workplaces/{id}/awareness`: a workplace's awareness score for services — the
//! score, each part, whether it is silent, the reasons (message ids), the inputs it was
//! computed from, and the follow-up training marked for it. Helpline tokens only, like
//! the rest of the API: it counts calls.

use axum::Json;
use axum::extract::{Path, State};
use workvoice_domain::ids::WorkplaceId;
use workvoice_store::PriorityFilter;

use crate::api::auth::ApiUser;
use crate::api::error::{ApiError, ErrorOut};
use crate::awareness::today;
use crate::state::AppState;

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct AwarenessOut {
    #[schema(value_type = i64)]
    workplace_id: WorkplaceId,
    /// 0–100.
    score: u8,
    /// Missing score × workers: the priority list's order.
    need: i64,
    /// No substantive call in 12 months.
    silent: bool,
    /// Why the score is low, as message ids (`awareness-reason-…`).
    reasons: Vec<&'static str>,
    /// Each part between 0 and 1: checks, training, materials, calls.
    parts: [f64; 4],
    workers_total: i64,
    workers_trained_12_months: i64,
    days_since_training: Option<i64>,
    cards_distributed: i64,
    posters_displayed: i64,
    recording_plays_90_days: i64,
    workers_asked: i64,
    substantive_calls_12_months: i64,
    informational_calls_12_months: i64,
    /// `planned` or `done`, when marked.
    follow_up: Option<&'static str>,
}

#[utoipa::path(get, path = "/workplaces/{id}/awareness", tag = "workplaces", params(("id" = i64, Path, description = "The workplace id")),
    responses((status = 401, body = ErrorOut), (status = 400, body = ErrorOut), (status = 200, body = AwarenessOut), (status = 404, body = ErrorOut)))]
pub async fn score(
    State(state): State<AppState>,
    _user: ApiUser,
    Path(id): Path<WorkplaceId>,
) -> Result<Json<AwarenessOut>, ApiError> {
    state.store.workplace(id).await?;
    let filter = PriorityFilter {
        workplace: Some(id),
        ..PriorityFilter::default()
    };
    let row = state
        .store
        .awareness_priorities(&filter, today(&state), state.time())
        .await?
        .into_iter()
        .next()
        .ok_or(ApiError::from(workvoice_store::StoreError::NotFound))?;
    let i = &row.inputs;
    let s = &row.score;
    Ok(Json(AwarenessOut {
        workplace_id: id,
        score: s.score,
        need: row.need,
        silent: s.silent,
        reasons: s.reasons.iter().map(|r| r.message_key()).collect(),
        parts: [s.checks, s.training, s.materials, s.calls],
        workers_total: i.workers_total,
        workers_trained_12_months: i.workers_trained,
        days_since_training: i.days_since_training,
        cards_distributed: i.cards_distributed,
        posters_displayed: i.posters_displayed,
        recording_plays_90_days: i.recording_plays,
        workers_asked: i.checks.sampled,
        substantive_calls_12_months: i.substantive_calls,
        informational_calls_12_months: i.informational_calls,
        follow_up: row.follow_up.map(|(f, _)| f.code()),
    }))
}
