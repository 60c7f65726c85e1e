//! One practice on the staff side (`/library/manage/{id}`): each language's text with its
//! form (write or translate), sector, cost band and naming, the enterprise's consent to
//! publication (recorded or withdrawn by its provider's staff), the review steps open to
//! the viewer — publishing and withdrawing ask for a confirmation — and the review trail.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use workvoice_domain::FieldErrors;
use workvoice_domain::Language;
use workvoice_domain::ids::PracticeId;
use workvoice_domain::library::{CostBand, Naming, ReviewState, Sector};
use workvoice_store::{PracticeSettings, StoreError};

use crate::error::WebError;
use crate::library::access::{Author, LibraryStaff};
use crate::library::labels;
use crate::library::manage::parse_translation;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct TextForm {
    pub language: &'static str,
    pub label: String,
    pub title: String,
    pub problem: String,
    pub solution: String,
    pub missing: bool,
}

pub struct Step {
    pub to: &'static str,
    pub label: String,
    /// Publishing and withdrawing ask the reviewer to confirm.
    pub confirm: bool,
}

pub struct TrailRow {
    pub at: String,
    pub actor: String,
    pub change: String,
    pub note: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "library/edit.html")]
pub struct EditPage {
    pub chrome: Chrome,
    pub id: PracticeId,
    pub title: String,
    pub workplace: String,
    pub provider: String,
    pub improvement_href: String,
    pub state: String,
    pub public: bool,
    pub editable: bool,
    pub author: bool,
    pub texts: Vec<TextForm>,
    pub sectors: Vec<Choice>,
    pub costs: Vec<Choice>,
    pub namings: Vec<Choice>,
    pub consent: Option<String>,
    pub steps: Vec<Step>,
    pub trail: Vec<TrailRow>,
    pub error: Option<String>,
}

async fn edit_page(
    state: &AppState,
    staff: &LibraryStaff,
    id: PracticeId,
    error: Option<&str>,
) -> Result<EditPage, WebError> {
    let tr = staff.tr();
    let zone = &state.config.time_zone;
    let p = state.store.practice(staff.scope(), id).await?;
    let consent = state
        .store
        .publication_consent(staff.scope(), p.improvement_id)
        .await?;
    let trail = state.store.practice_reviews(staff.scope(), id).await?;
    let texts = Language::ALL
        .into_iter()
        .map(|language| {
            let t = p.texts.iter().find(|t| t.language == language);
            TextForm {
                language: language.code(),
                label: tr.t(language.message_key()),
                title: t.map(|t| t.text.title().to_owned()).unwrap_or_default(),
                problem: t.map(|t| t.text.problem().to_owned()).unwrap_or_default(),
                solution: t.map(|t| t.text.solution().to_owned()).unwrap_or_default(),
                missing: t.is_none(),
            }
        })
        .collect();
    let steps = ReviewState::ALL
        .into_iter()
        .filter(|to| p.state.can_move_to(*to))
        .filter(|to| ReviewState::is_reviewers(p.state, *to) == staff.is_reviewer())
        .map(|to| Step {
            to: to.code(),
            label: tr.t(&format!("library-step-{}", to.code())),
            confirm: matches!(to, ReviewState::Published | ReviewState::Withdrawn),
        })
        .collect();
    let consent = consent.map(|c| match c.withdrawn_at {
        None => tr.t_args(
            "library-consent-given",
            &[
                ("name", c.given_by.clone().into()),
                ("day", tr.digits(&c.given_on.to_string()).into()),
            ],
        ),
        Some(at) => tr.t_args(
            "library-consent-withdrawn",
            &[("day", tr.date(at, zone).into())],
        ),
    });
    Ok(EditPage {
        chrome: staff.chrome(),
        id,
        title: p
            .texts
            .first()
            .map(|t| t.text.title().to_owned())
            .unwrap_or_default(),
        workplace: p.workplace.clone(),
        provider: p.provider.clone(),
        improvement_href: format!("/osh/improvements/{}", p.improvement_id),
        state: tr.t(p.state.message_key()),
        public: p.is_public(),
        editable: p.state.is_editable(),
        author: !staff.is_reviewer(),
        texts,
        sectors: labels::sectors(tr, p.settings.sector.code(), None),
        costs: labels::cost_bands(tr, p.settings.cost_band.code(), None),
        namings: labels::namings(tr, p.settings.naming.code()),
        consent,
        steps,
        trail: trail
            .iter()
            .map(|e| TrailRow {
                at: tr.datetime(e.at, zone),
                actor: e.actor.clone().unwrap_or_default(),
                change: tr.t(e.to.message_key()),
                note: e.note.clone(),
            })
            .collect(),
        error: error.map(|k| tr.t(k)),
    })
}

