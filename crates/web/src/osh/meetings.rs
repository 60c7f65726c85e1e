//! Coordination meetings and achievement workshops: the list (`/osh/meetings`), the form
//! (`/osh/meetings/new` → `POST /osh/meetings`, provider staff only) and a meeting's page
//! (`/osh/meetings/{id}`). Every provider and the programme read every meeting; an
//! enterprise owner reads those their enterprise presented at.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use workvoice_domain::FieldErrors;
use workvoice_domain::ids::{MeetingId, ProgrammeId};
use workvoice_domain::osh::{MeetingKind, MeetingRecord, RawMeeting};

use crate::error::WebError;
use crate::osh::access::{OshUser, ProviderStaff, day, today};
use crate::osh::labels::choices;
use crate::osh::visits::Fact;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

#[derive(Debug, Clone, Default)]
pub struct MeetingForm {
    pub kind: String,
    pub held_on: String,
    pub place: String,
    pub programme: String,
    pub organisations: String,
    pub women: String,
    pub men: String,
    pub presenters: Vec<String>,
    pub decisions: String,
    pub follow_ups: String,
}

impl MeetingForm {
    fn from_fields(fields: Vec<(String, String)>) -> MeetingForm {
        let mut f = MeetingForm::default();
        for (name, value) in fields {
            match name.as_str() {
                "kind" => f.kind = value,
                "held_on" => f.held_on = value,
                "place" => f.place = value,
                "programme" => f.programme = value,
                "organisations" => f.organisations = value,
                "women" => f.women = value,
                "men" => f.men = value,
                "presenters" => f.presenters.push(value),
                "decisions" => f.decisions = value,
                "follow_ups" => f.follow_ups = value,
                _ => {}
            }
        }
        f
    }

    fn parse(
        &self,
        today: jiff::civil::Date,
    ) -> Result<(MeetingRecord, Option<ProgrammeId>), FieldErrors> {
        let raw = RawMeeting {
            kind: &self.kind,
            held_on: &self.held_on,
            place: &self.place,
            organisations: &self.organisations,
            women: &self.women,
            men: &self.men,
            presenters: &self.presenters,
            decisions: &self.decisions,
            follow_ups: &self.follow_ups,
        };
        let record = MeetingRecord::parse(&raw, today);
        let programme = match self.programme.trim() {
            "" => Ok(None),
            p => p.parse::<ProgrammeId>().map(Some).map_err(|_| ()),
        };
        match (record, programme) {
            (Ok(r), Ok(p)) => Ok((r, p)),
            (Err(mut e), Err(())) => {
                e.push("programme", "error-invalid-choice");
                Err(e)
            }
            (Err(e), _) => Err(e),
            (Ok(_), Err(())) => {
                let mut e = FieldErrors::default();
                e.push("programme", "error-invalid-choice");
                Err(e)
            }
        }
    }
}

