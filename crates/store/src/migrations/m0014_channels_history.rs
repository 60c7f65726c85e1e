//! The outbox's history of delivery attempts: one row per attempt (when, the outcome, the
//! provider's message id, the error), so the administrators' page shows every try of a
//! message and not only the last one. And the one change the append-only case event log
//! allows: once a case's identity is removed (retention or a worker's erasure), its notes'
//! free text is replaced by `{"removed":true}`; every other update or delete is refused
//! as before. The retention job's runs that removed something, with their counts, for the
//! administrators' retention page.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 14,
    name: "channels_history",
    portable: PORTABLE,
    sqlite: SQLITE,
    postgres: POSTGRES,
};

const PORTABLE: &str = r#"
CREATE TABLE outbox_attempts (
    id {pk},
    outbox_id BIGINT NOT NULL REFERENCES outbox(id),
    attempt BIGINT NOT NULL,
    at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    provider_ref TEXT,
    error TEXT
)
--;;
CREATE INDEX outbox_attempts_message ON outbox_attempts(outbox_id, id)
--;;
CREATE TABLE retention_runs (
    id {pk},
    at BIGINT NOT NULL,
    cases BIGINT NOT NULL,
    callers BIGINT NOT NULL,
    attachments BIGINT NOT NULL,
    messages BIGINT NOT NULL,
    callbacks BIGINT NOT NULL
)
"#;

const SQLITE: &str = r#"
DROP TRIGGER case_events_no_update
--;;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
WHEN NOT (
    OLD.kind = 'note' AND NEW.kind = 'note' AND NEW.id = OLD.id AND NEW.case_id = OLD.case_id
    AND NEW.at = OLD.at AND NEW.actor_id IS OLD.actor_id AND NEW.detail = '{"removed":true}'
    AND EXISTS (SELECT 1 FROM cases c WHERE c.id = OLD.case_id AND c.identity_removed_at IS NOT NULL)
)
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END
"#;

const POSTGRES: &str = r#"
CREATE FUNCTION workvoice_case_events_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.kind = 'note' AND NEW.kind = 'note' AND NEW.id = OLD.id
        AND NEW.case_id = OLD.case_id AND NEW.at = OLD.at
        AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.detail = '{"removed":true}'
        AND EXISTS (SELECT 1 FROM cases c WHERE c.id = OLD.case_id AND c.identity_removed_at IS NOT NULL)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$
--;;
DROP TRIGGER case_events_append_only ON case_events
--;;
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION workvoice_case_events_guard()
"#;
