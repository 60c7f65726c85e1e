//! Adding and editing a workplace (`/workplaces/new`, `/workplaces/{id}/edit`), for those
//! who manage the registry. A refused form comes back with every field as typed and each
//! error beside its field (422); nothing is written.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::registry::{OnboardingStatus, WorkplaceRecord};
use workvoice_domain::{Country, FieldErrors, Language, OrgKind};
use workvoice_store::StoreError;

use crate::auth::current::Staff;
use crate::auth::roles::RequireWorkplaceManager;
use crate::error::WebError;
use crate::registry::browse::Choice;
use crate::registry::record_form::{IdentifierField, WorkplaceForm};
use crate::shared::chrome::Chrome;
use crate::state::AppState;
use workvoice_domain::ids::{OrgId, WorkplaceId};

pub struct LanguageBox {
    code: &'static str,
    label: String,
    checked: bool,
}

pub struct DateField {
    name: &'static str,
    label: String,
    value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/edit.html")]
pub struct EditPage {
    chrome: Chrome,
    /// `None` for a new workplace.
    id: Option<WorkplaceId>,
    action: String,
    form: WorkplaceForm,
    errors: FieldErrors,
    countries: Vec<Choice>,
    statuses: Vec<Choice>,
    identifiers: Vec<IdentifierField>,
    languages: Vec<LanguageBox>,
    dates: Vec<DateField>,
}

fn page(
    staff: &Staff,
    id: Option<WorkplaceId>,
    form: WorkplaceForm,
    errors: FieldErrors,
) -> EditPage {
    let tr = staff.tr();
    let countries = Country::ALL
        .into_iter()
        .map(|c| Choice {
            value: c.code().to_owned(),
            label: tr.t(c.message_key()),
            selected: c.code().eq_ignore_ascii_case(form.country.trim()),
        })
        .collect();
    let statuses = OnboardingStatus::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.code().to_owned(),
            label: tr.t(s.message_key()),
            selected: s.code() == form.status.trim(),
        })
        .collect();
    let languages = Language::ALL
        .into_iter()
        .map(|l| LanguageBox {
            code: l.code(),
            label: tr.t(l.message_key()),
            checked: form.speaks(l.code()),
        })
        .collect();
    let dates = OnboardingStatus::ALL
        .into_iter()
        .map(|s| DateField {
            name: s.date_field(),
            label: tr.t_args(
                "registry-stage-date",
                &[("stage", tr.t(s.message_key()).into())],
            ),
            value: form.date_of(s.date_field()),
        })
        .collect();
    EditPage {
        chrome: Chrome::staff(staff, "workplaces"),
        action: id.map_or_else(
            || "/workplaces".to_owned(),
            |id| format!("/workplaces/{id}"),
        ),
        id,
        identifiers: form.identifier_fields(),
        form,
        errors,
        countries,
        statuses,
        languages,
        dates,
    }
}

pub async fn new(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
) -> EditPage {
    page(
        &staff,
        None,
        WorkplaceForm::blank(state.config.default_country),
        FieldErrors::default(),
    )
}

pub async fn edit(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
    Path(id): Path<WorkplaceId>,
) -> Result<EditPage, WebError> {
    let details = state.store.workplace_details(id).await?;
    Ok(page(
        &staff,
        Some(id),
        WorkplaceForm::of(&details),
        FieldErrors::default(),
    ))
}

/// Parses and writes; a refusal (the form's or the store's, such as a registration number
/// another workplace holds) comes back as the form with its errors.
async fn save(
    state: &AppState,
    staff: &Staff,
    id: Option<WorkplaceId>,
    form: WorkplaceForm,
) -> Result<Response, WebError> {
    let refused = |errors: FieldErrors| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(staff, id, form.clone(), errors),
        )
            .into_response()
    };
    let brands = brand_ids(state, &form.brands).await?;
    let record = match (WorkplaceRecord::parse(&form.to_raw()), brands) {
        (Ok(r), Ok(brands)) => (r, brands),
        (Err(mut errors), Err(brand_error)) => {
            errors.push("brands", brand_error);
            return Ok(refused(errors));
        }
        (Err(errors), _) => return Ok(refused(errors)),
        (_, Err(brand_error)) => return Ok(refused(FieldErrors(vec![("brands", brand_error)]))),
    };
    let (record, brands) = record;
    let saved = match id {
        None => {
            state
                .store
                .register_workplace(&record, &brands, state.time())
                .await
        }
        Some(id) => match state
            .store
            .update_workplace(id, &record, state.time())
            .await
        {
            Ok(()) => state
                .store
                .set_workplace_brands(id, &brands)
                .await
                .map(|()| id),
            Err(e) => Err(e),
        },
    };
    match saved {
        Ok(id) => Ok(Redirect::to(&format!("/workplaces/{id}")).into_response()),
        Err(StoreError::Invalid(errors)) => Ok(refused(errors)),
        Err(e) => Err(e.into()),
    }
}

/// The brand organisations a form's `brands` names (`;`-separated, case ignored), or the
/// message id of the refusal when one is not a brand in the registry.
async fn brand_ids(
    state: &AppState,
    typed: &str,
) -> Result<Result<Vec<OrgId>, &'static str>, WebError> {
    let known = state.store.organisations_of_kind(OrgKind::Brand).await?;
    let mut ids = Vec::new();
    for name in typed.split(';').map(str::trim).filter(|n| !n.is_empty()) {
        match known.iter().find(|o| o.name.eq_ignore_ascii_case(name)) {
            Some(o) if !ids.contains(&o.id) => ids.push(o.id),
            Some(_) => {}
            None => return Ok(Err("registry-error-unknown-brand")),
        }
    }
    Ok(Ok(ids))
}

pub async fn create(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
    Form(form): Form<WorkplaceForm>,
) -> Result<Response, WebError> {
    save(&state, &staff, None, form).await
}

pub async fn update(
    State(state): State<AppState>,
    RequireWorkplaceManager(staff): RequireWorkplaceManager,
    Path(id): Path<WorkplaceId>,
    Form(form): Form<WorkplaceForm>,
) -> Result<Response, WebError> {
    // A missing workplace is a 404, not a form error.
    state.store.workplace(id).await?;
    save(&state, &staff, Some(id), form).await
}
