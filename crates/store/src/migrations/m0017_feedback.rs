//! Newsletters (issue 13 item 4): one per programme and month, with the introduction its
//! editor wrote, the programme's figures as they stood when it was made (so May's issue
//! still says May's numbers in December, and a public page never re-reads a whole
//! programme), and the library's practices it selected, in their order. Upcoming
//! workshops are read when it is shown; a practice withdrawn from the
//! library after the issue went out drops out of it, because the newsletter reads its
//! practices through the library's public rule. Feedback reports and workshop packs are
//! computed from the OSH tables and store nothing.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 17,
    name: "feedback",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE newsletters (
    id {pk},
    programme_id BIGINT NOT NULL REFERENCES osh_programmes(id),
    period TEXT NOT NULL,
    introduction TEXT NOT NULL DEFAULT '',
    enterprises BIGINT NOT NULL,
    verified BIGINT NOT NULL,
    risk_reduction BIGINT NOT NULL,
    band_reductions BIGINT NOT NULL,
    low_cost_percent BIGINT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    UNIQUE (programme_id, period)
)
--;;
CREATE TABLE newsletter_practices (
    newsletter_id BIGINT NOT NULL REFERENCES newsletters(id),
    practice_id BIGINT NOT NULL REFERENCES library_practices(id),
    position BIGINT NOT NULL,
    PRIMARY KEY (newsletter_id, practice_id)
)
"#;
