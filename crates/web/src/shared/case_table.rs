//! Case summaries turned into table rows in the viewer's language, and which columns each
//! case table shows.

use workvoice_domain::ids::CaseId;
use workvoice_domain::{Millis, Urgency};
use workvoice_store::{CaseSummary, Category};

use crate::i18n::Tr;
use crate::shared::labels;

pub struct CaseRow {
    pub id: CaseId,
    pub id_text: String,
    pub received: String,
    pub urgency_code: &'static str,
    pub urgency: String,
    pub category: String,
    pub workplace: String,
    pub summary: String,
    pub status: String,
    pub assigned: String,
}

/// Which columns a case table (`case_table.html`) shows, where its rows link and how
/// tests find them: the staff lists, the factory workspace and an incident's cases share
/// one template.
pub struct CaseTable {
    pub row_testid: &'static str,
    /// The date column's heading: when the call came in for staff, when the case was
    /// reported to them for an organisation.
    pub received_label: &'static str,
    /// The case link: the row's id is appended.
    pub href: &'static str,
    pub workplace: bool,
    pub summary: bool,
    /// The summary is a link to the case (staff lists, where search finds it).
    pub summary_link: bool,
    pub assigned: bool,
}

/// The queue, search and dashboard lists.
pub const STAFF_TABLE: CaseTable = CaseTable {
    row_testid: "case-row",
    received_label: "col-received",
    href: "/cases/",
    workplace: true,
    summary: true,
    summary_link: true,
    assigned: true,
};

/// The factory and brand workspace: redacted, so no summary and no assignee.
pub const ORG_TABLE: CaseTable = CaseTable {
    row_testid: "org-case-row",
    received_label: "col-reported",
    href: "/org/cases/",
    workplace: true,
    summary: false,
    summary_link: false,
    assigned: false,
};

/// The cases of one incident (all of its workplace).
pub const INCIDENT_TABLE: CaseTable = CaseTable {
    row_testid: "incident-case",
    received_label: "col-received",
    href: "/cases/",
    workplace: false,
    summary: true,
    summary_link: false,
    assigned: false,
};

/// Turns cases from any query into rows in one viewer's language.
#[derive(Clone, Copy)]
pub struct RowMaker<'a> {
    pub tr: Tr,
    pub time_zone: &'a str,
    pub categories: &'a [Category],
}

impl RowMaker<'_> {
    /// The cells every case table shows; `workplace`, `summary` and `assigned` start
    /// empty for the tables that leave them out.
    pub fn row(
        &self,
        id: CaseId,
        created_at: Millis,
        urgency: Urgency,
        category_code: &str,
        status: &str,
    ) -> CaseRow {
        let tr = self.tr;
        CaseRow {
            id,
            id_text: tr.digits(&id.to_string()),
            received: tr.datetime(created_at, self.time_zone),
            urgency_code: urgency.code(),
            urgency: labels::urgency(tr, urgency),
            category: labels::category(tr, category_code, self.categories),
            workplace: String::new(),
            summary: String::new(),
            status: labels::status(tr, status),
            assigned: String::new(),
        }
    }

    pub fn workplace(&self, name: &Option<String>) -> String {
        name.clone().unwrap_or_else(|| self.tr.t("no-workplace"))
    }
}

pub fn rows(
    tr: Tr,
    time_zone: &str,
    categories: &[Category],
    cases: &[CaseSummary],
) -> Vec<CaseRow> {
    let make = RowMaker {
        tr,
        time_zone,
        categories,
    };
    cases
        .iter()
        .map(|c| CaseRow {
            workplace: make.workplace(&c.workplace_name),
            summary: c.summary.clone(),
            assigned: c
                .assigned_name
                .clone()
                .unwrap_or_else(|| tr.t("unassigned")),
            ..make.row(c.id, c.created_at, c.urgency, &c.category_code, &c.status)
        })
        .collect()
}
