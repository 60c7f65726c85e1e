//! Organisations, workplaces, users and sessions, the taxonomy, cases with encrypted
//! callers, interactions, the append-only case event log, and full-text search.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 1,
    name: "foundation",
    portable: PORTABLE,
    sqlite: SQLITE,
    postgres: POSTGRES,
};

// Times are epoch milliseconds (BIGINT) and flags 0/1 (BIGINT) on both engines, so a
// row decodes the same way everywhere.
const PORTABLE: &str = r#"
CREATE TABLE organisations (
    id {pk},
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
)
--;;
CREATE TABLE workplaces (
    id {pk},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    name TEXT NOT NULL,
    name_fold TEXT NOT NULL,
    country TEXT NOT NULL,
    district TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    workers_total BIGINT NOT NULL DEFAULT 0,
    workers_women BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
)
--;;
CREATE UNIQUE INDEX workplaces_organisation ON workplaces(organisation_id)
--;;
CREATE INDEX workplaces_name_fold ON workplaces(name_fold)
--;;
CREATE TABLE workplace_brands (
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    brand_organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (workplace_id, brand_organisation_id)
)
--;;
CREATE TABLE roles (
    code TEXT PRIMARY KEY,
    sort BIGINT NOT NULL
)
--;;
CREATE TABLE users (
    id {pk},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL REFERENCES roles(code),
    language TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
)
--;;
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
)
--;;
CREATE INDEX sessions_user ON sessions(user_id)
--;;
CREATE TABLE login_failures (
    id {pk},
    username TEXT NOT NULL,
    client TEXT NOT NULL,
    at BIGINT NOT NULL
)
--;;
CREATE INDEX login_failures_username ON login_failures(username, at)
--;;
CREATE INDEX login_failures_client ON login_failures(client, at)
--;;
CREATE TABLE api_tokens (
    id {pk},
    user_id BIGINT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
)
--;;
CREATE TABLE categories (
    code TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES categories(code),
    life_safety BIGINT NOT NULL,
    substantive BIGINT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    sort BIGINT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1
)
--;;
CREATE TABLE case_statuses (
    code TEXT PRIMARY KEY,
    is_open BIGINT NOT NULL,
    sort BIGINT NOT NULL
)
--;;
CREATE TABLE case_outcomes (
    code TEXT PRIMARY KEY,
    sort BIGINT NOT NULL
)
--;;
CREATE TABLE cases (
    id {pk},
    code_hash TEXT NOT NULL UNIQUE,
    workplace_id BIGINT REFERENCES workplaces(id),
    category_code TEXT NOT NULL REFERENCES categories(code),
    urgency TEXT NOT NULL,
    language TEXT NOT NULL,
    channel TEXT NOT NULL,
    summary TEXT NOT NULL,
    narrative TEXT NOT NULL,
    shareable_summary TEXT NOT NULL,
    status TEXT NOT NULL REFERENCES case_statuses(code),
    outcome TEXT REFERENCES case_outcomes(code),
    assigned_to BIGINT REFERENCES users(id),
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    closed_at BIGINT
)
--;;
CREATE INDEX cases_created ON cases(created_at)
--;;
CREATE INDEX cases_status ON cases(status, created_at)
--;;
CREATE INDEX cases_workplace ON cases(workplace_id, created_at)
--;;
CREATE INDEX cases_assigned ON cases(assigned_to, status)
--;;
CREATE INDEX cases_category ON cases(category_code, created_at)
--;;
CREATE INDEX cases_urgency ON cases(urgency, created_at)
--;;
CREATE TABLE callers (
    id {pk},
    phone_index TEXT,
    phone_enc {blob},
    name_enc {blob},
    created_at BIGINT NOT NULL
)
--;;
CREATE INDEX callers_phone_index ON callers(phone_index)
--;;
CREATE TABLE case_callers (
    case_id BIGINT NOT NULL REFERENCES cases(id),
    caller_id BIGINT NOT NULL REFERENCES callers(id),
    consent_callback BIGINT NOT NULL,
    consent_sms BIGINT NOT NULL,
    safe_from_minute BIGINT,
    safe_to_minute BIGINT,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, caller_id)
)
--;;
CREATE INDEX case_callers_caller ON case_callers(caller_id)
--;;
CREATE TABLE interactions (
    id {pk},
    case_id BIGINT REFERENCES cases(id),
    caller_id BIGINT REFERENCES callers(id),
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,
    at BIGINT NOT NULL,
    operator_id BIGINT REFERENCES users(id),
    provider_ref TEXT UNIQUE
)
--;;
CREATE INDEX interactions_case ON interactions(case_id)
--;;
CREATE TABLE case_events (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    kind TEXT NOT NULL,
    detail TEXT NOT NULL
)
--;;
CREATE INDEX case_events_case ON case_events(case_id, id)
"#;

// FTS5 with the unicode61 tokenizer folds Latin diacritics, and the Bengali vowel signs,
// virama, nukta, ZWNJ and ZWJ are declared token characters: without them the tokenizer
// cuts Bengali words apart at every vowel sign (DESIGN §5.1). Text is also folded in Rust
// before it reaches either engine, so both index the same words.
const SQLITE: &str = concat!(
    "CREATE VIRTUAL TABLE case_text USING fts5(case_id UNINDEXED, body, tokenize = \"unicode61 remove_diacritics 2 tokenchars '",
    "\u{0981}\u{0982}\u{0983}\u{09BC}\u{09BE}\u{09BF}\u{09C0}\u{09C1}\u{09C2}\u{09C3}\u{09C4}",
    "\u{09C7}\u{09C8}\u{09CB}\u{09CC}\u{09CD}\u{09D7}\u{09E2}\u{09E3}\u{200C}\u{200D}",
    "'\")",
    "\n--;;\n",
    "CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END",
    "\n--;;\n",
    "CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END",
);

// The `simple` configuration keeps Bengali words whole; diacritics were already folded.
const POSTGRES: &str = r#"
CREATE TABLE case_text (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases(id),
    body TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED
)
--;;
CREATE INDEX case_text_tsv ON case_text USING GIN (tsv)
--;;
CREATE INDEX case_text_case ON case_text(case_id)
--;;
CREATE FUNCTION workvoice_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$
--;;
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION workvoice_append_only()
"#;
