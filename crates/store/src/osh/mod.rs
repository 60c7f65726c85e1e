//! OSH improvement monitoring (issue 10): providers and programmes, enrolment, visits with
//! the employer's and the workers' views, improvements with their timeline, the aggregates'
//! facts and the bridge from helpline cases.
//!
//! [`OshScope`] is to this feature what `Scope` is to cases: every read takes one and
//! applies it inside the SQL. Provider staff see their own provider's work; an enterprise
//! owner sees their own workplace; the shared coordination view (who last visited, who
//! plans next) is the one read that crosses providers, and it carries no notes.

pub mod aggregates;
pub mod bridge;
pub mod checklists;
pub mod drafts;
pub mod improvements;
pub mod meetings;
pub mod photos;
pub mod programmes;
pub mod visits;

use jiff::civil::Date;
use sea_orm::{QueryResult, Value};
use workvoice_domain::ids::{OrgId, WorkplaceId};

use crate::db::get;
use crate::error::{Result, StoreError};
use crate::query::Query;

/// Whose OSH data a viewer may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OshScope {
    /// Programme-wide (helpline administrators and supervisors): everything.
    Programme,
    /// Staff of one provider: the enrolments, visits and improvements of that provider.
    Provider(OrgId),
    /// An enterprise owner: their own workplace only.
    Enterprise(WorkplaceId),
}

impl OshScope {
    /// Appends ` AND <predicate>` over a row with `provider_org_id` and `workplace_id`
    /// columns under `alias`.
    pub(crate) fn restrict(self, q: &mut Query, alias: &str) {
        match self {
            OshScope::Programme => {}
            OshScope::Provider(org) => {
                q.push(&format!(" AND {alias}.provider_org_id = "))
                    .bind(org.get());
            }
            OshScope::Enterprise(workplace) => {
                q.push(&format!(" AND {alias}.workplace_id = "))
                    .bind(workplace.get());
            }
        }
    }

    /// Whether the viewer works for the provider `org` (sees its private notes).
    pub fn is_provider(self, org: OrgId) -> bool {
        self == OshScope::Provider(org)
    }
}

pub(crate) fn date_value(date: Option<Date>) -> Value {
    date.map(|d| d.to_string()).into()
}

pub(crate) fn opt_date(row: &QueryResult, col: &'static str) -> Result<Option<Date>> {
    get::<Option<String>>(row, col)?
        .map(|s| {
            s.parse::<Date>()
                .map_err(|_| StoreError::undecodable(col, s))
        })
        .transpose()
}

pub(crate) fn date(row: &QueryResult, col: &'static str) -> Result<Date> {
    opt_date(row, col)?.ok_or_else(|| StoreError::undecodable(col, "NULL"))
}
