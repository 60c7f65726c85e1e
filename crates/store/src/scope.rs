//! Organisation scoping. Every query that returns cases takes a [`Scope`] and applies it
//! *inside* the SQL, so counts and pages never include what the viewer may not see, and a
//! forbidden case looks exactly like a missing one.

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
