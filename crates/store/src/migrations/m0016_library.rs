//! The good-practice library (issue 13 items 1–3): practices written up from verified
//! improvements, each language's title, problem and solution, the review trail (who moved
//! it where, when; append-only) and the enterprise's consent to publication, recorded on
//! the improvement (the photos keep their own consent, `osh_photos.consent`).
//!
//! A practice keeps the sector, cost band and naming its reviewer settled on; its area,
//! risk, district and verification are read from the improvement and the workplace, so
//! the public rule ("published, verified by someone other than the enterprise, consented")
//! is always checked against the improvement as it is now.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 16,
    name: "library",
    portable: PORTABLE,
    sqlite: SQLITE,
    postgres: POSTGRES,
};

const PORTABLE: &str = r#"
CREATE TABLE library_consents (
    improvement_id BIGINT PRIMARY KEY REFERENCES osh_improvements(id),
    given_by TEXT NOT NULL,
    given_on TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users(id),
    recorded_at BIGINT NOT NULL,
    withdrawn_at BIGINT
)
--;;
CREATE TABLE library_practices (
    id {pk},
    improvement_id BIGINT NOT NULL UNIQUE REFERENCES osh_improvements(id),
    provider_org_id BIGINT NOT NULL REFERENCES organisations(id),
    workplace_id BIGINT NOT NULL REFERENCES workplaces(id),
    programme_id BIGINT REFERENCES osh_programmes(id),
    sector TEXT NOT NULL,
    cost_band TEXT NOT NULL,
    naming TEXT NOT NULL,
    state TEXT NOT NULL,
    published_at BIGINT,
    created_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
)
--;;
CREATE INDEX library_practices_state ON library_practices(state, published_at)
--;;
CREATE INDEX library_practices_provider ON library_practices(provider_org_id, state)
--;;
CREATE TABLE library_texts (
    practice_id BIGINT NOT NULL REFERENCES library_practices(id),
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    problem TEXT NOT NULL,
    solution TEXT NOT NULL,
    updated_by BIGINT REFERENCES users(id),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (practice_id, language)
)
--;;
CREATE TABLE library_reviews (
    id {pk},
    practice_id BIGINT NOT NULL REFERENCES library_practices(id),
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
)
--;;
CREATE INDEX library_reviews_practice ON library_reviews(practice_id, id)
"#;

const SQLITE: &str = concat!(
    "CREATE TRIGGER library_reviews_no_update BEFORE UPDATE ON library_reviews BEGIN SELECT RAISE(ABORT, 'library_reviews is append-only'); END",
    "\n--;;\n",
    "CREATE TRIGGER library_reviews_no_delete BEFORE DELETE ON library_reviews BEGIN SELECT RAISE(ABORT, 'library_reviews is append-only'); END",
);

const POSTGRES: &str = r#"
CREATE TRIGGER library_reviews_append_only BEFORE UPDATE OR DELETE ON library_reviews
    FOR EACH ROW EXECUTE FUNCTION workvoice_append_only()
"#;
