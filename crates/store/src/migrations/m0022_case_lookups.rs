//! Look-ups that grew with the table at a million cases (issue 11):
//! - a case page reads the case's messages (`outbox WHERE case_id`), which had no index, so
//!   every view scanned the whole outbox (a row per acknowledgement SMS: as many as cases);
//! - a filtered queue counts its open cases up to the cap (`db::page`): by urgency,
//!   workplace or category the index gave the order but not the status, so each of the up to
//!   10,001 entries cost a table row (28 ms at 200,000 cases). With `status` in the index
//!   the count reads the index alone; `id` before it keeps the queue's whole order
//!   (`created_at DESC, id DESC`) in the index, so the page still stops at its LIMIT.
//!
//! Also `inbound_sms WHERE case_id`, which the retention of a case deletes by.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 22,
    name: "case_lookups",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE INDEX outbox_case ON outbox(case_id)
--;;
CREATE INDEX inbound_sms_case ON inbound_sms(case_id)
--;;
DROP INDEX cases_urgency
--;;
CREATE INDEX cases_urgency ON cases(urgency, created_at, id, status)
--;;
DROP INDEX cases_workplace
--;;
CREATE INDEX cases_workplace ON cases(workplace_id, created_at, id, status)
--;;
DROP INDEX cases_category
--;;
CREATE INDEX cases_category ON cases(category_code, created_at, id, status)
"#;
