//! One file per aggregate, each an `impl Store` block.

pub mod api_tokens;
pub mod bulk;
pub mod callers;
pub mod cases;
pub mod events;
pub mod jobs;
pub mod login_throttle;
pub mod notifications;
pub mod organisations;
pub mod protocol;
pub mod sessions;
pub mod steps;
pub mod taxonomy;
pub mod users;
pub mod workplaces;
