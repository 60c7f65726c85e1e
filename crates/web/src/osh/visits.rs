//! Visits: recording a visit (`/osh/visits/new` → `POST /osh/visits`) with participants by
//! role and gender, the employer's and the workers' views side by side but stored apart,
//! the provider's notes and the next visit due; a visit's page (`/osh/visits/{id}`), where
//! an enterprise owner records the employer's own view.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use serde::Deserialize;
use workvoice_domain::FieldErrors;
use workvoice_domain::ids::{EnrolmentId, VisitId};
use workvoice_domain::osh::{DraftForm, Effectiveness, Participants, ViewSide, VisitKind};
use workvoice_store::{NewVisit, OshScope, VisitView};

use crate::error::WebError;
use crate::osh::access::{OshUser, ProviderStaff, day, opt_day};
use crate::osh::drafts::{DraftNotice, restore};
use crate::osh::labels::{choices, one_to_five};
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VisitForm {
    pub enrolment: String,
    pub kind: String,
    pub scheduled_on: String,
    pub performed_on: String,
    pub visitors: String,
    pub employer: String,
    pub workers: String,
    pub women: String,
    pub worker_reps: String,
    pub notes: String,
    pub next_due_on: String,
    pub employer_rating: String,
    pub employer_changes: String,
    pub employer_text: String,
    pub workers_rating: String,
    pub workers_changes: String,
    pub workers_text: String,
}

/// A required civil date (`YYYY-MM-DD`, as `<input type=date>` sends it).
pub fn parse_date(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<Date> {
    match raw.trim().parse::<Date>() {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(
                field,
                if raw.trim().is_empty() {
                    "error-required"
                } else {
                    "error-invalid-date"
                },
            );
            None
        }
    }
}

/// An optional civil date: empty is `None`.
pub fn parse_opt_date(errors: &mut FieldErrors, field: &'static str, raw: &str) -> Option<Date> {
    if raw.trim().is_empty() {
        None
    } else {
        parse_date(errors, field, raw)
    }
}

/// One side's view from its three fields: nothing typed is no view; text without a
/// rating is an error on the rating.
fn parse_view(
    errors: &mut FieldErrors,
    side: ViewSide,
    field: &'static str,
    rating: &str,
    changes: &str,
    text: &str,
) -> Option<VisitView> {
    if rating.trim().is_empty() && changes.trim().is_empty() && text.trim().is_empty() {
        return None;
    }
    match Effectiveness::parse(rating) {
        Ok(rating) => Some(VisitView {
            side,
            rating,
            changes_seen: changes.trim().to_owned(),
            body: text.trim().to_owned(),
        }),
        Err(key) => {
            errors.push(field, key);
            None
        }
    }
}

