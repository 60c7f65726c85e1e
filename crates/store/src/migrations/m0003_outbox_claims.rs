//! Outbox claims: the delivery worker marks the rows it is sending, so two servers never
//! send the same message at once, and a server that dies mid-send gives its rows back when
//! the claim runs out. The claim lives in its own columns so `next_attempt_at` keeps
//! meaning "when the message is meant to go out" (the case page shows it).

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 3,
    name: "outbox_claims",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
ALTER TABLE outbox ADD COLUMN claimed_by TEXT
--;;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT
"#;
