//! One caller per phone: the blind index of a caller's phone becomes unique, so two
//! intakes from a new phone recorded at the same moment (two operators, two servers on
//! PostgreSQL) make one caller — the second insert meets the first and finds it again
//! (`ON CONFLICT DO NOTHING`, then a read) — instead of two callers the helpline cannot
//! link. Callers without a phone have a NULL index, which a unique index never compares.
//!
//! Before the index can exist, callers the old lookup-then-insert already duplicated are
//! merged into one: the caller kept is the oldest that has a name (the name is encrypted
//! with its row id, so it cannot move to another row), else the oldest; every reference
//! to the others moves to it, and a case linked to both keeps the kept caller's link.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 5,
    name: "one_caller_per_phone",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE TABLE caller_merges AS
SELECT d.id AS duplicate_id,
       COALESCE(
           (SELECT MIN(k.id) FROM callers k WHERE k.phone_index = d.phone_index AND k.name_enc IS NOT NULL),
           (SELECT MIN(k.id) FROM callers k WHERE k.phone_index = d.phone_index)
       ) AS keeper_id
FROM callers d
WHERE d.phone_index IS NOT NULL
  AND (SELECT COUNT(*) FROM callers o WHERE o.phone_index = d.phone_index) > 1
--;;
DELETE FROM caller_merges WHERE duplicate_id = keeper_id
--;;
DELETE FROM case_callers WHERE EXISTS (
    SELECT 1 FROM caller_merges m JOIN case_callers k ON k.caller_id = m.keeper_id
    WHERE m.duplicate_id = case_callers.caller_id AND k.case_id = case_callers.case_id
)
--;;
UPDATE case_callers SET caller_id = (SELECT m.keeper_id FROM caller_merges m WHERE m.duplicate_id = case_callers.caller_id)
WHERE caller_id IN (SELECT duplicate_id FROM caller_merges)
--;;
UPDATE interactions SET caller_id = (SELECT m.keeper_id FROM caller_merges m WHERE m.duplicate_id = interactions.caller_id)
WHERE caller_id IN (SELECT duplicate_id FROM caller_merges)
--;;
UPDATE disclosure_consents SET caller_id = (SELECT m.keeper_id FROM caller_merges m WHERE m.duplicate_id = disclosure_consents.caller_id)
WHERE caller_id IN (SELECT duplicate_id FROM caller_merges)
--;;
UPDATE outbox SET caller_id = (SELECT m.keeper_id FROM caller_merges m WHERE m.duplicate_id = outbox.caller_id)
WHERE caller_id IN (SELECT duplicate_id FROM caller_merges)
--;;
DELETE FROM callers WHERE id IN (SELECT duplicate_id FROM caller_merges)
--;;
DROP TABLE caller_merges
--;;
DROP INDEX callers_phone_index
--;;
CREATE UNIQUE INDEX callers_phone_unique ON callers(phone_index)
"#;
