//! `/awareness/priorities`: the training priority list — workplaces by need (missing
//! awareness × workers), each with its score and the reasons, filtered by country,
//! district and brand, paginated — and the programme manager's follow-up marks.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use workvoice_domain::awareness::FollowUpStatus;
use workvoice_domain::ids::{OrgId, WorkplaceId};
use workvoice_domain::{Country, OrgKind};
use workvoice_store::PriorityFilter;

use crate::auth::roles::ProgrammeStaff;
use crate::awareness::today;
use crate::error::WebError;
use crate::registry::browse::{Choice, country_choices, district_choices};
use crate::shared::chrome::Chrome;
use crate::shared::pager::{PAGE_SIZE, Pager, page_number, pager};
use crate::state::AppState;

const PATH: &str = "/awareness/priorities";

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PriorityQuery {
    pub country: String,
    pub district: String,
    pub brand: String,
    pub page: Option<i64>,
}

pub struct PriorityView {
    pub rank: String,
    pub id: WorkplaceId,
    pub name: String,
    pub district: String,
    pub workers: String,
    pub score: String,
    pub low: bool,
    pub silent: bool,
    pub reasons: Vec<String>,
    pub follow_up: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "awareness/priorities.html")]
pub struct PrioritiesPage {
    chrome: Chrome,
    rows: Vec<PriorityView>,
    countries: Vec<Choice>,
    districts: Vec<Choice>,
    brands: Vec<Choice>,
    shown: String,
    pager: Pager,
    /// This page's address, where a follow-up mark comes back to.
    back: String,
}

pub async fn list(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Query(q): Query<PriorityQuery>,
) -> Result<PrioritiesPage, WebError> {
    let tr = staff.tr();
    let filter = PriorityFilter {
        country: Country::parse(&q.country),
        district: q.district.clone(),
        brand: q.brand.trim().parse().ok().map(OrgId::new),
        workplace: None,
    };
    let all = state
        .store
        .awareness_priorities(&filter, today(&state), state.time())
        .await?;
    let page = page_number(q.page);
    let start = usize::try_from((page - 1) * PAGE_SIZE).unwrap_or(usize::MAX);
    let rows = all
        .iter()
        .enumerate()
        .skip(start)
        .take(PAGE_SIZE as usize)
        .map(|(i, r)| PriorityView {
            rank: tr.number(i as i64 + 1),
            id: r.workplace,
            name: r.name.clone(),
            district: r.district.clone(),
            workers: tr.number(r.workers_total),
            score: tr.number(i64::from(r.score.score)),
            low: r.score.score < 50,
            silent: r.score.silent,
            reasons: r
                .score
                .reasons
                .iter()
                .map(|k| tr.t(k.message_key()))
                .collect(),
            follow_up: r.follow_up.map(|(s, at)| {
                format!(
                    "{} · {}",
                    tr.t(s.message_key()),
                    tr.date(at, &state.config.time_zone)
                )
            }),
        })
        .collect();
    let countries = country_choices(tr, filter.country);
    let districts = district_choices(&state.store, &q.district).await?;
    let brands = state
        .store
        .organisations_of_kind(OrgKind::Brand)
        .await?
        .into_iter()
        .map(|o| Choice {
            selected: filter.brand == Some(o.id),
            value: o.id.to_string(),
            label: o.name,
        })
        .collect();
    let query = serde_urlencoded::to_string(
        [
            ("country", q.country.trim()),
            ("district", q.district.trim()),
            ("brand", q.brand.trim()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect::<Vec<_>>(),
    )
    .unwrap_or_default();
    let back = if query.is_empty() {
        format!("{PATH}?page={page}")
    } else {
        format!("{PATH}?{query}&page={page}")
    };
    Ok(PrioritiesPage {
        chrome: Chrome::staff(&staff, "priorities"),
        shown: tr.t_count("awareness-priorities-count", all.len() as i64),
        pager: pager(tr, PATH, &query, page, all.len() as i64, false),
        rows,
        countries,
        districts,
        brands,
        back,
    })
}

#[derive(Debug, Deserialize)]
pub struct FollowUpForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    back: String,
}

/// Marks a workplace's follow-up training planned or done, then shows the list again
/// where it was (only a path of the list itself is followed back).
pub async fn follow_up(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Path(id): Path<WorkplaceId>,
    Form(form): Form<FollowUpForm>,
) -> Result<Response, WebError> {
    state.store.workplace(id).await?;
    let status =
        FollowUpStatus::parse(&form.status).ok_or(WebError::BadRequest("error-invalid-choice"))?;
    state
        .store
        .set_follow_up(id, status, staff.user.id, state.time())
        .await?;
    let back = if form.back.starts_with(&format!("{PATH}?")) && !form.back.contains("//") {
        form.back
    } else {
        PATH.to_owned()
    };
    Ok(Redirect::to(&back).into_response())
}
