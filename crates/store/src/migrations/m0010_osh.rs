//! OSH improvement monitoring (issue 10): programmes and the providers' enrolment of
//! workplaces, visits with the employer's and the workers' views kept apart, action
//! checklists and their answers, improvements with an append-only timeline and photos,
//! and the helpline signals that raise a workplace's visit priority (the bridge).
//!
//! Dates people plan by (scheduled, performed, due) are civil dates as `YYYY-MM-DD` text,
//! like the registry's onboarding dates; instants are epoch milliseconds. Codes (kind,
//! status, area, …) are the domain's `StoredCode`s. A provider is an organisation of kind
//! `provider`; `provider_org_id` on a row is whose work it is, and what the store scopes
//! provider staff by.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 10,
    name: "osh",
    portable: PORTABLE,
    sqlite: SQLITE,
    postgres: POSTGRES,
};

const PORTABLE: &str = r#"
CREATE TABLE osh_programmes (
    id {pk},
    name TEXT NOT NULL UNIQUE,
    methodology TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    partners TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
)
--;;
CREATE TABLE osh_enrolments (
    id {pk},
    programme_id BIGINT NOT NULL REFERENCES osh_programmes(id),
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
    enrolled_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (programme_id, workplace_id)
)
--;;
CREATE INDEX osh_enrolments_provider ON osh_enrolments(provider_org_id)
--;;
CREATE TABLE osh_visits (
    id {pk},
    enrolment_id BIGINT NOT NULL REFERENCES osh_enrolments(id),
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    scheduled_on TEXT NOT NULL,
    performed_on TEXT,
    visitors TEXT NOT NULL DEFAULT '',
    employer_count BIGINT NOT NULL DEFAULT 0,
    workers_count BIGINT NOT NULL DEFAULT 0,
    women_count BIGINT NOT NULL DEFAULT 0,
    worker_reps_count BIGINT NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    next_due_on TEXT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
)
--;;
CREATE INDEX osh_visits_workplace ON osh_visits(workplace_id, scheduled_on)
--;;
CREATE INDEX osh_visits_provider ON osh_visits(provider_org_id, performed_on, scheduled_on)
--;;
CREATE TABLE osh_visit_views (
    visit_id BIGINT NOT NULL REFERENCES osh_visits(id),
    side TEXT NOT NULL,
    rating BIGINT NOT NULL,
    changes_seen TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (visit_id, side)
)
--;;
CREATE TABLE osh_improvements (
    id {pk},
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
    source TEXT NOT NULL,
    area TEXT NOT NULL,
    description TEXT NOT NULL,
    control_level TEXT,
    low_cost BIGINT NOT NULL DEFAULT 0,
    cost BIGINT,
    owner_name TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL,
    verification TEXT,
    before_likelihood BIGINT,
    before_severity BIGINT,
    after_likelihood BIGINT,
    after_severity BIGINT,
    case_id BIGINT REFERENCES cases(id),
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
)
--;;
CREATE INDEX osh_improvements_workplace ON osh_improvements(workplace_id)
--;;
CREATE INDEX osh_improvements_provider ON osh_improvements(provider_org_id, status)
--;;
CREATE TABLE osh_improvement_events (
    id {pk},
    improvement_id BIGINT NOT NULL REFERENCES osh_improvements(id),
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    verification TEXT,
    note TEXT NOT NULL DEFAULT ''
)
--;;
CREATE INDEX osh_improvement_events_improvement ON osh_improvement_events(improvement_id, id)
--;;
CREATE TABLE osh_photos (
    id {pk},
    improvement_id BIGINT NOT NULL REFERENCES osh_improvements(id),
    phase TEXT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    size_bytes BIGINT NOT NULL,
    consent TEXT NOT NULL,
    uploaded_by BIGINT REFERENCES users(id),
    uploaded_at BIGINT NOT NULL
)
--;;
CREATE INDEX osh_photos_improvement ON osh_photos(improvement_id, phase)
--;;
CREATE TABLE osh_signals (
    case_id BIGINT NOT NULL REFERENCES cases(id),
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    area TEXT,
    improvement_id BIGINT REFERENCES osh_improvements(id),
    raised_at BIGINT NOT NULL,
    answered_at BIGINT,
    PRIMARY KEY (case_id)
)
--;;
CREATE INDEX osh_signals_workplace ON osh_signals(workplace_id, answered_at)
--;;
CREATE TABLE osh_checklists (
    id {pk},
    name TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (name, version)
)
--;;
CREATE TABLE osh_checklist_items (
    id {pk},
    checklist_id BIGINT NOT NULL REFERENCES osh_checklists(id),
    ordinal BIGINT NOT NULL,
    area TEXT NOT NULL,
    text_en TEXT NOT NULL,
    text_bn TEXT NOT NULL,
    text_vi TEXT NOT NULL
)
--;;
CREATE INDEX osh_checklist_items_checklist ON osh_checklist_items(checklist_id, ordinal)
--;;
CREATE TABLE osh_checklist_answers (
    visit_id BIGINT NOT NULL REFERENCES osh_visits(id),
    item_id BIGINT NOT NULL REFERENCES osh_checklist_items(id),
    answer TEXT NOT NULL,
    priority BIGINT NOT NULL DEFAULT 0,
    already_good BIGINT NOT NULL DEFAULT 0,
    remarks TEXT NOT NULL DEFAULT '',
    improvement_id BIGINT REFERENCES osh_improvements(id),
    PRIMARY KEY (visit_id, item_id)
)
"#;

const SQLITE: &str = concat!(
    "CREATE TRIGGER osh_improvement_events_no_update BEFORE UPDATE ON osh_improvement_events BEGIN SELECT RAISE(ABORT, 'osh_improvement_events is append-only'); END",
    "\n--;;\n",
    "CREATE TRIGGER osh_improvement_events_no_delete BEFORE DELETE ON osh_improvement_events BEGIN SELECT RAISE(ABORT, 'osh_improvement_events is append-only'); END",
);

const POSTGRES: &str = r#"
CREATE TRIGGER osh_improvement_events_append_only BEFORE UPDATE OR DELETE ON osh_improvement_events
    FOR EACH ROW EXECUTE FUNCTION workvoice_append_only()
"#;
