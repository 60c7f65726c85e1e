//! Supervisor views: the overdue queue (with the supervisor's own notifications),
//! protocol compliance and time per stage, and each staff member's workload.
//! Supervisors and administrators only; to anyone else these pages do not exist.

pub mod compliance;
pub mod overdue;
pub mod workload;

use workvoice_domain::Role;

use crate::auth::current::Staff;
use crate::error::WebError;
use crate::i18n::Tr;

pub(crate) const DAY_MS: i64 = 24 * 60 * 60 * 1000;

pub(crate) fn require_supervisor(staff: &Staff) -> Result<(), WebError> {
    match staff.user.role {
        Role::Supervisor | Role::Admin => Ok(()),
        _ => Err(WebError::NotFound),
    }
}

/// A length of time in the largest fitting units, e.g. "2 d 3 h", "1 h 5 min", "7 min".
pub fn duration(tr: Tr, minutes: i64) -> String {
    let m = minutes.max(0);
    let (days, hours, mins) = (m / 1440, (m % 1440) / 60, m % 60);
    let n = |v: i64| tr.number(v);
    if days > 0 {
        tr.t_args(
            "supervisor-duration-days",
            &[("days", n(days).into()), ("hours", n(hours).into())],
        )
    } else if hours > 0 {
        tr.t_args(
            "supervisor-duration-hours",
            &[("hours", n(hours).into()), ("minutes", n(mins).into())],
        )
    } else {
        tr.t_args(
            "supervisor-duration-minutes",
            &[("minutes", n(mins).into())],
        )
    }
}
