//! OSH improvement monitoring (issue 10, DESIGN §3.6): the pure rules of the second half of
//! the product, where service providers follow up the improvements small enterprises made.
//!
//! - [`risk`]: likelihood × severity (1–5 each), the score bands and band transitions.
//! - [`improvement`]: the improvement's status machine, control levels (the hierarchy of
//!   controls), verification methods and publication consent of its photos.
//! - [`area`]: the canonical technical areas and how the areas of WISE, WIND and the
//!   Ergonomic Checkpoints map onto them.
//! - [`visit`]: visit kinds, participants, the effectiveness rating and the visit schedule.
//! - [`meeting`]: coordination meetings and achievement workshops.
//! - [`aggregate`]: the counting rules of the aggregates (headline counts use verified
//!   improvements only; one improvement is counted once, in one area).
//!
//! Every label is a Fluent message id (`osh-…`), never text.

pub mod aggregate;
pub mod area;
pub mod checklist;
pub mod draft;
pub mod improvement;
pub mod meeting;
pub mod risk;
pub mod visit;

pub use aggregate::{AreaTally, ImprovementFact, Tally, tally, tally_groups};
pub use area::{MethodArea, Methodology, TechnicalArea, canonical_area};
pub use draft::DraftForm;
pub use improvement::{
    ControlLevel, ImprovementStatus, PhotoPhase, PublicationConsent, VerificationMethod,
};
pub use meeting::{MeetingKind, MeetingRecord, RawMeeting};
pub use risk::{BandTransition, RiskBand, RiskLevel, RiskScore};
pub use visit::{Effectiveness, Participants, ViewSide, VisitKind, VisitState, visit_state};
