//! Voice and surveys (issue 8 items 4–6).
//!
//! `voice_steps` makes a provider's repeated webhook have one effect: each (call, step)
//! is inserted once, in the transaction that applies the step's effect, so a retried or
//! duplicated delivery finds its row and changes nothing. It is a database key, not
//! memory, because any server may take any webhook.
//!
//! `callback_requests` is the operator queue of free callbacks (missed calls, the IVR's
//! "call me back", voice messages). The caller is the `callers` row found by the phone's
//! blind index, so the plain number is stored only encrypted there; one request per
//! caller and local day, however often they ring (`calls` counts the rings).
//!
//! `surveys` holds one satisfaction survey per closed case and `survey_answers` its
//! answers, by question. Neither names a caller: the worker's number is read from the
//! case's consenting caller when the survey is sent, so no report can join an answer to
//! an identity.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 8,
    name: "voice_surveys",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE voice_steps (
    call_sid TEXT NOT NULL,
    step TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (call_sid, step)
)
--;;
CREATE TABLE callback_requests (
    id {pk},
    caller_id BIGINT NOT NULL REFERENCES callers(id),
    day TEXT NOT NULL,
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    calls BIGINT NOT NULL,
    requested_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    interaction_id BIGINT REFERENCES interactions(id),
    message_enc {blob},
    done_at BIGINT,
    done_by BIGINT REFERENCES users(id),
    outcome TEXT,
    UNIQUE (caller_id, day)
)
--;;
CREATE INDEX callback_requests_open ON callback_requests(done_at, due_at)
--;;
CREATE TABLE surveys (
    id {pk},
    case_id BIGINT NOT NULL UNIQUE REFERENCES cases(id),
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    finished_at BIGINT
)
--;;
CREATE INDEX surveys_due ON surveys(status, next_attempt_at)
--;;
CREATE TABLE survey_answers (
    survey_id BIGINT NOT NULL REFERENCES surveys(id),
    question TEXT NOT NULL,
    value BIGINT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (survey_id, question)
)
"#;
