//! The awareness programme (issue 9 items 3–4): training sessions, materials handed out,
//! the manager's play reports of the helpline recording (confirmed by the factory),
//! awareness checks, and the follow-up training the priority list sends.
//!
//! Dates are civil dates (`YYYY-MM-DD` text) like the registry's onboarding dates, so a
//! period is a text comparison on both engines and a month is `SUBSTR(date, 1, 7)`.
//! The covering index on cases lets the priority list count a year of calls per
//! workplace from the index alone.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 9,
    name: "awareness",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE awareness_trainings (
    id {pk},
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    held_on TEXT NOT NULL,
    trainer TEXT NOT NULL,
    women BIGINT NOT NULL,
    men BIGINT NOT NULL,
    group_size BIGINT NOT NULL,
    topics TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL
)
--;;
CREATE INDEX awareness_trainings_workplace ON awareness_trainings(workplace_id, held_on)
--;;
CREATE TABLE awareness_materials (
    id {pk},
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    given_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL
)
--;;
CREATE INDEX awareness_materials_workplace ON awareness_materials(workplace_id, given_on)
--;;
CREATE TABLE awareness_plays (
    id {pk},
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    played_on TEXT NOT NULL,
    shifts BIGINT NOT NULL,
    note TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL,
    confirmed_by BIGINT REFERENCES users(id),
    confirmed_at BIGINT
)
--;;
CREATE INDEX awareness_plays_workplace ON awareness_plays(workplace_id, played_on)
--;;
CREATE TABLE awareness_checks (
    id {pk},
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    checked_on TEXT NOT NULL,
    sampled BIGINT NOT NULL,
    knows_number BIGINT NOT NULL,
    carries_card BIGINT NOT NULL,
    knows_process BIGINT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL
)
--;;
CREATE INDEX awareness_checks_workplace ON awareness_checks(workplace_id, checked_on)
--;;
CREATE TABLE awareness_follow_ups (
    workplace_id BIGINT PRIMARY KEY REFERENCES workplaces(id),
    status TEXT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL
)
--;;
CREATE INDEX cases_workplace_calls ON cases(workplace_id, created_at, category_code)
"#;
