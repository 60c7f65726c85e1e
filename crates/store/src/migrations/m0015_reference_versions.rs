//! A version per kind of reference data that every case creation reads (holidays,
//! categories): each server caches the parsed data and re-reads it only when the version
//! in the database moved, so a change on one server reaches the others at their next
//! request. The protocol needs no row: its versions are rows already (`protocols.id`).

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 15,
    name: "reference_versions",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE reference_versions (
    name TEXT PRIMARY KEY,
    version BIGINT NOT NULL
)
--;;
INSERT INTO reference_versions (name, version) VALUES ('holidays', 1)
--;;
INSERT INTO reference_versions (name, version) VALUES ('categories', 1)
"#;
