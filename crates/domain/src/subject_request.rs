//! Data-subject requests: a worker asks for everything kept about them (access) or for
//! it to be removed (erasure). Each gets an acknowledgement deadline (two days) and a
//! completion deadline (30 days), the tighter of the Bangladesh and Vietnam rules as read
//! (`../shared/reference/security-anchors.md` T29; legal review pending).

use crate::code_enum::code_enum;
use crate::retention::DAY_MS;

code_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum RequestKind / "subject-request-" {
        /// A copy of everything linked to the worker.
        Access = "access",
        /// Remove the worker's identity and what could name them.
        Erasure = "erasure",
    }
}

pub const ACKNOWLEDGE_DAYS: i64 = 2;
pub const COMPLETE_DAYS: i64 = 30;

/// The acknowledgement and completion deadlines of a request received at `received`.
pub fn deadlines(received: i64) -> (i64, i64) {
    (
        received + ACKNOWLEDGE_DAYS * DAY_MS,
        received + COMPLETE_DAYS * DAY_MS,
    )
}

/// Whether an unfinished request is past its completion deadline at `now`.
pub fn is_overdue(due_at: i64, completed_at: Option<i64>, now: i64) -> bool {
    completed_at.is_none() && now > due_at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erasure_request_deadlines() {
        let (ack, due) = deadlines(0);
        assert_eq!(ack, 2 * DAY_MS);
        assert_eq!(due, 30 * DAY_MS);
        assert!(!is_overdue(due, None, due));
        assert!(is_overdue(due, None, due + 1));
        assert!(!is_overdue(due, Some(due - 1), due + 1));
        assert_eq!(RequestKind::parse("erasure"), Some(RequestKind::Erasure));
    }
}
