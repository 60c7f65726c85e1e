//! Organisation scoping. Every query that returns cases takes a [`Scope`] and applies it
//! *inside* the SQL, so counts and pages never include what the viewer may not see, and a
//! forbidden case looks exactly like a missing one.

use workvoice_domain::ids::{CaseId, OrgId};

use crate::Store;
use crate::db::found;
use crate::error::Result;
use crate::query::Query;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Helpline staff: every case.
    Helpline,
    /// Users of a workplace organisation: the cases reported to it.
    Workplace { organisation_id: OrgId },
    /// Users of a brand: the cases reported to it (by its step or the escalation ladder).
    Brand { organisation_id: OrgId },
}

impl Scope {
    /// The viewer's organisation; `None` for the helpline.
    pub fn organisation_id(self) -> Option<OrgId> {
        match self {
            Scope::Helpline => None,
            Scope::Workplace { organisation_id } | Scope::Brand { organisation_id } => {
                Some(organisation_id)
            }
        }
    }

    /// Appends ` AND <predicate on alias c>`. An organisation sees a case only once the
    /// helpline has reported it to that organisation (DESIGN §4: reporting is an act); which
    /// workplace the case is about decides whom it *may* be reported to, not who sees it.
    pub(crate) fn restrict(self, q: &mut Query) {
        if let Some(organisation_id) = self.organisation_id() {
            q.push(" AND c.id IN (SELECT r.case_id FROM case_reports r WHERE r.organisation_id = ")
                .bind(organisation_id.get())
                .push(")");
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
        found(&self.db.read, &q.sql, q.values).await?;
        Ok(ScopedCase::checked(id, scope))
    }
}
