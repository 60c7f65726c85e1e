//! Row ids as types, one per table that other layers name, so a function taking several ids
//! in a row cannot have them swapped: `assign(case, user)` with the arguments the wrong way
//! round does not compile.
//!
//! An id is the database's `BIGINT` primary key and nothing more: it carries no proof that the
//! row exists or may be seen (that is the store's `ScopedCase`). On the wire it is the same
//! number as before (`serde` transparent), so JSON shapes and URL paths are unchanged, and a
//! path segment that is not a number is refused exactly as an `i64` would be.
//!
//! ```compile_fail
//! use workvoice_domain::ids::{CaseId, UserId};
//! fn assign(_case: CaseId, _user: UserId) {}
//! assign(UserId::new(1), CaseId::new(2));
//! ```

use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Reads and writes a row id as its bare number; how the store binds and decodes every id.
pub trait RowId: Copy {
    fn new(raw: i64) -> Self;
    fn get(self) -> i64;
}

macro_rules! row_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(raw: i64) -> $name {
                $name(raw)
            }

            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl RowId for $name {
            fn new(raw: i64) -> $name {
                $name(raw)
            }

            fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;

            fn from_str(s: &str) -> Result<$name, ParseIntError> {
                s.parse().map($name)
            }
        }
    };
}

row_id!(
    /// A case (`cases.id`).
    CaseId
);
row_id!(
    /// A user account (`users.id`): staff, factory and brand users alike.
    UserId
);
row_id!(
    /// An incident that several cases are about (`incidents.id`).
    IncidentId
);
row_id!(
    /// A follow-up task on a case, such as a callback or a retaliation check (`tasks.id`).
    TaskId
);
row_id!(
    /// A file attached to a case as evidence (`attachments.id`).
    AttachmentId
);

row_id!(
    /// An organisation: a factory (workplace-side employer) or a brand (`organisations.id`).
    OrgId
);
row_id!(
    /// A workplace in the registry (`workplaces.id`).
    WorkplaceId
);
row_id!(
    /// One protocol step of a case, with its deadline (`case_steps.id`).
    StepId
);
row_id!(
    /// A satisfaction survey of a closed case (`surveys.id`).
    SurveyId
);

row_id!(
    /// An OSH improvement programme (`osh_programmes.id`).
    ProgrammeId
);
row_id!(
    /// A workplace enrolled in a programme with a provider (`osh_enrolments.id`).
    EnrolmentId
);
row_id!(
    /// A provider's visit to an enrolled workplace (`osh_visits.id`).
    VisitId
);
row_id!(
    /// An OSH improvement at a workplace (`osh_improvements.id`).
    ImprovementId
);
row_id!(
    /// A before or after photo of an improvement (`osh_photos.id`).
    PhotoId
);
row_id!(
    /// A coordination meeting or achievement workshop (`osh_meetings.id`).
    MeetingId
);
row_id!(
    /// A programme's newsletter for one month (`newsletters.id`).
    NewsletterId
);
row_id!(
    /// A manager's report of playing the helpline recording (`awareness_plays.id`).
    PlayReportId
);
row_id!(
    /// A good practice of the public library (`library_practices.id`).
    PracticeId
);
row_id!(
    /// A worker who called, by the blind index of their number (`callers.id`): one row
    /// however many cases they report.
    CallerId
);
row_id!(
    /// A data subject's request to see or erase what is held (`subject_requests.id`).
    SubjectRequestId
);
row_id!(
    /// A worker's request to be called back (`callback_requests.id`).
    CallbackId
);
row_id!(
    /// An SMS a worker sent in (`inbound_sms.id`).
    InboundSmsId
);
row_id!(
    /// A message waiting in or sent from the outbox (`outbox.id`).
    OutboxId
);

row_id!(
    /// A registry CSV file kept between its preview and its confirmation (`workplace_imports.id`).
    ImportId
);
row_id!(
    /// A factory's response to a case (`case_responses.id`).
    ResponseId
);
row_id!(
    /// A worker's consent to disclose their identity to one organisation (`disclosure_consents.id`).
    ConsentId
);
row_id!(
    /// One saved version of the protocol (`protocols.id`).
    ProtocolVersionId
);
row_id!(
    /// An ILO action checklist filled in on a visit (`osh_checklists.id`).
    ChecklistId
);
row_id!(
    /// One item of an action checklist (`osh_checklist_items.id`).
    ChecklistItemId
);
row_id!(
    /// A notification shown to a user (`notifications.id`).
    NotificationId
);
row_id!(
    /// One entry of a case's append-only history (`case_events.id`).
    EventId
);
row_id!(
    /// An attempt to tell the worker where their case stands (`case_informs.id`).
    InformId
);
row_id!(
    /// An API token (`api_tokens.id`).
    ApiTokenId
);
row_id!(
    /// One row of the hash-chained access log (`access_log.id`).
    AccessEntryId
);
row_id!(
    /// A training session recorded at a workplace (`awareness_trainings.id`).
    TrainingId
);
row_id!(
    /// Cards or posters handed to a workplace (`awareness_materials.id`).
    MaterialId
);
row_id!(
    /// A spot check of what workers know of the helpline (`awareness_checks.id`).
    AwarenessCheckId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_number_on_the_wire_and_in_text() {
        let id = CaseId::new(42);
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some("42"));
        assert_eq!(serde_json::from_str::<CaseId>("42").ok(), Some(id));
        assert_eq!(id.to_string(), "42");
        assert_eq!("42".parse::<CaseId>(), Ok(id));
        assert!("4x".parse::<CaseId>().is_err());
    }
}
