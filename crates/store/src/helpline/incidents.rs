//! Incidents: one hazard many workers call about (one fire, many callers). Each case about
//! it links to the incident, which has its own page listing them. An incident of a
//! workplace takes only that workplace's cases.

use sea_orm::ConnectionTrait;
use workvoice_domain::Millis;
use workvoice_domain::ids::{CaseId, IncidentId, UserId, WorkplaceId};
use workvoice_domain::{IncidentTitle, Urgency};

use crate::Store;
use crate::db::{StoredTime, code, found, get, insert_id, opt_row_id, page, row_id, rows, time};
use crate::error::{Result, StoreError};
use crate::helpline::events::{CaseField, EventKind, change_case_field};
use crate::query::Query;
use crate::registry::workplaces::Page;
use crate::scope::{Scope, ScopedCase};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Incident {
    pub id: IncidentId,
    pub title: String,
    pub workplace_id: Option<WorkplaceId>,
    pub workplace_name: Option<String>,
    pub created_at: Millis,
    /// Linked cases the viewer may see.
    pub case_count: i64,
}

/// A case as an incident's page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IncidentCase {
    pub id: CaseId,
    pub summary: String,
    pub category_code: String,
    pub urgency: Urgency,
    pub status: String,
    pub created_at: Millis,
}

/// `SELECT … FROM incidents i …` with the count of linked cases in scope.
fn incident_query(scope: Scope) -> Query {
    let mut q = Query::new(
        "SELECT i.id, i.title, i.workplace_id, w.name AS workplace_name, i.created_at, \
         (SELECT COUNT(*) FROM cases c WHERE c.incident_id = i.id",
    );
    scope.restrict(&mut q);
    q.push(") AS case_count FROM incidents i LEFT JOIN workplaces w ON w.id = i.workplace_id WHERE 1 = 1");
    q
}

fn decode(row: &sea_orm::QueryResult) -> Result<Incident> {
    Ok(Incident {
        id: row_id(row, "id")?,
        title: get(row, "title")?,
        workplace_id: opt_row_id(row, "workplace_id")?,
        workplace_name: get(row, "workplace_name")?,
        created_at: time(row, "created_at")?,
        case_count: get(row, "case_count")?,
    })
}

async fn insert_incident(
    conn: &impl ConnectionTrait,
    title: &str,
    workplace_id: Option<WorkplaceId>,
    by: UserId,
    at: Millis,
) -> Result<IncidentId> {
    insert_id(
        conn,
        "INSERT INTO incidents (title, workplace_id, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id",
        vec![title.into(), workplace_id.map(WorkplaceId::get).into(), at.value(), by.get().into()],
    )
    .await
}

impl Store {
    #[tracing::instrument(level = "debug", skip_all, fields(workplace_id = ?workplace_id, by = by.get()))]
    pub async fn create_incident(
        &self,
        title: &IncidentTitle,
        workplace_id: Option<WorkplaceId>,
        by: UserId,
        at: Millis,
    ) -> Result<IncidentId> {
        insert_incident(&self.db.write, title.as_str(), workplace_id, by, at).await
    }

    /// Links a case in scope to an incident of the same workplace (or one with none).
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), incident_id = incident_id.get(), by = by.get()))]
    pub async fn link_incident(
        &self,
        case: &ScopedCase,
        incident_id: IncidentId,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        self.link_incident_in(&tx, scope, case_id, incident_id, by, at)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates an incident at the case's workplace and links the case, in one transaction.
    #[tracing::instrument(level = "debug", skip_all, fields(case = case.id().get(), by = by.get()))]
    pub async fn create_incident_for_case(
        &self,
        case: &ScopedCase,
        title: &IncidentTitle,
        by: UserId,
        at: Millis,
    ) -> Result<IncidentId> {
        let (scope, case_id) = (case.scope(), case.id());
        let tx = self.db.write.begin().await?;
        let case = self.aftercare_in(&tx, scope, case_id).await?;
        let id = insert_incident(&tx, title.as_str(), case.workplace_id, by, at).await?;
        self.link_incident_in(&tx, scope, case_id, id, by, at)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn link_incident_in(
        &self,
        conn: &impl ConnectionTrait,
        scope: Scope,
        case_id: CaseId,
        incident_id: IncidentId,
        by: UserId,
        at: Millis,
    ) -> Result<()> {
        let case = self.aftercare_in(conn, scope, case_id).await?;
        let row = found(
            conn,
            "SELECT workplace_id FROM incidents WHERE id = $1",
            vec![incident_id.get().into()],
        )
        .await?;
        let workplace: Option<WorkplaceId> = opt_row_id(&row, "workplace_id")?;
        if workplace.is_some() && workplace != case.workplace_id {
            return Err(StoreError::invalid(
                "incident",
                "incident-error-other-workplace",
            ));
        }
        if case.incident_id == Some(incident_id) {
            return Ok(());
        }
        change_case_field(
            conn,
            case_id,
            CaseField::Incident,
            case.incident_id,
            incident_id.get(),
            Some(by),
            at,
            EventKind::IncidentLinked,
        )
        .await
    }

    /// The incident and its linked cases the scope allows, oldest first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, id = id.get()))]
    pub async fn incident(
        &self,
        scope: Scope,
        id: IncidentId,
    ) -> Result<(Incident, Vec<IncidentCase>)> {
        let mut q = incident_query(scope);
        q.push(" AND i.id = ").bind(id.get());
        let row = found(&self.db.read, &q.sql, q.values).await?;
        let incident = decode(&row)?;
        let mut q = Query::new(
            "SELECT c.id, c.summary, c.category_code, c.urgency, c.status, c.created_at FROM cases c WHERE c.incident_id = ",
        );
        q.bind(id.get());
        scope.restrict(&mut q);
        q.push(" ORDER BY c.created_at, c.id");
        let cases = rows(&self.db.read, &q.sql, q.values, |row| {
            Ok(IncidentCase {
                id: row_id(row, "id")?,
                summary: get(row, "summary")?,
                category_code: get(row, "category_code")?,
                urgency: code(row, "urgency")?,
                status: get(row, "status")?,
                created_at: time(row, "created_at")?,
            })
        })
        .await?;
        Ok((incident, cases))
    }

    /// Incidents, newest first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn incidents(&self, scope: Scope, limit: i64, offset: i64) -> Result<Page<Incident>> {
        let count = Query::new("SELECT COUNT(*) AS n FROM incidents");
        let mut q = incident_query(scope);
        q.push(" ORDER BY i.created_at DESC, i.id DESC");
        page(&self.db.read, count, q, limit, offset, decode).await
    }

    /// Incidents a case of this workplace may join: the workplace's own and those with no
    /// workplace, newest first.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope, workplace_id = ?workplace_id))]
    pub async fn incidents_for_workplace(
        &self,
        scope: Scope,
        workplace_id: Option<WorkplaceId>,
    ) -> Result<Vec<Incident>> {
        let mut q = incident_query(scope);
        match workplace_id {
            Some(w) => {
                q.push(" AND (i.workplace_id IS NULL OR i.workplace_id = ")
                    .bind(w.get())
                    .push(")");
            }
            None => {
                q.push(" AND i.workplace_id IS NULL");
            }
        }
        q.push(" ORDER BY i.created_at DESC, i.id DESC LIMIT 50");
        rows(&self.db.read, &q.sql, q.values, decode).await
    }
}
