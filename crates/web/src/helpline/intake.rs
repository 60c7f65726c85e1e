//! The operator's intake form: the main path by which a worker's concern enters the
//! system. Keyboard-first (tab order follows the call), and a rejected form comes back
//! with every typed value kept and each error beside its field.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use workvoice_domain::{FieldErrors, Language, RawIntake, taxonomy};

use crate::auth::cookies;
use crate::auth::current::Staff;
use crate::error::WebError;
use crate::helpline::open_case::{IntakeRefused, NewCase, WorkplaceGiven, open_case};
use crate::shared::chrome::{Chrome, LanguageChoice};
use crate::shared::labels::{self, Choice, ChoiceGroup};
use crate::state::AppState;

/// The form exactly as typed, so it can be shown again.
#[derive(Debug, Default, serde::Deserialize)]
pub struct IntakeForm {
    #[serde(default)]
    pub workplace: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub urgency: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub caller_phone: String,
    #[serde(default)]
    pub caller_name: String,
    pub consent_callback: Option<String>,
    pub consent_sms: Option<String>,
    pub sms_case_code: Option<String>,
    #[serde(default)]
    pub safe_time_from: String,
    #[serde(default)]
    pub safe_time_to: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub shareable_summary: String,
    /// "yes", "no" or "" (the protocol's default for the category).
    #[serde(default)]
    pub factory_consent: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "helpline/intake.html")]
pub struct IntakePage {
    chrome: Chrome,
    form: IntakeForm,
    errors: FieldErrors,
    categories: Vec<ChoiceGroup>,
    urgencies: Vec<Choice>,
    call_languages: Vec<LanguageChoice>,
    show_script: bool,
}

async fn page(
    state: &AppState,
    staff: &Staff,
    form: IntakeForm,
    errors: FieldErrors,
) -> Result<IntakePage, WebError> {
    let tr = staff.tr();
    let categories = state.store.categories().await?;
    let call_language = Language::parse(&form.language).unwrap_or(staff.user.language);
    Ok(IntakePage {
        chrome: Chrome::staff(staff, "new"),
        categories: labels::category_groups(tr, &categories, &form.category),
        urgencies: labels::urgency_choices(tr, &form.urgency),
        call_languages: Language::ALL
            .into_iter()
            .map(|l| LanguageChoice {
                code: l.code(),
                name: crate::i18n::Tr::native_name(l),
                selected: l == call_language,
            })
            .collect(),
        show_script: taxonomy::is_life_safety(&form.category),
        form,
        errors,
    })
}

pub async fn show(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    Ok(page(
        &state,
        &staff,
        IntakeForm::default(),
        FieldErrors::default(),
    )
    .await?
    .into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    staff: Staff,
    Form(form): Form<IntakeForm>,
) -> Result<Response, WebError> {
    let new = NewCase {
        workplace: WorkplaceGiven::Typed(form.workplace.clone()),
        intake: RawIntake {
            workplace_id: None,
            category: form.category.clone(),
            urgency: form.urgency.clone(),
            language: form.language.clone(),
            summary: form.summary.clone(),
            narrative: form.narrative.clone(),
            shareable_summary: form.shareable_summary.clone(),
            caller_phone: form.caller_phone.clone(),
            caller_name: form.caller_name.clone(),
            consent_callback: form.consent_callback.is_some(),
            consent_sms: form.consent_sms.is_some(),
            sms_case_code: form.sms_case_code.is_some(),
            safe_time_from: form.safe_time_from.clone(),
            safe_time_to: form.safe_time_to.clone(),
            channel: String::new(),
            factory_consent: form.factory_consent.clone(),
        },
        opened_by: staff.user.id,
    };
    let created = match open_case(&state, new).await {
        Ok(created) => created,
        Err(IntakeRefused::Invalid(errors)) => return rejected(&state, &staff, form, errors).await,
        Err(IntakeRefused::Store(e)) => return Err(e.into()),
    };
    // The code is stored only hashed; it reaches the case page once, sealed in a
    // short-lived cookie scoped to that page.
    let sealed = state.store.keys().seal_flash(
        created.code.digits(),
        &format!("flash:{}:{}", staff.user.id, created.id),
    )?;
    let path = format!("/cases/{}", created.id);
    Ok((
        AppendHeaders([(
            header::SET_COOKIE,
            cookies::build(
                &state.config,
                cookies::FLASH_CODE,
                &sealed,
                &path,
                Some(600),
            ),
        )]),
        Redirect::to(&path),
    )
        .into_response())
}

async fn rejected(
    state: &AppState,
    staff: &Staff,
    form: IntakeForm,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        page(state, staff, form, errors).await?,
    )
        .into_response())
}
