//! OSH, what issue 10 still lacked: coordination meetings and achievement workshops (date,
//! place, organisations, participants by gender, enterprises presenting, decisions and
//! follow-ups), and server-side drafts of the visit and improvement forms, one per user and
//! form, so a slow connection does not lose a half-filled form.
//!
//! A meeting's organisations are free text (agencies and partners need not be in the
//! registry); the enterprises presenting are registry workplaces. A draft holds the form as
//! its submitted fields (`application/x-www-form-urlencoded` text), never parsed: it is what
//! the person typed, valid or not.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 13,
    name: "osh_meetings",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE osh_meetings (
    id {pk},
    kind TEXT NOT NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    programme_id BIGINT REFERENCES osh_programmes(id),
    organiser_org_id BIGINT REFERENCES organisations(id),
    organisations TEXT NOT NULL DEFAULT '',
    women_count BIGINT NOT NULL DEFAULT 0,
    men_count BIGINT NOT NULL DEFAULT 0,
    decisions TEXT NOT NULL DEFAULT '',
    follow_ups TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL
)
--;;
CREATE INDEX osh_meetings_held ON osh_meetings(held_on)
--;;
CREATE TABLE osh_meeting_presenters (
    meeting_id BIGINT NOT NULL REFERENCES osh_meetings(id),
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    PRIMARY KEY (meeting_id, workplace_id)
)
--;;
CREATE INDEX osh_meeting_presenters_workplace ON osh_meeting_presenters(workplace_id)
--;;
CREATE TABLE osh_drafts (
    user_id BIGINT NOT NULL REFERENCES users(id),
    form TEXT NOT NULL,
    fields TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, form)
)
"#;
