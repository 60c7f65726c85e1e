//! Programme reports (issue 12): the helpline dashboard with filters (`/reports`), each
//! table as CSV (`/reports/dashboard.csv?table=…`, audit-logged), the UN Guiding
//! Principle 31 effectiveness scorecard (`/reports/scorecard`, and as CSV:
//! `/reports/scorecard.csv`) and the public
//! statistics, with small counts suppressed, for anyone (`/statistics`), and the
//! printable monthly report per programme (`/reports/monthly`) and per brand
//! (`/org/reports/monthly`, counts of what was reported to it, suppressed), each table
//! of both as CSV (`…/monthly.csv?table=…`, audit-logged, with the page's suppression).
//! Supervisors, administrators and programme managers see the dashboard and the
//! scorecard (`ProgrammeStaff`); nothing here names a caller or shows a case's text.
//! Templates: `templates/reports/`; messages: `locales/<lang>/reports.ftl`.

pub mod dashboard;
pub mod export;
pub mod filters;
pub mod monthly;
pub mod public;
pub mod scorecard;
pub mod tables;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/reports", dashboard::show)
        .get("/reports/dashboard.csv", export::csv)
        .get("/reports/scorecard", scorecard::show)
        .get("/reports/scorecard.csv", scorecard::csv)
        .get("/reports/monthly", monthly::programme)
        .get("/reports/monthly.csv", monthly::programme_csv)
        .get("/org/reports/monthly", monthly::brand)
        .get("/org/reports/monthly.csv", monthly::brand_csv)
        .get("/statistics", public::show)
}
