//! `/workplaces/{id}/awareness`: what the programme did at one workplace — its score and
//! why, training sessions, materials, the manager's play reports, awareness checks — with
//! a form for each. A refused form comes back (422) with what was typed and each error
//! beside its field; the other forms stay empty.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use workvoice_domain::awareness::{
    AwarenessCheck, Material, MaterialKind, PlayReport, RawCheck, RawMaterial, RawPlayReport,
    RawTraining, Training, TrainingTopic,
};
use workvoice_domain::ids::{UserId, WorkplaceId};
use workvoice_domain::{FieldErrors, Millis};
use workvoice_store::{PriorityFilter, Store, StoreError};

use crate::auth::current::Staff;
use crate::auth::roles::ProgrammeStaff;
use crate::awareness::today;
use crate::awareness::views::{RecordView, record_view};
use crate::error::WebError;
use crate::registry::browse::Choice;
use crate::shared::chrome::Chrome;
use crate::state::AppState;

/// What one of the page's forms holds: the typed fields and their errors.
#[derive(Default)]
pub struct FormState {
    values: HashMap<String, String>,
    pub errors: FieldErrors,
}

impl FormState {
    fn of(fields: &[(String, String)], errors: FieldErrors) -> FormState {
        FormState {
            values: fields.iter().cloned().collect(),
            errors,
        }
    }

    pub fn v(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }

    pub fn e(&self, name: &str) -> Option<&'static str> {
        self.errors.get(name)
    }
}

pub struct TopicBox {
    pub name: String,
    pub label: String,
    pub checked: bool,
}

/// The workplace's score, and what pulled it down.
pub struct ScoreView {
    pub score: String,
    pub low: bool,
    pub reasons: Vec<String>,
}

/// Which form a request filled in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Training,
    Material,
    Play,
    Check,
}

