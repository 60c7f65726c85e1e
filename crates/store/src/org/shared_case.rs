//! Cases as factory contacts and brand users see them (DESIGN §4): the shareable summary,
//! category, urgency, dates and status — never the internal summary, the narrative or
//! anything about the caller. The SQL here selects only those columns, so nothing else
//! can leak through a template or a serializer later on.

use workvoice_domain::Urgency;
use workvoice_domain::ids::CaseId;

use crate::Store;
use crate::db::{all, code, get, page, row_id};
use crate::error::Result;
use crate::query::Query;
use crate::registry::workplaces::Page;
use crate::scope::{Scope, ScopedCase};

/// The redacted case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SharedCase {
    pub id: CaseId,
    pub workplace_id: Option<i64>,
    pub workplace_name: Option<String>,
    /// The organisation of the case's workplace (whose contacts respond).
    pub workplace_organisation_id: Option<i64>,
    pub category_code: String,
    pub urgency: Urgency,
    pub shareable_summary: String,
    pub status: String,
    pub outcome: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
    /// The proof this case was read inside the viewer's scope, for reading its children.
    #[serde(skip)]
    scoped: ScopedCase,
}

impl SharedCase {
    /// The token that reads this case's steps, responses, evidence and disclosed identity.
    pub fn scoped(&self) -> ScopedCase {
        self.scoped
    }
}

/// Filters of the organisation's case list.
#[derive(Debug, Clone, Default)]
pub struct SharedFilter {
    pub open_only: bool,
    pub workplace_id: Option<i64>,
}

/// The only case columns this file ever reads.
const SAFE_COLUMNS: &str = "c.id, c.workplace_id, w.name AS workplace_name, w.organisation_id AS workplace_organisation_id, c.category_code, c.urgency, c.shareable_summary, c.status, c.outcome, c.created_at, c.updated_at, c.closed_at";
const FROM: &str = " FROM cases c LEFT JOIN workplaces w ON w.id = c.workplace_id WHERE 1 = 1";

fn decode(row: &sea_orm::QueryResult, scope: Scope) -> Result<SharedCase> {
    let id = row_id(row, "id")?;
    Ok(SharedCase {
        id,
        scoped: ScopedCase::checked(id, scope),
        workplace_id: get(row, "workplace_id")?,
        workplace_name: get(row, "workplace_name")?,
        workplace_organisation_id: get(row, "workplace_organisation_id")?,
        category_code: get(row, "category_code")?,
        urgency: code(row, "urgency")?,
        shareable_summary: get(row, "shareable_summary")?,
        status: get(row, "status")?,
        outcome: get(row, "outcome")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
        closed_at: get(row, "closed_at")?,
    })
}

impl Store {
    /// One redacted case for a person in `scope`, with the access-log row (`view_case`)
    /// written in the same transaction as the read. `NotFound` outside the scope.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, id = id.get(), viewer_user_id = viewer_user_id))]
    pub async fn shared_case(
        &self,
        scope: Scope,
        id: CaseId,
        viewer_user_id: i64,
        at: i64,
    ) -> Result<SharedCase> {
        let mut q = Query::new(&format!("SELECT {SAFE_COLUMNS}{FROM} AND c.id = "));
        q.bind(id.get());
        scope.restrict(&mut q);
        self.read_logged(
            q,
            |row| decode(row, scope),
            |_| id,
            viewer_user_id,
            "view_case",
            at,
        )
        .await
    }

    /// A page of redacted cases in `scope`, newest first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn shared_cases(
        &self,
        scope: Scope,
        filter: &SharedFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Page<SharedCase>> {
        let mut wher = Query::default();
        scope.restrict(&mut wher);
        if filter.open_only {
            wher.push(" AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1)");
        }
        if let Some(workplace) = filter.workplace_id {
            wher.push(" AND c.workplace_id = ").bind(workplace);
        }
        let count = Query::new(&format!("SELECT COUNT(*) AS n{FROM}")).then(wher.clone());
        let mut q = Query::new(&format!("SELECT {SAFE_COLUMNS}{FROM}")).then(wher);
        q.push(" ORDER BY c.created_at DESC, c.id DESC");
        page(&self.db.read, count, q, limit, offset, |row| {
            decode(row, scope)
        })
        .await
    }

    /// Cases per workplace and top-level category for a brand's supplier workplaces:
    /// `(workplace name, category code, count)`, unsuppressed — the caller applies
    /// `workvoice_domain::suppression` before showing them.
    #[tracing::instrument(level = "debug", skip_all, fields(brand_org_id = brand_org_id))]
    pub async fn brand_counts(&self, brand_org_id: i64) -> Result<Vec<(String, String, i64)>> {
        all(
            &self.db.read,
            "SELECT w.name AS workplace_name, COALESCE(cat.parent_code, c.category_code) AS category, COUNT(*) AS n \
             FROM cases c JOIN workplaces w ON w.id = c.workplace_id \
             JOIN workplace_brands wb ON wb.workplace_id = w.id AND wb.brand_organisation_id = $1 \
             LEFT JOIN categories cat ON cat.code = c.category_code \
             GROUP BY w.name, COALESCE(cat.parent_code, c.category_code) ORDER BY w.name, 2",
            vec![brand_org_id.into()],
        )
        .await?
        .iter()
        .map(|r| Ok((get(r, "workplace_name")?, get(r, "category")?, get(r, "n")?)))
        .collect()
    }
}

impl Store {
    /// The brands a workplace supplies, as (organisation id, name), by name.
    #[tracing::instrument(level = "debug", skip_all, fields(workplace_id = workplace_id))]
    pub async fn workplace_brands(&self, workplace_id: i64) -> Result<Vec<(i64, String)>> {
        all(
            &self.db.read,
            "SELECT o.id, o.name FROM workplace_brands wb JOIN organisations o ON o.id = wb.brand_organisation_id WHERE wb.workplace_id = $1 ORDER BY o.name",
            vec![workplace_id.into()],
        )
        .await?
        .iter()
        .map(|r| Ok((get(r, "id")?, get(r, "name")?)))
        .collect()
    }
}
