//! Improvements: the list (`/osh/improvements`, by status and area), a new improvement
//! (`/osh/improvements/new`) with risk before (and after, if already made), and an
//! improvement's page with its risk transition, its timeline and the status change
//! (verification method and the re-scored residual risk).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use workvoice_domain::FieldErrors;
use workvoice_domain::ids::{ImprovementId, WorkplaceId};
use workvoice_domain::osh::improvement::ImprovementSource;
use workvoice_domain::osh::{
    BandTransition, ControlLevel, DraftForm, ImprovementStatus, PhotoPhase, PublicationConsent,
    RiskScore, TechnicalArea, VerificationMethod,
};
use workvoice_store::{Improvement, ImprovementFilter, NewImprovement, StatusChange, StoreError};

use crate::error::WebError;
use crate::i18n::Tr;
use crate::osh::access::{OshUser, ProviderStaff, opt_day};
use crate::osh::drafts::{DraftNotice, restore};
use crate::osh::labels::{band_class, choices, one_to_five, risk};
use crate::osh::visits::parse_opt_date;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

pub struct ImprovementRow {
    pub id: ImprovementId,
    pub workplace: String,
    pub area: String,
    pub description: String,
    pub status: String,
    pub before: String,
    pub before_class: &'static str,
    pub after: String,
    pub after_class: &'static str,
    pub due: String,
}

