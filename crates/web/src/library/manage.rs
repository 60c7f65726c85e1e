//! The library's staff list (`/library/manage`): practices in the viewer's scope by review
//! state (an author sees their provider's, a reviewer every provider's), and for an author
//! the verified improvements not yet written up, each with the form to start a practice
//! (`/library/manage/new?improvement=…`, `POST /library/manage`).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use workvoice_domain::ids::ImprovementId;
use workvoice_domain::library::{CostBand, Naming, PracticeText, ReviewState, Sector};
use workvoice_domain::osh::{ImprovementStatus, VerificationMethod};
use workvoice_domain::{FieldErrors, Language};
use workvoice_store::{ImprovementFilter, NewPractice, StoreError, Translation};

use crate::error::WebError;
use crate::library::access::{Author, LibraryStaff};
use crate::library::labels;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct Row {
    pub href: String,
    pub title: String,
    pub workplace: String,
    pub provider: String,
    pub state: String,
    pub languages: String,
    pub public: bool,
}

pub struct Candidate {
    pub href: String,
    pub description: String,
    pub workplace: String,
    pub area: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "library/manage.html")]
pub struct ManagePage {
    pub chrome: Chrome,
    pub rows: Vec<Row>,
    pub candidates: Vec<Candidate>,
    pub states: Vec<Choice>,
    pub reviewer: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageQuery {
    pub state: String,
}

pub async fn list(
    State(state): State<AppState>,
    staff: LibraryStaff,
    Query(q): Query<ManageQuery>,
) -> Result<ManagePage, WebError> {
    let tr = staff.tr();
    let wanted = ReviewState::parse(&q.state);
    let practices = state.store.practices(staff.scope(), wanted).await?;
    let rows = practices
        .iter()
        .map(|p| Row {
            href: format!("/library/manage/{}", p.id),
            title: p
                .texts
                .first()
                .map(|t| t.text.title().to_owned())
                .unwrap_or_default(),
            workplace: p.workplace.clone(),
            provider: p.provider.clone(),
            state: tr.t(p.state.message_key()),
            languages: p
                .texts
                .iter()
                .map(|t| t.language.code())
                .collect::<Vec<_>>()
                .join(", "),
            public: p.is_public(),
        })
        .collect();
    let candidates = if staff.is_reviewer() {
        Vec::new()
    } else {
        let written = state.store.practices(staff.scope(), None).await?;
        let filter = ImprovementFilter {
            status: Some(ImprovementStatus::Verified),
            ..ImprovementFilter::default()
        };
        state
            .store
            .improvements(staff.scope(), &filter)
            .await?
            .into_iter()
            .filter(|i| i.verification.is_some_and(VerificationMethod::verifies))
            .filter(|i| written.iter().all(|p| p.improvement_id != i.id))
            .map(|i| Candidate {
                href: format!("/library/manage/new?improvement={}", i.id),
                description: i.description,
                workplace: i.workplace,
                area: tr.t(i.area.message_key()),
            })
            .collect()
    };
    Ok(ManagePage {
        chrome: staff.chrome(),
        rows,
        candidates,
        states: labels::states(tr, &q.state),
        reviewer: staff.is_reviewer(),
    })
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NewForm {
    pub improvement: String,
    pub language: String,
    pub title: String,
    pub problem: String,
    pub solution: String,
    pub sector: String,
    pub cost: String,
    pub naming: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "library/new.html")]
pub struct NewPage {
    pub chrome: Chrome,
    pub form: NewForm,
    pub improvement: String,
    pub workplace: String,
    pub languages: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub costs: Vec<Choice>,
    pub namings: Vec<Choice>,
    pub errors: Vec<(String, String)>,
}

impl NewPage {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    pub improvement: String,
}

async fn new_page(
    state: &AppState,
    staff: &LibraryStaff,
    mut form: NewForm,
    errors: &FieldErrors,
) -> Result<NewPage, WebError> {
    let tr = staff.tr();
    let id: ImprovementId = form
        .improvement
        .trim()
        .parse()
        .map_err(|_| WebError::NotFound)?;
    let improvement = state.store.improvement(staff.scope(), id).await?;
    let workplace = state.store.workplace(improvement.workplace_id).await?;
    // A fresh form starts from what the improvement and the registry already say.
    if form.language.is_empty() {
        form.language = staff.user.language.code().to_owned();
        form.solution = improvement.description.clone();
        form.sector = Sector::from_registry(&workplace.sector).code().to_owned();
        form.cost = CostBand::suggested(improvement.low_cost, improvement.cost)
            .code()
            .to_owned();
        form.naming = Naming::Described.code().to_owned();
    }
    Ok(NewPage {
        chrome: staff.chrome(),
        improvement: improvement.description,
        workplace: improvement.workplace,
        languages: crate::osh::labels::choices(
            tr,
            &Language::ALL,
            Language::code,
            Language::message_key,
            &form.language,
            None,
        ),
        sectors: labels::sectors(tr, &form.sector, None),
        costs: labels::cost_bands(tr, &form.cost, None),
        namings: labels::namings(tr, &form.naming),
        errors: errors
            .iter()
            .map(|(f, key)| (f.to_owned(), tr.t(key)))
            .collect(),
        form,
    })
}

pub async fn new(
    State(state): State<AppState>,
    Author(staff, _): Author,
    Query(q): Query<NewQuery>,
) -> Result<NewPage, WebError> {
    let form = NewForm {
        improvement: q.improvement,
        ..NewForm::default()
    };
    new_page(&state, &staff, form, &FieldErrors::default()).await
}

/// Parses one language's text of a form; the field errors otherwise.
pub fn parse_translation(
    language: &str,
    title: &str,
    problem: &str,
    solution: &str,
) -> Result<Translation, FieldErrors> {
    let language = Language::parse(language);
    let text = PracticeText::parse(title, problem, solution);
    match (language, text) {
        (Some(language), Ok(text)) => Ok(Translation { language, text }),
        (None, text) => {
            let mut errors = text.err().unwrap_or_default();
            errors.push("language", "error-invalid-choice");
            Err(errors)
        }
        (_, Err(errors)) => Err(errors),
    }
}

pub async fn create(
    State(state): State<AppState>,
    Author(staff, provider): Author,
    Form(form): Form<NewForm>,
) -> Result<Response, WebError> {
    let id: ImprovementId = form
        .improvement
        .trim()
        .parse()
        .map_err(|_| WebError::NotFound)?;
    let parsed = parse_translation(&form.language, &form.title, &form.problem, &form.solution)
        .and_then(|text| {
            match (
                Sector::parse(&form.sector),
                CostBand::parse(&form.cost),
                Naming::parse(&form.naming),
            ) {
                (Some(sector), Some(cost_band), Some(naming)) => Ok(NewPractice {
                    sector,
                    cost_band,
                    naming,
                    text,
                }),
                _ => Err(FieldErrors(vec![("sector", "error-invalid-choice")])),
            }
        });
    let result = match parsed {
        Ok(new) => {
            state
                .store
                .create_practice(provider, id, &new, staff.user.id, state.time())
                .await
        }
        Err(errors) => Err(StoreError::Invalid(errors)),
    };
    match result {
        Ok(practice) => Ok(Redirect::to(&format!("/library/manage/{practice}")).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let page = new_page(&state, &staff, form, &errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
