//! Data-subject requests: a worker asks for everything kept about them (access) or for
//! it to be removed (erasure). Each gets an acknowledgement deadline (two days) and a
//! completion deadline (30 days), the tighter of the Bangladesh and Vietnam rules as read
//! (`../shared/reference/security-anchors.md` T29; legal review pending).

use crate::code_enum::code_enum;
use crate::retention::DAY_MS;
use crate::time::Millis;

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
pub fn deadlines(received: Millis) -> (Millis, Millis) {
    (
        received.plus(ACKNOWLEDGE_DAYS * DAY_MS),
        received.plus(COMPLETE_DAYS * DAY_MS),
    )
}

/// Whether an unfinished request is past its completion deadline at `now`.
pub fn is_overdue(due_at: Millis, completed_at: Option<Millis>, now: Millis) -> bool {
    completed_at.is_none() && now > due_at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erasure_request_deadlines() {
        let (ack, due) = deadlines(Millis(0));
        assert_eq!(ack, Millis(2 * DAY_MS));
        assert_eq!(due, Millis(30 * DAY_MS));
        assert!(!is_overdue(due, None, due));
        assert!(is_overdue(due, None, due.plus(1)));
        assert!(!is_overdue(due, Some(due.minus(1)), due.plus(1)));
        assert_eq!(RequestKind::parse("erasure"), Some(RequestKind::Erasure));
    }
}
