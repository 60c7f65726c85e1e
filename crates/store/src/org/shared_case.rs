//! Cases as factory contacts and brand users see them (DESIGN §4): the shareable summary
//! *as it was last reported to the viewer's organisation*, category, urgency, status and the
//! date it was reported — never the time of the call, the channel, the operator, the
//! internal summary, the narrative or anything about the caller. The SQL here selects only
//! those columns, so nothing else can leak through a template or a serializer later on.

use workvoice_domain::Millis;
use workvoice_domain::Urgency;
use workvoice_domain::ids::{CaseId, OrgId, UserId, WorkplaceId};

use crate::Store;
use crate::db::{code, get, opt_row_id, page, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::query::Query;
use crate::registry::workplaces::Page;
use crate::scope::{Scope, ScopedCase};

/// The redacted case.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SharedCase {
    pub id: CaseId,
    pub workplace_id: Option<WorkplaceId>,
    pub workplace_name: Option<String>,
    /// The organisation of the case's workplace (whose contacts respond).
    pub workplace_organisation_id: Option<OrgId>,
    pub category_code: String,
    pub urgency: Urgency,
    /// The latest version reported to the viewer's organisation, not today's text.
    pub shareable_summary: String,
    pub status: String,
    pub outcome: Option<String>,
    /// When the case was first reported to the viewer's organisation; pages show the date.
    pub reported_at: Millis,
    pub closed_at: Option<Millis>,
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
    pub workplace_id: Option<WorkplaceId>,
}

/// The only case columns this file ever reads, plus the viewer organisation's snapshot and
/// first report time.
fn select(organisation_id: OrgId) -> Query {
    let mut q = Query::new(
        "SELECT c.id, c.workplace_id, w.name AS workplace_name, w.organisation_id AS workplace_organisation_id, \
         c.category_code, c.urgency, c.status, c.outcome, c.closed_at, \
         (SELECT r.summary FROM case_reports r WHERE r.case_id = c.id AND r.organisation_id = ",
    );
    q.bind(organisation_id.get())
        .push(" ORDER BY r.version DESC LIMIT 1) AS shareable_summary, (SELECT MIN(r.reported_at) FROM case_reports r WHERE r.case_id = c.id AND r.organisation_id = ")
        .bind(organisation_id.get())
        .push(") AS reported_at")
        .push(FROM);
    q
}
const FROM: &str = " FROM cases c LEFT JOIN workplaces w ON w.id = c.workplace_id WHERE 1 = 1";

fn decode(row: &sea_orm::QueryResult, scope: Scope) -> Result<SharedCase> {
    let id = row_id(row, "id")?;
    Ok(SharedCase {
        id,
        scoped: ScopedCase::checked(id, scope),
        workplace_id: opt_row_id(row, "workplace_id")?,
        workplace_name: get(row, "workplace_name")?,
        workplace_organisation_id: opt_row_id(row, "workplace_organisation_id")?,
        category_code: get(row, "category_code")?,
        urgency: code(row, "urgency")?,
        shareable_summary: get(row, "shareable_summary")?,
        status: get(row, "status")?,
        outcome: get(row, "outcome")?,
        reported_at: time(row, "reported_at")?,
        closed_at: time(row, "closed_at")?,
    })
}

impl Store {
    /// One redacted case for a person in `scope`, with the access-log row (`view_case`)
    /// written in the same transaction as the read. `NotFound` outside the scope, and for
    /// the helpline, which reads the whole case instead.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, id = id.get(), viewer_user_id = viewer_user_id.get()))]
    pub async fn shared_case(
        &self,
        scope: Scope,
        id: CaseId,
        viewer_user_id: UserId,
        at: Millis,
    ) -> Result<SharedCase> {
        let organisation_id = scope.organisation_id().ok_or(StoreError::NotFound)?;
        let mut q = select(organisation_id);
        q.push(" AND c.id = ").bind(id.get());
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

    /// A page of redacted cases in `scope`, most recently reported first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn shared_cases(
        &self,
        scope: Scope,
        filter: &SharedFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Page<SharedCase>> {
        let organisation_id = scope.organisation_id().ok_or(StoreError::NotFound)?;
        // The page's columns bind the viewer's organisation too, so each query gets the
        // filters appended in turn rather than a shared, separately numbered fragment.
        let filtered = |mut q: Query| {
            scope.restrict(&mut q);
            if filter.open_only {
                q.push(" AND c.status IN (SELECT code FROM case_statuses WHERE is_open = 1)");
            }
            if let Some(workplace) = filter.workplace_id {
                q.push(" AND c.workplace_id = ").bind(workplace.get());
            }
            q
        };
        let count = filtered(Query::new(&format!("SELECT COUNT(*) AS n{FROM}")));
        let mut q = filtered(select(organisation_id));
        q.push(" ORDER BY reported_at DESC, c.id DESC");
        page(&self.db.read, count, q, limit, offset, |row| {
            decode(row, scope)
        })
        .await
    }

    /// Cases reported to a brand, per workplace and top-level category:
    /// `(workplace name, category code, count)`, unsuppressed — the caller applies
    /// `workvoice_domain::suppression` before showing them.
    #[tracing::instrument(level = "debug", skip_all, fields(brand_org_id = brand_org_id.get()))]
    pub async fn brand_counts(&self, brand_org_id: OrgId) -> Result<Vec<(String, String, i64)>> {
        rows(
            &self.db.read,
            "SELECT w.name AS workplace_name, COALESCE(cat.parent_code, c.category_code) AS category, COUNT(*) AS n \
             FROM cases c JOIN workplaces w ON w.id = c.workplace_id \
             JOIN workplace_brands wb ON wb.workplace_id = w.id AND wb.brand_organisation_id = $1 \
             LEFT JOIN categories cat ON cat.code = c.category_code \
             WHERE c.id IN (SELECT r.case_id FROM case_reports r WHERE r.organisation_id = $1) \
             GROUP BY w.name, COALESCE(cat.parent_code, c.category_code) ORDER BY w.name, 2",
            vec![brand_org_id.get().into()],
            |r| Ok((get(r, "workplace_name")?, get(r, "category")?, get(r, "n")?)),
        )
        .await
    }
}

impl Store {
    /// The brands a workplace supplies, as (organisation id, name), by name.
    #[tracing::instrument(level = "debug", skip_all, fields(workplace_id = workplace_id.get()))]
    pub async fn workplace_brands(
        &self,
        workplace_id: WorkplaceId,
    ) -> Result<Vec<(OrgId, String)>> {
        crate::registry::records::brands_of(&self.db.read, workplace_id).await
    }
}
