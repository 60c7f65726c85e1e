//! Opening a case from an intake: the one use case behind the operator's form
//! (`POST /cases`) and `POST /api/cases`. Each handler only translates its input into a
//! [`NewCase`] and the result into HTML or JSON, so the steps (workplace check, known
//! categories, the deployment's default country, who opened it and when) cannot drift
//! apart between the two.

use workvoice_domain::ids::{UserId, WorkplaceId};
use workvoice_domain::{FieldErrors, Intake, RawIntake};
use workvoice_store::{CreatedCase, Store, StoreError};

use crate::registry::workplace_choice::resolve_workplace;
use crate::state::AppState;

/// How the workplace was named. The two inputs keep their own field names and error
/// order, which their clients already rely on.
pub enum WorkplaceGiven {
    /// The form's text field (a name, or `name (#id)` from a suggestion); its error is
    /// reported on `workplace`, first, as the field is at the top of the form.
    Typed(String),
    /// The API's `workplace_id`; an unknown id is reported on `workplace_id`, after the
    /// intake's own errors.
    Id(Option<WorkplaceId>),
}

/// One intake as submitted; `intake.workplace_id` is ignored in favour of `workplace`.
pub struct NewCase {
    pub workplace: WorkplaceGiven,
    pub intake: RawIntake,
    /// The staff member who recorded it.
    pub opened_by: UserId,
}

#[derive(Debug, thiserror::Error)]
pub enum IntakeRefused {
    /// Every problem with the submission, by field, so all can be fixed at once.
    #[error("the intake has invalid fields")]
    Invalid(FieldErrors),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks `new` completely and, when every field is valid, stores the case.
pub async fn open_case(state: &AppState, new: NewCase) -> Result<CreatedCase, IntakeRefused> {
    let mut raw = new.intake;
    let (workplace_id, workplace_error) = workplace(&state.store, new.workplace).await?;
    raw.workplace_id = workplace_id;
    let categories = state.store.categories().await?;
    let known = |code: &str| categories.iter().any(|c| c.code == code);
    let parsed = Intake::parse(raw, known, state.config.default_country);
    let intake = match (parsed, workplace_error) {
        (Ok(intake), WorkplaceError::None) => intake,
        (parsed, error) => return Err(IntakeRefused::Invalid(error.merge(parsed.err()))),
    };
    Ok(state
        .store
        .create_case(&intake, Some(new.opened_by), state.time())
        .await?)
}

/// Where a workplace problem goes among the intake's other field errors.
enum WorkplaceError {
    None,
    Before(&'static str),
    After(&'static str),
}

impl WorkplaceError {
    fn merge(self, intake_errors: Option<FieldErrors>) -> FieldErrors {
        let intake_errors = intake_errors.unwrap_or_default();
        match self {
            WorkplaceError::None => intake_errors,
            WorkplaceError::Before(key) => {
                let mut errors = FieldErrors(vec![("workplace", key)]);
                errors.0.extend(intake_errors.0);
                errors
            }
            WorkplaceError::After(key) => {
                let mut errors = intake_errors;
                errors.push("workplace_id", key);
                errors
            }
        }
    }
}

async fn workplace(
    store: &Store,
    given: WorkplaceGiven,
) -> Result<(Option<WorkplaceId>, WorkplaceError), StoreError> {
    Ok(match given {
        WorkplaceGiven::Typed(text) => match resolve_workplace(store, &text).await? {
            Ok(id) => (id, WorkplaceError::None),
            Err(key) => (None, WorkplaceError::Before(key)),
        },
        // The id is passed on even when unknown, so `Intake::parse` still reports a
        // forged (non-positive) one.
        WorkplaceGiven::Id(None) => (None, WorkplaceError::None),
        WorkplaceGiven::Id(Some(id)) => match store.workplace(id).await {
            Ok(_) => (Some(id), WorkplaceError::None),
            Err(StoreError::NotFound) => {
                (Some(id), WorkplaceError::After("error-workplace-unknown"))
            }
            Err(e) => return Err(e),
        },
    })
}
