//! One file per aggregate, each an `impl Store` block.

pub mod api_tokens;
pub mod callers;
pub mod cases;
pub mod events;
pub mod login_throttle;
pub mod organisations;
pub mod sessions;
pub mod taxonomy;
pub mod users;
pub mod workplaces;
