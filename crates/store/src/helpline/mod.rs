//! The helpline's own work on a case: intake and the case record, callers (encrypted),
//! the event log, informing the worker, follow-up tasks, closure, incidents that group
//! cases, staff notifications and the supervisors' views.

pub mod callers;
pub mod cases;
pub mod closure;
pub mod events;
pub mod incidents;
pub mod informs;
pub mod notifications;
pub mod reports;
pub mod supervision;
pub mod tasks;