pub fn rows(tr: Tr, items: &[Improvement]) -> Vec<ImprovementRow> {
    items
        .iter()
        .map(|i| ImprovementRow {
            id: i.id,
            workplace: i.workplace.clone(),
            area: tr.t(i.area.message_key()),
            description: i.description.clone(),
            status: tr.t(i.status.message_key()),
            before: risk(tr, i.before),
            before_class: band_class(i.before),
            after: risk(tr, i.after),
            after_class: band_class(i.after),
            due: opt_day(tr, i.due_on),
        })
        .collect()
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    status: String,
    area: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/improvements.html")]
pub struct ListPage {
    chrome: Chrome,
    is_provider: bool,
    statuses: Vec<Choice>,
    areas: Vec<Choice>,
    rows: Vec<ImprovementRow>,
}

pub async fn list(
    State(state): State<AppState>,
    user: OshUser,
    Query(q): Query<ListQuery>,
) -> Result<ListPage, WebError> {
    let tr = user.tr();
    let filter = ImprovementFilter {
        workplace: None,
        status: ImprovementStatus::parse(&q.status),
        area: TechnicalArea::parse(&q.area),
    };
    let items = state.store.improvements(user.scope, &filter).await?;
    Ok(ListPage {
        chrome: user.chrome("osh_improvements"),
        is_provider: user.provider().is_some(),
        statuses: choices(
            tr,
            &ImprovementStatus::ALL,
            ImprovementStatus::code,
            ImprovementStatus::message_key,
            &q.status,
            Some("osh-filter-any"),
        ),
        areas: choices(
            tr,
            &TechnicalArea::ALL,
            TechnicalArea::code,
            TechnicalArea::message_key,
            &q.area,
            Some("osh-filter-any"),
        ),
        rows: rows(tr, &items),
    })
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ImprovementForm {
    pub workplace: String,
    pub area: String,
    pub description: String,
    pub control_level: String,
    pub low_cost: String,
    pub cost: String,
    pub owner_name: String,
    pub due_on: String,
    pub before_likelihood: String,
    pub before_severity: String,
    pub after_likelihood: String,
    pub after_severity: String,
}

fn risk_field(
    errors: &mut FieldErrors,
    field: &'static str,
    likelihood: &str,
    severity: &str,
) -> Option<RiskScore> {
    RiskScore::parse_pair(likelihood, severity)
        .map_err(|key| errors.push(field, key))
        .ok()
        .flatten()
}

pub fn parse_form(form: &ImprovementForm) -> Result<NewImprovement, FieldErrors> {
    let mut errors = FieldErrors::default();
    let workplace = form.workplace.trim().parse::<WorkplaceId>().ok();
    if workplace.is_none() {
        errors.push("workplace", "error-required");
    }
    let area = TechnicalArea::parse(&form.area);
    if area.is_none() {
        errors.push("area", "error-invalid-choice");
    }
    if form.description.trim().is_empty() {
        errors.push("description", "error-required");
    } else if form.description.trim().chars().count() > 2_000 {
        errors.push("description", "error-too-long");
    }
    let control_level = ControlLevel::parse(&form.control_level);
    if control_level.is_none() {
        errors.push("control_level", "error-invalid-choice");
    }
    let cost = match form.cost.trim() {
        "" => None,
        raw => match raw.replace([',', '.', ' '], "").parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            _ => {
                errors.push("cost", "error-invalid-number");
                None
            }
        },
    };
    let due_on = parse_opt_date(&mut errors, "due_on", &form.due_on);
    let before = risk_field(
        &mut errors,
        "before",
        &form.before_likelihood,
        &form.before_severity,
    );
    let after = risk_field(
        &mut errors,
        "after",
        &form.after_likelihood,
        &form.after_severity,
    );
    match (workplace, area) {
        (Some(workplace), Some(area)) if errors.is_empty() => Ok(NewImprovement {
            workplace,
            source: ImprovementSource::Direct,
            area,
            description: form.description.trim().to_owned(),
            control_level,
            low_cost: !form.low_cost.is_empty(),
            cost,
            owner_name: form.owner_name.trim().to_owned(),
            due_on,
            before,
            after,
        }),
        _ => Err(errors),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/improvement_form.html")]
pub struct FormPage {
    chrome: Chrome,
    form: ImprovementForm,
    errors: FieldErrors,
    workplaces: Vec<Choice>,
    areas: Vec<Choice>,
    controls: Vec<Choice>,
    levels: Vec<Choice>,
    draft: DraftNotice,
}

/// The 1–5 options of a likelihood or severity select.
fn level_choices(tr: Tr) -> Vec<Choice> {
    one_to_five(tr, "osh-risk-not-scored")
}

async fn form_page(
    state: &AppState,
    user: &OshUser,
    form: ImprovementForm,
    errors: FieldErrors,
    draft: DraftNotice,
) -> Result<FormPage, WebError> {
    let tr = user.tr();
    let workplaces = state
        .store
        .enrolments(user.scope)
        .await?
        .into_iter()
        .map(|e| Choice {
            selected: e.workplace_id.to_string() == form.workplace.trim(),
            value: e.workplace_id.to_string(),
            label: e.workplace,
        })
        .collect();
    Ok(FormPage {
        chrome: user.chrome("osh_improvements"),
        areas: choices(
            tr,
            &TechnicalArea::ALL,
            TechnicalArea::code,
            TechnicalArea::message_key,
            &form.area,
            None,
        ),
        controls: choices(
            tr,
            &ControlLevel::ALL,
            ControlLevel::code,
            ControlLevel::message_key,
            &form.control_level,
            None,
        ),
        levels: level_choices(tr),
        workplaces,
        form,
        errors,
        draft,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    workplace: String,
    /// `saved` right after the form was kept as a draft.
    draft: String,
}

pub async fn new(
    State(state): State<AppState>,
    ProviderStaff(user, _): ProviderStaff,
    Query(q): Query<NewQuery>,
) -> Result<FormPage, WebError> {
    let (form, mut draft) =
        match restore::<ImprovementForm>(&state, &user, DraftForm::Improvement).await? {
            Some(restored) => restored,
            None => (
                ImprovementForm {
                    workplace: q.workplace,
                    ..ImprovementForm::default()
                },
                DraftNotice::new(DraftForm::Improvement),
            ),
        };
    draft.saved = q.draft == "saved";
    form_page(&state, &user, form, FieldErrors::default(), draft).await
}

pub async fn create(
    State(state): State<AppState>,
    ProviderStaff(user, provider): ProviderStaff,
    Form(form): Form<ImprovementForm>,
) -> Result<Response, WebError> {
    let refused = |errors| async {
        let draft = DraftNotice::new(DraftForm::Improvement);
        let page = form_page(&state, &user, form.clone(), errors, draft).await?;
        Ok::<_, WebError>((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
    };
    let new = match parse_form(&form) {
        Ok(new) => new,
        Err(errors) => return refused(errors).await,
    };
    match state
        .store
        .create_improvement(provider, &new, None, Some(user.user.id), state.time())
        .await
    {
        Ok(id) => {
            state
                .store
                .discard_draft(user.user.id, DraftForm::Improvement)
                .await?;
            Ok(Redirect::to(&format!("/osh/improvements/{id}")).into_response())
        }
        Err(StoreError::Invalid(errors)) => refused(errors).await,
        Err(e) => Err(e.into()),
    }
}

pub struct Fact {
    pub label: String,
    pub value: String,
}

pub struct EventRow {
    pub at: String,
    pub actor: String,
    pub change: String,
    pub note: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/improvement.html")]
pub struct ImprovementPage {
    chrome: Chrome,
    id: ImprovementId,
    description: String,
    facts: Vec<Fact>,
    before: String,
    before_class: &'static str,
    after: String,
    after_class: &'static str,
    transition: String,
    timeline: Vec<EventRow>,
    /// Provider staff of this improvement's provider may change its status.
    can_change: bool,
    next: Vec<Choice>,
    methods: Vec<Choice>,
    levels: Vec<Choice>,
    error: Option<String>,
    before_photos: Vec<i64>,
    after_photos: Vec<i64>,
    phases: Vec<Choice>,
    consents: Vec<Choice>,
    /// For its provider, once verified by someone other than the enterprise: where to
    /// write it up as a good practice (or the practice already written).
    library_href: Option<String>,
}

pub(crate) async fn improvement_page(
    state: &AppState,
    user: &OshUser,
    id: ImprovementId,
    error: Option<&str>,
) -> Result<ImprovementPage, WebError> {
    let tr = user.tr();
    let i = state.store.improvement(user.scope, id).await?;
    let timeline = state.store.improvement_timeline(user.scope, id).await?;
    let photos = state.store.improvement_photos(user.scope, id).await?;
    let of_phase = |phase| {
        photos
            .iter()
            .filter(|p| p.phase == phase)
            .map(|p| p.id.get())
            .collect()
    };
    let fact = |label: &str, value: String| Fact {
        label: tr.t(label),
        value,
    };
    let yes_no = |b: bool| tr.t(if b { "osh-yes" } else { "osh-no" });
    let mut facts = vec![
        fact("osh-workplace", i.workplace.clone()),
        fact("osh-provider", i.provider.clone()),
        fact("osh-area", tr.t(i.area.message_key())),
        fact("osh-status", tr.t(i.status.message_key())),
        fact("osh-source", tr.t(i.source.message_key())),
        fact(
            "osh-control-level",
            i.control_level
                .map(|c| tr.t(c.message_key()))
                .unwrap_or_else(|| tr.t("osh-control-not-chosen")),
        ),
        fact("osh-low-cost", yes_no(i.low_cost)),
        fact("osh-owner", i.owner_name.clone()),
        fact("osh-due-on", opt_day(tr, i.due_on)),
    ];
    if let Some(cost) = i.cost {
        facts.push(fact("osh-cost", tr.number(cost)));
    }
    if let Some(v) = i.verification {
        facts.push(fact("osh-verification", tr.t(v.message_key())));
    }
    let transition = match (i.before, i.after) {
        (Some(b), Some(a)) => {
            let t = BandTransition::between(b, a);
            tr.t_args(
                "osh-risk-transition",
                &[
                    ("band_from", tr.t(t.from.message_key()).into()),
                    ("band_to", tr.t(t.to.message_key()).into()),
                    (
                        "reduction",
                        tr.number(i64::from(workvoice_domain::osh::risk::reduction(b, a)))
                            .into(),
                    ),
                ],
            )
        }
        _ => String::new(),
    };
    let can_change = user.provider() == Some(i.provider_id);
    let verified = i.status == workvoice_domain::osh::ImprovementStatus::Verified
        && i.verification.is_some_and(VerificationMethod::verifies);
    let library_href = if can_change && verified {
        Some(
            match state.store.practice_of_improvement(user.scope, id).await? {
                Some(practice) => format!("/library/manage/{practice}"),
                None => format!("/library/manage/new?improvement={id}"),
            },
        )
    } else {
        None
    };
    Ok(ImprovementPage {
        library_href,
        chrome: user.chrome("osh_improvements"),
        id: i.id,
        description: i.description.clone(),
        facts,
        before: risk(tr, i.before),
        before_class: band_class(i.before),
        after: risk(tr, i.after),
        after_class: band_class(i.after),
        transition,
        timeline: timeline
            .iter()
            .map(|e| EventRow {
                at: tr.datetime(e.at, &state.config.time_zone),
                actor: e.actor.clone().unwrap_or_default(),
                change: match e.from {
                    Some(from) => format!(
                        "{} → {}",
                        tr.t(from.message_key()),
                        tr.t(e.to.message_key())
                    ),
                    None => tr.t(e.to.message_key()),
                },
                note: e
                    .verification
                    .map(|v| tr.t(v.message_key()))
                    .into_iter()
                    .chain((!e.note.is_empty()).then(|| e.note.clone()))
                    .collect::<Vec<_>>()
                    .join(" · "),
            })
            .collect(),
        can_change,
        next: i
            .status
            .next_choices()
            .into_iter()
            .map(|s| Choice {
                value: s.code().to_owned(),
                label: tr.t(s.message_key()),
                selected: false,
            })
            .collect(),
        methods: choices(
            tr,
            &VerificationMethod::ALL,
            VerificationMethod::code,
            VerificationMethod::message_key,
            "",
            Some("osh-verification-none"),
        ),
        levels: level_choices(tr),
        error: error.map(|key| tr.t(key)),
        before_photos: of_phase(PhotoPhase::Before),
        after_photos: of_phase(PhotoPhase::After),
        phases: choices(
            tr,
            &PhotoPhase::ALL,
            PhotoPhase::code,
            PhotoPhase::message_key,
            if i.status.is_implemented() {
                "after"
            } else {
                "before"
            },
            None,
        ),
        consents: choices(
            tr,
            &PublicationConsent::ALL,
            PublicationConsent::code,
            PublicationConsent::message_key,
            "internal",
            None,
        ),
    })
}

pub async fn show(
    State(state): State<AppState>,
    user: OshUser,
    Path(id): Path<ImprovementId>,
) -> Result<ImprovementPage, WebError> {
    improvement_page(&state, &user, id, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StatusForm {
    status: String,
    verification: String,
    after_likelihood: String,
    after_severity: String,
    note: String,
}

pub async fn change_status(
    State(state): State<AppState>,
    ProviderStaff(user, provider): ProviderStaff,
    Path(id): Path<ImprovementId>,
    Form(form): Form<StatusForm>,
) -> Result<Response, WebError> {
    let mut errors = FieldErrors::default();
    let to = ImprovementStatus::parse(&form.status);
    if to.is_none() {
        errors.push("status", "error-invalid-choice");
    }
    let after = risk_field(
        &mut errors,
        "after",
        &form.after_likelihood,
        &form.after_severity,
    );
    let result = match to {
        Some(to) if errors.is_empty() => {
            let change = StatusChange {
                to,
                verification: VerificationMethod::parse(&form.verification),
                after,
                note: form.note.chars().take(2_000).collect(),
            };
            state
                .store
                .change_improvement_status(provider, id, &change, user.user.id, state.time())
                .await
        }
        _ => Err(StoreError::Invalid(errors)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/osh/improvements/{id}")).into_response()),
        Err(StoreError::Invalid(errors)) => {
            let key = errors
                .iter()
                .next()
                .map_or("error-invalid-choice", |(_, k)| k);
            let page = improvement_page(&state, &user, id, Some(key)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
