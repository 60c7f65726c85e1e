//! Spreading what works (issue 13 items 4–6): the pure rules of the feedback report each
//! enterprise gets, the achievement workshop pack and the newsletter.
//!
//! - [`feedback_report`]: the enterprise's own figures, its peer group (same size band,
//!   sector and region, widened from district to country when the district's group is too
//!   small), the comparison with it, suppressed below the minimum, and the local examples
//!   it could follow.
//! - [`newsletter`]: the newsletter's period and its SMS digest, kept within one SMS.
//!
//! Every label is a Fluent message id (`dissemination-…`), never text.

pub mod feedback_report;
pub mod newsletter;