pub struct MeetingRow {
    pub id: MeetingId,
    pub kind: String,
    pub held_on: String,
    pub place: String,
    pub participants: String,
    pub organiser: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/meetings.html")]
pub struct MeetingsPage {
    chrome: Chrome,
    is_provider: bool,
    meetings: Vec<MeetingRow>,
}

pub async fn list(State(state): State<AppState>, user: OshUser) -> Result<MeetingsPage, WebError> {
    let tr = user.tr();
    let meetings = state
        .store
        .meetings(user.scope)
        .await?
        .into_iter()
        .map(|m| MeetingRow {
            id: m.id,
            kind: tr.t(m.record.kind.message_key()),
            held_on: day(tr, m.record.held_on),
            place: m.record.place.clone(),
            participants: tr.number(m.record.participants()),
            organiser: m
                .organiser
                .clone()
                .unwrap_or_else(|| tr.t("osh-meeting-organiser-programme")),
        })
        .collect();
    Ok(MeetingsPage {
        chrome: user.chrome("osh_meetings"),
        is_provider: user.provider().is_some(),
        meetings,
    })
}

pub struct PresenterChoice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/meeting_form.html")]
pub struct MeetingFormPage {
    chrome: Chrome,
    form: MeetingForm,
    errors: FieldErrors,
    kinds: Vec<Choice>,
    programmes: Vec<Choice>,
    presenters: Vec<PresenterChoice>,
}

async fn form_page(
    state: &AppState,
    user: &OshUser,
    form: MeetingForm,
    errors: FieldErrors,
) -> Result<MeetingFormPage, WebError> {
    let tr = user.tr();
    let mut programmes = vec![Choice {
        value: String::new(),
        label: tr.t("osh-meeting-no-programme"),
        selected: form.programme.trim().is_empty(),
    }];
    programmes.extend(state.store.programmes().await?.into_iter().map(|p| Choice {
        selected: p.id.to_string() == form.programme.trim(),
        value: p.id.to_string(),
        label: p.name,
    }));
    let mut presenters: Vec<PresenterChoice> = Vec::new();
    for e in state.store.enrolments(user.scope).await? {
        let value = e.workplace_id.to_string();
        if presenters.iter().any(|p| p.value == value) {
            continue;
        }
        presenters.push(PresenterChoice {
            checked: form.presenters.iter().any(|p| p.trim() == value),
            value,
            label: e.workplace,
        });
    }
    let kinds = choices(
        tr,
        &MeetingKind::ALL,
        MeetingKind::code,
        MeetingKind::message_key,
        &form.kind,
        None,
    );
    Ok(MeetingFormPage {
        chrome: user.chrome("osh_meetings"),
        form,
        errors,
        kinds,
        programmes,
        presenters,
    })
}

pub async fn new(
    State(state): State<AppState>,
    ProviderStaff(user, _): ProviderStaff,
) -> Result<MeetingFormPage, WebError> {
    let form = MeetingForm {
        kind: MeetingKind::Coordination.code().to_owned(),
        held_on: today(&state).to_string(),
        ..MeetingForm::default()
    };
    form_page(&state, &user, form, FieldErrors::default()).await
}

pub async fn create(
    State(state): State<AppState>,
    ProviderStaff(user, provider): ProviderStaff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let form = MeetingForm::from_fields(fields);
    let invalid = |form, errors| async {
        let page = form_page(&state, &user, form, errors).await?;
        Ok::<_, WebError>((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
    };
    let (record, programme) = match form.parse(today(&state)) {
        Ok(parsed) => parsed,
        Err(errors) => return invalid(form, errors).await,
    };
    match state
        .store
        .create_meeting(
            Some(provider),
            programme,
            &record,
            user.user.id,
            state.time(),
        )
        .await
    {
        Ok(id) => Ok(Redirect::to(&format!("/osh/meetings/{id}")).into_response()),
        Err(workvoice_store::StoreError::Invalid(errors)) => invalid(form, errors).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "osh/meeting.html")]
pub struct MeetingPage {
    chrome: Chrome,
    title: String,
    facts: Vec<Fact>,
    organisations: Vec<String>,
    presenters: Vec<String>,
    decisions: String,
    follow_ups: String,
    /// The achievement workshop's printable pack.
    pack: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    user: OshUser,
    Path(id): Path<MeetingId>,
) -> Result<MeetingPage, WebError> {
    let tr = user.tr();
    let m = state.store.meeting(user.scope, id).await?;
    let fact = |label: &str, value: String| Fact {
        label: tr.t(label),
        value,
    };
    let r = &m.record;
    let mut facts = vec![
        fact("osh-meeting-held-on", day(tr, r.held_on)),
        fact("osh-meeting-place", r.place.clone()),
        fact(
            "osh-meeting-organiser",
            m.organiser
                .clone()
                .unwrap_or_else(|| tr.t("osh-meeting-organiser-programme")),
        ),
    ];
    if let Some(p) = &m.programme {
        facts.push(fact("osh-programme", p.clone()));
    }
    facts.extend([
        fact("osh-meeting-women", tr.number(r.women)),
        fact("osh-meeting-men", tr.number(r.men)),
        fact("osh-meeting-participants", tr.number(r.participants())),
    ]);
    Ok(MeetingPage {
        chrome: user.chrome("osh_meetings"),
        title: format!("{} · {}", tr.t(r.kind.message_key()), day(tr, r.held_on)),
        facts,
        organisations: r.organisations.clone(),
        presenters: m.presenter_names.clone(),
        decisions: r.decisions.clone(),
        follow_ups: r.follow_ups.clone(),
        pack: (r.kind == MeetingKind::Workshop).then(|| format!("/osh/meetings/{id}/pack")),
    })
}
