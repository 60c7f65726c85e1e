//! One file per aggregate, each an `impl Store` block.

pub mod access_log;
pub mod api_tokens;
pub mod attachments;
pub mod bulk;
pub mod callers;
pub mod cases;
pub mod closure;
pub mod disclosure;
pub mod events;
pub mod incidents;
pub mod informs;
pub mod jobs;
pub mod login_throttle;
pub mod notifications;
pub mod organisations;
pub mod outbox;
pub mod protocol;
pub mod responses;
pub mod sessions;
pub mod shared_case;
pub mod steps;
pub mod supervision;
pub mod tasks;
pub mod taxonomy;
pub mod users;
pub mod workplaces;
