//! Programme reports (issue 12): the pure rules behind the dashboard, the effectiveness
//! scorecard and the public statistics. Durations are summarised by [`durations`]; the
//! UN Guiding Principle 31 scorecard is [`scorecard`]; small-count suppression of the
//! published tables is `crate::suppression`.

pub mod durations;
pub mod month;
pub mod period;
pub mod scorecard;

pub use durations::{DurationSummary, summarise};
pub use month::Month;
pub use period::{ReportPeriod, YearMonth};
pub use scorecard::{Criterion, CriterionScore, Rating, ScorecardInputs, scorecard};
