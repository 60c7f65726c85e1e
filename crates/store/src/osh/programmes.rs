//! Providers, programmes and the enrolment of workplaces with a provider.

use jiff::civil::Date;
use workvoice_domain::Millis;
use workvoice_domain::OrgKind;
use workvoice_domain::ids::{EnrolmentId, OrgId, ProgrammeId, WorkplaceId};
use workvoice_domain::osh::Methodology;

use super::{OshScope, date, date_value, opt_date};
use crate::Store;
use crate::db::{StoredTime, code, found, get, insert_id, one, row_id, rows};
use crate::error::{Result, StoreError};
use crate::query::Query;
use crate::registry::organisations;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgramme {
    pub name: String,
    pub methodology: Methodology,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    /// Partner organisations, as written (agencies, donors, unions).
    pub partners: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: ProgrammeId,
    pub name: String,
    pub methodology: Methodology,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub partners: String,
}

/// A workplace enrolled in a programme with a provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub id: EnrolmentId,
    pub programme_id: ProgrammeId,
    pub programme: String,
    pub workplace_id: WorkplaceId,
    pub workplace: String,
    pub country: String,
    pub district: String,
    pub provider_id: OrgId,
    pub provider: String,
    pub enrolled_on: Date,
}

const ENROLMENT_SELECT: &str = "SELECT e.id, e.programme_id, p.name AS programme, e.workplace_id, w.name AS workplace, w.country, w.district, e.provider_org_id, o.name AS provider, e.enrolled_on \
     FROM osh_enrolments e JOIN osh_programmes p ON p.id = e.programme_id \
     JOIN workplaces w ON w.id = e.workplace_id JOIN organisations o ON o.id = e.provider_org_id WHERE 1 = 1";

fn decode_enrolment(row: &sea_orm::QueryResult) -> Result<Enrolment> {
    Ok(Enrolment {
        id: row_id(row, "id")?,
        programme_id: row_id(row, "programme_id")?,
        programme: get(row, "programme")?,
        workplace_id: row_id(row, "workplace_id")?,
        workplace: get(row, "workplace")?,
        country: get(row, "country")?,
        district: get(row, "district")?,
        provider_id: row_id(row, "provider_org_id")?,
        provider: get(row, "provider")?,
        enrolled_on: date(row, "enrolled_on")?,
    })
}

impl Store {
    /// A basic-OSH service provider: an organisation of kind `provider`.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_provider(&self, name: &str, at: Millis) -> Result<OrgId> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("name", "error-required"));
        }
        organisations::insert(&self.db.write, OrgKind::Provider, name, at).await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn create_programme(&self, new: &NewProgramme, at: Millis) -> Result<ProgrammeId> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(StoreError::invalid("name", "error-required"));
        }
        if new.ends_on.is_some_and(|end| end < new.starts_on) {
            return Err(StoreError::invalid("ends_on", "osh-error-date-order"));
        }
        insert_id(
            &self.db.write,
            "INSERT INTO osh_programmes (name, methodology, starts_on, ends_on, partners, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            vec![
                name.into(),
                new.methodology.code().into(),
                new.starts_on.to_string().into(),
                date_value(new.ends_on),
                new.partners.trim().into(),
                at.value(),
            ],
        )
        .await
    }

    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn programmes(&self) -> Result<Vec<Programme>> {
        rows(
            &self.db.read,
            "SELECT id, name, methodology, starts_on, ends_on, partners FROM osh_programmes ORDER BY starts_on DESC, id",
            vec![],
            |row| {
                Ok(Programme {
                    id: row_id(row, "id")?,
                    name: get(row, "name")?,
                    methodology: code(row, "methodology")?,
                    starts_on: date(row, "starts_on")?,
                    ends_on: opt_date(row, "ends_on")?,
                    partners: get(row, "partners")?,
                })
            },
        )
        .await
    }

    /// Enrols `workplace` in `programme` with `provider`; a workplace is enrolled once per
    /// programme (a second enrolment is a `Conflict`).
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn enrol_workplace(
        &self,
        programme: ProgrammeId,
        workplace: WorkplaceId,
        provider: OrgId,
        on: Date,
        at: Millis,
    ) -> Result<EnrolmentId> {
        let kind = found(
            &self.db.write,
            "SELECT kind FROM organisations WHERE id = $1",
            vec![provider.get().into()],
        )
        .await?;
        if code::<OrgKind>(&kind, "kind")? != OrgKind::Provider {
            return Err(StoreError::invalid("provider", "osh-error-not-a-provider"));
        }
        let taken = one(
            &self.db.write,
            "SELECT id FROM osh_enrolments WHERE programme_id = $1 AND workplace_id = $2",
            vec![programme.get().into(), workplace.get().into()],
        )
        .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(
                "osh_enrolments (programme_id, workplace_id)".into(),
            ));
        }
        insert_id(
            &self.db.write,
            "INSERT INTO osh_enrolments (programme_id, workplace_id, provider_org_id, enrolled_on, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            vec![
                programme.get().into(),
                workplace.get().into(),
                provider.get().into(),
                on.to_string().into(),
                at.value(),
            ],
        )
        .await
    }

    /// Enrolments the viewer may see, by workplace name.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn enrolments(&self, scope: OshScope) -> Result<Vec<Enrolment>> {
        let mut q = Query::new(ENROLMENT_SELECT);
        scope.restrict(&mut q, "e");
        q.push(" ORDER BY w.name, e.id");
        rows(&self.db.read, &q.sql, q.values, decode_enrolment).await
    }

    /// One enrolment inside the viewer's scope; `NotFound` otherwise.
    #[tracing::instrument(level = "debug", skip_all, fields(scope = ?scope))]
    pub async fn enrolment(&self, scope: OshScope, id: EnrolmentId) -> Result<Enrolment> {
        let mut q = Query::new(ENROLMENT_SELECT);
        q.push(" AND e.id = ").bind(id.get());
        scope.restrict(&mut q, "e");
        let row = found(&self.db.read, &q.sql, q.values).await?;
        decode_enrolment(&row)
    }

    /// Whether `workplace` is enrolled with `provider` in any programme.
    pub(crate) async fn is_enrolled_with(
        &self,
        workplace: WorkplaceId,
        provider: OrgId,
    ) -> Result<bool> {
        Ok(one(
            &self.db.write,
            "SELECT id FROM osh_enrolments WHERE workplace_id = $1 AND provider_org_id = $2",
            vec![workplace.get().into(), provider.get().into()],
        )
        .await?
        .is_some())
    }
}
