//! The workplace registry (issue 9 item 1): sub-district, languages and onboarding on the
//! workplace; registration numbers and contacts beside it; pending CSV imports.
//!
//! Dates of the onboarding stages are civil dates (`YYYY-MM-DD` text), not instants: the
//! programme records the day a factory was trained, in its own country.
//! Identifiers are unique per kind across the registry, which is what lets a re-imported
//! file find the workplace it created.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 7,
    name: "registry",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
ALTER TABLE workplaces ADD COLUMN sub_district TEXT NOT NULL DEFAULT ''
--;;
ALTER TABLE workplaces ADD COLUMN languages TEXT NOT NULL DEFAULT ''
--;;
ALTER TABLE workplaces ADD COLUMN onboarding_status TEXT NOT NULL DEFAULT 'invited'
--;;
ALTER TABLE workplaces ADD COLUMN invited_on TEXT
--;;
ALTER TABLE workplaces ADD COLUMN onboarded_on TEXT
--;;
ALTER TABLE workplaces ADD COLUMN trained_on TEXT
--;;
ALTER TABLE workplaces ADD COLUMN active_on TEXT
--;;
ALTER TABLE workplaces ADD COLUMN suspended_on TEXT
--;;
CREATE INDEX workplaces_onboarding_status ON workplaces(onboarding_status)
--;;
CREATE TABLE workplace_identifiers (
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (workplace_id, kind)
)
--;;
CREATE UNIQUE INDEX workplace_identifiers_unique ON workplace_identifiers(kind, value)
--;;
CREATE TABLE workplace_contacts (
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT,
    PRIMARY KEY (workplace_id, kind)
)
--;;
CREATE TABLE workplace_imports (
    id {pk},
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    file_text TEXT NOT NULL,
    applied_at BIGINT
)
"#;