#[derive(Template, WebTemplate)]
#[template(path = "awareness/record.html")]
pub struct RecordPage {
    chrome: Chrome,
    id: WorkplaceId,
    name: String,
    today: String,
    score: Option<ScoreView>,
    record: RecordView,
    training: FormState,
    material: FormState,
    play: FormState,
    check: FormState,
    topics: Vec<TopicBox>,
    kinds: Vec<Choice>,
    /// The factory contact confirms play reports, not the programme.
    can_confirm: bool,
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// A score below this is shown as low.
const LOW_SCORE: u8 = 50;

async fn page(
    state: &AppState,
    staff: &Staff,
    id: WorkplaceId,
    filled: Option<(Which, FormState)>,
) -> Result<RecordPage, WebError> {
    let tr = staff.tr();
    let workplace = state.store.workplace(id).await?;
    let record = state.store.awareness_record(id).await?;
    let today = today(state);
    let rows = state
        .store
        .awareness_priorities(
            &PriorityFilter {
                workplace: Some(id),
                ..PriorityFilter::default()
            },
            today,
            state.time(),
        )
        .await?;
    let score = rows.first().map(|r| ScoreView {
        score: tr.number(i64::from(r.score.score)),
        low: r.score.score < LOW_SCORE,
        reasons: r
            .score
            .reasons
            .iter()
            .map(|k| tr.t(k.message_key()))
            .collect(),
    });
    let (mut training, mut material, mut play, mut check) = Default::default();
    if let Some((which, form)) = filled {
        match which {
            Which::Training => training = form,
            Which::Material => material = form,
            Which::Play => play = form,
            Which::Check => check = form,
        }
    }
    let topics = TrainingTopic::ALL
        .into_iter()
        .map(|t| {
            let name = format!("topic_{}", t.code());
            TopicBox {
                checked: !training.v(&name).is_empty(),
                label: tr.t(t.message_key()),
                name,
            }
        })
        .collect();
    let kinds = MaterialKind::ALL
        .into_iter()
        .map(|k| Choice {
            value: k.code().to_owned(),
            label: tr.t(k.message_key()),
            selected: material.v("kind") == k.code(),
        })
        .collect();
    Ok(RecordPage {
        chrome: Chrome::staff(staff, "workplaces"),
        id,
        name: workplace.name,
        today: today.to_string(),
        score,
        record: record_view(tr, &record),
        training,
        material,
        play,
        check,
        topics,
        kinds,
        can_confirm: false,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Path(id): Path<WorkplaceId>,
) -> Result<RecordPage, WebError> {
    page(&state, &staff, id, None).await
}

/// One of the record's forms: how its fields parse, and how the parsed entry is written.
pub trait Entry: Sized + Send + Sync + 'static {
    const FORM: Which;

    fn parse(fields: &[(String, String)], today: Date) -> Result<Self, FieldErrors>;

    fn write(
        &self,
        store: &Store,
        workplace: WorkplaceId,
        by: UserId,
        at: Millis,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

impl Entry for Training {
    const FORM: Which = Which::Training;

    fn parse(f: &[(String, String)], today: Date) -> Result<Self, FieldErrors> {
        Training::parse(
            &RawTraining {
                held_on: field(f, "held_on").into(),
                trainer: field(f, "trainer").into(),
                women: field(f, "women").into(),
                men: field(f, "men").into(),
                group_size: field(f, "group_size").into(),
                topics: f
                    .iter()
                    .filter_map(|(k, _)| k.strip_prefix("topic_").map(str::to_owned))
                    .collect(),
            },
            today,
        )
    }

    async fn write(&self, store: &Store, w: WorkplaceId, by: UserId, at: Millis) -> StoreResult {
        store.record_training(w, self, by, at).await
    }
}

impl Entry for Material {
    const FORM: Which = Which::Material;

    fn parse(f: &[(String, String)], today: Date) -> Result<Self, FieldErrors> {
        Material::parse(
            &RawMaterial {
                given_on: field(f, "given_on").into(),
                kind: field(f, "kind").into(),
                quantity: field(f, "quantity").into(),
            },
            today,
        )
    }

    async fn write(&self, store: &Store, w: WorkplaceId, by: UserId, at: Millis) -> StoreResult {
        store.record_material(w, self, by, at).await
    }
}

impl Entry for PlayReport {
    const FORM: Which = Which::Play;

    fn parse(f: &[(String, String)], today: Date) -> Result<Self, FieldErrors> {
        PlayReport::parse(
            &RawPlayReport {
                played_on: field(f, "played_on").into(),
                shifts: field(f, "shifts").into(),
                note: field(f, "note").into(),
            },
            today,
        )
    }

    /// Recorded by the programme: the factory confirms it later.
    async fn write(&self, store: &Store, w: WorkplaceId, by: UserId, at: Millis) -> StoreResult {
        store
            .record_play_report(w, self, by, at, false)
            .await
            .map(|_| ())
    }
}

impl Entry for AwarenessCheck {
    const FORM: Which = Which::Check;

    fn parse(f: &[(String, String)], today: Date) -> Result<Self, FieldErrors> {
        AwarenessCheck::parse(
            &RawCheck {
                checked_on: field(f, "checked_on").into(),
                sampled: field(f, "sampled").into(),
                knows_number: field(f, "knows_number").into(),
                carries_card: field(f, "carries_card").into(),
                knows_process: field(f, "knows_process").into(),
            },
            today,
        )
    }

    async fn write(&self, store: &Store, w: WorkplaceId, by: UserId, at: Millis) -> StoreResult {
        store.record_awareness_check(w, self, by, at).await
    }
}

type StoreResult = Result<(), StoreError>;

/// `POST /workplaces/{id}/awareness/<form>`: parses the form as `E` and writes it; a
/// refusal re-renders the page with the form as typed (422). A missing workplace is a 404,
/// not a form error.
pub async fn add<E: Entry>(
    State(state): State<AppState>,
    ProgrammeStaff(staff): ProgrammeStaff,
    Path(id): Path<WorkplaceId>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    state.store.workplace(id).await?;
    match E::parse(&fields, today(&state)) {
        Ok(entry) => {
            entry
                .write(&state.store, id, staff.user.id, state.time())
                .await?;
            Ok(Redirect::to(&format!("/workplaces/{id}/awareness")).into_response())
        }
        Err(errors) => {
            let form = FormState::of(&fields, errors);
            let page = page(&state, &staff, id, Some((E::FORM, form))).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
