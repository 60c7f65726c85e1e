//! Reporting as an act (DESIGN §4): a case reaches a factory or a brand only through a
//! row here, written when a helpline user reports it (or the escalation ladder tells a
//! brand). Each row keeps the shareable summary *as it was shared*, so a later edit reaches
//! the organisation only when it is shared again. `cases.factory_may_be_told` is the
//! worker's agreement; without it a case cannot be reported.
//!
//! Existing databases: cases whose inform-factory step was met were told already, so they
//! get a report row with today's shareable summary; brands get one where their step was met
//! or the ladder reached them. The agreement defaults to yes except in the categories
//! where the operator must ask (sexual harassment, reprisal).

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 4,
    name: "reports",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
ALTER TABLE cases ADD COLUMN factory_may_be_told BIGINT NOT NULL DEFAULT 1
--;;
UPDATE cases SET factory_may_be_told = 0 WHERE category_code = 'abuse.sexual_harassment' OR category_code = 'reprisal' OR category_code LIKE 'reprisal.%'
--;;
CREATE TABLE case_reports (
    id {pk},
    case_id BIGINT NOT NULL REFERENCES cases(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    target TEXT NOT NULL,
    via TEXT NOT NULL,
    version BIGINT NOT NULL,
    summary TEXT NOT NULL,
    reported_by BIGINT REFERENCES users(id),
    reported_at BIGINT NOT NULL,
    UNIQUE (case_id, organisation_id, version)
)
--;;
CREATE INDEX case_reports_organisation ON case_reports(organisation_id, case_id)
--;;
INSERT INTO case_reports (case_id, organisation_id, target, via, version, summary, reported_by, reported_at)
SELECT c.id, w.organisation_id, 'factory', 'helpline', 1, c.shareable_summary, s.met_by, s.met_at
FROM cases c JOIN workplaces w ON w.id = c.workplace_id
JOIN case_steps s ON s.case_id = c.id AND s.step = 'inform_factory' AND s.met_at IS NOT NULL
--;;
INSERT INTO case_reports (case_id, organisation_id, target, via, version, summary, reported_by, reported_at)
SELECT c.id, wb.brand_organisation_id, 'brand', 'helpline', 1, c.shareable_summary, NULL, MIN(COALESCE(s.met_at, c.updated_at))
FROM cases c JOIN workplace_brands wb ON wb.workplace_id = c.workplace_id
JOIN case_steps s ON s.case_id = c.id
WHERE (s.step = 'inform_brand' AND s.met_at IS NOT NULL) OR (s.step = 'factory_response' AND s.brand_escalation <> 'none')
GROUP BY c.id, wb.brand_organisation_id, c.shareable_summary
"#;
