//! The call-handling protocol and everything that follows a case after intake: protocol
//! versions and holidays, per-case steps with deadlines and escalation, pauses while the
//! case waits on the worker, factory/brand responses and evidence, consented disclosure,
//! the hash-chained access log, worker-informed records, follow-up tasks, incidents, the
//! SMS outbox and a job table for the background scheduler.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 2,
    name: "protocol",
    portable: PORTABLE,
    sqlite: SQLITE,
    postgres: POSTGRES,
};

const PORTABLE: &str = r#"
CREATE TABLE protocols (
    id {pk},
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id)
)
--;;
CREATE TABLE holidays (
    country TEXT NOT NULL,
    day TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (country, day)
)
--;;
ALTER TABLE cases ADD COLUMN protocol_id BIGINT REFERENCES protocols(id)
--;;
ALTER TABLE cases ADD COLUMN incident_id BIGINT
--;;
ALTER TABLE cases ADD COLUMN related_case_id BIGINT REFERENCES cases(id)
--;;
ALTER TABLE cases ADD COLUMN reprisal_risk BIGINT NOT NULL DEFAULT 0
--;;
CREATE TABLE case_steps (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    step TEXT NOT NULL,
    trigger_kind TEXT NOT NULL,
    span TEXT NOT NULL,
    started_at BIGINT,
    due_at BIGINT,
    met_at BIGINT,
    met_by BIGINT REFERENCES users(id),
    escalated_at BIGINT,
    brand_escalation TEXT NOT NULL DEFAULT 'none',
    UNIQUE (case_id, step)
)
--;;
CREATE INDEX case_steps_due ON case_steps(due_at)
--;;
CREATE TABLE case_pauses (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    from_at BIGINT NOT NULL,
    to_at BIGINT,
    started_by BIGINT REFERENCES users(id)
)
--;;
CREATE INDEX case_pauses_case ON case_pauses(case_id)
--;;
CREATE TABLE case_responses (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    action_by TEXT NOT NULL DEFAULT '',
    action_due TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
)
--;;
CREATE INDEX case_responses_case ON case_responses(case_id)
--;;
CREATE TABLE attachments (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    response_id BIGINT REFERENCES case_responses(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    uploaded_by BIGINT NOT NULL REFERENCES users(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    storage_key TEXT NOT NULL UNIQUE,
    at BIGINT NOT NULL
)
--;;
CREATE INDEX attachments_case ON attachments(case_id)
--;;
CREATE TABLE disclosure_consents (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    caller_id BIGINT NOT NULL REFERENCES callers(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    method TEXT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    recorded_at BIGINT NOT NULL,
    revoked_at BIGINT
)
--;;
CREATE INDEX disclosure_consents_case ON disclosure_consents(case_id, organisation_id)
--;;
CREATE TABLE access_log (
    id {pk},
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users(id),
    case_id BIGINT,
    action TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)
--;;
CREATE INDEX access_log_case ON access_log(case_id)
--;;
CREATE TABLE chain_heads (
    name TEXT PRIMARY KEY,
    last_hash TEXT NOT NULL
)
--;;
INSERT INTO chain_heads (name, last_hash) VALUES ('access_log', '0000000000000000000000000000000000000000000000000000000000000000')
--;;
CREATE TABLE case_informs (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    stage TEXT NOT NULL,
    method TEXT NOT NULL,
    outcome TEXT NOT NULL,
    at BIGINT NOT NULL,
    by_user BIGINT REFERENCES users(id)
)
--;;
CREATE INDEX case_informs_case ON case_informs(case_id)
--;;
CREATE TABLE tasks (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    done_at BIGINT,
    done_by BIGINT REFERENCES users(id),
    outcome TEXT,
    UNIQUE (case_id, kind)
)
--;;
CREATE INDEX tasks_due ON tasks(done_at, due_at)
--;;
CREATE TABLE incidents (
    id {pk},
    title TEXT NOT NULL,
    workplace_id BIGINT REFERENCES workplaces(id),
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id)
)
--;;
CREATE INDEX cases_incident ON cases(incident_id)
--;;
CREATE TABLE outbox (
    id {pk},
    case_id BIGINT REFERENCES cases(id),
    caller_id BIGINT REFERENCES callers(id),
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    template TEXT NOT NULL,
    params TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    provider_ref TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
)
--;;
CREATE INDEX outbox_due ON outbox(status, next_attempt_at)
--;;
CREATE TABLE notifications (
    id {pk},
    user_id BIGINT NOT NULL REFERENCES users(id),
    case_id BIGINT REFERENCES cases(id),
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    read_at BIGINT
)
--;;
CREATE INDEX notifications_user ON notifications(user_id, read_at)
--;;
CREATE TABLE jobs (
    name TEXT PRIMARY KEY,
    run_at BIGINT NOT NULL,
    locked_by TEXT,
    locked_until BIGINT,
    last_run_at BIGINT,
    last_error TEXT
)
"#;

const SQLITE: &str = concat!(
    "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END",
    "\n--;;\n",
    "CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, 'access_log is append-only'); END",
);

const POSTGRES: &str = r#"
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION workvoice_append_only()
"#;