/// The form parsed: the visit and up to two views, or every field's error.
pub fn parse_form(form: &VisitForm) -> Result<(NewVisit, Vec<VisitView>), FieldErrors> {
    let mut errors = FieldErrors::default();
    let enrolment = form.enrolment.trim().parse::<EnrolmentId>().ok();
    if enrolment.is_none() {
        errors.push("enrolment", "error-required");
    }
    let kind = VisitKind::parse(&form.kind);
    if kind.is_none() {
        errors.push("kind", "error-invalid-choice");
    }
    let scheduled_on = parse_date(&mut errors, "scheduled_on", &form.scheduled_on);
    let performed_on = parse_opt_date(&mut errors, "performed_on", &form.performed_on);
    let next_due_on = parse_opt_date(&mut errors, "next_due_on", &form.next_due_on);
    let participants = match Participants::parse(
        &form.employer,
        &form.workers,
        &form.women,
        &form.worker_reps,
    ) {
        Ok(p) => Some(p),
        Err(e) => {
            for (field, key) in e.iter() {
                errors.push(field, key);
            }
            None
        }
    };
    let views: Vec<VisitView> = [
        parse_view(
            &mut errors,
            ViewSide::Employer,
            "employer_rating",
            &form.employer_rating,
            &form.employer_changes,
            &form.employer_text,
        ),
        parse_view(
            &mut errors,
            ViewSide::Workers,
            "workers_rating",
            &form.workers_rating,
            &form.workers_changes,
            &form.workers_text,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !views.is_empty() && performed_on.is_none() && errors.get("performed_on").is_none() {
        errors.push("performed_on", "osh-error-views-need-performed");
    }
    match (enrolment, kind, scheduled_on, participants) {
        (Some(enrolment), Some(kind), Some(scheduled_on), Some(participants))
            if errors.is_empty() =>
        {
            Ok((
                NewVisit {
                    enrolment,
                    kind,
                    scheduled_on,
                    performed_on,
                    visitors: form.visitors.trim().to_owned(),
                    participants,
                    notes: form.notes.trim().to_owned(),
                    next_due_on,
                },
                views,
            ))
        }
        _ => Err(errors),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/visit_form.html")]
pub struct VisitFormPage {
    chrome: Chrome,
    form: VisitForm,
    errors: FieldErrors,
    enrolments: Vec<Choice>,
    kinds: Vec<Choice>,
    ratings: Vec<Choice>,
    draft: DraftNotice,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    enrolment: String,
    /// `saved` right after the form was kept as a draft.
    draft: String,
}

/// The 1–5 options of a rating select, with an empty first option.
pub fn rating_choices(tr: crate::i18n::Tr) -> Vec<Choice> {
    one_to_five(tr, "osh-rating-none")
}

async fn form_page(
    state: &AppState,
    user: &OshUser,
    form: VisitForm,
    errors: FieldErrors,
    draft: DraftNotice,
) -> Result<VisitFormPage, WebError> {
    let tr = user.tr();
    let enrolments = state
        .store
        .enrolments(user.scope)
        .await?
        .into_iter()
        .map(|e| Choice {
            selected: e.id.to_string() == form.enrolment.trim(),
            value: e.id.to_string(),
            label: format!("{} · {}", e.workplace, e.programme),
        })
        .collect();
    let kinds = choices(
        tr,
        &VisitKind::ALL,
        VisitKind::code,
        VisitKind::message_key,
        if form.kind.is_empty() {
            VisitKind::FollowUp.code()
        } else {
            &form.kind
        },
        None,
    );
    Ok(VisitFormPage {
        chrome: user.chrome("osh_visits"),
        form,
        errors,
        enrolments,
        kinds,
        ratings: rating_choices(tr),
        draft,
    })
}

pub async fn new(
    State(state): State<AppState>,
    ProviderStaff(user, _): ProviderStaff,
    Query(q): Query<NewQuery>,
) -> Result<VisitFormPage, WebError> {
    let (form, mut draft) = match restore::<VisitForm>(&state, &user, DraftForm::Visit).await? {
        Some(restored) => restored,
        None => {
            let today = crate::osh::access::today(&state).to_string();
            let form = VisitForm {
                enrolment: q.enrolment,
                scheduled_on: today.clone(),
                performed_on: today,
                ..VisitForm::default()
            };
            (form, DraftNotice::new(DraftForm::Visit))
        }
    };
    draft.saved = q.draft == "saved";
    form_page(&state, &user, form, FieldErrors::default(), draft).await
}

/// The new-visit form again, what was refused beside its fields (422).
async fn refused(
    state: &AppState,
    user: &OshUser,
    form: VisitForm,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let page = form_page(
        state,
        user,
        form,
        errors,
        DraftNotice::new(DraftForm::Visit),
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ProviderStaff(user, provider): ProviderStaff,
    Form(form): Form<VisitForm>,
) -> Result<Response, WebError> {
    let (visit, views) = match parse_form(&form) {
        Ok(parsed) => parsed,
        Err(errors) => return refused(&state, &user, form, errors).await,
    };
    let now = state.time();
    let id = match state
        .store
        .create_visit(provider, &visit, user.user.id, now)
        .await
    {
        Ok(id) => id,
        Err(workvoice_store::StoreError::Invalid(errors)) => {
            return refused(&state, &user, form, errors).await;
        }
        Err(e) => return Err(e.into()),
    };
    for view in &views {
        state
            .store
            .record_visit_view(user.scope, id, view, user.user.id, now)
            .await?;
    }
    state
        .store
        .discard_draft(user.user.id, DraftForm::Visit)
        .await?;
    Ok(Redirect::to(&format!("/osh/visits/{id}")).into_response())
}

pub struct ViewBox {
    pub side: String,
    pub rating: String,
    pub changes: String,
    pub body: String,
}

pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/visit.html")]
pub struct VisitPage {
    chrome: Chrome,
    id: VisitId,
    workplace: String,
    facts: Vec<Fact>,
    notes: Option<String>,
    views: Vec<ViewBox>,
    /// The enterprise owner records the employer's view here.
    can_record_employer_view: bool,
    ratings: Vec<Choice>,
    error: Option<String>,
    /// The visit's provider answers the checklist; everyone else reads the answers.
    can_answer: bool,
    checklist: Vec<crate::osh::checklists::ItemRow>,
    answers: Vec<Choice>,
}

async fn visit_page(
    state: &AppState,
    user: &OshUser,
    id: VisitId,
    error: Option<&str>,
) -> Result<VisitPage, WebError> {
    let tr = user.tr();
    let v = state.store.visit(user.scope, id).await?;
    let views = state.store.visit_views(user.scope, id).await?;
    let fact = |label: &str, value: String| Fact {
        label: tr.t(label),
        value,
    };
    let p = v.participants;
    let facts = vec![
        fact("osh-provider", v.provider.clone()),
        fact("osh-visit-kind", tr.t(v.kind.message_key())),
        fact("osh-scheduled-on", day(tr, v.scheduled_on)),
        fact("osh-performed-on", opt_day(tr, v.performed_on)),
        fact("osh-visitors", v.visitors.clone()),
        fact("osh-participants-employer", tr.number(p.employer)),
        fact("osh-participants-workers", tr.number(p.workers)),
        fact("osh-participants-women", tr.number(p.women)),
        fact("osh-participants-reps", tr.number(p.worker_reps)),
        fact("osh-next-due-on", opt_day(tr, v.next_due_on)),
    ];
    Ok(VisitPage {
        chrome: user.chrome("osh_visits"),
        id: v.id,
        workplace: v.workplace.clone(),
        facts,
        notes: v.notes.clone(),
        views: views
            .iter()
            .map(|view| ViewBox {
                side: tr.t(view.side.message_key()),
                rating: tr.number(i64::from(view.rating.get())),
                changes: view.changes_seen.clone(),
                body: view.body.clone(),
            })
            .collect(),
        can_record_employer_view: matches!(user.scope, OshScope::Enterprise(_)),
        ratings: rating_choices(tr),
        error: error.map(|key| tr.t(key)),
        can_answer: user.provider() == Some(v.provider_id),
        checklist: crate::osh::checklists::rows(state, user.scope, id, tr, user.user.language)
            .await?,
        answers: choices(
            tr,
            &workvoice_domain::osh::checklist::ProposeAction::ALL,
            workvoice_domain::osh::checklist::ProposeAction::code,
            workvoice_domain::osh::checklist::ProposeAction::message_key,
            "",
            Some("osh-answer-none"),
        ),
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: OshUser,
    Path(id): Path<VisitId>,
) -> Result<VisitPage, WebError> {
    visit_page(&state, &user, id, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ViewForm {
    rating: String,
    changes: String,
    body: String,
}

/// The enterprise owner's own view of a visit (the employer's side).
pub async fn record_view(
    State(state): State<AppState>,
    user: OshUser,
    Path(id): Path<VisitId>,
    Form(form): Form<ViewForm>,
) -> Result<Response, WebError> {
    if !matches!(user.scope, OshScope::Enterprise(_)) {
        return Err(WebError::NotFound);
    }
    let mut errors = FieldErrors::default();
    let view = parse_view(
        &mut errors,
        ViewSide::Employer,
        "rating",
        &form.rating,
        &form.changes,
        &form.body,
    );
    let Some(view) = view else {
        let key = errors.get("rating").unwrap_or("osh-error-rating");
        let page = visit_page(&state, &user, id, Some(key)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    state
        .store
        .record_visit_view(user.scope, id, &view, user.user.id, state.time())
        .await?;
    Ok(Redirect::to(&format!("/osh/visits/{id}")).into_response())
}
