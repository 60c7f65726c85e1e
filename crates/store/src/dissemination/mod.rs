//! Spreading what works (issue 13 items 4–6): the feedback report of every enterprise of
//! an OSH programme, the achievement workshop pack and the newsletter.

pub mod feedback_report;
pub mod newsletter;
pub mod workshop_pack;
