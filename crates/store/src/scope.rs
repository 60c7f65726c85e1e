//! Organisation scoping. Every query that returns cases takes a [`Scope`] and applies it
//! *inside* the SQL, so counts and pages never include what the viewer may not see, and a
//! forbidden case looks exactly like a missing one.

use workvoice_domain::ids::CaseId;

use crate::Store;
use crate::db::one;
use crate::error::{Result, StoreError};
use crate::query::Query;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Helpline staff: every case.
    Helpline,
    /// Users of a workplace organisation: only that workplace's cases.
    Workplace { organisation_id: i64 },
    /// Users of a brand: cases of the workplaces that supply the brand.
    Brand { organisation_id: i64 },
}

impl Scope {
    /// The viewer's organisation; `None` for the helpline.
    pub fn organisation_id(self) -> Option<i64> {
        match self {
            Scope::Helpline => None,
            Scope::Workplace { organisation_id } | Scope::Brand { organisation_id } => {
                Some(organisation_id)
            }
        }
    }

    /// Appends ` AND <predicate on alias c>`.
    pub(crate) fn restrict(self, q: &mut Query) {
        match self {
            Scope::Helpline => {}
            Scope::Workplace { organisation_id } => {
                q.push(
                    " AND c.workplace_id IN (SELECT id FROM workplaces WHERE organisation_id = ",
                )
                .bind(organisation_id)
                .push(")");
            }
            Scope::Brand { organisation_id } => {
                q.push(" AND c.workplace_id IN (SELECT workplace_id FROM workplace_brands WHERE brand_organisation_id = ")
                    .bind(organisation_id)
                    .push(")");
            }
        }
    }
}

/// Proof that a case exists and lies inside a viewer's [`Scope`]: what every read or write
/// of the case's children (steps, events, callers, responses, attachments, informs, tasks,
/// outbox, disclosure, pauses) takes instead of a bare id. Only the store makes one, right
/// after a query that applied the scope, so holding one means the check was done; a case
/// outside the scope never yields one and looks exactly like a missing case (`NotFound`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScopedCase {
    id: CaseId,
    scope: Scope,
}

impl ScopedCase {
    /// Only for code that has just read the case with `scope.restrict`.
    pub(crate) fn checked(id: CaseId, scope: Scope) -> ScopedCase {
        ScopedCase { id, scope }
    }

    pub fn id(&self) -> CaseId {
        self.id
    }

    /// The scope the case was checked against, which children reads apply in turn (e.g. an
    /// organisation sees only its workplace's responses and evidence).
    pub fn scope(&self) -> Scope {
        self.scope
    }
}

impl Store {
    /// The case `id` if it lies in `scope`; `NotFound` if it does not or does not exist.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, id = id.get()))]
    pub async fn scoped_case(&self, scope: Scope, id: CaseId) -> Result<ScopedCase> {
        let mut q = Query::new("SELECT c.id FROM cases c WHERE c.id = ");
        q.bind(id.get());
        scope.restrict(&mut q);
        one(&self.db.read, &q.sql, q.values)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(ScopedCase::checked(id, scope))
    }
}
