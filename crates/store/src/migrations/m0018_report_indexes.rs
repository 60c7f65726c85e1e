//! Reports at scale (issue 12): the dashboard reads its counts from one covering index in
//! group order — workplace, category, urgency, outcome, then the two instants it compares
//! — so a year of a million cases is grouped while the index is read, with no sort and no
//! table row touched.

use crate::migrate::Migration;

pub(crate) const MIGRATION: Migration = Migration {
    version: 18,
    name: "report_indexes",
    portable: PORTABLE,
    sqlite: "",
    postgres: "",
};

const PORTABLE: &str = r#"
CREATE INDEX cases_report_groups ON cases(workplace_id, category_code, urgency, outcome, created_at, closed_at)
"#;