pub async fn show(
    State(state): State<AppState>,
    staff: LibraryStaff,
    Path(id): Path<PracticeId>,
) -> Result<EditPage, WebError> {
    edit_page(&state, &staff, id, None).await
}

/// Back to the practice's page, or the page again with the first refusal's message.
async fn answer(
    state: &AppState,
    staff: &LibraryStaff,
    id: PracticeId,
    result: Result<(), StoreError>,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/library/manage/{id}")).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let key = errors
                .iter()
                .next()
                .map_or("error-invalid-choice", |(_, k)| k);
            let page = edit_page(state, staff, id, Some(key)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TextFields {
    pub language: String,
    pub title: String,
    pub problem: String,
    pub solution: String,
}

pub async fn save_text(
    State(state): State<AppState>,
    staff: LibraryStaff,
    Path(id): Path<PracticeId>,
    Form(form): Form<TextFields>,
) -> Result<Response, WebError> {
    let result = match parse_translation(&form.language, &form.title, &form.problem, &form.solution)
    {
        Ok(text) => {
            state
                .store
                .save_practice_text(staff.scope(), id, &text, staff.user.id, state.time())
                .await
        }
        Err(errors) => Err(StoreError::Invalid(errors)),
    };
    answer(&state, &staff, id, result).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettingsFields {
    pub sector: String,
    pub cost: String,
    pub naming: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    staff: LibraryStaff,
    Path(id): Path<PracticeId>,
    Form(form): Form<SettingsFields>,
) -> Result<Response, WebError> {
    let result = match (
        Sector::parse(&form.sector),
        CostBand::parse(&form.cost),
        Naming::parse(&form.naming),
    ) {
        (Some(sector), Some(cost_band), Some(naming)) => {
            let settings = PracticeSettings {
                sector,
                cost_band,
                naming,
            };
            state
                .store
                .update_practice_settings(staff.scope(), id, settings, state.time())
                .await
        }
        _ => Err(StoreError::invalid("sector", "error-invalid-choice")),
    };
    answer(&state, &staff, id, result).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConsentFields {
    pub given_by: String,
    pub given_on: String,
}

pub async fn record_consent(
    State(state): State<AppState>,
    Author(staff, provider): Author,
    Path(id): Path<PracticeId>,
    Form(form): Form<ConsentFields>,
) -> Result<Response, WebError> {
    let practice = state.store.practice(staff.scope(), id).await?;
    let result = match form.given_on.trim().parse::<jiff::civil::Date>() {
        Ok(given_on) => {
            state
                .store
                .record_publication_consent(
                    provider,
                    practice.improvement_id,
                    &form.given_by,
                    given_on,
                    staff.user.id,
                    state.time(),
                )
                .await
        }
        Err(_) => Err(StoreError::Invalid(FieldErrors(vec![(
            "given_on",
            "error-invalid-date",
        )]))),
    };
    answer(&state, &staff, id, result).await
}

pub async fn withdraw_consent(
    State(state): State<AppState>,
    Author(staff, provider): Author,
    Path(id): Path<PracticeId>,
) -> Result<Response, WebError> {
    let practice = state.store.practice(staff.scope(), id).await?;
    let result = state
        .store
        .withdraw_publication_consent(provider, practice.improvement_id, state.time())
        .await;
    answer(&state, &staff, id, result).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewFields {
    pub to: String,
    pub note: String,
    /// The confirmation box of publishing and withdrawing.
    pub confirm: String,
}

pub async fn review(
    State(state): State<AppState>,
    staff: LibraryStaff,
    Path(id): Path<PracticeId>,
    Form(form): Form<ReviewFields>,
) -> Result<Response, WebError> {
    let result = match ReviewState::parse(&form.to) {
        None => Err(StoreError::invalid("to", "error-invalid-choice")),
        Some(ReviewState::Published | ReviewState::Withdrawn) if form.confirm.trim().is_empty() => {
            Err(StoreError::invalid("confirm", "library-error-confirm"))
        }
        Some(to) => {
            state
                .store
                .review_practice(staff.actor, id, to, &form.note, staff.user.id, state.time())
                .await
        }
    };
    answer(&state, &staff, id, result).await
}
