//! Security: rate limits kept in the database (servers keep no state), the second factor
//! (TOTP secret encrypted, the last time step used so a code cannot be replayed, recovery
//! codes as keyed hashes) and whether a session has passed it. Retention: a period per
//! programme (a country, or the default) and when a case's identity was removed.
//! Data-subject requests (access, erasure) with their deadlines; the phone only as a blind
//! index, forgotten once the request is done.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 11,
    name: "security",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE rate_events (
    id {pk},
    bucket TEXT NOT NULL,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
)
--;;
CREATE INDEX rate_events_lookup ON rate_events(bucket, subject, at)
--;;
ALTER TABLE users ADD COLUMN totp_secret_enc {blob}
--;;
ALTER TABLE users ADD COLUMN totp_confirmed_at BIGINT
--;;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT
--;;
CREATE TABLE recovery_codes (
    id {pk},
    user_id BIGINT NOT NULL REFERENCES users(id),
    code_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    used_at BIGINT
)
--;;
CREATE INDEX recovery_codes_user ON recovery_codes(user_id)
--;;
ALTER TABLE sessions ADD COLUMN second_factor_at BIGINT
--;;
CREATE TABLE retention_policies (
    programme TEXT PRIMARY KEY,
    days BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
)
--;;
ALTER TABLE cases ADD COLUMN identity_removed_at BIGINT
--;;
CREATE INDEX cases_closed ON cases(closed_at)
--;;
CREATE TABLE subject_requests (
    id {pk},
    kind TEXT NOT NULL,
    phone_index TEXT,
    received_at BIGINT NOT NULL,
    acknowledge_by BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    completed_at BIGINT,
    completed_by BIGINT REFERENCES users(id),
    cases BIGINT
)
"#;
